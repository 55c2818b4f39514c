import { describe, expect, it } from 'vitest';
import type { ConversationState } from '../../dialogs/conversation-state.js';
import { handleTurn } from '../../dialogs/turn-core.js';
import type { TurnInput } from '../../dialogs/turn-types.js';
import { runCommand } from '../../dialogs/walkthrough/case-commands.js';
import { activeRecord } from '../../dialogs/walkthrough/case-store.js';
import { asksWhatNext, CASE_OPENERS, parseCommand, WHAT_NEXT } from '../../dialogs/walkthrough/commands.js';

const CASE = '58M, chronic LBP 9 months, naproxen 500 bid x 8 wks no relief, no red flags';

function input(text: string, n: number): TurnInput {
  return {
    kind: 'message',
    conversationKey: 'what-next',
    scope: 'personal',
    userId: 'u',
    text,
    activityId: `a-${n}`,
    receivedAt: new Date(Date.UTC(2026, 0, 1, 12, n)).toISOString(),
  };
}

const turn = (state: unknown, text: string, n: number) => {
  const r = handleTurn(state, input(text, n), { retentionDays: 30 });
  return { state: r.state as ConversationState | null, text: r.output.messages.map((m) => m.text).join('\n') };
};

/** Phrasings clinicians used mid-case for "what next" (testers' reports), besides each row's own example. */
const PHRASINGS = [
  'what would you recommend next?',
  'What would you recommend next',
  'what do you suggest?',
  'thoughts?',
  'Any thoughts?',
  'where do we go from here?',
  'where to from here',
  'next?',
  'what now?',
  'what else can I try?',
  'any other options?',
  'what should I do?',
  'what should we do next?',
  'recommendations?',
  'your advice?',
  'ok, what next?',
  'so what do you recommend for her?',
  'what are the options?',
  'how should we proceed?',
  "what's the next step?",
];

/** Mid-case turns that are no request for the plan. */
const NOT_WHAT_NEXT = [
  'what dose of duloxetine?',
  'what about tramadol?',
  'what should I do about his warfarin?',
  'options for sciatica',
  'next week',
  'no leg symptoms',
  'what is the max dose of naproxen',
  'thoughts on tramadol?',
  'new options for CBT',
];

describe('each "what next" row reads its example, only with a case open', () => {
  it.each(WHAT_NEXT.map((r) => [r.example]))('%s', (example) => {
    expect(parseCommand(example.toLowerCase(), undefined, false, true)).toEqual({ kind: 'plan' });
    expect(parseCommand(example.toLowerCase(), undefined, false, false)).toBeUndefined();
  });
});

describe('"what next" in any wording asks for the plan mid-case', () => {
  it.each(PHRASINGS)('%s', (say) => {
    expect(asksWhatNext(say.toLowerCase())).toBe(true);
    expect(parseCommand(say.toLowerCase(), undefined, false, true)?.kind).toBe('plan');
  });

  it.each(NOT_WHAT_NEXT)('not a request for the plan: %s', (say) => {
    expect(asksWhatNext(say.toLowerCase())).toBe(false);
    expect(parseCommand(say.toLowerCase(), undefined, false, true)?.kind).not.toBe('plan');
  });

  it('the command gives the open case its plan (what the command route runs)', () => {
    const opened = turn(undefined, CASE, 0);
    expect(activeRecord(opened.state!)).toBeDefined();
    for (const [i, say] of PHRASINGS.entries()) {
      const lower = say.toLowerCase();
      const cmd = parseCommand(lower, undefined, false, true)!;
      const r = runCommand({ input: input(say, i + 1), text: say, lower, state: opened.state! }, cmd);
      const text = r.output.messages.map((m) => m.text).join('\n');
      expect(text, say).toMatch(/Plan for case A/);
    }
  });

  it('"plan?" and "next steps" still reach the plan through the whole turn', () => {
    const opened = turn(undefined, CASE, 0);
    expect(turn(opened.state, 'plan?', 1).text).toMatch(/Plan for case A/);
    expect(turn(opened.state, 'next steps', 2).text).toMatch(/Plan for case A/);
  });
});

describe('an opener starts a case with the description after it', () => {
  it.each(CASE_OPENERS.map((r) => [r.example]))('%s', (example) => {
    const cmd = parseCommand(example.toLowerCase(), undefined, false);
    expect(cmd?.kind).toBe('new');
  });

  it.each([
    'Starting a case: 58F chronic LBP 6 months, failed naproxen 500 bd 8 weeks and duloxetine 60 mg 8 weeks. Plan?',
    'new case: 58F chronic LBP 6 months, failed naproxen 500 bd 8 weeks and duloxetine 60 mg 8 weeks. Plan?',
    'Start a new case - 58F chronic LBP 6 months, failed naproxen 500 bd 8 weeks and duloxetine 60 mg 8 weeks. Plan?',
  ])('%s', (say) => {
    const r = turn(undefined, say, 1);
    expect(r.text).toMatch(/New case A/);
    const facts = activeRecord(r.state!)!.facts;
    expect(facts.age).toBe(58);
    expect(facts.medications.map((m) => m.drug).sort()).toEqual(['duloxetine', 'naproxen']);
  });

  it('a topic question with no patient evidence starts no case', () => {
    for (const [i, q] of ['pregabalin for sciatica', 'tramadol in the elderly', 'duloxetine vs pregabalin'].entries()) {
      const r = turn(undefined, q, i);
      expect(r.text, q).not.toMatch(/New case/);
      expect(r.state?.cases ?? [], q).toHaveLength(0);
    }
  });
});
