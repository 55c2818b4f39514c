import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { isExtendedRelease } from '../../src/clinical/case/case-opioids.js';
import { runScenario, textOf } from './drive.js';
import { ask } from '../../scripts/eval/question-suite.js';

/**
 * Sublingual buprenorphine (Suboxone, Subutex, "bupe 8mg SL", buprenorphine/naloxone, a weekly pick-up from
 * an opioid use disorder programme) is never the Butrans patch. The reference allows this much: buprenorphine has no
 * MME factor (section 4: say so rather than compute), and its ER/LA list names Butrans and Belbuca only (section 2).
 * So the product is named as sublingual, no MME is computed, it is not called ER/LA, a patch or long-acting, and
 * nothing the reference does not hold (a dose, an OUD regimen) is said.
 */
const AT = '2026-11-29T10:00:00.000Z';
const bup = (text: string) => extractCaseFacts(text, AT).patch.medications?.find((m) => m.drug === 'buprenorphine');
const first = (text: string) => textOf(runScenario({ name: text.slice(0, 40), turns: [{ say: text }] }).outputs[0]!);

const PATCH_WORDS = /butrans|patch|transdermal|long-acting|extended-release|ER\/LA|mcg\/hr/i;

describe('read as sublingual, never as the patch', () => {
  it.each([
    ['brand, film strength', 'on Suboxone 8/2 mg daily', 'suboxone', 8],
    ['brand, tablet', 'Subutex 16 mg daily', 'subutex', 16],
    ['shorthand', 'bupe 8mg SL daily', 'buprenorphine sublingual', 8],
    [
      'combination spelled out',
      'buprenorphine/naloxone 16/4 daily, weekly pickup from OUD program',
      'buprenorphine sublingual',
      16,
    ],
    ['spelled out', 'buprenorphine 8 mg sublingual daily', 'buprenorphine sublingual', 8],
  ])('%s: %s', (_style, said, product, dose) => {
    const m = bup(`45M CLBP 3 yrs, naproxen 500 bd 8 wk failed, ${said}`);
    expect(m).toMatchObject({ product, doseMg: dose });
    expect(isExtendedRelease(m!)).toBe(false);
  });

  it('a weekly pick-up is no weekly patch', () => {
    const m = bup('45M CLBP 3 yrs, on buprenorphine via OUD program, weekly pickup');
    expect(m?.product).toBeUndefined();
  });

  it('the patch stays the patch', () => {
    expect(bup('Butrans 10 mcg/hr patch')?.product).toBe('butrans');
    expect(bup('the once-weekly buprenorphine skin patch')?.product).toBe('butrans');
    expect(isExtendedRelease(bup('Butrans 10 mcg/hr patch')!)).toBe(true);
  });
});

describe('the case names it as sublingual, with no MME and no patch', () => {
  it.each([
    '45M CLBP 3 yrs, naproxen 500 bd 8 wk failed, RF neg, eGFR 90, on Suboxone 8/2 mg daily, weekly pickup from his OUD program',
    '45M CLBP 3 yrs, naproxen 500 bd 8 wk failed, RF neg, eGFR 90, bupe 8mg SL daily via OUD program, weekly pickup',
    '38F chronic LBP 2 years, ibuprofen 400 tds x 6 wk no help, no red flags, buprenorphine/naloxone 16/4 mg SL film daily (OUD, in recovery)',
  ])('%s', (text) => {
    const out = first(text);
    expect(out).toMatch(
      /(?:Suboxone \(buprenorphine sublingual\)|[Bb]uprenorphine sublingual) \d+ mg daily: no MME \(a partial agonist has no CDC factor\)/,
    );
    expect(out).not.toMatch(PATCH_WORDS);
    expect(out).not.toMatch(/(?<!>= )\b\d+ MME\/day/);
    // the OUD treatment is no opioid escalation for pain
    expect(out).not.toMatch(/Do not escalate to opioids without an adequate trial/);
    // what the reference gives: naloxone with a substance use disorder; never a buprenorphine dose
    expect(out).toMatch(/Offer naloxone/);
    expect(out).not.toMatch(/buprenorphine[^\n]*(?:titrat|increase to|maximum)/i);
  });

  it('Butrans is still the ER/LA patch, per hour', () => {
    const out = first('60F CLBP 2 yrs, naproxen 500 bd 8 wk failed, RF neg, Butrans 10 mcg/hr weekly');
    expect(out).toMatch(/Butrans 10 mcg\/hr/);
  });
});

describe('quick questions name it as sublingual, and give no MME', () => {
  it.each([
    'MME for suboxone 8/2 mg daily?',
    'bupe 8mg SL daily - MME?',
    'MME: oxycodone 10 mg qid + suboxone 8 mg daily',
  ])('%s', (q) => {
    const text = ask(q).join('\n');
    expect(text).toMatch(
      /(?:Suboxone \(buprenorphine sublingual\)|Buprenorphine sublingual): Buprenorphine is a partial agonist/,
    );
    expect(text).not.toMatch(/ER\/LA|patch/i);
  });

  it('no buprenorphine dose from this pathway', () => {
    expect(ask('suboxone dose?').join('\n')).toMatch(/no dose for buprenorphine/);
  });
});
