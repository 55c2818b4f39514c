import type { AdaptiveCardJson } from '../../dialogs/turn-types.js';
import { describe, expect, it } from 'vitest';
import { renderAnswer } from '../../dialogs/answers/answer-message.js';
import { calculatorFacts } from '../../dialogs/answers/calculator-answers.js';
import { runCalculatorCommand } from '../../dialogs/answers/calculator-command.js';
import { interactionMessage } from '../../dialogs/answers/interactions.js';
import { readContext } from '../../dialogs/answers/question-context.js';

describe('answer rendering', () => {
  const message = renderAnswer({
    title: 'Title',
    lines: [
      { text: 'Guideline line', cites: [1, 2], evidence: 'moderate' },
      { text: 'Label line', source: 'Some FDA label', label: 'Label' },
      { text: 'Same label again', source: 'Some FDA label' },
    ],
    note: 'A note',
  });

  it('numbers guideline citations as the guideline does and reference sources from 7, once each', () => {
    expect(message.text).toContain('Guideline line (moderate-quality evidence) [1][2]');
    expect(message.text).toContain('**Label:** Label line [7]');
    expect(message.text).toContain('Same label again [7]');
    expect(message.citations?.map((c) => c.position)).toEqual([1, 2, 7]);
    // The guideline's own number; the probable source belongs to the `sources` answer (test/answers/citation-gloss.test.ts).
    expect(message.citations?.[0]?.abstract).toMatch(/^Guideline citation 1\b/);
    expect(message.citations?.[2]?.abstract).toBe('Some FDA label. Clinical reference, review pending.');
    expect(message.citations?.[2]?.name).toBe('Some FDA label');
  });

  it('the Adaptive Card 1.5 carries the same lines as the text', () => {
    expect(message.card?.version).toBe('1.5');
    const blocks = (message.card!.body as { text: string }[]).map((b) => b.text);
    for (const line of ['Guideline line (moderate-quality evidence) [1][2]', 'Same label again [7]', 'A note']) {
      expect(blocks.some((b) => b.includes(line))).toBe(true);
      expect(message.text).toContain(line);
    }
  });
});

describe('calculator results for an open case', () => {
  it('STarT Back and Oswestry results become case facts; MME adds none', () => {
    const sb = runCalculatorCommand('STarT Back 1 1 0 1 1 1 0 1 1')!;
    expect(calculatorFacts(sb)).toEqual({ startBack: { total: 7, psychosocial: 4 }, startBackRisk: 'high' });
    expect(calculatorFacts(runCalculatorCommand('ODI 48%')!)).toEqual({ oswestryPercent: 48 });
    expect(calculatorFacts(runCalculatorCommand('MME morphine 30 mg bid')!)).toEqual({});
    expect(calculatorFacts(runCalculatorCommand('STarT Back 1 1')!)).toEqual({});
    expect(runCalculatorCommand('duloxetine dose?')).toBeUndefined();
  });
});

describe('interactions for a case', () => {
  it('names the listed pairs and nothing for a pair not listed', () => {
    expect(interactionMessage(['duloxetine', 'tramadol'])?.text).toMatch(/serotonin syndrome/);
    expect(interactionMessage(['naproxen'], 20)?.text).toMatch(/renal decompensation/);
    expect(interactionMessage(['gabapentin', 'naproxen'])).toBeUndefined();
  });
});

describe('patient facts read from a quick question', () => {
  it.each([
    ['pregabalin with crcl 25', { crcl: 25 }],
    ['neurontin in egfr 12', { crcl: 12 }],
    ['tramadol dose with ckd stage 4', { crcl: 22 }],
    ['tramadol in an 80 year old', { age: 80 }],
    ['tramadol for a 78 yo', { age: 78 }],
    ['tramadol in cirrhosis', { liverDisease: true }],
    ['duloxetine dose', {}],
  ])('%s', (text, expected) => {
    const ctx = readContext(text);
    expect({ crcl: ctx.crcl, age: ctx.age, liverDisease: ctx.liverDisease }).toEqual({
      crcl: undefined,
      age: undefined,
      liverDisease: undefined,
      ...expected,
    });
  });
});

describe('every answer card of the question suite', () => {
  it('renders as a valid Adaptive Card 1.5 that names the source of every [n] marker', async () => {
    const { toActivity } = await import('../../src/teams/render.js');
    const { loadQuestions, CORE_OPTIONS, coreInput } = await import('../../scripts/eval/question-suite.js');
    const { handleTurn } = await import('../../dialogs/turn-core.js');
    const { cardProblems } = await import('../helpers/adaptive-card-schema.js');
    let cards = 0;
    for (const [i, q] of loadQuestions().entries()) {
      for (const m of handleTurn(undefined, coreInput(q.q, i), CORE_OPTIONS).output.messages) {
        if (!m.card) continue;
        cards += 1;
        expect(cardProblems(m.card), q.q).toEqual([]);
        const rendered = toActivity(m).attachments?.[0]?.content as AdaptiveCardJson;
        expect(cardProblems(rendered), q.q).toEqual([]);
        const cardText = JSON.stringify(rendered.body);
        for (const marker of new Set(m.text.match(/\[\d+\](?= )/g) ?? [])) {
          expect(cardText, `${q.q}: ${marker}`).toContain(`${marker} `);
        }
        for (const c of m.citations ?? []) {
          expect(cardText, q.q).toContain(`[${c.position}] `);
          // Each source is written out once, not twice.
          expect(cardText.split(`"[${c.position}] `).length - 1, `${q.q}: [${c.position}]`).toBeLessThanOrEqual(1);
        }
      }
    }
    expect(cards).toBeGreaterThan(150);
  });
});
