import type { FactKey } from '../src/clinical/case/case-facts.js';
import type { CaseGuardName } from './guard-registry.js';
import type { KnowledgeId } from './knowledge-ids.js';
import type { StepId } from './pathway-view.js';

/** A recommendation a state makes, always or when a named case guard holds. */
export type Rec = KnowledgeId | { id: KnowledgeId; when: CaseGuardName };

/** Every state's meta: the contract step it shows as, the facts it needs, the knowledge ids it recommends. */
export interface StateMeta {
  step?: StepId;
  needs: FactKey[];
  recommends: Rec[];
}

export function recId(r: Rec): KnowledgeId {
  return typeof r === 'string' ? r : r.id;
}
