import { describe, expect, it } from 'vitest';
import { notTakenAt } from '../../dialogs/answers/not-taken.js';
import { ask } from '../../scripts/eval/question-suite.js';
import { declinedAt } from '../../src/clinical/language/entity-cues.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';

/**
 * Branch fc18: drug events that are not "taking now". A stop planned keeps the drug taken (the asked drug waits for
 * the stop, by the reference's interval after it when one is given); a drug refused or declined is not taken (no
 * pair); a start planned still gets its "before starting" note. Several clinician styles, with contrasts.
 */
const reply = (text: string, n = 0): string => ask(text, n).join('\n');
const title = (text: string): string => text.split('\n')[0]!;
const at = (text: string, name: string): [string, number, number] => {
  const lower = text.toLowerCase();
  const i = lower.indexOf(name);
  return [lower, i, i + name.length];
};

describe('a planned SSRI, SNRI or MAOI stop in a quick question: the asked drug waits', () => {
  it.each([
    ["she's stopping sertraline next week, can I start duloxetine?", 'sertraline'],
    ['stopping sertraline next wk, start cymbalta?', 'sertraline'],
    ['Rx duloxetine 30 mg daily, pt coming off citalopram next month. ok to dispense?', 'citalopram'],
    ['going to wean off the venlafaxine over 2 wks then start cymbalta - ok?', 'venlafaxine'],
    ['Dictated: patient is to stop escitalopram next week comma can we commence duloxetine', 'escitalopram'],
  ])('"%s": not yet, still taken, no washout interval given', (q, drug) => {
    const text = reply(q);
    expect(title(text)).toMatch(new RegExp(`not yet \\(on an SSRI or SNRI[^)]*until the ${drug} is stopped\\)`, 'i'));
    expect(text).toMatch(/Duloxetine: not yet\./);
    expect(text).toMatch(new RegExp(`The reference gives no washout interval after ${drug}\\. \\[\\d\\]`));
    expect(text).toMatch(/serotonin syndrome/);
    // the switch is the plan: no next option steps up over it
    expect(title(text)).not.toMatch(/next option/);
  });

  it.each([
    'pt stopping phenelzine next wk, ok to start duloxetine?',
    'on tranylcypromine, plan to stop it next month - start duloxetine after?',
  ])('"%s": an MAOI, the reference\'s 14 days', (q) => {
    const text = reply(q);
    expect(title(text)).toMatch(/not yet \(on an MAOI, until 14 days after the \w+ is stopped\)/);
    expect(text).toMatch(/no sooner than 14 days after the \w+ is stopped/);
    expect(text).toMatch(/Contraindicated/);
  });

  it.each([
    ['on sertraline, can I start duloxetine?', /not for this patient/],
    ['stopped sertraline last month, can I start duloxetine?', /^\*\*Duloxetine\*\*$/],
  ])('contrast "%s": taken now, or stopped, is not a wait', (q, head) => {
    const text = reply(q);
    expect(title(text)).toMatch(head);
    expect(text).not.toMatch(/not yet/);
  });

  it('a label "avoid" for this patient still rules the drug out (no wait over it)', () => {
    const text = reply('eGFR 20, stopping sertraline next week - start duloxetine?');
    expect(title(text)).toMatch(/not for this patient/);
  });
});

describe('a drug refused or declined is not taken: no pair', () => {
  it.each([
    ['refused to start apixaban, naproxen ok?', 'apixaban'],
    ['pt declined warfarin. ibuprofen ok?', 'warfarin'],
    ['cardiology suggested apixaban but he said no - can he have naproxen?', 'apixaban'],
    ['Rx naproxen 500 bd. apixaban - pt declined. ok to dispense?', 'apixaban'],
    ["G'day, he's refusing the rivaroxaban the cardio wants, ibuprofen 400 tds ok?", 'rivaroxaban'],
  ])('"%s"', (q, drug) => {
    const text = reply(q);
    expect(text).not.toMatch(/NSAID \+ anticoagulant or antiplatelet: risk of GI bleeding/);
    expect(title(text)).not.toMatch(/caution/);
    const [lower, s, e] = at(q, drug);
    expect(notTakenAt(lower, s, e)).toBe(true);
  });

  it.each([
    'on apixaban, naproxen ok?',
    'apixaban 5 bd, he said no to physio. naproxen ok?',
    'declined physio, on warfarin - ibuprofen ok?',
  ])('contrast "%s": taken, the pair stands', (q) => {
    expect(reply(q)).toMatch(/NSAID \+ anticoagulant or antiplatelet: risk of GI bleeding/);
  });

  it('contrast: stopped last week is no pair either', () => {
    expect(reply('stopped apixaban last week, naproxen ok?')).not.toMatch(/anticoagulant or antiplatelet: risk/);
  });

  it.each(['will start apixaban next week, naproxen ok?', 'apixaban starting on Monday - ibuprofen ok?'])(
    'contrast "%s": only planned, the pair with a "before starting" note',
    (q) => {
      const text = reply(q);
      expect(text).toMatch(/before starting apixaban/);
      expect(text).toMatch(/risk of GI bleeding/);
    },
  );

  it('the case reader reads the same refusal (one reader)', () => {
    const facts = extractCaseFacts(
      '60M CLBP, naproxen 500 bd failed, cardiology suggested apixaban but he said no',
      '2026-11-29T10:00:00.000Z',
    );
    // recorded as declined (never taken): no interaction is read from it
    expect(facts.patch.medications?.some((m) => m.drug === 'anticoagulant' && !m.declined)).toBeFalsy();
    expect(facts.patch.medications?.find((m) => m.drug === 'anticoagulant')?.declined).toBe(true);
    const [lower, s, e] = at('apixaban 5 bd, he said no to physio', 'apixaban');
    expect(declinedAt(lower, s, e)).toBe(false);
  });
});

describe('a stop wished for a gabapentinoid: still taken, and what the sources say about stopping', () => {
  const PAIR = /Opioid \+ gabapentin or pregabalin: serious breathing problems/;
  it.each([
    'he wants to stop the gabapentin, on oxycodone 10 bd too - any issue?',
    'on gabapentin 600 tds, wants to stop it. oxycodone ok?',
    'Dictated: she is keen to come off the pregabalin, also on tramadol 50 qds, anything to watch?',
    'Rx tramadol 50 mg qds. pt asking to stop lyrica - ok to dispense?',
  ])('"%s": the pair stands, taper over at least 1 week (cited)', (q) => {
    const text = reply(q);
    expect(text).toMatch(PAIR);
    expect(text).toMatch(/still taken until it is stopped[^\n]*When stopping: taper over at least 1 week\. \[\d\]/);
    expect(title(text)).not.toMatch(/Stopping or tapering opioids/);
  });

  it.each([
    'keen to come off the pregabalin. anything to know?',
    'Rx pregabalin 75 bd - pt would like to come off lyrica',
  ])('"%s": alone, the taper leads', (q) => {
    const text = reply(q);
    expect(title(text)).toMatch(/Pregabalin: taper when stopping/);
    expect(text).toMatch(/When stopping: taper over at least 1 week/);
  });

  it('a drug with no tapering rule in the sources: said so, nothing invented', () => {
    const text = reply('pt on duloxetine 60, wants to stop the duloxetine - how?');
    expect(text).toMatch(/The pathway's sources give no tapering rule for duloxetine\./);
    expect(text).not.toMatch(/taper over/);
  });

  it.each([
    ['on gabapentin 300 tds and oxycodone 5 bd, any issue?', PAIR],
    ['he wants to stop the oxycodone, on gabapentin too - any issue?', /Do not stop opioids abruptly/],
  ])('contrast "%s": no stop wished of the gabapentinoid', (q, want) => {
    const text = reply(q);
    expect(text).toMatch(want);
    expect(text).not.toMatch(/When stopping: taper over at least 1 week/);
  });
});
