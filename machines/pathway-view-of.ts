import type { FactKey } from '../src/clinical/case/case-facts.js';
import { caseWarnings } from './case-warnings.js';
import { caseGuards } from './guard-registry.js';
import { missingFacts } from './missing-facts.js';
import { gateConditions, gateOpen } from './opioid-gate.js';
import type { SnapshotFrom } from 'xstate';
import { pathwayMachine, type PathwayMachine } from './pathway-machine.js';
import type { PathwayView, StepId } from './pathway-view.js';
import type { StateMeta } from './state-meta.js';

/** The pure projection of a settled snapshot onto contract B's view. */
export function viewOf(snapshot: SnapshotFrom<PathwayMachine>): PathwayView {
  const facts = snapshot.context.facts;
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
      recommendations: ['redflag.urgent-evaluation', ...facts.redFlags.map((id) => `redflag.${id}`)],
      warnings: [],
      gate: { open: false, conditions },
      missing: [],
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
  const missing = missingFacts(facts, needs);
  return {
    status: 'active',
    activeSteps: steps,
    recommendations,
    warnings: snapshot.matches('care') ? caseWarnings(facts, recommendations) : [],
    gate: { open: snapshot.matches('care') && gateOpen(facts), conditions },
    ...(missing[0] ? { nextMissing: missing[0] } : {}),
    missing,
  };
}
