import { describe, expect, it } from 'vitest';
import { renderAnswer } from '../../dialogs/answers/answer-message.js';
import { sourcesMessage } from '../../dialogs/answers/sources-answer.js';
import { drugDoseCard } from '../../dialogs/cards/drug-dose-card.js';
import { handleTurn } from '../../dialogs/turn-core.js';
import type { TurnInput } from '../../dialogs/turn-types.js';
import { withCitedSources } from '../../src/teams/card-sources.js';

/**
 * clinical-reference.md section 1: the "probable source" mapping is a guess for the text as a whole, not per line.
 * An answer line shows the guideline's own number; the gloss belongs to the `sources` answer only. Before: every
 * [1] under a card or in a Teams citation pop-up read "Probable source of citation 1: ACP 2017 ...", and the
 * compose-box dosing card listed "[1] ACP 2017 ... (probable source)" under the guideline dose.
 */
function ask(text: string) {
  const input: TurnInput = {
    kind: 'message',
    conversationKey: `gloss-${text}`,
    scope: 'personal',
    userId: 'u',
    text,
    activityId: 'a-1',
    receivedAt: '2026-01-01T12:00:00.000Z',
  };
  return handleTurn(undefined, input, { retentionDays: 30 }).output.messages;
}

describe('the probable-source gloss belongs to the sources answer only', () => {
  it("a guideline citation in an answer is the guideline's own number, with no probable source", () => {
    const message = renderAnswer({ title: 'T', lines: [{ text: 'Guideline line', cites: [1, 2] }] });
    for (const c of message.citations ?? []) {
      expect(c.abstract).not.toMatch(/probable|ACP 2017|Chou/i);
      expect(c.abstract).toMatch(new RegExp(`citation ${c.position}\\b`));
    }
  });

  it.each(['duloxetine 60 mg', 'gabapentin dose?', 'naproxen 500 bid'])(
    '%s: nothing printed under the card or in its pop-ups names a probable source',
    (q) => {
      for (const m of ask(q)) {
        const withSources = m.card ? withCitedSources(m.card, m.text, m.citations) : { card: undefined, text: m.text };
        expect(withSources.text).not.toMatch(/probable/i);
        expect(JSON.stringify(withSources.card ?? {})).not.toMatch(/probable/i);
        for (const c of m.citations ?? []) expect(c.abstract).not.toMatch(/probable/i);
      }
    },
  );

  it('the compose-box dosing card shows the guideline numbers without a probable source', () => {
    for (const drug of ['duloxetine', 'gabapentin', 'naproxen'] as const) {
      const card = drugDoseCard(drug);
      expect(card?.text).not.toMatch(/probable/i);
      expect(JSON.stringify(card?.card)).not.toMatch(/probable/i);
    }
  });

  it('the sources answer keeps the gloss, labelled probable', () => {
    const text = sourcesMessage().text;
    expect(text).toMatch(/probable/i);
    expect(text).toContain('ACP 2017');
  });
});
