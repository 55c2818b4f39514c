import type { CaseFacts, FactKey } from '../../src/clinical/case/case-facts.js';
import type { DrugId } from '../../src/clinical/knowledge/drug-catalogue.js';
import { findDrugs } from './ports.js';

const TRIAL_DRUGS: Partial<Record<FactKey, readonly DrugId[]>> = {
  nsaidTrial: ['naproxen', 'ibuprofen', 'other-nsaid'],
  duloxetineTrial: ['duloxetine'],
  tramadolTrial: ['tramadol'],
};

/**
 * "500 bid" answering "which NSAID, what dose?" names no drug: the reader can only call it an NSAID. It is the
 * dose of the NSAID the case already holds, so it is given to that drug (the last one recorded).
 */
export function attachBareRegimen(
  patch: Partial<CaseFacts>,
  key: FactKey,
  text: string,
  facts: CaseFacts,
): Partial<CaseFacts> {
  const drugs = TRIAL_DRUGS[key];
  if (!drugs || !patch.medications?.length || findDrugs(text).length) return patch;
  const held = [...facts.medications].reverse().find((m) => drugs.includes(m.drug));
  if (!held) return patch;
  return {
    ...patch,
    medications: patch.medications.map((m) => (drugs.includes(m.drug) ? { ...m, drug: held.drug } : m)),
  };
}
