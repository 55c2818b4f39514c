import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_CHARS, MAX_RAW_QUESTION_CHARS } from '../../dialogs/answers/answer-routes.js';
import { OTC_ENTRY, OTC_WORDS } from '../../dialogs/answers/drug-answer.js';
import { handleTurn } from '../../dialogs/turn-core.js';
import { drugCatalogue } from '../../src/clinical/knowledge/drug-catalogue.js';
import { getEntry } from '../../src/clinical/knowledge/index.js';
import { mmeFactorFor, NALOXONE_RISK } from '../../src/clinical/knowledge/mme-factors.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { findDrugs } from '../../src/clinical/language/find-drugs.js';
import { readClinicalText } from '../../src/clinical/language/normalize.js';
import { ACTIVITY_ASKS } from '../../src/clinical/language/question-shape.js';
import { ask, CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';

/**
 * Issue 14 follow-ups: a pasted EHR list measured as read, spoken "M M E" and "question mark", co-codamol and "oxy",
 * the OTC naproxen sodium limit and NSAID class words, naloxone asked beside a regimen, and "pt with ..." as the
 * patient. Expected numbers come from the factor table and the entries, never typed here.
 */
const answer = (q: string): string => ask(q).join('\n\n');
const routeOf = (q: string): string | undefined =>
  handleTurn(undefined, coreInput(q), CORE_OPTIONS).output.messages[0]?.meta?.route;
const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 1 });
const factor = (drug: Parameters<typeof mmeFactorFor>[0]): number => {
  const f = mmeFactorFor(drug);
  if (!f || f.factor === null) throw new Error(`${drug} has no factor`);
  return f.factor;
};
const entryText = (id: string): string => getEntry(id).text;

describe('1. a pasted EHR medication list is measured as read', () => {
  const lines = [
    'oxyCODONE (ROXICODONE) 5 MG immediate release tablet, Take 1 tablet (5 mg total) by mouth every 6 (six) hours as needed for severe pain',
    'HYDROcodone-acetaminophen (NORCO) 10-325 MG per tablet, Take 1 tablet by mouth every 6 (six) hours as needed for moderate pain',
    'morphine (MS CONTIN) 30 MG 12 hr tablet, Take 1 tablet (30 mg total) by mouth every 12 (twelve) hours',
    'traMADol 50 MG tablet, Take 1 tablet by mouth every 6 hours as needed for pain',
  ];
  const total = 5 * 4 * factor('oxycodone') + 10 * 4 * factor('hydrocodone') + 30 * 2 * factor('morphine');

  it('three or four sig lines and "MME?": over the raw limit, under it once read, and answered with the total', () => {
    for (const ask of ['MME?', 'total mme please', 'whats the MME']) {
      const text = `${lines.slice(0, 3).join('\n')}\n${ask}`;
      expect(text.length, ask).toBeGreaterThan(MAX_QUESTION_CHARS);
      expect(readClinicalText(text).length, ask).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
      expect(answer(text), ask).toContain(`Total ${fmt(total)} MME/day`);
    }
    const four = `${lines.join('\n')}\nMME?`;
    expect(answer(four)).toContain(`Total ${fmt(total + 50 * 4 * factor('tramadol'))} MME/day`);
  });

  it('raw text over the hard cap is never a quick question, however short it reads', () => {
    const many = Array.from({ length: 16 }, (_, i) => lines[i % lines.length]).join('\n');
    const text = `${many}\nMME?`;
    expect(text.length).toBeGreaterThan(MAX_RAW_QUESTION_CHARS);
    expect(routeOf(text)).not.toMatch(/^answers\./);
    expect(answer(text)).not.toMatch(/Total [\d,.]+ MME\/day/);
  });
});

describe('2. spoken MME and "question mark" reach the calculator and the question shape', () => {
  it('"M M E" with a spoken regimen is the MME calculator', () => {
    const mme = fmt(5 * 4 * factor('oxycodone'));
    for (const q of [
      'M M E oxycodone five milligrams every six hours',
      'M M E oxycodone 5 mg q6h',
      'm m e, oxycodone five mg four times a day',
    ]) {
      expect(routeOf(q), q).toBe('answers.calculator');
      expect(answer(q), q).toContain(`Total ${mme} MME/day`);
    }
  });

  it('a spoken "question mark" asks like "?" does', () => {
    for (const topic of ['sleep hygiene', 'acupuncture for chronic back pain', 'lumbar brace']) {
      expect(answer(`${topic} question mark`), topic).toBe(answer(`${topic}?`));
    }
  });
});

describe('3. co-codamol is codeine; "oxy" is oxycodone, as a whole word only', () => {
  const codeine = drugCatalogue.find((d) => d.id === 'codeine')!;
  it('every co-codamol spelling reads as codeine', () => {
    for (const name of ['co-codamol', 'cocodamol', 'co codamol']) {
      expect(codeine.names).toContain(name);
      expect(findDrugs(`${name} 30/500 2 tabs qds`)[0]?.drug, name).toBe('codeine');
    }
  });

  it('co-codamol 30/500 with paracetamol: the acetaminophen over the limit and the codeine MME', () => {
    const perDay = 2 * 4;
    const apap = perDay * 500 + 1000 * 4;
    const text = answer('co-codamol 30/500 2 tabs qds plus paracetamol 1 g qds');
    expect(text).toContain(`Acetaminophen ${fmt(apap)} mg/day`);
    expect(text).toContain(`${fmt(perDay * 30 * factor('codeine'))} MME/day`);
    expect(text).toMatch(/above the adult maximum/);
  });

  it('"oxy" is oxycodone with its dose, never the start of another word', () => {
    for (const q of ['oxy 10 bid', 'Oxy 5 q6h prn', 'pt on oxy 20mg tid']) {
      const [m] = findDrugs(q);
      expect(m?.drug, q).toBe('oxycodone');
      expect(m?.doseMg, q).toBeDefined();
    }
    for (const q of ['on home oxygen', 'hydroxyzine 25 at night', 'paroxysmal pain', 'epoxy fumes', 'oxymorphone 10']) {
      expect(
        findDrugs(q).some((m) => m.drug === 'oxycodone'),
        q,
      ).toBe(false);
    }
    expect(answer('oxy 10 bid - mme?')).toContain(`${fmt(20 * factor('oxycodone'))} MME/day`);
  });
});

describe('4. OTC naproxen sodium and NSAID class words', () => {
  const otc = entryText(OTC_ENTRY);
  it('each OTC phrasing with a naproxen sodium product shows the OTC limit', () => {
    for (const row of OTC_WORDS) {
      expect(row.re.test(row.example.toLowerCase()), row.example).toBe(true);
      expect(answer(row.example), row.example).toContain(otc);
    }
    for (const q of ['naproxen sodium 220 mg bid otc ok?', 'OTC naproxen sodium 550: how much naproxen?']) {
      expect(answer(q), q).toContain(otc);
    }
  });

  it('without OTC words a prescription naproxen sodium product does not', () => {
    for (const q of ['anaprox dose?', 'naproxen sodium 550 bid', 'anaprox ds 1 tab bd - adequate?']) {
      expect(answer(q), q).not.toContain(otc);
    }
  });

  it('a class word is the class: the NSAID renal line, no "no dose for anti-inflammatories"', () => {
    const renal = entryText('interaction.nsaid-ckd');
    for (const q of [
      'anti-inflammatories ok with CKD?',
      'antiinflammatories in CKD 3b',
      'is an anti-inflammatory safe with chronic kidney disease?',
      'NSAIDs ok with CKD?',
    ]) {
      const text = answer(q);
      expect(text, q).not.toMatch(/gives no dose for/);
      expect(text, q).toContain(renal);
    }
    // A drug of the class, named, still has no dose of its own.
    expect(answer('meloxicam ok with ckd?')).toMatch(/gives no dose for meloxicam/);
  });
});

describe('5. naloxone asked beside a regimen gets the regimen answer', () => {
  const naloxone = entryText(NALOXONE_RISK.entry);
  it('an opioid with a dose: the MME and the naloxone line with its reason', () => {
    const cases: [string, number][] = [
      ['oxycodone 15 mg every 4 hours as needed - does he need naloxone?', 15 * 6 * factor('oxycodone')],
      ['does she need narcan? on morphine 30 mg bid', 30 * 2 * factor('morphine')],
      ['hydromorphone 4mg q6h, naloxone indicated?', 4 * 4 * factor('hydromorphone')],
    ];
    for (const [q, mme] of cases) {
      const text = answer(q);
      expect(mme, q).toBeGreaterThanOrEqual(NALOXONE_RISK.atOrAboveMme);
      expect(text, q).toContain(`${fmt(mme)} MME/day`);
      expect(text, q).toContain(`Naloxone (${fmt(mme)} MME/day is >= ${NALOXONE_RISK.atOrAboveMme}`);
      expect(text, q).toContain(naloxone);
    }
  });

  it('below the threshold the naloxone entry is still said, with the MME', () => {
    const mme = 5 * 2 * factor('hydrocodone');
    const text = answer('naloxone for hydrocodone 5 bid?');
    expect(mme).toBeLessThan(NALOXONE_RISK.atOrAboveMme);
    expect(text).toContain(`${fmt(mme)} MME/day`);
    expect(text).toContain(naloxone);
  });

  it('an opioid beside a benzodiazepine: the boxed warning and naloxone for the benzodiazepine', () => {
    for (const q of ['naloxone for oxycodone + alprazolam?', 'pt takes tramadol and lorazepam prn - narcan?']) {
      const text = answer(q);
      expect(text, q).toContain('Boxed warning');
      expect(text, q).toMatch(/Naloxone \([^)]*(?:alprazolam|lorazepam) \(a benzodiazepine\) with an opioid\)/);
    }
  });

  it('naloxone alone, or with an opioid named and nothing that decides it, is the naloxone entry', () => {
    for (const q of ['does he need naloxone?', 'naloxone with oxycodone?']) {
      expect(routeOf(q), q).toBe('answers.guideline');
      expect(answer(q), q).toContain(naloxone);
    }
  });
});

describe('6. "pt with ..." is the patient, "PT with no benefit" is still therapy', () => {
  const exercise = (text: string) =>
    extractCaseFacts(text, '2026-12-06T10:00:00.000Z').patch.nonDrugTherapies?.find((t) => t.therapy === 'exercise');
  it('reads the patient', () => {
    for (const q of [
      'tramadol for a pt with osteoporosis?',
      'pt with CKD, naproxen ok?',
      'naproxen in a pt with hx of GI bleed?',
      'duloxetine for a pt with known epilepsy',
      'pt aged 80 on tramadol',
    ]) {
      expect(exercise(q), q).toBeUndefined();
    }
  });

  it('reads physical therapy', () => {
    for (const q of [
      'did 8 weeks of PT with no benefit',
      'PT with minimal improvement, now what?',
      'PT x 6 wks, no help',
    ]) {
      expect(exercise(q)?.status, q).toBe('tried-no-benefit');
    }
  });
});

describe('activities on a drug are never answered as a prescribing decision', () => {
  it.each(ACTIVITY_ASKS.map((f) => [f.example] as const))('"%s" (cold and mid-case): no yes, no dose', (q) => {
    const opened = handleTurn(
      undefined,
      coreInput(
        '58M, chronic LBP 9 months, naproxen 500 bid x 6 wks no relief, no red flags, no leg symptoms radiating',
        1,
      ),
      CORE_OPTIONS,
    );
    for (const state of [undefined, opened.state]) {
      const text = handleTurn(state, coreInput(q, 2), CORE_OPTIONS)
        .output.messages.map((m) => m.text)
        .join('\n');
      expect(text).toMatch(/does not cover driving or operating machinery/);
      expect(text).not.toMatch(/Answer: yes/);
    }
  });
});
