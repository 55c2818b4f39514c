import { describe, expect, it } from 'vitest';
import { quickDecision } from '../../dialogs/answers/answer-routes.js';
import { GUIDELINE_INTENTS } from '../../dialogs/answers/guideline-intents.js';
import { CLOSE_LEAD, decide, type RouteSignals, TOPIC_CUES, WEAK_LEAD } from '../../dialogs/answers/route-scores.js';
import { emptyState } from '../../dialogs/conversation-state.js';
import type { RouteContext } from '../../dialogs/route.js';
import { GENERAL_ROUTES } from '../../dialogs/router.js';
import { handleTurn } from '../../dialogs/turn-core.js';
import type { OutputMessage } from '../../dialogs/turn-types.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';

/**
 * "Did you mean" (issue 14): when the best answers tie, or nothing answers but the text names something the
 * guideline knows, the reply offers up to three buttons. Pressing a button sends its value: that must reach one
 * full answer, never another "did you mean", the fallback or "not covered".
 */
const NOW = '2026-01-15T10:00:00.000Z';
const LEADS = [CLOSE_LEAD, WEAK_LEAD, ...TOPIC_CUES.flatMap((c) => (c.lead ? [c.lead] : []))];

function ctx(text: string): RouteContext {
  return { input: coreInput(text), text, lower: text.toLowerCase(), state: emptyState(NOW) };
}
const reply = (text: string): OutputMessage[] => handleTurn(undefined, coreInput(text), CORE_OPTIONS).output.messages;

const isDidYouMean = (m: OutputMessage) => LEADS.some((lead) => m.text.startsWith(lead));
const isDeadEnd = (m: OutputMessage) =>
  /I didn't recognise that|^This pathway does not cover that|^That drug is not covered/.test(m.text);

/** The button's value, sent as the next message, gets one full answer. */
function expectFullAnswer(value: string) {
  const messages = reply(value);
  expect(messages, value).toHaveLength(1);
  expect(isDidYouMean(messages[0]!), `${value} -> ${messages[0]!.text.slice(0, 80)}`).toBe(false);
  expect(isDeadEnd(messages[0]!), `${value} -> ${messages[0]!.text.slice(0, 80)}`).toBe(false);
  expect(quickDecision(ctx(value), GENERAL_ROUTES).kind).toBe('answer');
}

describe('close answers: "did you mean" with the tied topics', () => {
  it.each([
    // two therapies named without a choice word; weighed ("acupuncture or massage?") both are answered, each with its
    // grade (test/answers/nondrug-choice-scope-qg21.test.ts)
    ['acupuncture and massage?', ['acupuncture?', 'massage?']],
    ['yoga and massage?', ['yoga?', 'massage?']],
    ['tai chi and mindfulness?', ['yoga?', 'mindfulness?']],
  ])('"%s" offers %j, each reaching its answer', (text, values) => {
    const [message] = reply(text);
    expect(message!.text.startsWith(CLOSE_LEAD)).toBe(true);
    expect(message!.suggestedActions?.map((a) => a.value)).toEqual(values);
    for (const a of message!.suggestedActions ?? []) {
      expect(message!.text).toContain(a.value);
      expectFullAnswer(a.value);
      const d = quickDecision(ctx(a.value), GENERAL_ROUTES);
      const intent = GUIDELINE_INTENTS.find((i) => i.example === a.value)!;
      if (d.kind === 'answer') expect(d.best.answer).toBe(`intent:${intent.name}`);
    }
  });

  it.each(['acupuncture or massage?', 'yoga vs massage?', 'tai chi or mindfulness?'])(
    '"%s": weighed, both answered with their grades, not offered',
    (text) => {
      const [message] = reply(text);
      expect(isDidYouMean(message!)).toBe(false);
      expect(message!.text).toMatch(/: (?:moderate|low)-quality evidence; /);
    },
  );

  it('one topic named alone is answered, not offered', () => {
    expect(isDidYouMean(reply('acupuncture?')[0]!)).toBe(false);
  });
});

describe('weak: a term the guideline knows, no question an answer takes', () => {
  /** Signals of a short question that no answer takes (no intent, no retrieval hit, no drug). */
  const nothingAnswers = (lower: string): RouteSignals => ({
    short: true,
    lower,
    isQuestion: true,
    help: () => false,
    calculator: () => false,
    listedTotals: () => false,
    sources: () => false,
    claim: () => false,
    drug: () => false,
    harm: () => false,
    redFlagSigns: () => false,
    drugNames: () => [],
    intents: () => [],
    search: () => [],
    asksDose: () => /\bdose\b/.test(lower),
  });

  it.each(TOPIC_CUES.map((c) => [c.name, c] as const))('%s: its example offers its topics', (_, cue) => {
    const d = decide(nothingAnswers(cue.example.toLowerCase()));
    expect(d.kind).toBe('did-you-mean');
    if (d.kind === 'did-you-mean') {
      expect(d.buttons.map((b) => b.value)).toEqual(cue.suggest.slice(0, 3));
      expect(d.lead).toBe(cue.lead ?? WEAK_LEAD);
    }
  });

  it('without any such term the decision is "not covered"', () => {
    expect(decide(nothingAnswers('is weather a factor?')).kind).toBe('not-covered');
  });

  it.each(TOPIC_CUES.map((c) => [c.example] as const))('"%s" end to end: never a dead end', (example) => {
    const [message] = reply(example);
    expect(isDeadEnd(message!), message!.text.slice(0, 80)).toBe(false);
    expect(message!.suggestedActions?.length ?? 0).toBeLessThanOrEqual(3);
  });

  it('a dose asked with no drug asks which drug', () => {
    const [message] = reply('what is the max dose?');
    expect(message!.text).toMatch(/^Which drug\?/);
    expect(message!.suggestedActions?.map((a) => a.value)).toEqual([
      'duloxetine dose?',
      'naproxen dose?',
      'tramadol dose?',
    ]);
  });
});

describe('every button value reaches a full answer', () => {
  it.each([...new Set(TOPIC_CUES.flatMap((c) => c.suggest))].map((v) => [v] as const))('cue button "%s"', (value) =>
    expectFullAnswer(value),
  );

  /**
   * Classes the drug catalogue lists: their drug answer gives the same guideline "avoid" entry. NSAIDs asked alone
   * ("anti-inflammatories?") take their guideline row (the class's place in the escalation).
   */
  const CATALOGUE_CLASSES = new Set(['steroids', 'benzodiazepines']);

  it.each(GUIDELINE_INTENTS.map((i) => [i.name, i.example, i.route] as const))(
    'intent button %s: "%s"',
    (name, value, route) => {
      expectFullAnswer(value);
      const d = quickDecision(ctx(value), GENERAL_ROUTES);
      // a red-flag row's example that names the signs ("suspected fracture?") is taken by the red-flag signs
      // candidate: the same red-flag answer
      const expected = CATALOGUE_CLASSES.has(name) ? ['drug'] : [`intent:${name}`, ...(route ? ['red-flag'] : [])];
      if (d.kind === 'answer') expect(expected).toContain(d.best.answer);
    },
  );
});
