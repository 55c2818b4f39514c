import type { CaseFacts } from '../../src/clinical/case/case-facts.js';
import { snapshotOf, withHistory, type CaseRecord } from './case-record.js';
import { heldInteractions } from './held-interactions.js';
import { applyFacts, evaluatePathway, startCase, type PathwayView } from './ports.js';

export type Advanced =
  | { kind: 'ok'; record: CaseRecord; view: PathwayView; readonly before: PathwayView; added: string[] }
  | { kind: 'needs-review'; reason: string };

/** A new case from the facts of its first message; the statechart says where it stands and what to ask. */
export function openCase(label: string, facts: CaseFacts, now: string): { record: CaseRecord; view: PathwayView } {
  const view = evaluatePathway(facts);
  const record: CaseRecord = {
    label,
    facts,
    envelope: startCase(facts),
    history: [],
    createdAt: now,
    updatedAt: now,
    ...(view.nextMissing ? { pendingQuestion: view.nextMissing } : {}),
  };
  return { record, view };
}

/**
 * Moves a case on to new facts through the statechart (restore, FACTS_UPDATED, persist), keeping the previous
 * snapshot for `back`. The next question is the statechart's most important missing fact.
 */
export function advanceCase(record: CaseRecord, facts: CaseFacts, now: string): Advanced {
  const applied = applyFacts(record.envelope, facts, now);
  if (applied.kind !== 'ok') return { kind: 'needs-review', reason: applied.reason };
  const { pendingQuestion: _old, ...rest } = record;
  const moved: CaseRecord = {
    ...rest,
    facts,
    envelope: applied.envelope,
    updatedAt: now,
    ...(applied.view.nextMissing ? { pendingQuestion: applied.view.nextMissing } : {}),
  };
  const next = withHistory(moved, snapshotOf(record));
  const held = heldInteractions(record.facts);
  const added = heldInteractions(facts).filter((id) => !held.includes(id));
  return {
    kind: 'ok',
    record: next,
    view: applied.view,
    // the previous view, worked out only for a reply that compares with it (an added calculator result does not)
    get before() {
      return evaluatePathway(record.facts);
    },
    added,
  };
}

/**
 * Warning ids new this turn: interactions between a drug just added and one the case holds (warned even when the
 * pathway view listed the pair already, as a drug it recommends), and new notes in the view.
 */
export function newWarnings(moved: { before: PathwayView; view: PathwayView; added: readonly string[] }): string[] {
  const fresh = moved.view.warnings.filter((id) => !moved.before.warnings.includes(id));
  return [...new Set([...moved.added, ...fresh])];
}

/** The step and its recommendations did not change: a short reply is enough. */
export function sameStep(a: PathwayView, b: PathwayView): boolean {
  return a.activeSteps.join() === b.activeSteps.join() && a.recommendations.join() === b.recommendations.join();
}

/**
 * The options carry the same safety facts: a fact said later that adds a check or a reason to one ("he drinks 6 pints
 * a night": duloxetine's alcohol check) changes what its line says, so the reply shows the changed lines.
 */
export function sameSafety(a: PathwayView, b: PathwayView): boolean {
  return safetyOf(a) === safetyOf(b);
}

/** The rules of the reasons and checks each option carries (not their figures), as one comparable string. */
function safetyOf(v: PathwayView): string {
  const ids = (rs: readonly { knowledgeId: string }[] | undefined) => (rs ?? []).map((r) => r.knowledgeId).join('+');
  return v.options.map((o) => `${o.option}:${ids(o.reasons)}/${ids(o.checks)}`).join('|');
}
