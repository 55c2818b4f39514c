export { findDrugs, namesADrug, type DrugMention } from './find-drugs.js';
export { parseDoseRegimen, type DoseRegimen, type DoseUnit } from './dose-regimen.js';
export { extractCaseFacts, mayNameRedFlags, type Extraction } from './extract-case-facts.js';
export { answerToFact } from './answer-to-fact.js';
export { understoodLabels } from './understood.js';
export { labelProblem, type LabelProblem } from './identifiers.js';
export { readTabletRegimen, tabletsPerDay, type TabletRegimen } from './tablet-regimen.js';
export { productOf } from './product-reading.js';
