import type { FactKey } from '../src/clinical/case/case-facts.js';
import { optionStatuses, type OptionId } from '../src/clinical/case/option-status.js';
import { acuteHarms, referralIndicated } from './case-guards.js';
import { caseWarnings } from './case-warnings.js';
import { caseGuards } from './guard-registry.js';
import { missingFacts } from './missing-facts.js';
import { gateConditions, gateOpen } from './opioid-gate.js';
import type { SnapshotFrom } from 'xstate';
import { pathwayMachine, type PathwayMachine } from './pathway-machine.js';
import type { PathwayView, StepId } from './pathway-view.js';
import { settledSnapshot } from './settle.js';
import type { StateMeta } from './state-meta.js';

/** The trial question of each drug option that has one. */
const TRIAL_QUESTION: Partial<Record<OptionId, FactKey>> = {
  nsaid: 'nsaidTrial',
  duloxetine: 'duloxetineTrial',
  tramadol: 'tramadolTrial',
};

/** The red-flag screen was never stated: not asked, not "not sure", not skipped, no flag (those settle elsewhere). */
function screenNotStated(snapshot: SnapshotFrom<PathwayMachine>): boolean {
  return snapshot.matches('redFlagScreen') && snapshot.context.facts.redFlagScreen === undefined;
}

/**
 * The screen not stated: the care regions judged as if the screen were answered "not sure" (proceeds, never a
 * completed screen, so the opioid gate stays closed), marked provisional, with the screen asked first. The gate's
 * conditions are those of the facts as stated.
 */
function provisionalView(snapshot: SnapshotFrom<PathwayMachine>): PathwayView | undefined {
  const facts = snapshot.context.facts;
  const care = settledSnapshot({ ...facts, redFlagScreen: 'unknown' });
  if (!care.matches('care')) return undefined;
  const view = viewOf(care);
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

/** The pure projection of a settled snapshot onto contract B's view. */
export function viewOf(snapshot: SnapshotFrom<PathwayMachine>): PathwayView {
  const facts = snapshot.context.facts;
  const provisional = screenNotStated(snapshot) ? provisionalView(snapshot) : undefined;
  if (provisional) return provisional;
  // document order (region by region), so the display order follows the guideline's sections
  const metas = Object.entries(snapshot.getMeta() as Record<string, StateMeta | undefined>)
    .sort(([a], [b]) => pathwayMachine.getStateNodeById(a).order - pathwayMachine.getStateNodeById(b).order)
    .flatMap(([, m]) => (m ? [m] : []));
  const conditions = gateConditions(facts);
  if (snapshot.matches('urgentEvaluation')) {
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
  const inCare = snapshot.matches('care');
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
  return {
    status: 'active',
    activeSteps: steps,
    recommendations,
    warnings: snapshot.matches('care') ? caseWarnings(facts, recommendations) : [],
    gate: { open: snapshot.matches('care') && gateOpen(facts), conditions },
    ...(missing[0] ? { nextMissing: missing[0] } : {}),
    missing,
    options,
  };
}
