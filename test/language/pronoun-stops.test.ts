import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { PRONOUN_STOP_ROWS, pronounStops } from '../../src/clinical/language/stopped.js';
import { runScenario, textOf } from '../walkthrough/drive.js';

/**
 * A stop said of "it" or "that" with the drug named before it ("was on phenelzine ... it's been 3 weeks since she
 * stopped it", "stopped that 10 days ago" right after an MAOI): the stop belongs to the medicine the pronoun points
 * back to, read as a named stop is (stopped.ts saidStopped, stoppedDaysAgo), so the MAOI's 14 days hold (reference
 * sections 2-3, option-rules.ts `withinDays`). Only one clear referent is ever used: several, and the bot asks which.
 */
const AT = '2026-11-29T10:00:00.000Z';
const read = (text: string) => extractCaseFacts(text, AT);
const maoi = (text: string) => read(text).patch.medications?.find((m) => m.drug === 'maoi');
const texts = (...turns: string[]) =>
  runScenario({ name: turns[0]!.slice(0, 40), turns: turns.map((say) => ({ say })) }).outputs.map(textOf);

const DULOXETINE_OUT = /Not for this patient: duloxetine \([^\n]*stopped/;

describe('each pronoun-stop row reads its example, not its counter-example', () => {
  it.each(PRONOUN_STOP_ROWS.map((r) => [r.id, r.example, r.counter] as const))('%s: "%s"', (_id, example, counter) => {
    expect(pronounStops(example.toLowerCase()).length).toBeGreaterThan(0);
    expect(pronounStops(counter.toLowerCase())).toEqual([]);
  });
});

describe('the pronoun is the MAOI named before it, in one message', () => {
  it.each([
    ['two sentences', 'Was on phenelzine for depression. It has been 3 weeks since she stopped it.', 21],
    ['semicolon', "was on phenelzine for depression; it's been 3 weeks since she stopped it", 21],
    ['comma', 'On phenelzine, stopped that 10 days ago', 10],
    ['dash', 'Phenelzine - stopped it 10 days ago', 10],
    ['came off', 'Was on tranylcypromine. She came off it 5 days ago.', 5],
    ['passive', 'tranylcypromine - it was stopped 5 days ago', 5],
    ['UK shorthand', 'selegiline: d/c it 9/7 ago', 9],
  ])('%s', (_style, said, days) => {
    const m = maoi(`58F CLBP 2 yrs, naproxen 500 bd 8 wk failed, RF neg. ${said}`);
    expect(m).toMatchObject({ stopped: true, stoppedDaysAgo: days });
    expect(m?.durationWeeks).toBeUndefined();
  });

  it('"came off it last month": a stop done, not a plan (the SSRI no longer held)', () => {
    const m = read(
      '52F CLBP 2 yrs, naproxen 500 bd 8 wk failed, was on sertraline, came off it last month',
    ).patch.medications?.find((x) => x.drug === 'ssri');
    expect(m).toMatchObject({ stopped: true });
    expect(m?.stopPlanned).toBeUndefined();
  });

  it('the nearest item names the drug: an earlier drug is not "it"', () => {
    const ex = read('58F CLBP, naproxen 500 bd 8 wk failed, was on phenelzine, stopped it 10 days ago');
    expect(ex.patch.medications?.find((m) => m.drug === 'naproxen')?.stopped).toBeUndefined();
    expect(ex.patch.medications?.find((m) => m.drug === 'maoi')).toMatchObject({ stopped: true, stoppedDaysAgo: 10 });
  });

  it('two medicines in that item: nothing is guessed, the text is left to ask which', () => {
    const ex = read('58F CLBP 2 yrs, RF neg. Was on phenelzine and sertraline, stopped it 10 days ago.');
    // "was on" reads phenelzine as past (its date asked); "it" is not placed on either medicine
    expect(ex.patch.medications?.find((m) => m.drug === 'ssri')?.stopped).toBeUndefined();
    expect(ex.patch.medications?.some((m) => m.stoppedDaysAgo !== undefined)).toBe(false);
    expect(ex.stopsToPlace).toEqual([{ names: ['phenelzine', 'sertraline'], daysAgo: 10 }]);
  });

  it('"them" stops every medicine of the item', () => {
    const ex = read('58F CLBP. Was on phenelzine and sertraline, stopped them both 3 weeks ago.');
    expect(ex.patch.medications?.filter((m) => m.stopped).length).toBe(2);
  });

  it.each([
    ['planned', 'on phenelzine, will stop it next week'],
    ['asked', 'on phenelzine - has she stopped it?'],
    ['restarted', 'on phenelzine, stopped it in May then restarted it'],
    ['tried', 'on phenelzine, tried to come off it but could not'],
  ])('not a stop: %s', (_kind, said) => {
    const m = maoi(`58F CLBP 2 yrs. ${said}`);
    expect(m?.stopped).toBeUndefined();
  });
});

describe('the walk-through: the 14-day washout holds for a stop said of "it"', () => {
  it('one message: duloxetine and tramadol out, the days left said', () => {
    const [out] = texts(
      '58F CLBP 2 yrs, naproxen 500 bd 8 wk failed, RF neg, eGFR 80. Was on phenelzine; stopped it 10 days ago.',
    );
    expect(out).toMatch(DULOXETINE_OUT);
    expect(out).toMatch(/phenelzine stopped 10 days ago, under 14: possible in 4 days/);
    expect(out).not.toMatch(/Add duloxetine 30 mg daily/);
  });

  it('one message, past the washout: duloxetine back', () => {
    const [out] = texts(
      '58F CLBP 2 yrs, naproxen 500 bd 8 wk failed, RF neg, eGFR 80. Was on phenelzine for depression; it has been 3 weeks since she stopped it.',
    );
    expect(out).toMatch(/Add duloxetine 30 mg daily/);
    expect(out).toMatch(/phenelzine: stopped 21 d ago/);
  });

  it('a later turn right after the MAOI was named: "that" is the MAOI, its 14 days hold', () => {
    runScenario({
      name: 'pronoun-later-within',
      turns: [
        { say: '63M CLBP 1 yr, ibuprofen 600 tds 6 wk no help, RF neg, eGFR 85' },
        { say: 'also on phenelzine 15 mg tds', expect: { text: [/Not for this patient: duloxetine \(on an MAOI\)/] } },
        {
          say: 'stopped that 10 days ago',
          expect: {
            facts: { medications: [{ drug: 'ibuprofen' }, { drug: 'maoi', stopped: true, stoppedDaysAgo: 10 }] },
            noText: [/Add duloxetine 30 mg daily/],
            text: [/phenelzine[^\n]*stopped 10 d ago/],
          },
        },
        { say: 'plan', expect: { text: [/under 14: possible in 4 days/] } },
      ],
    });
  });

  it('a later turn, past the washout: duloxetine back', () => {
    const out = texts(
      '58F CLBP 2 yrs, naproxen 500 bd 8 wk failed, RF neg, eGFR 80',
      'she was on phenelzine for depression',
      "it's been 3 weeks since she stopped it",
    );
    expect(out[1]).toMatch(/Not for this patient: duloxetine \(phenelzine stopped, date not given/);
    expect(out[2]).toMatch(/phenelzine: stopped 21 d ago/);
    expect(out[2]).toMatch(/Add duloxetine 30 mg daily/);
    expect(out[2]).not.toMatch(/Not chronic pain/);
  });

  it('a later turn after "was on phenelzine" (its date asked): the stop dates phenelzine', () => {
    const out = texts(
      '58F CLBP 2 yrs, naproxen 500 bd 8 wk failed, RF neg, eGFR 80. Was on phenelzine for depression.',
      "it's been 3 weeks since she stopped it",
    );
    expect(out[1]).toMatch(/phenelzine: stopped 21 d ago/);
    expect(out[1]).not.toMatch(/naproxen[^\n]*stopped/);
  });

  it('a later turn with two medicines taken: asked which, nothing stopped', () => {
    runScenario({
      name: 'pronoun-later-two',
      turns: [
        { say: '58F CLBP 2 yrs, naproxen 500 bd 8 wk failed, RF neg, eGFR 80, on phenelzine and sertraline' },
        {
          say: 'stopped it 10 days ago',
          expect: {
            text: [/Which medicine was stopped 10 days ago, naproxen, phenelzine or sertraline\?/],
            facts: { medications: [{ drug: 'naproxen' }, { drug: 'maoi', name: 'phenelzine' }, { drug: 'ssri' }] },
            noText: [/Add duloxetine 30 mg daily/],
          },
        },
        {
          say: 'phenelzine stopped 10 days ago',
          expect: { facts: { medications: [{}, { drug: 'maoi', stopped: true, stoppedDaysAgo: 10 }, {}] } },
        },
      ],
    });
  });

  it('answering a trial question, "it" is the drug asked about', () => {
    runScenario({
      name: 'pronoun-trial-answer',
      turns: [
        { say: '63M CLBP 1 yr, RF neg, eGFR 85, naproxen 500 bd 8 wk no help', expect: { pending: 'duloxetineTrial' } },
        {
          say: 'stopped it after 6 weeks, no help',
          expect: { facts: { medications: [{ drug: 'naproxen' }, { drug: 'duloxetine', outcome: 'ineffective' }] } },
        },
      ],
    });
  });

  it('answering a trial question with an MAOI held: which one is asked, nothing applied', () => {
    runScenario({
      name: 'pronoun-trial-answer-maoi',
      turns: [
        { say: '63M CLBP 1 yr, RF neg, eGFR 85, phenelzine 15 mg tds', expect: { pending: 'nsaidTrial' } },
        {
          say: 'stopped that 10 days ago',
          expect: {
            text: [/Which medicine was stopped 10 days ago, phenelzine or the NSAID\?/],
            facts: { medications: [{ drug: 'maoi', doseMg: 15 }] },
            pending: 'nsaidTrial',
          },
        },
      ],
    });
  });
});

describe('a medicine named beside a therapy: a side effect said with the stop makes "it" the medicine', () => {
  it.each([
    'Tried duloxetine 30 mg daily alongside physio; stopped it after a week due to nausea.',
    'duloxetine 30 + PT, stopped it 1/52 - dizzy and nauseous',
    'Duloxetine 30 mg with a physio programme: she stopped it because of side effects.',
  ])('%s', (text) => {
    const m = read(`52F CLBP 1 yr. ${text}`).patch.medications?.find((x) => x.drug === 'duloxetine');
    expect(m?.outcome).not.toBe('current');
  });

  it('no side effect said: "it" stays the therapy named beside the medicine', () => {
    const m = read('52F CLBP 1 yr. Started duloxetine 60 mg and physio; stopped it after 2 sessions.').patch
      .medications;
    expect(m?.find((x) => x.drug === 'duloxetine')?.outcome).toBe('current');
  });
});
