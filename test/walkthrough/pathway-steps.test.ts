import { describe, it } from 'vitest';
import { runScenario, type Scenario } from './drive.js';

const ISSUE_CASE =
  "58M, chronic LBP 9 months, naproxen 250 bid x 6 wks no relief, tingling down the left leg, no red flags, hasn't done PT";

/** One scenario per pathway step: turns in, expected facts, active steps and recommendation ids out. */
const scenarios: Scenario[] = [
  {
    name: 'red flag screen comes first for an empty case',
    turns: [
      {
        say: 'new case',
        expect: {
          steps: ['redFlagScreen'],
          pending: 'redFlags',
          questionCard: true,
          active: 'A',
          text: [/Decision support, not a prescription/],
        },
      },
    ],
  },
  {
    name: 'urgent evaluation stops the pathway',
    turns: [
      {
        say: '67F chronic low back pain 6 months, new urinary retention and saddle anaesthesia',
        expect: {
          steps: ['urgentEvaluation'],
          recs: ['redflag.urgent-evaluation'],
          noRecs: ['escalation.duloxetine'],
          pending: null,
          text: [/urgent/i],
        },
      },
    ],
  },
  {
    name: 'the issue narrative: escalation and radicular in one reply, nothing asked twice',
    turns: [
      {
        say: ISSUE_CASE,
        expect: {
          facts: {
            age: 58,
            redFlagScreen: 'no',
            radicular: 'yes',
            medications: [{ drug: 'naproxen', doseMg: 250, timesPerDay: 2, outcome: 'ineffective' }],
          },
          steps: ['initialFailure', 'escalation.drug', 'escalation.nonDrug', 'radicular', 'opioidGate.closed'],
          recs: [
            'escalation.nsaid-adequate-dose',
            'escalation.duloxetine',
            'radicular.gabapentin',
            'radicular.pregabalin',
            'nondrug.exercise',
          ],
          noRecs: ['opioid.framework.lowest-dose'],
          notAsked: ['redFlags', 'radicular', 'nsaidTrial', 'age'],
          text: [/I understood/, /naproxen/i],
          questionCard: true,
          citations: true,
        },
      },
    ],
  },
  {
    name: 'radicular branch: MRI only when not done before',
    turns: [
      {
        say: '45F chronic LBP 6 months, sciatica down the right leg, no red flags, duloxetine 60 mg daily 8 weeks no relief, naproxen 500 bid 6 weeks no relief',
      },
      {
        say: 'MRI done last year',
        expect: { facts: { priorMri: 'yes' }, steps: ['radicular'], noRecs: ['radicular.mri'] },
      },
      { say: 'back', expect: { noText: [/Nothing to undo/] } },
      { say: 'no prior MRI', expect: { facts: { priorMri: 'no' }, recs: ['radicular.mri'] } },
    ],
  },
  {
    name: 'opioid gate stays closed until every condition is documented, then opens',
    turns: [
      {
        say: '62M chronic LBP 1 year, no red flags, no leg symptoms, naproxen 500 bid 8 weeks no relief, duloxetine 60 mg 10 weeks no relief, PT 12 weeks and CBT 8 weeks without benefit',
        expect: { steps: ['opioidGate.closed'], noRecs: ['opioid.framework.lowest-dose'] },
      },
      {
        say: 'risk assessment done, no SUD, no benzos',
        expect: { facts: { opioidRiskAssessment: 'yes' }, steps: ['opioidGate.closed'] },
      },
      {
        say: 'discussed realistic benefits, risks and monitoring plan with the patient',
        expect: {
          facts: { opioidDiscussion: 'yes' },
          steps: ['opioidGate.open'],
          recs: ['opioid.framework.lowest-dose', 'opioid.framework.immediate-release'],
        },
      },
    ],
  },
  {
    name: 'referral after 12 weeks of optimized therapy',
    turns: [
      {
        say: '50F chronic LBP 8 months, no red flags, no radicular symptoms, naproxen 500 bid 8 weeks partial relief, duloxetine 60 mg 6 weeks partial, PT ongoing',
      },
      {
        say: '8 weeks later, duloxetine 60 mg, pain unchanged, ODI 48',
        expect: { facts: { oswestryPercent: 48, improvedSinceLastVisit: 'no' }, steps: ['followUp'] },
      },
      {
        say: '6 weeks later, still no improvement',
        expect: { steps: ['referral'], recs: ['referral.persistent-pain-12-weeks'] },
      },
    ],
  },
  {
    name: 'follow-up visit updates the same case',
    turns: [
      { say: ISSUE_CASE, expect: { active: 'A' } },
      {
        say: '4 weeks later, duloxetine 60 mg, pain unchanged, ODI 48',
        expect: {
          active: 'A',
          cases: ['A'],
          facts: { age: 58, oswestryPercent: 48, weeksOptimizedTherapy: 4 },
          steps: ['followUp'],
        },
      },
    ],
  },
];

describe('walk-through: one scenario per pathway step', () => {
  for (const s of scenarios) it(s.name, () => void runScenario(s));
});
