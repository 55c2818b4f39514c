import type { StepId } from './ports.js';

/** Plain titles for the pathway's steps, as the clinician reads them. */
export const STEP_TITLES: Record<StepId, string> = {
  redFlagScreen: 'Red flag screen',
  urgentEvaluation: 'Urgent evaluation',
  notChronic: 'Not chronic pain: outside this pathway',
  initialFailure: 'Refractory to initial medications',
  'escalation.drug': 'Medication escalation',
  'escalation.nonDrug': 'Non-drug therapy intensification',
  radicular: 'Radicular component',
  'opioidGate.closed': 'Opioids: not yet (gate closed)',
  'opioidGate.open': 'Opioids: gate conditions met',
  referral: 'Specialist referral',
  followUp: 'Follow-up and monitoring',
};

export function stepList(steps: readonly StepId[]): string {
  return steps.map((s) => STEP_TITLES[s] ?? s).join(' · ');
}

/** The step titles in a few words, for a reply's one-line headline (the full titles are in its details). */
export const SHORT_STEP_TITLES: Record<StepId, string> = {
  redFlagScreen: 'Red flag screen',
  urgentEvaluation: 'Urgent evaluation',
  notChronic: 'Not chronic pain',
  initialFailure: 'Refractory',
  'escalation.drug': 'Drug escalation',
  'escalation.nonDrug': 'Non-drug therapy',
  radicular: 'Radicular',
  'opioidGate.closed': 'Opioids not yet',
  'opioidGate.open': 'Opioid gate met',
  referral: 'Referral',
  followUp: 'Follow-up',
};

export function shortStepList(steps: readonly StepId[]): string {
  return steps.map((s) => SHORT_STEP_TITLES[s] ?? s).join(' · ');
}
