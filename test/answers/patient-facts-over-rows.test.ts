import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';

/**
 * A guideline row gives a drug's place in the pathway; this patient's facts decide. When a question carries a safety
 * fact (a contraindicated or boxed-warning pair, patient facts that rule out or adjust a named drug, a dose, another
 * medicine a named drug interacts with), the patient-specific drug answer leads: the safer reading wins.
 */
const reply = (text: string): string => ask(text).join('\n\n');

describe('tramadol instead of duloxetine: the patient-specific drug answer leads', () => {
  it.each([
    'pt on phenelzine, would rather not take duloxetine - skip straight to tramadol?',
    'on linezolid, would rather not take duloxetine - skip straight to tramadol?',
    'takes phenelzine. declines cymbalta, go straight to tramadol?',
    'Pt on an MAOI (phenelzine) for depression, refuses duloxetine; tramadol instead?',
  ])('an MAOI: contraindicated, no tramadol dose: "%s"', (q) => {
    const text = reply(q);
    expect(text).toMatch(/contraindicated/i);
    expect(text).not.toContain('Tramadol 50-100 mg every 6-8 hours');
  });

  it.each([
    'on sertraline, skip straight to tramadol?',
    "she's on sertraline 100 and would rather not take duloxetine - tramadol instead?",
    'sertraline pt, declines SNRI. straight to tramadol?',
  ])('an SSRI: the serotonin syndrome warning: "%s"', (q) => {
    const text = reply(q);
    expect(text).toContain('SSRI');
    expect(text).toContain('serotonin syndrome');
  });

  it.each([
    'eGFR 20, tramadol instead?',
    "eGFR 20 and doesn't want duloxetine, tramadol instead?",
    'CrCl 25 comma declines duloxetine comma skip straight to tramadol question mark',
  ])('eGFR under 30: every 12 hours, at most 200 mg a day: "%s"', (q) => {
    expect(reply(q)).toContain('every 12 hours, maximum 200 mg/day');
  });

  it.each([
    'cirrhosis, tramadol instead of duloxetine?',
    'cirrhosis, declines duloxetine, tramadol?',
    'Known cirrhotic, would rather not take duloxetine. Skip to tramadol?',
  ])('cirrhosis: 50 mg every 12 hours: "%s"', (q) => {
    expect(reply(q)).toContain('Tramadol in cirrhosis: 50 mg every 12 hours');
  });

  it('no patient facts: still the guideline second-line rule', () => {
    const text = reply("skip straight to tramadol if she'd rather not take duloxetine?");
    expect(text).toContain('contraindicated or ineffective');
    expect(text).toContain('Tramadol 50-100 mg every 6-8 hours');
  });
});

describe('opioid continue or stop with a benzodiazepine or a dose: the boxed warning, naloxone and MME lead', () => {
  it.each([
    'on oxycodone 3 weeks plus diazepam, no change in function - keep going?',
    'oxycodone 20 qid + alprazolam, stick with it?',
    'oxy 10 q6h + valium, worth continuing?',
    'ED handover: hydrocodone 10 tid, also on clonazepam, function unchanged. continue?',
  ])('"%s"', (q) => {
    const text = reply(q);
    expect(text).toContain('**Boxed warning:**');
    expect(text).toMatch(/Naloxone/);
    expect(text).toContain('stop if function does not improve meaningfully');
    expect(text).not.toMatch(/Weeks/);
  });

  it.each([
    ['oxycodone 20 qid + alprazolam, stick with it?', 'oxycodone 80 mg/day x 1.5 = 120 MME/day'],
    ['oxy 10 q6h + valium, worth continuing?', 'oxycodone 40 mg/day x 1.5 = 60 MME/day'],
    ['oxycodone 20 qid, no change in function, keep going?', 'oxycodone 80 mg/day x 1.5 = 120 MME/day'],
  ])('a dose: its MME with the factor: "%s"', (q, mme) => {
    const text = reply(q);
    expect(text).toContain(mme);
    expect(text).toContain('stop if function does not improve meaningfully');
  });

  it('no benzodiazepine and no dose: the continue rule', () => {
    expect(reply('oxycodone for 3 weeks, no change in function: continue or stop?')).toContain(
      'Continue an opioid only if function improves meaningfully',
    );
  });
});

describe('non-drug therapy tried without benefit is tried', () => {
  it.each([
    "failed naproxen and duloxetine, didn't improve with PT or exercise program; oxycodone?",
    'naproxen + duloxetine failed, no better with 8 weeks of physio. oxy?',
    'NSAID and SNRI failed, not helped by physio or an exercise programme - move to oxycodone?',
    'Failed ibuprofen, duloxetine. PT - no benefit. Exercise programme x 3 months, no response. Oxycodone?',
  ])('not read as "never tried": "%s"', (q) => {
    expect(reply(q)).not.toContain('the opioid gate is not met without non-drug therapy');
  });

  it.each([
    'tried naproxen and duloxetine but never any physio or exercise: oxycodone now?',
    "failed naproxen and duloxetine, hasn't had PT - oxycodone?",
    'duloxetine and naproxen tried, no PT yet; start oxycodone?',
  ])('never tried: not yet: "%s"', (q) => {
    expect(reply(q)).toContain('the opioid gate is not met without non-drug therapy');
  });
});
