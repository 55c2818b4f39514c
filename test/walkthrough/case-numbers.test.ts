import { describe, expect, it } from 'vitest';
import { measuresIn } from '../../src/clinical/language/measures.js';
import { runScenario, textOf, type Scenario } from './drive.js';

/**
 * Numbers a pasted case must work out: acetaminophen added up across products (clinical-reference section 2, the
 * most an as-needed regimen allows per section 4), the ODI with its band and raw points scored, STarT Back totals
 * scored (section 5). Examples in several clinicians' styles.
 */
const say = (text: string): string => {
  const s: Scenario = { name: text.slice(0, 30), turns: [{ say: text }] };
  return textOf(runScenario(s).outputs[0]!);
};

describe('acetaminophen across products in a pasted case', () => {
  it.each([
    [
      'terse GP note',
      '58M chronic LBP 2 yrs, no red flags. Meds: Percocet 5/325 1-2 tabs q6h prn (max 8/day), Tylenol Extra Strength 500 mg 2 tabs tid. Tried naproxen.',
      /Percocet up to 2,600 \+ Tylenol extra strength 3,000 = 5,600 mg\/day \(the most the prescriptions allow\): above the adult maximum of 4,000 mg\/day/,
    ],
    [
      'ED handover',
      'Handover: 61M chronic low back pain for years, no red flags. On Norco 10/325 2 tabs q6h prn and Tylenol 500 mg 2 tabs bid.',
      /Norco up to 2,600 \+ [^=]*2,000 = 4,600 mg\/day[^:]*: above the adult maximum of 4,000 mg\/day/,
    ],
  ])('%s', (_style, text, expected) => {
    expect(say(text)).toMatch(expected);
  });

  it('one product within the maximum: no total line', () => {
    expect(say('45F chronic LBP 1 yr, no red flags, takes acetaminophen 500 mg bid.')).not.toMatch(
      /Acetaminophen taken now/,
    );
  });
});

describe('ODI and STarT Back given as totals', () => {
  it.each([
    ['ODI 53%', 53],
    ['Oswestry 26/50', 52],
    ['oswestry score: 18/45', 40],
    ['ODI of 40', 40],
  ])('%s', (text, percent) => {
    expect(measuresIn(text.toLowerCase()).oswestryPercent).toBe(percent);
  });

  it('the band is shown where the case reports the ODI', () => {
    expect(say('50M chronic LBP 2 yrs, Oswestry 26/50, no red flags, tried naproxen.')).toMatch(
      /Oswestry 52% \(severe disability\)/,
    );
  });

  it.each([
    'STarT Back: total 7, psychosocial subscale 4',
    'start back total 7 psych 4',
    'SBT: total 7/9, psychosocial 4/5',
  ])('%s is high risk', (text) => {
    const facts = measuresIn(text.toLowerCase());
    expect(facts.startBack).toEqual({ total: 7, psychosocial: 4 });
    expect(facts.startBackRisk).toBe('high');
  });
});
