import { describe, expect, it } from 'vitest';
import { blindReply } from '../../scripts/eval/blind-report.js';
import { ask } from '../../scripts/eval/question-suite.js';
import { findDrugs } from '../../src/clinical/language/find-drugs.js';
import { PLANNED_ROWS, plannedChangeAt } from '../../src/clinical/language/planned-change.js';

/**
 * Branch fa: opioid + gabapentinoid with COPD said first; a planned stop or start is not a change made; the NSAID that
 * failed is named right when another NSAID is asked about. Several clinician styles and contrasts.
 */
const reply = (text: string, n = 0): string => ask(text, n).join('\n');
const midCase = (q: string, n = 0): string => blindReply({ id: 'fa', q, must: [], mustNot: [] }, n);
const title = (text: string): string => text.split('\n')[0]!;
const BREATHING = /serious breathing problems, especially with COPD or older age/;

describe('opioid + gabapentin or pregabalin with COPD', () => {
  it.each([
    'pt with COPD on oxycodone, can I add gabapentin 300 tds?',
    'oxy 10 bd + COPD. pregab ok?',
    'Rx pregabalin 75 mg bd for a man with emphysema on tramadol 50 qds - ok to dispense?',
    "G'day, bloke on codeine with chronic obstructive pulmonary disease - add in gabapentin?",
  ])('"%s": the warning names the patient\'s COPD and leads', (q) => {
    const text = reply(q);
    expect(title(text)).toMatch(/patient has COPD/);
    expect(text).toMatch(BREATHING);
    expect(text.indexOf('patient has COPD:')).toBeLessThan(text.indexOf('MME') < 0 ? Infinity : text.indexOf('MME'));
  });

  it('mid-case: the warning is said before the answer', () => {
    const text = midCase(
      '[case so far: 71 year old man, COPD, chronic low back pain, on oxycodone 10 mg twice daily, failed naproxen 500 bd for 6 weeks] can I add gabapentin 300 tds?',
    );
    expect(text.indexOf('Case has COPD')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('Case has COPD')).toBeLessThan(text.indexOf('**Answer'));
  });

  it.each(['no COPD, on oxycodone - add gabapentin?', 'oxycodone with pregabalin?'])(
    'contrast "%s": the warning without the patient\'s COPD',
    (q) => {
      const text = reply(q);
      expect(text).toMatch(BREATHING);
      expect(text).not.toMatch(/patient has COPD/);
    },
  );
});

describe('a planned change is not a change made', () => {
  /** The change read for the first drug the text names that is not the drug asked about (the last one). */
  const changeOf = (text: string) => {
    const lower = text.toLowerCase();
    const m = findDrugs(lower)[0]!;
    return plannedChangeAt(lower, m.start, m.end);
  };
  it.each(PLANNED_ROWS.map((r) => [r.example, r] as const))('row reads "%s"', (_, row) => {
    expect(changeOf(row.example)).toBe(row.change);
  });
  it.each(PLANNED_ROWS.map((r) => [r.counter] as const))('row does not read "%s"', (counter) => {
    expect(changeOf(counter)).toBeUndefined();
  });

  it.each([
    [
      'on escitalopram, plan to stop it next week - start duloxetine today?',
      /Escitalopram is still taken until its planned stop/,
    ],
    [
      'pt on sertraline, GP planning to stop it next month. can I start tramadol now?',
      /Sertraline is still taken until its planned stop/,
    ],
    [
      'Dictated: she is on citalopram which will be stopped next week, can we start duloxetine now',
      /Citalopram is still taken until its planned stop/,
    ],
  ])('"%s": still taken, the interaction applies, wait for the stop', (q, line) => {
    const text = reply(q);
    expect(text).toMatch(line);
    expect(text).toMatch(/: not yet\. .*start \w+ after the stop\. The reference gives no washout interval/);
    expect(text).toMatch(/serotonin syndrome/);
  });

  it.each([
    'will start apixaban on Monday - naproxen ok?',
    'apixaban starting next week, ibuprofen 400 tds ok?',
    'Rx naproxen 500 bd - pt due to start warfarin Friday - ok to dispense?',
  ])('"%s": the planned start is taken into account', (q) => {
    const text = reply(q);
    expect(text).toMatch(/its start is planned/);
    expect(text).toMatch(/NSAID \+ anticoagulant or antiplatelet: risk of GI bleeding/);
  });

  it('no guideline drug asked: still taken, the pair stands, no "wait before starting"', () => {
    const text = reply('pt on lorazepam which will be stopped next week, on oxycodone 5 qds, ok?');
    expect(text).toMatch(/Lorazepam: its stop is planned, not done, so it is still taken/);
    expect(text).not.toMatch(/Wait until/);
    expect(text).toMatch(/Boxed warning/);
  });

  it.each(['stopped escitalopram 3 weeks ago, start duloxetine?', 'on warfarin, naproxen ok?'])(
    'contrast "%s": no planned-change line',
    (q) => {
      expect(reply(q)).not.toMatch(/is planned/);
    },
  );

  it('the stop readers and the rows agree on where the change is', () => {
    const q = 'will start apixaban on monday - naproxen ok?';
    expect(plannedChangeAt(q, q.indexOf('apixaban'), q.indexOf('apixaban') + 8)).toBe('start');
    const c = 'started apixaban last month - naproxen ok?';
    expect(plannedChangeAt(c, c.indexOf('apixaban'), c.indexOf('apixaban') + 8)).toBeUndefined();
  });
});

describe('the NSAID that failed is named right', () => {
  it.each([
    'failed ibuprofen 600 tds for 6 weeks, switch to naproxen?',
    "ibuprofen 600 tds didn't help after 6 weeks - what about naproxen next?",
    'NP note: ibuprofen 800 tid x 6 wks failed. next step naproxen?',
  ])('"%s": the NSAID option failed (ibuprofen), next option duloxetine', (q) => {
    const text = reply(q);
    expect(title(text)).toMatch(/the NSAID option has failed \(an adequate trial of ibuprofen\)/);
    expect(title(text)).toMatch(/next option: duloxetine/);
    expect(text).not.toMatch(/naproxen already failed/i);
    expect(text).toMatch(/duloxetine 30 mg daily/);
  });

  it('below the guideline dose: not a failure yet, no step up', () => {
    const text = reply('failed ibuprofen 400 tds for 6 weeks, switch to naproxen?');
    expect(title(text)).toMatch(/judge the ibuprofen trial first \(not an adequate trial/);
    expect(text).not.toMatch(/next option/i);
  });

  it('mid-case: the trial taken is named, not naproxen', () => {
    const text = midCase(
      '[case so far: 55M chronic LBP, ibuprofen 600 mg tds for 8 weeks, no benefit] switch to naproxen?',
    );
    expect(text).toMatch(/the NSAID option already failed after an adequate trial of ibuprofen/);
    expect(text).not.toMatch(/naproxen already failed/i);
  });
});
