import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * "next step", "what next?" with no case and nothing known: what has been tried is asked, with choices as buttons,
 * each posting a question the answers take; never only "No case is open".
 */
let n = 0;
const run = (...says: string[]) => converse(says, { key: `next-no-case-${n++}` });

describe('next step with nothing known', () => {
  it.each(['next step', 'what next?', 'Next steps?', 'thoughts?'])('"%s" asks what was tried', (q) => {
    const { outputs } = run(q);
    const m = outputs[0]!.messages[0]!;
    expect(m.text).toMatch(/What has the patient had so far/);
    expect(m.text).not.toMatch(/No case is open/);
    expect(m.suggestedActions?.length).toBe(3);
  });

  it('each button posts a question that gets an answer, not a dead end', () => {
    const actions = run('what next?').outputs[0]!.messages[0]!.suggestedActions!;
    for (const a of actions) {
      const reply = run(a.value).replies[0]!;
      expect(reply, a.value).not.toMatch(/does not cover that|didn't recognise|No case is open/);
    }
  });

  it('contrast: with a case open, "what next?" answers from the case', () => {
    const { replies } = run('58M chronic LBP 9 months, naproxen 500 bid x 6 wks no relief, no red flags', 'what next?');
    expect(replies[1]).not.toMatch(/What has the patient had so far/);
  });
});
