import { fmt } from '../answers/number-format.js';
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
  opioidInUse: 'Opioid already taken: review it (continue only if function improves meaningfully)',
  referral: 'Specialist referral',
  followUp: 'Follow-up and monitoring',
};

/** The steps' titles; with the MME/day of the opioids taken now, the opioid review says it. */
export function stepList(steps: readonly StepId[], opioidMme?: { mme: number; atMost: boolean }): string {
  return steps.map((s) => withMme(s, STEP_TITLES[s] ?? s, opioidMme)).join(' · ');
}

function withMme(step: StepId, title: string, mme: { mme: number; atMost: boolean } | undefined): string {
  return step === 'opioidInUse' && mme !== undefined ? title.replace(':', ` (${mmeFigure(mme)}):`) : title;
}

/** "45 MME/day", or "up to 45 MME/day" for a range or as-needed prescription counted at its most. */
function mmeFigure({ mme, atMost }: { mme: number; atMost: boolean }): string {
  return `${atMost ? 'up to ' : ''}${fmt(mme)} MME/day`;
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
  opioidInUse: 'Opioid review',
  referral: 'Referral',
  followUp: 'Follow-up',
};

export function shortStepList(steps: readonly StepId[], opioidMme?: { mme: number; atMost: boolean }): string {
  return steps
    .map((s) =>
      s === 'opioidInUse' && opioidMme !== undefined
        ? `${SHORT_STEP_TITLES[s]} (${mmeFigure(opioidMme)})`
        : (SHORT_STEP_TITLES[s] ?? s),
    )
    .join(' · ');
}
