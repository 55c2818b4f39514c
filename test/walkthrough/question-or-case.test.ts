import { describe, expect, it } from 'vitest';
import type { ConversationState } from '../../dialogs/conversation-state.js';
import { handleTurn } from '../../dialogs/turn-core.js';
import type { TurnInput } from '../../dialogs/turn-types.js';
import { activeRecord } from '../../dialogs/walkthrough/case-store.js';

/** A question with drug context goes to the answers; a description of a patient starts (or updates) a case. */
const OPEN = '58M, chronic LBP 9 months, naproxen 250 bid x 6 wks no relief, no red flags';

function turn(state: unknown, text: string, n: number) {
  const input: TurnInput = {
    kind: 'message',
    conversationKey: 'question-or-case',
    scope: 'personal',
    userId: 'u',
    text,
    activityId: `a-${n}`,
    receivedAt: new Date(Date.UTC(2026, 0, 1, 12, n)).toISOString(),
  };
  const r = handleTurn(state, input, { retentionDays: 30 });
  return { state: r.state as ConversationState | null, text: r.output.messages.map((m) => m.text).join('\n') };
}

const QUESTIONS = [
  'he is on warfarin, can I give ibuprofen',
  'duloxetine vs pregabalin for sciatica',
  'can I combine tramadol and duloxetine',
  'is it safe to give naproxen with warfarin',
  'patient on apixaban, ok to add naproxen',
  'gabapentin or pregabalin for radicular pain',
  'tramadol with duloxetine safe',
  'should I add duloxetine to naproxen',
  'she takes sertraline, can she have tramadol',
  'pregabalin versus gabapentin',
  'would you start duloxetine in an 80 year old',
  'on lorazepam, can I prescribe oxycodone',
  'which is better for sciatica, gabapentin or duloxetine',
  "he's on warfarin - ibuprofen ok?",
  'duloxetine plus tramadol serotonin risk',
  'any problem giving naproxen with clopidogrel',
  'what about tramadol if he is 80',
  'is naproxen ok with apixaban',
];

const CASES = [
  '62F chronic LBP, on warfarin, ibuprofen 400 tid x 4 wk no help',
  "58M, chronic LBP 9 months, naproxen 250 bid x 6 wks no relief, tingling down the left leg, no red flags, hasn't done PT",
  '45 yo F with 6 months of back pain, failed ibuprofen 600 tid for 8 weeks, did PT 6 weeks, no red flags',
  'chronic low back pain 4 months, naproxen 500 bid 6 weeks no relief, on apixaban',
  '70M LBP x 1 yr, tramadol 50 qid partial, duloxetine 60 stopped for nausea, CrCl 40',
  'pt with chronic back pain, tried gabapentin 300 tid no help, sciatica right leg',
  '68M chronic LBP on clopidogrel, naproxen 500 bid x 8 wk partial relief, no red flags',
  '39F chronic LBP 7 months, duloxetine 30 mg x 3 wks, nausea, stopped',
  '55M LBP 1 yr, failed naproxen and duloxetine, did PT and acupuncture, no red flags; can I start opioids?',
  'chronic LBP, failed naproxen 500 bid x 8 wk, duloxetine 60 x 8 wk partial, radicular symptoms left leg, is tramadol next?',
  '60F, chronic LBP, taking lorazepam nightly, oxycodone 5 q6h from ED, no red flags',
  '51M chronic LBP 6 mo, ibuprofen 600 tid 6 wk no relief, CKD 3, no leg symptoms',
  '72F low back pain 10 months, celecoxib 200 daily, warfarin, no red flags',
  '44M chronic back pain, gabapentin 300 tid x 6 wks partial, pregabalin never tried, sciatica',
  '66M chronic LBP 5 months, on sertraline, duloxetine not tried, ibuprofen 800 tid x 6 wk no relief, STarT Back high risk',
  '50F LBP 8 months, naproxen 500 bid 8 wks no relief, should I add duloxetine?',
];

describe('a question is answered and starts no case', () => {
  it.each(QUESTIONS)('fresh conversation: %s', (q) => {
    const r = turn(undefined, q, 1);
    expect(r.text).not.toMatch(/New case/);
    expect(r.state?.cases ?? []).toHaveLength(0);
  });

  it.each(QUESTIONS)('with a case open: %s leaves the case as it was', (q) => {
    const opened = turn(undefined, OPEN, 0);
    const before = activeRecord(opened.state!)!.facts;
    const r = turn(opened.state, q, 1);
    expect(r.text).not.toMatch(/New case|updated|Noted for case/);
    expect(activeRecord(r.state!)!.facts).toEqual(before);
  });
});

describe('a patient description starts a case, even with a question at its end', () => {
  it.each(CASES)('%s', (c) => {
    const r = turn(undefined, c, 1);
    expect(r.text).toMatch(/New case A/);
    expect(activeRecord(r.state!)?.facts.medications.length).toBeGreaterThan(0);
  });
});

describe('statements about the open case still update it', () => {
  it.each([
    ['STarT Back high risk', (f: Record<string, unknown>) => expect(f.startBackRisk).toBe('high')],
    [
      'STarT Back 7/9, psychosocial 4',
      (f: Record<string, unknown>) => expect(f.startBack).toEqual({ total: 7, psychosocial: 4 }),
    ],
    ['no leg symptoms', (f: Record<string, unknown>) => expect(f.radicular).toBe('no')],
    [
      'started tramadol 50 q6h',
      (f: Record<string, unknown>) => expect(JSON.stringify(f.medications)).toMatch(/tramadol/),
    ],
    [
      'she is on warfarin',
      (f: Record<string, unknown>) => expect(JSON.stringify(f.medications)).toMatch(/anticoagulant/),
    ],
    [
      '4 weeks later, duloxetine 60 mg, pain unchanged, ODI 48',
      (f: Record<string, unknown>) => expect(f.oswestryPercent).toBe(48),
    ],
  ])('%s', (say, check) => {
    const opened = turn(undefined, OPEN, 0);
    const before = activeRecord(opened.state!)!.facts;
    const r = turn(opened.state, say, 1);
    const after = activeRecord(r.state!)!.facts;
    expect(after).not.toEqual(before);
    check(after as unknown as Record<string, unknown>);
  });
});

describe('replies to the pending question stay answers', () => {
  it.each([
    '60 mg, tolerated ok',
    'yes 60 mg, it was safe',
    'stopped for nausea',
    'she could not tolerate it',
    '60 mg daily 8 weeks, partial',
  ])('duloxetine question: %s', (say) => {
    const opened = turn(undefined, OPEN, 0);
    expect(activeRecord(opened.state!)!.pendingQuestion).toBe('duloxetineTrial');
    const r = turn(opened.state, say, 1);
    expect(r.text).toMatch(/Noted for case A/);
    expect(activeRecord(r.state!)!.facts.medications.some((m) => m.drug === 'duloxetine')).toBe(true);
  });
});
