import { describe, expect, it } from 'vitest';
import type { ConversationState } from '../../dialogs/conversation-state.js';
import { runScenario, textOf, type Scenario } from './drive.js';

const CASE =
  "58M, chronic LBP 9 months, naproxen 250 bid x 6 wks no relief, tingling down the left leg, no red flags, hasn't done PT";
const OTHER = '71F chronic LBP 2 years, no red flags, no leg pain, ibuprofen 800 tid 6 weeks no relief';

/** One scenario per command, by word and by button. */
const scenarios: Scenario[] = [
  {
    name: 'why explains with the guideline sentences and sources',
    turns: [{ say: CASE }, { say: 'why', expect: { text: [/Why case A/, /the guideline says/], citations: true } }],
  },
  {
    name: 'why by button',
    turns: [{ say: CASE }, { button: { command: 'case', action: 'why', case: 'A' }, expect: { text: [/Why case A/] } }],
  },
  {
    name: 'back undoes the last answer, and says so when there is nothing to undo',
    turns: [
      { say: 'new case', expect: { pending: 'redFlags' } },
      { say: 'back', expect: { text: [/Nothing to undo/], pending: 'redFlags' } },
      { say: 'none', expect: { facts: { redFlagScreen: 'no' } } },
      { say: 'back', expect: { pending: 'redFlags', text: [/Undone/] } },
    ],
  },
  {
    name: 'skip marks the fact unknown and moves on; back undoes it',
    turns: [
      { say: 'new case', expect: { pending: 'redFlags' } },
      { say: 'skip', expect: { facts: { skipped: ['redFlags'] }, notAsked: ['redFlags'] } },
      { say: 'undo', expect: { pending: 'redFlags' } },
      { button: { command: 'case', action: 'skip', case: 'A' }, expect: { facts: { skipped: ['redFlags'] } } },
    ],
  },
  {
    name: 'plan, what next and summary list the plan, what is missing and the unmet gate conditions',
    turns: [
      { say: CASE },
      { say: 'plan', expect: { text: [/Plan for case A/, /Still missing/, /Opioid gate not open/], citations: true } },
      { say: 'what next?', expect: { text: [/Plan for case A/] } },
      { say: 'summary', expect: { text: [/Plan for case A/] } },
    ],
  },
  {
    name: 'note gives chart text, with the opioid-gate checklist when opioids are in view',
    turns: [
      { say: CASE },
      {
        say: 'note',
        expect: { text: [/Chart note for case A/, /Findings:/, /Plan:/], noText: [/tingling down the left leg/] },
      },
      {
        say: '62M chronic LBP 1 year, no red flags, no leg symptoms, naproxen 500 bid 8 weeks no relief, duloxetine 60 mg 10 weeks no relief, PT 12 weeks and CBT 8 weeks without benefit',
      },
      { say: 'note', expect: { text: [/Opioid gate checklist/, /\[ \] Risk assessment/] } },
    ],
  },
  {
    name: 'restart empties the case but keeps its label',
    turns: [
      { say: CASE },
      { say: 'restart', expect: { active: 'A', pending: 'redFlags', facts: { medications: [] } } },
    ],
  },
  {
    name: 'forget asks first; cancel keeps; yes deletes this case only',
    turns: [
      { say: CASE },
      { say: OTHER, expect: { cases: ['A', 'B'], active: 'B' } },
      { say: 'forget', expect: { text: [/Delete case B/], cases: ['A', 'B'] } },
      { say: 'cancel', expect: { text: [/Kept/], cases: ['A', 'B'] } },
      { say: 'forget', expect: { cases: ['A', 'B'] } },
      { say: 'yes', expect: { cases: ['A'], active: null, text: [/Deleted case B/] } },
    ],
  },
  {
    name: 'forget by button, and a later "yes" does not delete anything',
    turns: [
      { say: CASE },
      { button: { command: 'case', action: 'forget', case: 'A' }, expect: { cases: ['A'] } },
      { say: 'plan', expect: { cases: ['A'] } },
      { say: 'yes', expect: { cases: ['A'], deleted: false } },
    ],
  },
  {
    name: 'forget case A while working on case B',
    turns: [
      { say: CASE },
      { say: OTHER },
      { say: 'forget case a', expect: { text: [/Delete case A/] } },
      { say: 'yes', expect: { cases: ['B'], active: 'B' } },
    ],
  },
  {
    name: 'forget all deletes the conversation record after confirmation',
    turns: [
      { say: CASE },
      { say: 'forget all', expect: { text: [/Delete every case/] } },
      { button: { command: 'case', action: 'confirm' }, expect: { deleted: true, text: [/Deleted every case/] } },
    ],
  },
  {
    name: 'help during a case lists the commands and asks the question again',
    turns: [
      { say: 'new case' },
      { say: 'help', expect: { text: [/Commands for case A/, /forget all/, /next question/] } },
    ],
  },
  {
    name: 'cases lists them; switch to case B resumes it, by word and by button',
    turns: [
      { say: CASE },
      { say: OTHER },
      { say: 'cases', expect: { text: [/Case A/, /Case B\*\* \(open\)/] } },
      { say: 'switch to case A', expect: { active: 'A', text: [/Switched to case A/] } },
      { button: { command: 'case', action: 'switch', case: 'B' }, expect: { active: 'B' } },
      { say: 'switch to case Q', expect: { active: 'B', text: [/no case Q/i] } },
      { button: { command: 'case', action: 'why', case: 'A' }, expect: { active: 'A', text: [/Why case A/] } },
    ],
  },
  {
    name: 'a quick answer on the card of a deleted case changes nothing',
    turns: [
      { say: 'new case' },
      { say: 'forget' },
      { say: 'yes', expect: { cases: [] } },
      {
        button: { command: 'answer', case: 'A', key: 'redFlags', text: 'None' },
        expect: { cases: [], text: [/no longer stored/] },
      },
    ],
  },
  {
    name: 'label: a short word is accepted, a description or number is not',
    turns: [
      { say: CASE },
      { say: 'call this case knee guy', expect: { active: 'A', text: [/Labels are one short word/] } },
      { say: 'label ward3', expect: { active: 'ward3', cases: ['ward3'] } },
      { say: 'label b1234567', expect: { active: 'ward3' } },
    ],
  },
];

describe('walk-through commands', () => {
  for (const s of scenarios) it(s.name, () => void runScenario(s));

  it('every case stays under the 4 KB target after a long walk-through', () => {
    const turns = [{ say: CASE }, ...Array.from({ length: 20 }, (_, i) => ({ say: i % 2 ? 'back' : 'skip' }))];
    const { state } = runScenario({ name: 'size', turns });
    for (const c of (state as ConversationState).cases) expect(JSON.stringify(c).length).toBeLessThan(4_096);
  });

  it('a group chat reply never repeats the pasted narrative', () => {
    const { outputs } = runScenario({ name: 'group', scope: 'groupChat', turns: [{ say: CASE }] });
    expect(textOf(outputs[0]!)).not.toContain(CASE);
    expect(textOf(outputs[0]!)).not.toContain('tingling down the left leg');
  });
});
