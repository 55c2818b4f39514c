/**
 * The answers' only imports from the knowledge base and the language layer (contracts A and C): one place to
 * follow when their paths or shapes change.
 */
export {
  ageAdjustment,
  checkDose,
  conditionAdjustments,
  dialysisAdjustment,
  doseHeadline,
  headlineParts,
  combinationByBrand,
  combinationByOpioid,
  dosingFor,
  drugCatalogue,
  drugNames,
  entriesFor,
  formatStrength,
  getEntry,
  hasEntry,
  interactionRules,
  interactionsAmong,
  isDosedDrug,
  knowledge,
  liverAdjustment,
  MME_SOURCE,
  MME_THRESHOLDS,
  NAPROXEN_SODIUM,
  naproxenBaseMg,
  naproxenSodiumStrengths,
  namedProducts,
  productByName,
  TRAMADOL_ER_LIMITS,
  mmeFactorFor,
  mmeFactorTable,
  OSWESTRY,
  renalAdjustment,
  START_BACK,
  SOURCE,
  strengthsForName,
} from '../../src/clinical/knowledge/index.js';
export type {
  AdjustmentResult,
  CombinationProduct,
  DoseCheck,
  DrugId,
  InteractionRule,
  KnowledgeEntry,
  NamedProduct,
  PatientContext,
} from '../../src/clinical/knowledge/index.js';
export {
  findDrugs,
  namesADrug,
  productOf,
  readTabletRegimen,
  tabletsPerDay,
} from '../../src/clinical/language/index.js';
export type { DrugMention, TabletRegimen } from '../../src/clinical/language/index.js';
