import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conversationStateSchema } from '../../dialogs/conversation-state.js';
import { handleTurn } from '../../dialogs/turn-core.js';
import { CASE_BYTES_TARGET } from '../../dialogs/walkthrough/case-record.js';

const PHRASES = [
  "58M, chronic LBP 9 months, naproxen 250 bid x 6 wks no relief, tingling down the left leg, no red flags, hasn't done PT",
  '71F chronic LBP 2 years, no red flags, no leg pain, ibuprofen 800 tid 6 weeks no relief',
  '4 weeks later, duloxetine 60 mg, pain unchanged, ODI 48',
  'new case',
  'walk me through a patient',
  'yes',
  'no',
  'not sure',
  'none',
  '500 bid',
  'she did 8 weeks of PT',
  'why',
  'back',
  'skip',
  'plan',
  'what next?',
  'summary',
  'note',
  'restart',
  'forget',
  'forget all',
  'cancel',
  'help',
  'cases',
  'switch to case B',
  'switch to case A',
  'label ward3',
  'duloxetine dose?',
  'start back total 6 psychosocial 4',
  'started tramadol 50 mg q6h',
  'on lorazepam',
  'John Smith MRN 12345678',
  'hi',
  '',
];
const BUTTONS = [
  { command: 'case', action: 'why', case: 'A' },
  { command: 'case', action: 'confirm' },
  { command: 'case', action: 'switch', case: 'B' },
  { command: 'answer', case: 'A', key: 'redFlags', text: 'None' },
  { command: 'answer', case: 'B', key: 'nsaidTrial', text: 'No relief' },
  { command: 'case', action: 'nonsense' },
];

const turn = fc.oneof(
  fc.constantFrom(...PHRASES).map((text) => ({ text, value: undefined as unknown })),
  fc.constantFrom(...BUTTONS).map((value) => ({ text: '', value: value as unknown })),
  fc.string({ maxLength: 80 }).map((text) => ({ text, value: undefined as unknown })),
);

describe('any sequence of turns', () => {
  it('always answers, always stores a readable record with cases under the size target', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('personal', 'groupChat') as fc.Arbitrary<'personal' | 'groupChat'>,
        fc.array(turn, { maxLength: 25 }),
        (scope, turns) => {
          let state: unknown;
          turns.forEach((t, i) => {
            const r = handleTurn(
              state,
              {
                kind: 'message',
                conversationKey: 'k',
                scope,
                userId: 'u',
                text: t.text,
                value: t.value,
                activityId: `a${i}`,
                receivedAt: new Date(Date.UTC(2026, 10, 29, 10, i)).toISOString(),
              },
              { retentionDays: 30 },
            );
            expect(r.output.messages.length).toBeGreaterThan(0);
            for (const m of r.output.messages) expect(m.text.trim().length).toBeGreaterThan(0);
            if (r.state) {
              const parsed = conversationStateSchema.parse(r.state);
              for (const c of parsed.cases) expect(JSON.stringify(c).length).toBeLessThan(CASE_BYTES_TARGET);
              if (parsed.activeCase) expect(parsed.cases.some((c) => c.label === parsed.activeCase)).toBe(true);
            }
            if (r.changed) state = r.state;
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
