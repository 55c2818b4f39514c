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

const CASE =
  '82 year old with chronic low back pain for 5 months, failed naproxen 500 bid for 8 weeks and PT, no red flags, CrCl 25';

describe('quick answers inside an open case', () => {
  it("a dose question uses the case's CrCl and age, saying they come from the case", () => {
    const [, dose, check] = conversation([CASE, 'tramadol dose?', 'tramadol 100 qid ok?']);
    expect(dose).toMatch(/Renal \(CrCl 25, case A\)/);
    expect(dose).toMatch(/Age 82 \(case A\)/);
    expect(dose).toMatch(/maximum 200 mg\/day/);
    // 400 mg/day is at the label maximum; the strictest finding for this patient (CrCl 25, age 82) is 200 mg/day.
    expect(check).toMatch(/above this patient's maximum of 200 mg\/day/);
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

  const PLAIN_CASE = '58M, chronic LBP 9 months, naproxen 250 bid x 6 wks no relief, no red flags';

  it('a case fact that changes nothing (age 58 for duloxetine) gives the normal answer, not "adjusted"', () => {
    const [, dose, check] = conversation([PLAIN_CASE, 'duloxetine dose?', 'duloxetine 60 mg ok?']);
    expect(dose).toMatch(/^\*\*Duloxetine\*\*/);
    expect(dose).not.toMatch(/adjusted for this patient|case A\)|No age adjustment/);
    expect(dose).toMatch(/30 mg daily, titrating to 60 mg daily/);
    expect(check).not.toMatch(/case A\)|No age adjustment/);
  });

  it('an adjustment that applies from the case is still shown and titled as adjusted', () => {
    const [, dose] = conversation([
      '80 year old, chronic LBP 6 months, failed naproxen 500 bid 8 wks, no red flags',
      'tramadol dose?',
    ]);
    expect(dose).toMatch(/Tramadol: adjusted for this patient/);
    expect(dose).toMatch(/Age 80 \(case A\)/);
    expect(dose).toMatch(/maximum 300 mg\/day/);
  });

  it("duloxetine's radicular line only when the case is radicular, or with no case open", () => {
    const radicular = conversation([`${PLAIN_CASE}, tingling down the left leg`, 'duloxetine dose?'])[1]!;
    const none = conversation([`${PLAIN_CASE}, no leg symptoms`, 'duloxetine dose?'])[1]!;
    const unknown = conversation([PLAIN_CASE, 'duloxetine dose?'])[1]!;
    const general = conversation(['duloxetine dose?'])[0]!;
    expect(radicular).toMatch(/Radicular pain/);
    expect(general).toMatch(/Radicular pain/);
    expect(none).not.toMatch(/Radicular/);
    expect(unknown).not.toMatch(/Radicular/);
  });

  const ON_DULOXETINE =
    '62F chronic LBP 1 yr, on duloxetine 60 daily x 10 wks partial, naproxen 500 bid failed, no red flags';

  it("a drug asked about mid-case is checked against the case's held medicines", () => {
    const [, nsaid, tramadol] = conversation([ON_DULOXETINE, 'ibuprofen 600 tid ok?', 'tramadol dose?']);
    expect(nsaid).toMatch(/With case A's medicines:\*\* NSAID \+ duloxetine/);
    expect(tramadol).toMatch(/With case A's medicines:\*\* Duloxetine \+ tramadol/);
    // the general duloxetine + tramadol line is not repeated below the case's
    expect((tramadol ?? '').match(/Duloxetine \+ tramadol/g)).toHaveLength(1);
  });

  it('a medicine the case stopped, or no case, gives no case interaction line', () => {
    const [, stopped] = conversation([
      ON_DULOXETINE.replace('on duloxetine 60 daily x 10 wks partial', 'duloxetine stopped for nausea'),
      'ibuprofen 600 tid ok?',
    ]);
    const [general] = conversation(['ibuprofen 600 tid ok?']);
    expect(stopped).not.toMatch(/With case A/);
    expect(general).not.toMatch(/With case|duloxetine \(an SNRI\)/);
  });
});
