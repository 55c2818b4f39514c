import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import type { TurnInput } from '../../dialogs/turn-types.js';

/** A quick dose question while a walk-through case is open applies that case's age, kidney and liver facts. */
function conversation(texts: string[]): string[] {
  let state: unknown;
  return texts.map((text, n) => {
    const input: TurnInput = {
      kind: 'message',
      conversationKey: 'case-context',
      scope: 'personal',
      userId: 'u',
      text,
      activityId: `a-${n}`,
      receivedAt: new Date(Date.UTC(2026, 0, 1, 12, n)).toISOString(),
    };
    const result = handleTurn(state, input, { retentionDays: 30 });
    if (result.state) state = result.state;
    return result.output.messages.map((m) => m.text).join('\n');
  });
}

const CASE = '82 year old with chronic low back pain for 5 months, failed naproxen 500 bid for 8 weeks and PT, no red flags, CrCl 25';

describe('quick answers inside an open case', () => {
  it("a dose question uses the case's CrCl and age, saying they come from the case", () => {
    const [, dose, check] = conversation([CASE, 'tramadol dose?', 'tramadol 100 qid ok?']);
    expect(dose).toMatch(/Renal \(CrCl 25, case A\)/);
    expect(dose).toMatch(/Age 82 \(case A\)/);
    expect(dose).toMatch(/maximum 200 mg\/day/);
    expect(check).toMatch(/above the label maximum/);
    expect(check).not.toMatch(/adequate \(guideline dose\)/);
  });

  it('a question that gives its own patient facts does not mix in the case', () => {
    const [, other] = conversation([CASE, 'tramadol in a 60 year old']);
    expect(other).toMatch(/Age 60/);
    expect(other).not.toMatch(/case A\)/);
  });

  it('without an open case nothing is assumed', () => {
    const [dose] = conversation(['tramadol dose?']);
    expect(dose).not.toMatch(/case A/);
    expect(dose).toMatch(/Tramadol over age 75: maximum 300 mg\/day/);
  });
});
