import { describe, it } from 'vitest';
import { runScenario, type Scenario } from './drive.js';

/**
 * Issue 15: buttons on an older question card. Pressing one never changes the stored case silently: the bot says
 * which earlier answer it would change, from what to what, and only a yes (typed or its button) applies it.
 */
const CASE = '62M chronic LBP 6 months, no red flags, ibuprofen 400 tid 6 weeks no relief, no leg symptoms';
const dulox = (text: string) => ({ command: 'answer', case: 'A', key: 'duloxetineTrial', text }) as const;

const scenarios: Scenario[] = [
  {
    name: 'an older duloxetine card: "No relief" asks first; "keep" keeps "not tried"; a yes changes it',
    turns: [
      { say: CASE, expect: { pending: 'duloxetineTrial' } },
      {
        button: dulox('Not tried'),
        expect: { facts: { skipped: ['duloxetineTrial'] }, notAsked: ['duloxetineTrial'] },
      },
      {
        button: dulox('No relief'),
        expect: {
          text: [
            /earlier question \(duloxetine trial\) for case A\. Change it from "[^"]*not tried[^"]*" to "[^"]*ineffective"\?/,
          ],
          facts: { skipped: ['duloxetineTrial'], medications: [{ drug: 'ibuprofen' }] },
        },
      },
      { say: 'keep', expect: { text: [/Kept: case A is unchanged/], facts: { skipped: ['duloxetineTrial'] } } },
      { button: dulox('No relief'), expect: { text: [/Change it from/] } },
      {
        button: { command: 'case', action: 'confirm', case: 'A', confirms: 'answer' },
        expect: {
          text: [/Noted for case A: [^\n]*duloxetine: ineffective/],
          facts: { medications: [{ drug: 'ibuprofen' }, { drug: 'duloxetine', outcome: 'ineffective' }] },
        },
      },
    ],
  },
  {
    name: 'a change waits one turn only: after another message, a yes confirms nothing',
    turns: [
      { say: CASE },
      { button: dulox('Not tried') },
      { button: dulox('No relief'), expect: { text: [/Change it from/] } },
      { say: 'plan' },
      {
        button: { command: 'case', action: 'confirm', case: 'A', confirms: 'answer' },
        expect: { text: [/nothing waiting for confirmation/], facts: { skipped: ['duloxetineTrial'] } },
      },
    ],
  },
  {
    name: 'the same answer again on an older card changes nothing and says so',
    turns: [
      { say: CASE },
      { button: dulox('Not tried') },
      { button: dulox('Not tried'), expect: { text: [/already records that: nothing changed/] } },
    ],
  },
  {
    name: "an older card's Skip skips nothing once the case has moved on",
    turns: [
      { say: CASE },
      { button: dulox('Not tried') },
      {
        button: { command: 'case', action: 'skip', case: 'A', key: 'duloxetineTrial' },
        expect: { text: [/Skip button is for an earlier question \(duloxetine trial\)[^\n]*nothing was skipped/] },
      },
    ],
  },
  {
    name: 'an older "delete" confirmation never confirms a newer change',
    turns: [
      { say: CASE },
      { button: dulox('Not tried') },
      { button: dulox('No relief') },
      {
        button: { command: 'case', action: 'confirm', case: 'A', confirms: 'forget' },
        expect: {
          text: [/earlier request: nothing was changed/],
          cases: ['A'],
          facts: { skipped: ['duloxetineTrial'] },
        },
      },
    ],
  },
  {
    name: 'buttons of the help card act as typed words ("New case" starts a case)',
    turns: [{ button: { command: 'say', text: 'new case' }, expect: { cases: ['A'], noText: [/didn't recognise/] } }],
  },
];

describe('buttons on older cards (issue 15)', () => {
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    runScenario(s);
  });
});
