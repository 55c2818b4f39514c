/**
 * The answers' only imports from the knowledge base and the language layer (contracts A and C): one place to
 * follow when their paths or shapes change.
 */
export {
  ageAdjustment,
  checkDose,
  dosingFor,
  drugCatalogue,
  drugNames,
  entriesFor,
  getEntry,
  hasEntry,
  interactionRules,
  interactionsAmong,
  isDosedDrug,
  knowledge,
  liverAdjustment,
  MME_SOURCE,
  MME_THRESHOLDS,
  mmeFactorFor,
  mmeFactorTable,
  OSWESTRY,
  renalAdjustment,
  START_BACK,
} from '../../src/clinical/knowledge/index.js';
export type {
  AdjustmentResult,
  DoseCheck,
  DrugId,
  InteractionRule,
  KnowledgeEntry,
  PatientContext,
} from '../../src/clinical/knowledge/index.js';
export { findDrugs } from '../../src/clinical/language/index.js';
export type { DrugMention } from '../../src/clinical/language/index.js';
