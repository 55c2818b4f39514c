import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_CHARS, quickDecision } from '../../dialogs/answers/answer-routes.js';
import { GUIDELINE_INTENTS, INTENT_TIERS, scoreIntents } from '../../dialogs/answers/guideline-intents.js';
import {
  CANDIDATE_WEIGHTS,
  DRUG_LIKE,
  drugLikeWord,
  ROUTING,
  type Decision,
} from '../../dialogs/answers/route-scores.js';
import { emptyState } from '../../dialogs/conversation-state.js';
import type { RouteContext } from '../../dialogs/route.js';
import { chooseRoute, GENERAL_ROUTES } from '../../dialogs/router.js';
import { handleTurn } from '../../dialogs/turn-core.js';
import { hasEntry } from '../../src/clinical/knowledge/index.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';

/**
 * Scored routing (issue 14): every quick-answer candidate scores the text, the best answers. Each data row's
 * example is read here, then the classes of question testers saw misrouted.
 */
const NOW = '2026-01-15T10:00:00.000Z';
function ctx(text: string): RouteContext {
  const t = text.trim().replace(/\s+/g, ' ');
  return { input: coreInput(t), text: t, lower: t.toLowerCase(), state: emptyState(NOW) };
}
const decision = (text: string): Decision => quickDecision(ctx(text), GENERAL_ROUTES);
const winner = (text: string): string | undefined => {
  const d = decision(text);
  return d.kind === 'answer' ? d.best.answer : d.kind;
};
const reply = (text: string) => handleTurn(undefined, coreInput(text), CORE_OPTIONS).output.messages;

describe('candidate weights (data rows)', () => {
  it('are in [0, 1], highest first, and every intent tier is at most the intent weight', () => {
    for (const w of CANDIDATE_WEIGHTS) expect(w.weight).toBeGreaterThan(0);
    for (const w of CANDIDATE_WEIGHTS) expect(w.weight).toBeLessThanOrEqual(1);
    const weights = CANDIDATE_WEIGHTS.map((w) => w.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    const intent = CANDIDATE_WEIGHTS.find((w) => w.id === 'intent')!.weight;
    for (const tier of Object.values(INTENT_TIERS)) expect(tier).toBeLessThanOrEqual(intent);
  });

  it.each(CANDIDATE_WEIGHTS.map((w) => [w.id, w.example] as const))('%s wins its example "%s"', (id, example) => {
    const d = decision(example);
    expect(d.kind).toBe('answer');
    if (d.kind === 'answer') expect(d.best.candidate).toBe(id);
  });

  it('the margin separates tiers: rows of different tiers never tie, rows of one tier do', () => {
    const tiers = [...new Set(Object.values(INTENT_TIERS))].sort();
    for (let i = 1; i < tiers.length; i++) expect(tiers[i]! - tiers[i - 1]!).toBeGreaterThan(ROUTING.margin);
    expect(ROUTING.margin).toBeGreaterThan(0);
    expect(Math.min(...Object.values(INTENT_TIERS))).toBeGreaterThanOrEqual(ROUTING.answerMin);
  });
});

describe('guideline intents (data rows)', () => {
  it('name only knowledge entries that exist', () => {
    for (const intent of GUIDELINE_INTENTS)
      for (const id of intent.ids) expect(hasEntry(id), `${intent.name}: ${id}`).toBe(true);
  });

  it.each(GUIDELINE_INTENTS.map((i) => [i.name, i.example] as const))(
    '%s is the one best intent for its example "%s"',
    (name, example) => {
      const [best, second] = scoreIntents(example.toLowerCase());
      expect(best?.intent.name).toBe(name);
      if (second) expect(best!.score - second.score).toBeGreaterThanOrEqual(ROUTING.margin);
    },
  );
});

describe('drug-like words (data rows)', () => {
  it.each(DRUG_LIKE.map((r) => [r.example] as const))('"%s" names a drug-like word', (example) => {
    expect(drugLikeWord(example.toLowerCase())).toBeDefined();
  });

  it.each(['what is the spine doing', 'the routine guideline', 'examine the patient', 'april review'])(
    '"%s" names none',
    (text) => expect(drugLikeWord(text)).toBeUndefined(),
  );
});

describe('the classes testers saw misrouted reach the topic the guideline answers', () => {
  it.each([
    ['opioid starting dose?', 'intent:opioid-start'],
    ['if I start an opioid what dose', 'intent:opioid-start'],
    ['what dose should a narcotic start at?', 'intent:opioid-start'],
    ['when do i reassess after starting opioids', 'intent:opioid-reassess'],
    ['what outcome measures should I track?', 'intent:outcome-measures'],
    ['how do we measure progress?', 'intent:outcome-measures'],
    ['meaningful change on the ODI?', 'intent:mcid'],
    ['what is a clinically important difference in pain score?', 'intent:mcid'],
    ['what can a pain clinic offer?', 'intent:pain-clinic'],
    ['what do pain specialists provide', 'intent:pain-clinic'],
    ['SNRI for back pain?', 'intent:snri'],
    ['antidepressants for chronic back pain?', 'intent:snri'],
    ['gabapentinoids?', 'intent:gabapentinoids'],
    ['neuropathic agents for leg pain?', 'intent:gabapentinoids'],
    ['narcotics?', 'intent:opioid-gate'],
    ['are opiates ok', 'intent:opioid-gate'],
    ['how do I taper opioids?', 'intent:taper-opioid'],
    ['pt wants opioids. what do I tell them?', 'intent:opioid-gate'],
    ['does this pathway apply to acute back pain?', 'intent:pathway-scope'],
    ['what would you recommend next?', 'intent:first-line'],
  ])('"%s" -> %s', (text, expected) => {
    expect(winner(text)).toBe(expected);
  });

  it.each([
    ['NSAIDs in CKD?', 'answers.drug'],
    ['anti-inflammatories with warfarin?', 'answers.drug'],
    ['are muscle relaxants any use', 'answers.drug'],
  ])('class nouns the catalogue lists keep the drug answer: "%s"', (text, route) => {
    expect(chooseRoute(ctx(text)).name).toBe(route);
  });
});

describe('"not covered" and the unknown-drug answer', () => {
  it.each([
    'opioid dose?',
    'NSAID dose?',
    'SNRI dose?',
    'gabapentinoid dose?',
    'muscle relaxant dose?',
    'antidepressant dose?',
    'narcotic dosing',
    'anti-inflammatory dose?',
  ])('a class noun is never an unknown drug: "%s"', (text) => {
    expect(chooseRoute(ctx(text)).name).not.toBe('answers.unknown-drug');
    expect(reply(text)[0]!.text).not.toMatch(/^That drug is not covered/);
  });

  it('a dose asked for a treatment the uncovered rows name: not covered by name, no dose', () => {
    const text = reply('lidocaine patch dose?')[0]!.text;
    expect(text).toMatch(/^This pathway does not cover lidocaine patches/);
    expect(text).not.toMatch(/\d+ ?mg/);
  });

  it.each(['topiramate dose', 'how much vitamin D for back pain', 'what dose of ketoprofen'])(
    'a drug-like word the catalogue does not know, with a dose asked: "%s"',
    (text) => {
      expect(chooseRoute(ctx(text)).name).toBe('answers.unknown-drug');
      expect(reply(text)[0]!.text).toMatch(/not covered by this pathway, so I give no dose/);
    },
  );

  it('a drug-like word inside a guideline topic is the topic, not an unknown drug', () => {
    expect(winner('topiramate dose for sciatica?')).toBe('intent:radicular');
  });

  it.each(['sleep hygiene?', 'ketamine infusion?', 'is weather a factor?'])(
    'no term the guideline knows: "%s" says what the pathway covers',
    (text) => {
      expect(decision(text).kind).toBe('not-covered');
      const [message] = reply(text);
      expect(message!.text).toMatch(/^This pathway does not cover that/);
      expect(message!.text).toContain('It covers chronic low back pain');
    },
  );

  it('a statement that names nothing and asks nothing gets the help', () => {
    expect(decision('the weather is nice').kind).toBe('fallback');
  });

  it(`text over ${MAX_QUESTION_CHARS} characters is not a quick question`, () => {
    const long = `what about ${'the weather and '.repeat(30)}opioids?`;
    expect(long.length).toBeGreaterThan(MAX_QUESTION_CHARS);
    expect(decision(long).kind).toBe('fallback');
  });
});

describe('"Start a case from this" on a question that describes a patient', () => {
  const question = 'pt wants opioids. what do I tell them?';

  it('is offered, and its value starts a case with the text', () => {
    const [message] = reply(question);
    const start = message!.suggestedActions?.find((a) => a.title === 'Start a case from this');
    expect(start?.value).toBe(`new case ${question}`);
    const started = handleTurn(undefined, coreInput(start!.value), CORE_OPTIONS);
    expect((started.state as { cases?: unknown[] } | null)?.cases?.length).toBe(1);
  });

  it.each(['opioids?', 'what can a pain clinic offer?'])('is not offered on a topic question: "%s"', (text) => {
    expect(reply(text)[0]!.suggestedActions?.some((a) => a.title === 'Start a case from this') ?? false).toBe(false);
  });

  it('is not offered while a case is open (the question is about that case)', () => {
    const opened = handleTurn(
      undefined,
      coreInput('58M, chronic LBP 9 months, naproxen 250 bid x 6 wks no relief, no red flags'),
      CORE_OPTIONS,
    ).state;
    const messages = handleTurn(
      opened,
      { ...coreInput(question), receivedAt: '2026-01-15T10:05:00.000Z' },
      CORE_OPTIONS,
    ).output.messages;
    expect(messages.flatMap((m) => m.suggestedActions ?? []).some((a) => a.title === 'Start a case from this')).toBe(
      false,
    );
  });
});
