import type { CaseFacts, FactKey } from '../src/clinical/case/case-facts.js';
import { optionStatuses, type OptionId } from '../src/clinical/case/option-status.js';
import { acuteHarms, referralIndicated } from './case-guards.js';
import { caseNaloxoneReasons, caseWarnings } from './case-warnings.js';
import { NALOXONE_RISK } from '../src/clinical/knowledge/mme-factors.js';
import { caseGuards } from './guard-registry.js';
import { missingFacts } from './missing-facts.js';
import { gateConditions, gateOpen } from './opioid-gate.js';
import { matchesState, type SnapshotFrom, type StateValue } from 'xstate';
import { pathwayMachine, type PathwayMachine } from './pathway-machine.js';
import type { PathwayView, StepId } from './pathway-view.js';
import { settledValue } from './settle.js';
import type { StateMeta } from './state-meta.js';
import { FactsMemo } from '../src/clinical/case/facts-memo.js';
import { isInUse, isOpioid } from '../src/clinical/case/medication-facts.js';
import { caseOpioids } from '../src/clinical/case/case-opioids.js';

/** The trial question of each drug option that has one. */
const TRIAL_QUESTION: Partial<Record<OptionId, FactKey>> = {
  nsaid: 'nsaidTrial',
  duloxetine: 'duloxetineTrial',
  tramadol: 'tramadolTrial',
};

/** The metas of a snapshot's active states in document order (region by region): the guideline's section order. */
function metasInOrder(snapshot: SnapshotFrom<PathwayMachine>): StateMeta[] {
  return Object.entries(snapshot.getMeta() as Record<string, StateMeta | undefined>)
    .sort(([a], [b]) => pathwayMachine.getStateNodeById(a).order - pathwayMachine.getStateNodeById(b).order)
    .flatMap(([, m]) => (m ? [m] : []));
}

/**
 * The active states' metas of each settled state value met so far, resolved by the machine once per value: they
 * depend on the value alone (never on the facts), and the machine settles in a bounded number of states (one per
 * combination of its regions' states, a few hundred), so the table stays small.
 */
const settledMetas = new Map<string, readonly StateMeta[]>();

function metasAt(value: StateValue, facts: CaseFacts): readonly StateMeta[] {
  const key = JSON.stringify(value);
  let metas = settledMetas.get(key);
  if (!metas) {
    metas = Object.freeze(metasInOrder(pathwayMachine.resolveState({ value, context: { facts } })));
    settledMetas.set(key, metas);
  }
  return metas;
}

/**
 * A stored state value is one this machine has: a settled value met before, or one the machine resolves (resolveState
 * throws on a value it does not have). Stored values are not added to the table: storage could hold anything.
 */
export function isMachineState(value: StateValue, facts: CaseFacts): boolean {
  if (settledMetas.has(JSON.stringify(value))) return true;
  try {
    pathwayMachine.resolveState({ value, context: { facts } });
    return true;
  } catch {
    return false;
  }
}

/** Where a case's facts settle the statechart, and the view there. */
export interface Settled {
  readonly value: StateValue;
  readonly view: PathwayView;
}

const settledStates = new FactsMemo<Settled>();

/**
 * The state value the facts settle in (machines/settle.ts) and the view there: viewOf(settledSnapshot(facts)),
 * without making the snapshot. Worked out once per facts object: a turn asks for the same case's view from several
 * places, and its envelope stores the value (facts are never mutated; neither is what is read from them).
 */
export function settledState(facts: CaseFacts): Settled {
  let settled = settledStates.get(facts);
  if (!settled) {
    const value = settledValue(facts);
    settled = { value, view: viewAt(facts, value, metasAt(value, facts)) };
    settledStates.set(facts, settled);
  }
  return settled;
}

/** The view at the state the facts settle in (settledState). */
export function settledView(facts: CaseFacts): PathwayView {
  return settledState(facts).view;
}

/** The pure projection of a settled snapshot onto contract B's view. */
export function viewOf(snapshot: SnapshotFrom<PathwayMachine>): PathwayView {
  return viewAt(snapshot.context.facts, snapshot.value, metasInOrder(snapshot));
}

/** The red-flag screen was never stated: not asked, not "not sure", not skipped, no flag (those settle elsewhere). */
function screenNotStated(value: StateValue, facts: CaseFacts): boolean {
  return matchesState('redFlagScreen', value) && facts.redFlagScreen === undefined;
}

/**
 * The screen not stated: the care regions judged as if the screen were answered "not sure" (proceeds, never a
 * completed screen, so the opioid gate stays closed), marked provisional, with the screen asked first. The gate's
 * conditions are those of the facts as stated.
 */
function provisionalView(facts: CaseFacts): PathwayView | undefined {
  const care = { ...facts, redFlagScreen: 'unknown' as const };
  const value = settledValue(care);
  if (!matchesState('care', value)) return undefined;
  const view = viewAt(care, value, metasAt(value, care));
  const missing: FactKey[] = ['redFlags', ...view.missing.filter((k) => k !== 'redFlags')];
  return {
    ...view,
    provisional: true,
    activeSteps: ['redFlagScreen', ...view.activeSteps.filter((s) => s !== 'redFlagScreen')],
    gate: { open: false, conditions: gateConditions(facts) },
    nextMissing: 'redFlags',
    missing,
  };
}

/** The view at a state value, from its active states' metas (in document order) and the facts. */
function viewAt(facts: CaseFacts, value: StateValue, metas: readonly StateMeta[]): PathwayView {
  const provisional = screenNotStated(value, facts) ? provisionalView(facts) : undefined;
  if (provisional) return provisional;
  const conditions = gateConditions(facts);
  if (matchesState('urgentEvaluation', value)) {
    // any red flag: urgent-evaluation advice and nothing else (clinical-reference.md section 6)
    return {
      status: 'urgent',
      activeSteps: ['urgentEvaluation'],
      recommendations: [
        ...(facts.redFlags.length || facts.redFlagScreen === 'yes' ? ['redflag.urgent-evaluation'] : []),
        ...facts.redFlags.map((id) => `redflag.${id}`),
        // acute harms (possible serotonin toxicity) pause the pathway too, with their own same-day advice
        ...acuteHarms(facts),
      ],
      warnings: [],
      gate: { open: false, conditions },
      missing: [],
      options: [],
    };
  }
  const steps: StepId[] = [];
  const recommendations: string[] = [];
  const needs: FactKey[] = [];
  for (const meta of metas) {
    if (meta.step && !steps.includes(meta.step)) steps.push(meta.step);
    needs.push(...meta.needs);
    for (const rec of meta.recommends) {
      const id = typeof rec === 'string' ? rec : caseGuards[rec.when](facts) ? rec.id : undefined;
      if (id && !recommendations.includes(id)) recommendations.push(id);
    }
  }
  const inCare = matchesState('care', value);
  const options = inCare
    ? optionStatuses(facts, { referralIndicated: referralIndicated(facts), opioidGateOpen: gateOpen(facts) })
    : [];
  // a trial question about a drug the case rules out asks nothing the plan needs
  const ruledOut = new Set(
    options.filter((o) => o.status === 'not-for-this-patient').map((o) => TRIAL_QUESTION[o.option]),
  );
  const missing = missingFacts(
    facts,
    needs.filter((k) => !ruledOut.has(k)),
  );
  const taken = inCare ? opioidTaken(facts) : undefined;
  if (taken !== undefined) reviewTakenOpioid(steps, recommendations);
  const warnings = inCare ? caseWarnings(facts, recommendations) : [];
  const naloxone = warnings.includes(NALOXONE_RISK.entry) ? caseNaloxoneReasons(facts, recommendations) : [];
  return {
    status: 'active',
    activeSteps: steps,
    recommendations,
    warnings,
    gate: { open: inCare && gateOpen(facts), conditions },
    ...(missing[0] ? { nextMissing: missing[0] } : {}),
    missing,
    options,
    ...(taken ? { opioidTakenMme: taken } : {}),
    ...(inCare && doseUnknown(facts).length ? { opioidDoseUnknown: doseUnknown(facts) } : {}),
    ...(naloxone.length ? { naloxoneReasons: naloxone } : {}),
    ...(facts.improvedSinceLastVisit ? { improvement: facts.improvedSinceLastVisit } : {}),
  };
}

/**
 * The opioids the patient takes now (an opioid only planned, refused, stopped or a companion's is not taken), with
 * their MME/day when computable; undefined when none.
 */
/** The opioids taken now (tramadol aside: its trial asks the dose) with no dose read, by drug. */
function doseUnknown(facts: CaseFacts): string[] {
  const held = facts.medications.filter((m) => isInUse(m) && isOpioid(m.drug) && m.drug !== 'tramadol');
  const lines = caseOpioids(held).lines.filter((l) => l.noMme === 'dose-unknown');
  return [...new Set(lines.map((l) => l.medication.drug))];
}

function opioidTaken(facts: CaseFacts): { mme: number; atMost: boolean } | false | undefined {
  const held = facts.medications.filter((m) => isInUse(m) && isOpioid(m.drug));
  if (!held.length) return undefined;
  const { totalMme, incomplete, lines } = caseOpioids(held);
  return totalMme !== undefined && !incomplete && { mme: totalMme, atMost: lines.some((l) => l.atMost === true) };
}

/**
 * A patient already on an opioid: the gate (whether to start one) is not this patient's step; the opioid taken is
 * judged by the guideline's review instead (reassess, continue only with a meaningful gain in function, else taper
 * or stop), its rule before the gate's risk assessment and discussion; the gate's "consider opioids only after..."
 * is dropped. Nothing here starts an opioid (option-status.ts keeps tramadol off the top of one).
 */
function reviewTakenOpioid(steps: StepId[], recommendations: string[]): void {
  const at = steps.indexOf('opioidGate.closed');
  if (at < 0) return;
  steps[at] = 'opioidInUse';
  // "consider opioids only after ...": whether to start one, not this patient's question
  const lastResort = recommendations.indexOf('opioid.last-resort');
  if (lastResort >= 0) recommendations.splice(lastResort, 1);
  const review = TAKEN_OPIOID_REVIEW.filter((id) => !recommendations.includes(id));
  const gateAt = recommendations.findIndex((id) => id.startsWith('opioid.gate.'));
  recommendations.splice(gateAt < 0 ? recommendations.length : gateAt, 0, ...review);
}

/** The guideline's review of an opioid taken (L43, L59): function decides. */
const TAKEN_OPIOID_REVIEW = ['opioid.framework.reassess', 'pitfall.continuing-ineffective'];
