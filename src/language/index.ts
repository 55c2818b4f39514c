export { findDrugs, type DrugMention } from './find-drugs.js';
export { parseDoseRegimen, type DoseRegimen, type DoseUnit } from './dose-regimen.js';
