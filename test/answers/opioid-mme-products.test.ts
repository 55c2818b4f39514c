import { describe, expect, it } from 'vitest';
import { answerDrugQuestion } from '../../dialogs/answers/drug-answer.js';
import { joinCombinations, naloxoneLine, patchRate, tabletItem } from '../../dialogs/answers/tablet-mme.js';
import { combinationByBrand } from '../../src/clinical/knowledge/combination-products.js';
import { drugCatalogue } from '../../src/clinical/knowledge/drug-catalogue.js';
import { mmeFactorFor, NALOXONE_RISK } from '../../src/clinical/knowledge/mme-factors.js';
import { findDrugs } from '../../src/clinical/language/find-drugs.js';
import { ask } from '../../scripts/eval/question-suite.js';
import { CLINICAL_REFERENCE } from '../knowledge/seed-text.js';

/**
 * Opioid MME and product answers (issue 14 / 12 follow-up), against clinical-reference.md section 4: the fentanyl
 * patch counted in mcg/hr, ER/LA products with their factor, buprenorphine never given a factor, combination
 * strengths typed as "X/Y", and naloxone at >= 50 MME/day or with a benzodiazepine.
 */
const section4 = CLINICAL_REFERENCE.slice(CLINICAL_REFERENCE.indexOf('## 4.'), CLINICAL_REFERENCE.indexOf('## 5.'));
const factor = (drug: Parameters<typeof mmeFactorFor>[0]): number => {
  const f = mmeFactorFor(drug);
  if (!f || f.factor === null) throw new Error(`${drug} has no factor`);
  return f.factor;
};
const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 1 });
const answer = (q: string): string => ask(q).join('\n\n');

describe('naloxone: the reference sentence', () => {
  it('pins the threshold and the drug class to "offer naloxone when risk factors are present"', () => {
    const sentence = /offer naloxone when\s+risk factors are present \(>= (\d+) MME\/day, (\w+)/.exec(section4);
    expect(sentence, 'the naloxone sentence of section 4').not.toBeNull();
    expect(NALOXONE_RISK.atOrAboveMme).toBe(Number(sentence![1]));
    expect(NALOXONE_RISK.withDrugClasses).toEqual([sentence![2]]);
  });

  it('is offered at the threshold and above, not below, and with a benzodiazepine beside an opioid', () => {
    const at = NALOXONE_RISK.atOrAboveMme;
    expect(naloxoneLine(at - 0.1, ['oxycodone'])).toBeUndefined();
    expect(naloxoneLine(at, ['oxycodone'])?.text).toMatch(/naloxone/i);
    expect(naloxoneLine(undefined, ['oxycodone', 'benzodiazepine'])?.label).toMatch(/benzodiazepine/);
    // A benzodiazepine with no opioid is the guideline's avoid answer, not a naloxone one.
    expect(naloxoneLine(undefined, ['benzodiazepine'])).toBeUndefined();
  });

  it('every benzodiazepine the catalogue names, beside an opioid MME: the boxed warning and naloxone', () => {
    const benzos = drugCatalogue.find((d) => d.id === 'benzodiazepine')!.names.filter((n) => !/^benzo/.test(n));
    expect(benzos.length).toBeGreaterThan(5);
    for (const name of benzos) {
      const text = answer(`pt on ${name}, MME oxycodone 5 mg tid`);
      expect(text, name).toContain(`${fmt(5 * 3 * factor('oxycodone'))} MME/day`);
      expect(text, name).toContain('Boxed warning');
      // named as typed (diazepam, valium, ...): the drug, not its class
      expect(text, name).toContain(`Naloxone (${name} (a benzodiazepine) with an opioid)`);
    }
  });

  it('an MME below the threshold with no benzodiazepine says nothing about naloxone', () => {
    expect(answer('MME hydrocodone 5 mg qid')).not.toMatch(/naloxone/i);
  });
});

describe('the fentanyl patch (factor per mcg/hr)', () => {
  it('reads a bare number after the name as the patch strength in mcg/hr, and refuses mg', () => {
    const [bare] = findDrugs('fentanyl 50 patch');
    expect(patchRate(bare!, ' 50 patch')).toBe(50);
    const [mg] = findDrugs('fentanyl 50 mg patch');
    expect(patchRate(mg!, ' 50 mg patch')).toBe('mg');
  });

  it("reproduces the reference's worked values (25 mcg/hr = 60, 75 mcg/hr = 180) from the bare patch number", () => {
    const worked = /fentanyl (\d+) mcg\/hr patch = (\d+); fentanyl (\d+) mcg\/hr = (\d+)/.exec(section4)!.map(Number);
    const pairs: [number, number][] = [
      [worked[1]!, worked[2]!],
      [worked[3]!, worked[4]!],
    ];
    for (const [rate, mme] of pairs) {
      expect(rate * factor('fentanyl')).toBe(mme);
      expect(answer(`MME fentanyl ${rate} patch`)).toContain(`Total ${mme} MME/day`);
    }
  });

  it('adds the patch to the other opioids in one total, with its own warnings', () => {
    const text = answer('MME fentanyl 50 patch + oxycodone 5 mg q6h');
    expect(text).toContain(`Total ${fmt(50 * factor('fentanyl') + 20 * factor('oxycodone'))} MME/day`);
    expect(text).toMatch(/never an opioid start/);
    expect(text).toMatch(/ER\/LA/);
  });
});

describe('buprenorphine: no factor, never a dead end', () => {
  it('counts the other opioids and says buprenorphine is not counted', () => {
    const text = answer('butrans 10 mcg/hr + oxycodone 10 mg qid, total MME?');
    expect(text).toContain(`Total ${fmt(40 * factor('oxycodone'))} MME/day`);
    expect(text).toMatch(/partial agonist/);
    expect(text).toMatch(/not counted/);
  });
});

describe('combination tablets written as "X/Y"', () => {
  it('joins "opioid/acetaminophen" into one product of the opioid', () => {
    const text = 'oxycodone/acetaminophen 5/325 2 q6h';
    const joined = joinCombinations(text, findDrugs(text));
    expect(joined.map((m) => [m.drug, m.matched])).toEqual([['oxycodone', 'oxycodone/acetaminophen']]);
  });

  it('a generic with a typed strength is computed as typed and said to be so', () => {
    const text = answer('codeine 15/500 2 tabs qid mme');
    expect(text).toContain(`Total ${fmt(15 * 8 * factor('codeine'))} MME/day`);
    expect(text).toContain(`${fmt(500 * 8)} mg/day`);
    expect(text).toMatch(/read as typed/);
  });

  it("a brand's own strength list still decides ('norco 10/500' is asked about)", () => {
    expect(answer('MME norco 10/500 2 q6h')).toMatch(/not one of the/);
  });

  it('adds the acetaminophen of the tablets to plain acetaminophen, with the MME of the opioid part', () => {
    const text = answer('codeine/paracetamol 30/500 2 tabs qds plus paracetamol 1 g qds');
    expect(text).toContain(`Acetaminophen ${fmt(500 * 8 + 1000 * 4)} mg/day`);
    expect(text).toMatch(/above the adult maximum/);
    expect(text).toContain(`${fmt(30 * 8 * factor('codeine'))} MME/day`);
  });

  it('co-codamol (no strengths listed for the name): the typed strength is used, none is guessed', () => {
    const product = combinationByBrand('co-codamol');
    expect(product).toMatchObject({ opioid: 'codeine', typedStrengths: true, strengths: [] });
    const mention = { drug: 'codeine' as const, matched: 'co-codamol', start: 0, end: 10 };
    const item = tabletItem(mention, ' 30/500 2 tabs qds');
    expect(item).toMatchObject({ item: { drug: 'codeine', dailyMg: 240 }, acetaminophenMg: 4000 });
    expect(typeof item === 'object' && item.lines.some((l) => /read as typed/.test(l.text))).toBe(true);
    expect(tabletItem(mention, ' 2 tabs qds')).toMatch(/Which Co-codamol strength\?/);
  });
});

describe('the most a prescription allows', () => {
  it('an as-needed range is computed at its most (reference section 4)', () => {
    const text = answer('tramadol 50-100 q4-6h prn max MME');
    expect(text).toContain(`Total ${fmt(100 * 6 * factor('tramadol'))} MME/day`);
    expect(text).toMatch(/at the most this allows/);
  });

  it('the drug answer to an opioid regimen gives its most, the >= 90 flag and naloxone', () => {
    const q = 'oxycodone 15 mg every 4 hours as needed - does he need naloxone?';
    const text = answerDrugQuestion(q, findDrugs(q)).text;
    expect(text).toContain(`${fmt(15 * 6 * factor('oxycodone'))} MME/day`);
    expect(text).toMatch(/at the most this allows/);
    expect(text).toMatch(/avoid or carefully justify >= 90/);
    expect(text).toMatch(/Naloxone \(/);
  });
});
