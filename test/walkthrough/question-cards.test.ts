import { describe, expect, it } from 'vitest';
import { cardValueSchema } from '../../dialogs/card-value.js';
import { questionMessage } from '../../dialogs/walkthrough/question-card.js';
import { QUESTIONS } from '../../dialogs/walkthrough/questions.js';
import { isUnsure } from '../../dialogs/walkthrough/read-text.js';
import { factKeySchema } from '../../src/clinical/case/case-facts.js';
import { answerToFact } from '../../src/clinical/language/index.js';
import { cardProblems } from '../helpers/adaptive-card-schema.js';

type Action = { type: string; data?: Record<string, unknown>; actions?: Action[] };
function submits(card: unknown): Action[] {
  const out: Action[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const a = node as Action;
      if (a.type === 'Action.Submit') out.push(a);
      Object.values(node).forEach(walk);
    }
  };
  walk(card);
  return out;
}

describe('question cards', () => {
  for (const key of factKeySchema.options) {
    it(`${key}: every button carries a payload the core accepts; every quick choice reads as an answer`, () => {
      const message = questionMessage('A', key);
      expect(message.card?.version).toBe('1.5');
      expect(cardProblems(message.card)).toEqual([]);
      expect(message.text).toContain(QUESTIONS[key].ask);
      for (const action of submits(message.card)) {
        // The "Answer" button gets its text from the card's input box when pressed.
        const data =
          action.data?.command === 'answer' && !action.data.text ? { ...action.data, text: '58' } : action.data;
        expect(cardValueSchema.safeParse(data).success, JSON.stringify(data)).toBe(true);
      }
      for (const choice of QUESTIONS[key].choices) {
        const read = answerToFact(key, choice, '2026-11-29T10:00:00.000Z');
        expect(read !== undefined || isUnsure(choice), `${key} choice "${choice}"`).toBe(true);
      }
    });
  }
});
