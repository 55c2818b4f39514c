import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import { runScenario, textOf, type Scenario } from './drive.js';

const CASE =
  "58M, chronic LBP 9 months, naproxen 250 bid x 6 wks no relief, tingling down the left leg, no red flags, hasn't done PT";

const scenarios: Scenario[] = [
  {
    name: 'typed answers: yes, no, not sure, and facts in the answer are kept',
    turns: [
      { say: 'walk me through a patient', expect: { pending: 'redFlags' } },
      { say: 'no', expect: { facts: { redFlagScreen: 'no' }, notAsked: ['redFlags'] } },
      {
        say: 'naproxen 500 bid 6 weeks, no relief',
        expect: {
          facts: { medications: [{ drug: 'naproxen', doseMg: 500, timesPerDay: 2 }] },
          notAsked: ['nsaidTrial'],
        },
      },
    ],
  },
  {
    name: 'a bare regimen ("500 bid") is the dose of the NSAID the case already holds',
    turns: [
      { say: 'new case' },
      { say: 'none' },
      { say: 'naproxen, no relief', expect: { pending: 'nsaidTrial', text: [/need a little more/] } },
      {
        say: '500 bid',
        expect: {
          facts: { medications: [{ drug: 'naproxen', doseMg: 500, timesPerDay: 2, outcome: 'ineffective' }] },
          notAsked: ['nsaidTrial'],
        },
      },
    ],
  },
  {
    name: 'a quick-choice button answers the question it was shown for',
    turns: [
      { say: 'new case' },
      {
        button: { command: 'answer', case: 'A', key: 'redFlags', text: 'None' },
        expect: { facts: { redFlagScreen: 'no' } },
      },
    ],
  },
  {
    name: 'not sure leaves the fact unknown and moves on',
    turns: [{ say: 'new case' }, { say: 'not sure', expect: { notAsked: ['redFlags'] } }],
  },
  {
    name: 'interrupted: a dosing question mid-case is answered, then the pending question comes back; the case is kept',
    turns: [
      { say: CASE, expect: { active: 'A' } },
      {
        say: 'what is the max dose of duloxetine?',
        expect: { active: 'A', text: [/Back to case A, next question/], facts: { age: 58 } },
      },
      { say: 'hello', expect: { active: 'A', text: [/Back to case A/] } },
      // An interaction question names drugs without saying the patient takes them: answered, not added to the case.
      {
        say: 'naproxen and warfarin',
        expect: { text: [/Back to case A/], facts: { medications: [{ drug: 'naproxen', doseMg: 250 }] } },
      },
    ],
  },
  {
    name: 'interrupted by a calculator: the STarT Back result joins the open case',
    turns: [
      { say: CASE },
      {
        say: 'start back total 6 psychosocial 4',
        expect: {
          facts: { startBack: { total: 6, psychosocial: 4 } },
          text: [/Added to case A/, /Back to case A/],
          steps: ['referral'],
        },
      },
    ],
  },
  {
    name: 'a skipped fact given later is no longer "not known"',
    turns: [
      { say: CASE, expect: { pending: 'duloxetineTrial' } },
      { say: 'skip', expect: { facts: { skipped: ['duloxetineTrial'] } } },
      { say: 'she took duloxetine 60 mg daily for 8 weeks, no relief', expect: { facts: { skipped: [] } } },
    ],
  },
  {
    name: 'privacy: a message with identifiers is not stored',
    turns: [
      {
        say: 'John Smith MRN 12345678 DOB 01/02/1960, chronic LBP, naproxen no relief',
        expect: { cases: [], text: [/not stored/, /without identifiers/] },
      },
      { say: CASE },
      { say: 'pt name Jane Doe, MRN 9988776', expect: { text: [/not stored/], cases: ['A'], facts: { age: 58 } } },
    ],
  },
  {
    name: 'a drug added to the case that interacts with one it holds is warned about',
    turns: [
      { say: '55M chronic LBP 6 months, no red flags, no leg pain, duloxetine 60 mg daily 8 weeks partial relief' },
      {
        say: 'started tramadol 50 mg q6h last week',
        expect: { warnings: ['interaction.duloxetine-tramadol'], text: [/New/] },
      },
    ],
  },
];

describe('walk-through answers and interruptions', () => {
  for (const s of scenarios) it(s.name, () => void runScenario(s));

  it('says the decision-support disclaimer once per case start, not every turn', () => {
    const { outputs } = runScenario({
      name: 'disclaimer',
      turns: [{ say: CASE }, { say: 'no' }, { say: 'plan' }, { say: 'new case' }],
    });
    const count = outputs.map((o) => (textOf(o).match(/Decision support, not a prescription/g) ?? []).length);
    expect(count).toEqual([1, 0, 0, 1]);
  });
});

describe('a case saved by a newer pathway version', () => {
  it('is kept unchanged for review, never silently overwritten', () => {
    const first = runScenario({ name: 'newer', turns: [{ say: CASE }] });
    const state = structuredClone(first.state) as { cases: { envelope: { machineVersion: number } }[] };
    state.cases[0]!.envelope.machineVersion = 999;
    const r = handleTurn(
      state,
      {
        kind: 'message',
        conversationKey: 'k',
        scope: 'personal',
        userId: 'u',
        text: '4 weeks later, duloxetine 60 mg, pain unchanged, ODI 48',
        receivedAt: '2026-11-29T11:00:00.000Z',
      },
      { retentionDays: 30 },
    );
    expect(textOf(r.output)).toMatch(/kept unchanged for review/);
    expect((r.state as typeof state).cases[0]).toEqual(state.cases[0]);
  });
});
