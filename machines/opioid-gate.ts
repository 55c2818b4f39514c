import type { CaseFacts, FactKey } from '../src/clinical/case/case-facts.js';
import {
  readGroup,
  readTrial,
  TRIAL_WEEKS_FIELD,
  trialsOf,
  type TrialGroup,
} from '../src/clinical/case/adequate-trial.js';
import { caseInteractions } from '../src/clinical/case/case-interactions.js';
import {
  discussionDone,
  intensiveNonDrugTried,
  multipleNonDrugTried,
  redFlagScreenComplete,
  riskAssessmentDone,
} from './case-guards.js';
import type { GateCondition } from './pathway-view.js';
import { FactsMemo } from '../src/clinical/case/facts-memo.js';

/**
 * The opioid gate ("Opioid Consideration (Last Resort Only)", 1) as reference version 2 reads it
 * (docs/pathway.md, "The gate reading"):
 * - documented failure: an adequate trial (the adequate dose for >= 4 weeks, or not tolerated / contraindicated)
 *   of an NSAID AND of duloxetine; when duloxetine was ruled out rather than tried, tramadol tried or ruled out
 *   too. A trial with no duration keeps the gate closed and its duration is asked;
 * - multiple non-drug therapies tried, at least one of the moderate-evidence ones tried or declined;
 * - a risk assessment and an explicit discussion;
 * - with a current benzodiazepine or other CNS depressant, its risk with an opioid explicitly acknowledged;
 * - a red-flag screen answered "no" ("not sure" is an incomplete screen: closed, asked again).
 */

/** Interactions of an opioid with a sedating drug the case holds (clinical-reference.md section 3). */
export const SEDATIVE_INTERACTIONS: readonly string[] = [
  'interaction.opioid-benzodiazepine',
  'interaction.opioid-cns-depressant',
  'interaction.opioid-gabapentinoid',
];

/** The interaction ids an opioid start would create with the sedatives the case holds ("morphine" stands for any opioid). */
export function sedativeWarnings(f: CaseFacts): string[] {
  return caseInteractions(f, ['morphine']).filter((id) => SEDATIVE_INTERACTIONS.includes(id));
}

export function sedativeAcknowledged(f: CaseFacts): boolean {
  return sedativeWarnings(f).length === 0 || f.opioidSedativeAcknowledged === 'yes';
}

/** Duloxetine ruled out (not tolerated / contraindicated) rather than tried at 60 mg for >= 4 weeks. */
function duloxetineOnlyExcluded(f: CaseFacts): boolean {
  const readings = trialsOf(f, 'duloxetine').map((m) => readTrial(m, f));
  return readings.includes('excluded') && !readings.includes('adequate');
}

/** The drug groups the documented-failure condition needs for this case, in the guideline's order. */
export function requiredTrials(f: CaseFacts): TrialGroup[] {
  return duloxetineOnlyExcluded(f) ? ['nsaid', 'duloxetine', 'tramadol'] : ['nsaid', 'duloxetine'];
}

export function documentedFailure(f: CaseFacts): boolean {
  return requiredTrials(f).every((g) => readGroup(f, g) === 'met');
}

/** Every required trial failed at the adequate dose, some of them with a duration still to ask. */
function failureAwaitingDurations(f: CaseFacts): boolean {
  const groups = requiredTrials(f).map((g) => readGroup(f, g));
  return groups.every((r) => r !== 'unmet') && groups.includes('pending-duration');
}

export function nonDrugConditionMet(f: CaseFacts): boolean {
  return multipleNonDrugTried(f) && intensiveNonDrugTried(f);
}

/**
 * The gate's conditions already judged for a facts object: the statechart's classifiers, the view, the warnings and
 * the missing facts all ask for them while one turn settles. Case facts are never changed in place (each turn merges
 * into a new object), so they cannot go stale; frozen, so no reader can change what another reads.
 */
const judged = new FactsMemo<GateCondition[]>();

export function gateConditions(f: CaseFacts): GateCondition[] {
  let conditions = judged.get(f);
  if (!conditions) {
    conditions = Object.freeze(judgeConditions(f).map((c) => Object.freeze(c))) as GateCondition[];
    judged.set(f, conditions);
  }
  return conditions;
}

function judgeConditions(f: CaseFacts): GateCondition[] {
  return [
    {
      id: 'documented-failure',
      met: documentedFailure(f),
      text: 'Adequate trials failed: an NSAID and duloxetine 60 mg daily, each at the adequate dose for at least 4 weeks (or not tolerated / contraindicated); tramadol too when duloxetine was ruled out',
      knowledgeId: 'opioid.gate.documented-failure',
    },
    {
      id: 'nondrug-tried',
      met: nonDrugConditionMet(f),
      text: 'Two or more non-drug therapies tried without enough benefit, one of them moderate-evidence (exercise, rehabilitation, acupuncture, mindfulness) tried or declined',
      knowledgeId: 'nondrug.prioritize-before-opioids',
    },
    // a PDMP risk finding (another prescriber, early refills, several pharmacies): the assessment is done, but the
    // gate waits for the clinician's judgement that benefits clearly outweigh the risks (opioid.last-resort)
    f.pdmpRiskFinding === 'yes'
      ? {
          id: 'risk-assessment',
          met: false,
          text: 'PDMP or pharmacy risk finding (another prescriber, early refills or several pharmacies): opioids only if you judge the benefits clearly outweigh the risks',
          knowledgeId: 'opioid.last-resort',
        }
      : {
          id: 'risk-assessment',
          met: riskAssessmentDone(f),
          text: 'Risk assessment: substance use disorder, mental health, concurrent sedatives',
          knowledgeId: 'opioid.gate.risk-assessment',
        },
    {
      id: 'discussion',
      met: discussionDone(f),
      text: 'Explicit discussion of realistic benefits, serious risks and the monitoring plan',
      knowledgeId: 'opioid.gate.discussion',
    },
    {
      id: 'sedatives-acknowledged',
      met: sedativeAcknowledged(f),
      text: 'No current benzodiazepine or other CNS depressant, or its risk with an opioid explicitly acknowledged',
      knowledgeId: 'opioid.gate.risk-assessment',
    },
    {
      id: 'red-flags-screened',
      met: redFlagScreenComplete(f),
      text: 'Red-flag screen completed (answered, not "not sure")',
      knowledgeId: 'redflag.urgent-evaluation',
    },
  ];
}

export function gateOpen(f: CaseFacts): boolean {
  return gateConditions(f).every((c) => c.met);
}

/**
 * The drug and non-drug conditions hold, or hold but for a trial duration to ask: only then are the gate's own
 * facts asked (the durations, the red-flag screen again, risk assessment, discussion, sedative acknowledgement).
 */
export function gateNear(f: CaseFacts): boolean {
  return (documentedFailure(f) || failureAwaitingDurations(f)) && nonDrugConditionMet(f);
}

const WEEKS_KEY: Record<TrialGroup, FactKey> = TRIAL_WEEKS_FIELD;

/** Trial-duration keys still unanswered for the gate (the drug was failed at the adequate dose, weeks unknown). */
export function gateDurationsMissing(f: CaseFacts): FactKey[] {
  return requiredTrials(f)
    .filter((g) => readGroup(f, g) === 'pending-duration')
    .map((g) => WEEKS_KEY[g]);
}
