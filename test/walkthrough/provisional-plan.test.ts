import { describe, expect, it } from 'vitest';
import { runScenario, textOf } from './drive.js';

/** A pasted case that does not state the red-flag screen still gets its plan, conditional on the screen. */
const CASE =
  '52F chronic low back pain 5 months, started duloxetine 30 mg 3 days ago, naproxen 500 bid for 6 weeks no help, no PT yet';

describe('the red-flag screen not stated: a conditional plan, and the screen asked', () => {
  it('shows "Do now (once the red-flag screen is clear)" with the plan lines, then asks the screen', () => {
    const { outputs } = runScenario({ name: 'provisional', turns: [{ say: CASE, expect: { pending: 'redFlags' } }] });
    const text = textOf(outputs[0]!);
    expect(text).toContain('**Do now (once the red-flag screen is clear)**');
    expect(text).not.toMatch(/\*\*Do now\*\*/);
    expect(text).toMatch(/duloxetine 30 mg daily is below the adequate 60 mg\/day/i);
    expect(text).toMatch(/Any red flags/);
  });

  it('once screened "none", the heading is the plain "Do now"', () => {
    const { outputs } = runScenario({ name: 'screened', turns: [{ say: CASE }, { say: 'none' }] });
    const text = textOf(outputs[1]!);
    expect(text).toContain('**Do now**');
    expect(text).not.toContain('once the red-flag screen is clear');
  });

  it('a red flag in the case stops the pathway with no plan', () => {
    const { outputs } = runScenario({ name: 'flag', turns: [{ say: `${CASE}, new saddle anaesthesia` }] });
    const text = textOf(outputs[0]!);
    expect(text).toMatch(/\*\*Stop the pathway/);
    expect(text).not.toMatch(/\*\*Do now/);
  });
});
