import { describe, expect, it } from 'vitest';
import type { DrugId } from '../../src/clinical/knowledge/drug-catalogue.js';
import { isHeld } from '../../src/clinical/case/medication-facts.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { ask } from '../../scripts/eval/question-suite.js';
import { runScenario, textOf } from './drive.js';

/**
 * A co-medication whose start is planned ("plan to start phenelzine next week", "will start cipro tomorrow", "psych
 * considering sertraline") is about to be taken: the case holds it (Medication.startPlanned), so what it rules out is
 * ruled out now and the guideline's next option steps up (clinical-reference.md section 2: duloxetine with an MAOI or
 * a potent CYP1A2 inhibitor; section 3: SSRI + duloxetine). The quick answers read the plan with the same reader
 * (planned-change.ts saidPlanned). A pain option planned stays a proposal; a drug refused or stopped is not held.
 */
const AT = '2026-11-29T10:00:00.000Z';
const med = (text: string, drug: DrugId) => extractCaseFacts(text, AT).patch.medications?.find((m) => m.drug === drug);
const first = (text: string) => textOf(runScenario({ name: text.slice(0, 40), turns: [{ say: text }] }).outputs[0]!);
const headline = (text: string) => first(text).split('\n')[0]!;

const OPENING = '52F CLBP 1 yr, RF neg, eGFR 90. Naproxen 500 bd x 8 wk failed.';

describe('a planned start of a co-medication is held, its rule applied now', () => {
  it.each([
    ['terse', `${OPENING} Plan to start phenelzine next week. Next?`, 'maoi', /on an MAOI/],
    ['psych plans it', `${OPENING} Starting phenelzine next week per psych. Next?`, 'maoi', /on an MAOI/],
    ['considering', `${OPENING} Psych considering starting phenelzine. Next?`, 'maoi', /on an MAOI/],
    [
      'NP shorthand',
      '52F cLBP 1y, RF-, eGFR 90, naproxen 500 bid x8wk failed, will start nardil tomorrow. next?',
      'maoi',
      /on an MAOI/,
    ],
    ['antibiotic', `${OPENING} Will start cipro tomorrow for UTI. Next?`, 'ciprofloxacin', /CYP1A2/],
    [
      'UK GP, SSRI',
      `${OPENING} Going to start sertraline next week for low mood. What next?`,
      'ssri',
      /duplicate antidepressant/,
    ],
    [
      'dictated',
      `fifty two year old woman chronic back pain one year no red flags egfr 90 naproxen 500 twice a day 8 weeks failed. she is due to start fluoxetine on monday. what next`,
      'ssri',
      /duplicate antidepressant/,
    ],
    [
      'plan heading',
      `${OPENING}\nPlan: start citalopram 20 mg. Next step for pain?`,
      'ssri',
      /duplicate antidepressant/,
    ],
  ])('%s', (_style, text, drug, reason) => {
    const m = med(text, drug as DrugId);
    expect(m?.startPlanned).toBe(true);
    expect(isHeld(m!)).toBe(true);
    const out = first(text);
    expect(out).toMatch(/start planned \(not yet taken\)/);
    expect(out).toMatch(new RegExp(`Not for this patient: duloxetine \\([^)]*${reason.source}`));
    expect(headline(text)).not.toMatch(/Add duloxetine/);
  });
});

describe('contrasts: taken, refused, stopped, a pain option planned', () => {
  it('taken now: held, not a plan', () => {
    const m = med(`${OPENING} On phenelzine 15 mg tds. Next?`, 'maoi');
    expect(m?.outcome).toBe('current');
    expect(m?.startPlanned).toBeUndefined();
  });
  it.each([
    ['refused', `${OPENING} Pt refused to start sertraline. Next?`],
    ['declined', `${OPENING} Declined sertraline. Next?`],
    ['stopped', `${OPENING} Sertraline stopped 6 months ago. Next?`],
  ])('%s: not held, duloxetine stays next', (_style, text) => {
    const m = med(text, 'ssri');
    expect(m === undefined || !isHeld(m)).toBe(true);
    expect(headline(text)).toMatch(/duloxetine 30 mg/);
  });
  it('a pain option planned is a proposal, not taken', () => {
    const m = med(`${OPENING} Plan to start duloxetine next week. Dose?`, 'duloxetine');
    expect(m).toBeUndefined();
  });
  it('a later turn saying it started replaces the plan', () => {
    const { outputs } = runScenario({
      name: 'planned then started',
      turns: [
        { say: `${OPENING} Plan to start sertraline next week. Next?` },
        { say: 'she started sertraline 50 mg yesterday' },
      ],
    });
    expect(textOf(outputs[0]!)).toMatch(/sertraline: start planned/);
    expect(textOf(outputs[1]!)).not.toMatch(/start planned/);
  });
});

describe('the quick answer reads the same plans', () => {
  it.each([
    ['Plan to start phenelzine next week. Can she have duloxetine?'],
    ['Psych considering starting phenelzine - duloxetine ok?'],
    ['Rx duloxetine 30 mg, pt starting nardil next week per psych, ok to dispense?'],
  ])('%s', (text) => {
    expect(ask(text).join('\n')).toMatch(/Planned:?\*{0,2} Phen|Planned:?\*{0,2} Nardil/i);
  });
});

describe('a planned start said in answer to the pending drug question is not that drug taken', () => {
  const answer = (reply: string) =>
    textOf(
      runScenario({
        name: reply.slice(0, 40),
        turns: [{ say: `${OPENING} Next?` }, { say: reply }],
      }).outputs[1]!,
    );
  it.each([
    ["she'll be starting sertraline next week", /sertraline: start planned/],
    ['not yet, psych wants to start her on paroxetine', /paroxetine: start planned/],
    ['starting linezolid tomorrow', /linezolid: start planned/],
    ["she'll be starting gabapentin next week", /could not read/],
  ])('"%s"', (reply, said) => {
    const out = answer(reply);
    expect(out).toMatch(said);
    expect(out).not.toMatch(/duloxetine: current/i);
  });
  it('contrast: the asked drug started is still its answer', () => {
    expect(answer('started 60 mg 6 wks ago, no help')).toMatch(/duloxetine 60 mg/i);
  });
});
