import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';
import { isHeld, isInUse } from '../../src/clinical/case/medication-facts.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import {
  ALCOHOL_STOPPED_ROWS,
  STILL_CURRENT_ROWS,
  STOP_ROWS,
  STOP_TIME_ROWS,
} from '../../src/clinical/language/stopped.js';

/**
 * A drug said to be stopped (src/clinical/language/stopped.ts) is no longer held for any rule, and keeps the trial
 * outcome said with it; a drug still taken is never dropped.
 */
const AT = '2026-11-29T10:00:00.000Z';
const meds = (text: string) => extractCaseFacts(text, AT).patch.medications ?? [];

describe('each stop row reads its example', () => {
  it.each(STOP_ROWS.map((r) => [r.phrase, r.example] as const))('%s: "%s"', (_, example) => {
    const read = meds(example);
    expect(read.length).toBeGreaterThan(0);
    for (const m of read) {
      expect(m.stopped).toBe(true);
      expect(isHeld(m)).toBe(false);
      expect(isInUse(m)).toBe(false);
    }
  });
});

describe('"was on" said of a drug still taken (STILL_CURRENT_ROWS): held; its counter stays stopped', () => {
  it.each(STILL_CURRENT_ROWS.map((r) => [r.id, r.example, r.counter] as const))(
    '%s: "%s" / "%s"',
    (_, example, counter) => {
      const [m] = meds(example);
      expect(m?.stopped).not.toBe(true);
      expect(meds(counter)[0]?.stopped).toBe(true);
    },
  );

  it.each([
    'when we saw him yesterday he was on citalopram 20',
    'on admission she was taking fluoxetine 20',
    'was on sertraline 50, dose increased to 100 in May',
  ])('still taken: "%s"', (text) => {
    expect(meds(text)[0]?.stopped).not.toBe(true);
  });

  it('contrast: a change then a stop is stopped', () => {
    expect(meds('was on sertraline 50, increased to 100, then stopped in May')[0]?.stopped).toBe(true);
  });
});

describe('each stop-time row reads its example (an MAOI: a washout of 14 days)', () => {
  it.each(STOP_TIME_ROWS.map((r) => [r.re.source, r.example] as const))('%s: "%s"', (_, example) => {
    const [m] = meds(example);
    expect(m?.stopped).toBe(true);
    expect(m?.stoppedDaysAgo).toBeGreaterThan(0);
  });

  it('a drug with no washout records no stop time', () => {
    expect(meds('sertraline stopped 9 days ago')[0]?.stoppedDaysAgo).toBeUndefined();
  });
});

describe('stopped in clinician styles', () => {
  it.each([
    ['Correction - I misread the list: sertraline was stopped 6 months ago by her psychiatrist', 'ssri'],
    ['pt no longer on warfarin (stopped by cardiology)', 'anticoagulant'],
    ['came off the sertraline last yr', 'ssri'],
    ['Citalopram ceased by GP in March, full stop', 'ssri'],
    ['ED handover: oxycodone weaned off in 2023, nil opioids since', 'oxycodone'],
    ["she isn't on the fluoxetine any more", 'ssri'],
    ['Meds: tramadol 50 qid - discontinued Oct', 'tramadol'],
  ])('"%s": %s stopped, not held', (text, drug) => {
    const m = meds(text).find((x) => x.drug === drug);
    expect(m?.stopped).toBe(true);
    expect(isHeld(m!)).toBe(false);
  });

  it('a stopped pathway drug keeps its failed trial', () => {
    for (const text of [
      'naproxen stopped after 6 weeks, no help',
      'stopped naproxen 500 bid after 6 wk as no better',
    ]) {
      const [m] = meds(text);
      expect(m).toMatchObject({ drug: 'naproxen', outcome: 'ineffective', stopped: true });
    }
  });

  it('"stopped for dyspepsia" is intolerance; a stop with no reason after days stays not tolerated', () => {
    expect(meds('ibuprofen stopped for dyspepsia')[0]?.outcome).toBe('not-tolerated');
    expect(meds('naproxen stopped after 2 days')[0]?.outcome).toBe('not-tolerated');
  });
});

describe('counter-examples: still taken, or never stopped', () => {
  it.each([
    ['ibuprofen stopped working'],
    ['on sertraline 100 mg, stopped working out at the gym'],
    ['not taking sertraline regularly'],
    ['plan: stop naproxen if dyspepsia'],
    // "until" stops only with a past time, and not when the drug is kept until then
    ['oxycodone 10 mg bd until review'],
    ['tramadol 50 qid, continue until March'],
    ['naproxen 500 bid worked until last month, now no benefit'],
    ['oxycodone helped till May, not now'],
    ['was on oxycodone, still on it'],
  ])('"%s": nothing stopped', (text) => {
    expect(meds(text).some((m) => m.stopped)).toBe(false);
  });

  it('a class member still taken stays held beside the one stopped', () => {
    for (const text of [
      'sertraline stopped, now on citalopram 20',
      'on citalopram 20 mg, sertraline stopped last year',
    ]) {
      const held = meds(text).filter(isHeld);
      expect(held.map((m) => m.name)).toEqual(['citalopram']);
    }
  });

  it('"not on duloxetine" is never tried, not a stop', () => {
    expect(meds('not on duloxetine')).toEqual([]);
  });
});

describe('a stop not said: negated, modal, planned, tried, or taken again (the drug stays held)', () => {
  it.each([
    ['on warfarin 5 mg, ibuprofen 400 tds. Warfarin not stopped', 'anticoagulant'],
    ['warfarin never stopped', 'anticoagulant'],
    ['never stopped the warfarin', 'anticoagulant'],
    ['apixaban not stopped yet', 'anticoagulant'],
    ["Warfarin can't be stopped (mechanical valve)", 'anticoagulant'],
    ['warfarin should be stopped before any procedure', 'anticoagulant'],
    ['sertraline to be stopped at next review', 'ssri'],
    ["tried to come off sertraline but couldn't", 'ssri'],
    ['wants to come off the citalopram', 'ssri'],
    ["hasn't come off the warfarin", 'anticoagulant'],
    ['sertraline stopped in May then restarted 100 mg daily', 'ssri'],
    ['sertraline discontinued Jan, recommenced March 50mg', 'ssri'],
    ["isn't on sertraline now - she's on it twice daily", 'ssri'],
    ['ED handover: will stop warfarin next week', 'anticoagulant'],
    ['plan comma taper the oxycodone over 4 weeks full stop', 'oxycodone'],
  ])('"%s": %s held', (text, drug) => {
    const m = meds(text).find((x) => x.drug === drug);
    expect(m).toBeDefined();
    expect(m!.stopped).toBeUndefined();
    expect(isHeld(m!)).toBe(true);
  });

  it.each([
    ['warfarin stopped?', 'anticoagulant'],
    ['stopped the warfarin?', 'anticoagulant'],
    ['has she come off sertraline?', 'ssri'],
    ['has she come off the sertraline yet?', 'ssri'],
    ['ED handover: apixaban - discontinued? not documented', 'anticoagulant'],
  ])('a stop asked, not said: "%s": %s held', (text, drug) => {
    const m = meds(text).find((x) => x.drug === drug);
    expect(m).toBeDefined();
    expect(m!.stopped).toBeUndefined();
    expect(isHeld(m!)).toBe(true);
  });

  // a case message closing with the stop asked: the drug is the question's, never stopped
  it.each([
    '58M LBP, pt no longer on warfarin?',
    'Letter from GP: citalopram ceased? Please confirm',
    "NP note - on naproxen, oxycodone 5 prn. warfarin d/c'd?",
  ])('"%s": no stop', (text) => {
    expect(meds(text).some((m) => m.stopped)).toBe(false);
  });

  it('"is he off the oxy now?" never marks a stop', () => {
    expect(meds('is he off the oxy now?').some((m) => m.stopped)).toBe(false);
  });

  it.each([
    ['Sertraline stopped in May, can I start duloxetine?', 'ssri'],
    ['sertraline stopped so what next?', 'ssri'],
    ['stopped tramadol 2 wks ago - start tapentadol?', 'tramadol'],
    ['came off sertraline last yr. duloxetine ok?', 'ssri'],
  ])('a stop said before a question still stops: "%s"', (text, drug) => {
    expect(meds(text).find((x) => x.drug === drug)?.stopped).toBe(true);
  });

  it('a restart of another treatment leaves the stop', () => {
    expect(meds('stopped tramadol, restarted physio')[0]).toMatchObject({ drug: 'tramadol', stopped: true });
  });
});

describe('alcohol stopped', () => {
  it.each(ALCOHOL_STOPPED_ROWS.map((r) => [r.phrase, r.example] as const))('%s: "%s"', (_, example) => {
    expect(extractCaseFacts(example, AT).patch.conditions?.['heavy-alcohol']).toBe('no');
  });
  it.each([['drinks less now'], ['abstinent from opioids 2 yrs'], ['heavy drinker']])(
    '"%s": not read as stopped',
    (t) => {
      expect(extractCaseFacts(t, AT).patch.conditions?.['heavy-alcohol']).not.toBe('no');
    },
  );
  it.each([
    ['Hx heavy drinker, abstinent several months'],
    ['SHx: h/o alcohol abuse, sober since 2019'],
    ['Dear Dr, she is a former drinker and has had no alcohol for 2 years.'],
    ['etoh - 3 yrs abstinent'],
    // "recovering" marks the alcoholism as past, as "ex-" does (terse, UK social history)
    ['Recovering alcoholic - dry since 2015'],
    ['SH: recovering alcoholic, sober 18 months, lives alone'],
  ])('"%s": sustained, affirmed, past heavy use: no heavy alcohol', (t) => {
    expect(extractCaseFacts(t, AT).patch.conditions?.['heavy-alcohol']).toBe('no');
  });
  // Negated, short, planned, advised, asked, or with current or unmarked heavy use: heavy use stays (or is unknown).
  it.each([
    ['heavy alcohol use, not abstinent'],
    ['heavy drinker, sober for 2 days'],
    ['ex-drinker but relapsed, 8 pints a day'],
    ['heavy alcohol use, wants to be abstinent'],
    ['heavy drinker, advised to quit drinking'],
    ['heavy alcohol use. abstinent? no'],
    ['ETOH heavy, stopped drinking last week'],
    ['alcohol use disorder, abstinent comma 3 weeks full stop'],
    ['heavy drinker, abstinent 3 years'],
    ['ex-drinker, drinking again since xmas'],
    ['quit drinking'],
    ['is she abstinent'],
    ['recovering alcoholic, sober 2 weeks'],
    ['recovering alcoholic but drinking again'],
  ])('"%s": heavy alcohol not lifted', (t) => {
    expect(extractCaseFacts(t, AT).patch.conditions?.['heavy-alcohol']).not.toBe('no');
  });
  it('heavy use said in the same text stays heavy', () => {
    for (const t of [
      'heavy alcohol use, not abstinent',
      'heavy drinker, sober for 2 days',
      'heavy drinker, abstinent 3 years',
    ])
      expect(extractCaseFacts(t, AT).patch.conditions?.['heavy-alcohol']).toBe('yes');
  });
});

describe('a correction removes a condition', () => {
  it.each([
    ['CKD was a lab error, eGFR 85 on repeat', 'ckd'],
    ['the ckd was wrong - repeat egfr 88', 'ckd'],
    ['GI bleed history was a typo (another patient)', 'gi-bleed-history'],
  ])('"%s": %s no', (text, id) => {
    expect((extractCaseFacts(text, AT).patch.conditions as Record<string, string>)[id]).toBe('no');
  });
  it('an old GI bleed stays a history', () => {
    expect(extractCaseFacts('the GI bleed was 15 years ago', AT).patch.conditions?.['gi-bleed-history']).toBe('yes');
  });
});

describe('a stop told in a "since / now that / given" clause is a stop, with its time; a start there stays taken', () => {
  const ask = (text: string) =>
    handleTurn(undefined, coreInput(text), CORE_OPTIONS)
      .output.messages.map((m) => m.text)
      .join('\n');
  it.each([
    // GP chatty
    ['now that the phenelzine was stopped 3 weeks ago, can we start duloxetine?', 21],
    // terse
    ['since stopping phenelzine 3 weeks ago, can we start duloxetine?', 21],
    // NP shorthand
    ['3 weeks since stopping phenelzine, dulox ok?', 21],
    // UK/AU
    ['Now that phenelzine has been stopped for 3 weeks, are we right to start duloxetine?', 21],
    // dictated
    ['given the phenelzine was discontinued three weeks ago comma can we start duloxetine', 21],
    // pharmacist
    ['Rx duloxetine 30 mg. since coming off phenelzine 3 weeks ago - ok to dispense?', 21],
  ])('%s', (text, days) => {
    const maoi = meds(text).find((m) => m.drug === 'maoi');
    expect(maoi?.stopped).toBe(true);
    expect(maoi?.stoppedDaysAgo).toBe(days);
    const reply = ask(text);
    expect(reply).not.toMatch(/not for this patient \(on an MAOI\)|planned stop|contraindicated\*\*/i);
  });

  it('a stop under 14 days still waits for the washout', () => {
    const reply = ask('since stopping phenelzine 10 days ago, can we start duloxetine?');
    expect(reply).toMatch(/under 14: possible in 4 days/);
  });

  it.each([
    'since starting phenelzine 3 weeks ago, can we start duloxetine?',
    "given she's on phenelzine, can we start duloxetine?",
    'since she started the phenelzine, is duloxetine ok?',
  ])('contrast, still taken: %s', (text) => {
    const maoi = meds(text).find((m) => m.drug === 'maoi');
    expect(maoi?.stopped).toBeUndefined();
    const reply = ask(text);
    expect(reply).toMatch(/not for this patient \(on an MAOI\)/);
    expect(reply).not.toMatch(/start is planned/);
  });

  it('contrast: a stop planned stays a plan', () => {
    expect(ask('on phenelzine, plan to stop it next week - start duloxetine today?')).toMatch(/not yet/i);
  });
});
