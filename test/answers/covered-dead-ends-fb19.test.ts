import { describe, expect, it } from 'vitest';
import { NO_FIGURE_ROWS } from '../../dialogs/answers/no-figure.js';
import { INCREASE_NAMED_ROW } from '../../dialogs/answers/opioid-increase.js';
import { converse } from '../helpers/conversation.js';

/** The scope said for a gabapentinoid asked for non-radicular pain (the drug answer's line or the axial answer). */
const NOT_RADICULAR_SCOPE =
  /Not for non-radicular pain|not for axial pain; the guideline places gabapentinoids in the radicular branch/;

/** The reply to the last of these turns, in one conversation. */
const say = (...texts: string[]): string => converse(texts).replies.at(-1) ?? '';

describe('a patient who wants zero pain: the functional-goals answer', () => {
  it.each([
    ['GP chatty', "pt won't be happy until the pain is zero, what do I tell her?"],
    ['terse', 'she wants her pain at 0, realistic?'],
    ['NP shorthand', 'pt only satisfied if pain goes down to zero - how do I explain?'],
    ['dictated', 'patient states she will not be happy until her pain is gone completely comma what should I tell her'],
    ['UK', 'he insists on being pain-free before going back to work'],
  ])('%s: %s', (_style, q) => {
    const text = say(q);
    expect(text).toContain('Expecting no pain: functional goals');
    expect(text).toContain('rather than complete pain elimination');
  });

  it.each(['pain is zero after naproxen, stop it?', 'pain score 0 today, continue duloxetine?'])(
    'contrast: an outcome, not a wish: %s',
    (q) => {
      expect(say(q)).not.toContain('Expecting no pain');
    },
  );
});

describe('a proposed opioid increase at a review: MME now and after, the rules', () => {
  it.each([
    ['GP', '3 month review on hydrocodone 5/325 qid, can I go up to 10 qid?', /20 to 40 MME\/day/],
    ['NP shorthand', 'on hydrocodone 5 mg qid, 3-month review, can I go up to 10 qid?', /20 to 40 MME\/day/],
    ['AU', 'oxycodone 5 qid at 3 month review, increase to 10 qid?', /30 to 60 MME\/day/],
    ['terse', 'increase norco to 10/325 qid?', /to 40 MME\/day/],
    ['pharmacist', 'Rx: bump the oxycodone up to 10 mg qid, ok to dispense?', /to 60 MME\/day/],
  ])('%s: %s', (_style, q, mme) => {
    const text = say(q);
    expect(text).toMatch(mme);
    expect(text).toContain('stop if function does not improve meaningfully');
    expect(text).toContain('>= 50 MME/day; avoid or carefully justify >= 90');
    if (/60 MME/.test(text)) expect(text).toMatch(/Naloxone \(60 MME\/day is >= 50\)/);
  });

  it('the named form reads its example, not its counter-example (done, not proposed)', () => {
    expect(say(INCREASE_NAMED_ROW.example)).toMatch(/ increase: to \d+ MME\/day/);
    expect(say(INCREASE_NAMED_ROW.counter)).not.toMatch(/ increase:/);
  });

  it('mid-case: the amount after "to" is the one asked, never the 3 of "3-month"', () => {
    const text = say(
      'new case: 58M chronic LBP 2 years, no red flags, on hydrocodone 5 mg qid for 3 months, tried duloxetine 60 mg 8 weeks ineffective, naproxen 500 bid 6 weeks ineffective, did PT',
      '3-month review: function a bit better, can I go up to 10 qid?',
    );
    expect(text).toContain('Now 20 MME/day');
    expect(text).toContain('hydrocodone 10 mg four times daily is 40 MME/day');
    expect(text).not.toContain('3 mg four times daily');
    expect(text).toContain('stop if function does not improve meaningfully');
  });
});

describe('two NSAIDs at once: one NSAID only, with the NSAID checks (reference section 2)', () => {
  it.each([
    ['walk-in', 'ibuprofen from the walk-in clinic plus naproxen from me ok?'],
    ['brands', 'Celebrex and Advil together?'],
    ['two agents of one row', 'meloxicam + diclofenac gel?'],
    ['brands of one row', 'Mobic plus Voltaren ok?'],
    ['pharmacist', 'Rx naproxen 500 bid, pt also on Advil prn - ok to dispense?'],
    ['AU', 'on celecoxib, can she take aleve too?'],
  ])('%s: %s', (_style, q) => {
    const text = say(q);
    expect(text).toContain('use one NSAID only');
    expect(text).toContain('All NSAIDs carry boxed warnings');
  });

  it.each(['naproxen plus acetaminophen ok?', 'ibuprofen with tylenol ok?', 'is Mobic the same as meloxicam?'])(
    'contrast: not two NSAIDs: %s',
    (q) => {
      expect(say(q)).not.toContain('use one NSAID only');
    },
  );

  it('contrast: an NSAID with acetaminophen is the adjunct line', () => {
    expect(say('naproxen plus acetaminophen ok?')).toContain('it may be used as an adjunct');
  });
});

describe('a figure neither source gives: said plainly, then what the sources say', () => {
  it.each([
    ['terse', 'how fast do I taper oxycodone?', /no taper rate/, /Do not stop opioids abruptly/],
    ['NP shorthand', 'what % per week to taper oxycodone?', /no taper rate/, /Do not stop opioids abruptly/],
    ['GP chatty', 'how quickly can I wean her off gabapentin?', /no taper rate/, /Taper over at least 1 week/],
    [
      'pharmacist',
      'how often to monitor LFTs on acetaminophen?',
      /no schedule for liver or kidney/,
      /lower with liver disease/,
    ],
    ['UK', 'how often U&Es with naproxen?', /no schedule for liver or kidney/, /not recommended if CrCl < 30/],
    ['EHR shorthand', 'LFTs how often on duloxetine?', /no schedule for liver or kidney/, /chronic liver disease/],
    [
      'AU',
      'how long should she keep doing the physio?',
      /no length for a trial of a non-drug therapy/,
      /Reassess|physio|exercise/i,
    ],
  ])('%s: %s', (_style, q, none, said) => {
    const text = say(q);
    expect(text).toMatch(none);
    expect(text).toMatch(said);
    // no figure of its own: no percentage, no schedule
    expect(text).not.toMatch(/\d+ ?% (?:a|per|each) (?:week|month)|every \d+ months/);
  });

  it.each(NO_FIGURE_ROWS.map((r) => [r.name, r.example, r.counter, r.line] as const))(
    'row %s reads its example, not its counter-example',
    (_name, example, counter, line) => {
      expect(say(example)).toContain(line);
      expect(say(counter)).not.toContain(line);
    },
  );

  it.each(['should I get an MRI for non-specific low back pain?', 'how long is an adequate trial of duloxetine?'])(
    'contrast: the sources give this, so no "no figure" line: %s',
    (q) => {
      expect(say(q)).not.toContain('No figure in the sources');
    },
  );
});

describe('gabapentinoid doses: start, target, kidney ranges, radicular pain only', () => {
  it.each([
    ['terse', 'gabapentin dose for sciatica?', /titrate from 300 mg\/day/, /target is 1,800 mg\/day/],
    ['brand', 'neurontin max', /3,600 mg\/day is the epilepsy maximum/, /30-59: 400-1,400 mg\/day/],
    ['NP shorthand', 'lyrica titration', /start 150 mg\/day/, /15-30: 25-150 mg\/day/],
    ['kidney', 'pregabalin eGFR 40 dose', /CrCl 30-60: 75-300 mg\/day/, /eGFR overestimates clearance/],
    ['slang', 'gaba dose?', /radicular pain only/, /titrate from 300 mg\/day/],
  ])('%s: %s', (_style, q, a, b) => {
    const text = say(q);
    expect(text).toMatch(a);
    expect(text).toMatch(b);
  });

  it.each([
    'gabapentin for axial back pain, no leg pain - dose?',
    'lyrica for back pain without sciatica?',
    'pregabalin for non-radicular LBP?',
  ])('the question says non-radicular: the scope leads: %s', (q) => {
    expect(say(q)).toMatch(NOT_RADICULAR_SCOPE);
  });

  it.each(['gabapentin dose for sciatica?', 'Rx gabapentin 600 tid for LBP, ok to dispense?'])(
    'contrast: radicular or not said: no scope line: %s',
    (q) => {
      expect(say(q)).not.toMatch(NOT_RADICULAR_SCOPE);
    },
  );
});
