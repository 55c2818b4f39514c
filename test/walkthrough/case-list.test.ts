import { describe, it } from 'vitest';
import { runScenario } from './drive.js';

const DESCRIPTION = '45F LBP 5 months, ibuprofen 600 tid 8 wk no relief, no red flags';

describe('opening and listing cases', () => {
  it('"new case" then the pasted description fills that case (no empty case left behind)', () => {
    runScenario({
      name: 'blank-filled',
      turns: [
        { say: 'new case', expect: { cases: ['A'], active: 'A' } },
        { say: DESCRIPTION, expect: { cases: ['A'], active: 'A', facts: { age: 45 }, noText: [/New case B/] } },
      ],
    });
  });

  it('a second patient after a real case still opens a new case', () => {
    runScenario({
      name: 'second-patient',
      turns: [
        { say: DESCRIPTION, expect: { cases: ['A'] } },
        {
          say: '62M chronic LBP 8 months, naproxen 500 bid 8 wk no relief, no red flags',
          expect: { cases: ['A', 'B'], active: 'B', facts: { age: 62 } },
        },
      ],
    });
  });

  it('"cases" names a case that exists when it says how to switch, and nothing to switch to with one case', () => {
    runScenario({
      name: 'cases-hint',
      turns: [
        { say: DESCRIPTION },
        { say: 'cases', expect: { noText: [/switch to case/] } },
        { say: 'new case' },
        { say: 'cases', expect: { text: [/switch to case A/], noText: [/switch to case B/] } },
      ],
    });
  });
});
