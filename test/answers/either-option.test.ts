import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';
import { EITHER_ROWS, eitherLines, eitherRow } from '../../dialogs/answers/either-option.js';
import { OFFERED_DRUGS } from '../../src/clinical/case/option-status.js';
import { dosingFor } from '../../src/clinical/knowledge/dosing.js';
import { CONDITION_RULE_CONDITIONS, optionRules } from '../../src/clinical/knowledge/option-rules.js';

const answer = (q: string): string => ask(q).join('\n\n');

describe('either rows: the example pair holds, the counter pair does not', () => {
  it.each(EITHER_ROWS.map((r) => [r.id, r]))('%s', (_id, row) => {
    expect(eitherRow(row.example)?.id).toBe(row.id);
    expect(eitherRow(row.counter)?.id).not.toBe(row.id);
  });
});

/** Two options the guideline offers as alternatives: either is one; the patient's facts decide; each one's dose. */
describe('a choice between two guideline alternatives', () => {
  it.each([
    [
      'naproxen or Cymbalta to start with, otherwise healthy 50M?',
      ['naproxen 500 mg twice daily', 'duloxetine 30 mg daily'],
    ],
    ['ibuprofen vs duloxetine for a 45F?', ['ibuprofen 600-800 mg', 'duloxetine 30 mg daily']],
    ['GP here, 52 y/o F - would you go naproxen or duloxetine first?', ['naproxen 500 mg', 'duloxetine 30 mg']],
    ['Lyrica or Neurontin for his leg pain?', ['pregabalin 150-300 mg twice daily', 'gabapentin 300-1200 mg']],
    ['gabapentin vs pregabalin for sciatica in a 40 yo male', ['pregabalin 150-300 mg', 'gabapentin 300-1200 mg']],
  ])('%s', (q, doses) => {
    const text = answer(q);
    expect(text).toContain('either is a guideline option');
    expect(text).toContain('What decides');
    for (const d of doses) expect(text).toContain(d);
  });

  it('a fact that rules one out routes: the other or the next option, never "either"', () => {
    const text = answer('naproxen or duloxetine, 60M CrCl 25?');
    expect(text).toContain('not for this patient');
    expect(text).not.toContain('either is a guideline option');
  });

  it('the two taken together is still the interaction answer', () => {
    expect(answer('naproxen with duloxetine - interaction?')).not.toContain('either is a guideline option');
  });

  it('a single drug dose question is unchanged', () => {
    expect(answer('duloxetine dose?')).not.toContain('either is a guideline option');
  });
});

/**
 * What decides is read from the knowledge data (one source): each option's label rows that avoid it, its option
 * rules and its age cautions are all named, and a change to a row changes the comparison answer with it. The
 * questions that change a row carry a digit: a digit-free answer may be kept from an earlier turn (stateless-answers.ts).
 */
describe('what decides follows the knowledge data', () => {
  const RULES_OUT = new Set(['avoid', 'not-recommended']);
  const ruleOptions = EITHER_ROWS.flatMap((r) => r.decides.flatMap((d) => ('rules' in d ? [d.rules] : [])));
  const decidesText = (): string =>
    EITHER_ROWS.flatMap((r) => eitherLines(r))
      .map((l) => l.text)
      .join('\n');

  it.each(ruleOptions)('%s: every avoid row, option rule and age caution is named', (option) => {
    const text = answer('naproxen or duloxetine first, 58F?');
    for (const d of OFFERED_DRUGS[option].map(dosingFor)) {
      for (const t of d.renal) if (RULES_OUT.has(t.action)) expect(text).toContain(`CrCl < ${t.crclBelow}`);
      if (d.liver && RULES_OUT.has(d.liver.action)) expect(text).toContain(d.liver.condition);
      for (const c of d.conditions) if (RULES_OUT.has(c.action)) expect(text).toContain(c.named);
      for (const a of d.age) if (a.action === 'caution') expect(text).toContain(`age > ${a.olderThan}`);
    }
    for (const r of optionRules) if (r.option === option && r.named) expect(text).toContain(r.named);
  });

  it('an option rule with no name of its own is named by another row', () => {
    const dosed = (o: string) => OFFERED_DRUGS[o as keyof typeof OFFERED_DRUGS].map(dosingFor);
    for (const r of optionRules.filter((x) => !x.named)) {
      const records = dosed(r.option);
      const named = optionRules.filter((x) => x.option === r.option && x.named);
      const byRow = records.some(
        (d) =>
          [...d.renal, ...d.conditions, ...(d.liver ? [d.liver] : [])].some((x) => x.knowledgeId === r.knowledgeId) ||
          d.conditions.some((c) =>
            r.conditions?.some((k) => (CONDITION_RULE_CONDITIONS[c.condition] as readonly string[]).includes(k)),
          ),
      );
      const bySameEntry = named.some((x) => x.knowledgeId === r.knowledgeId);
      const parts = [...(r.held?.classes ?? []), ...(r.held?.drugs ?? []), ...(r.conditions ?? [])];
      const byParts =
        parts.length > 1 &&
        parts.every((p) =>
          named.some((x) =>
            [...(x.held?.classes ?? []), ...(x.held?.drugs ?? []), ...(x.conditions ?? [])].includes(p as never),
          ),
        );
      expect({ rule: r.label, covered: byRow || bySameEntry || byParts }).toEqual({ rule: r.label, covered: true });
    }
  });

  it('a label row changed in the data changes the comparison answer', () => {
    const tier = dosingFor('duloxetine').renal[0]!;
    const was = tier.crclBelow;
    tier.crclBelow = 25;
    try {
      expect(answer('Cymbalta or naproxen to start with, 44M?')).toContain('Duloxetine: not with CrCl < 25,');
    } finally {
      tier.crclBelow = was;
    }
    expect(decidesText()).toContain(`Duloxetine: not with CrCl < ${was},`);
  });

  it('an option rule named otherwise, or added, changes the comparison answer', () => {
    const rule = optionRules.find((r) => r.option === 'nsaid' && r.named === 'cardiovascular disease')!;
    rule.named = 'ischaemic heart disease';
    try {
      const text = answer('Dictated: would you start ibuprofen or duloxetine in this 47 year old woman, full stop');
      expect(text).toContain('ischaemic heart disease');
      expect(text).not.toContain('cardiovascular disease');
    } finally {
      rule.named = 'cardiovascular disease';
    }
  });

  it('the gabapentinoid line reads each drug frequency from its guideline dose', () => {
    const g = dosingFor('pregabalin').guideline!;
    const was = g.frequencyText;
    g.frequencyText = 'two to three times daily';
    try {
      expect(answer('pt w sciatica - neurontin or lyrica? 61F')).toContain('pregabalin two to three times daily');
    } finally {
      g.frequencyText = was;
    }
    expect(decidesText()).toContain(`pregabalin ${was}.`);
  });
});

/** Every rule the data holds is named, whoever asks: the SSRI/SNRI rule-out, a GI bleed now and CKD among them. */
describe('what decides names every rule, in each clinician style', () => {
  it.each([
    'Rx naproxen or duloxetine for 60M w CLBP, which ok to dispense?',
    'Hi, quick one - 62 year old chap, bad back, would you reach for naproxen or duloxetine first? cheers',
    'dictated: patient is a fifty year old male comma naproxen or duloxetine question mark',
    'naproxen or duloxetine?',
  ])('%s', (q) => {
    const text = answer(q);
    expect(text).toContain('either is a guideline option');
    for (const s of ['an SSRI or another SNRI', 'a GI bleed now', 'CKD', 'an MAOI', 'age > 65'])
      expect(text).toContain(s);
  });

  it('a patient on an SSRI is routed, not listed: duloxetine is out with its reason', () => {
    const text = answer('pt 55F on sertraline - naproxen or cymbalta first?');
    expect(text).toContain('not for this patient (on an SSRI or SNRI');
    expect(text).not.toContain('What decides');
  });
});
