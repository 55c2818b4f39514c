import type { CaseFacts, FactKey } from '../../src/clinical/case/case-facts.js';
import type { DrugId } from '../../src/clinical/knowledge/drug-catalogue.js';
import { isHeld } from '../../src/clinical/case/medication-facts.js';
import { normalize } from '../../src/clinical/language/normalize.js';
import { dosingFor, isDosedDrug } from '../../src/clinical/knowledge/dosing.js';
import { answerToFact, findDrugs } from './ports.js';

const TRIAL_DRUGS: Partial<Record<FactKey, readonly DrugId[]>> = {
  nsaidTrial: ['naproxen', 'ibuprofen', 'other-nsaid'],
  duloxetineTrial: ['duloxetine'],
  tramadolTrial: ['tramadol'],
};

/**
 * The pending trial question asks the dose of a drug the case holds without one ("500 mg" may be its dose): a bare
 * dose is that trial's answer first.
 */
export function trialDoseAwaited(facts: CaseFacts, pending: FactKey | undefined): boolean {
  const drugs = pending ? TRIAL_DRUGS[pending] : undefined;
  return !!drugs && facts.medications.some((m) => drugs.includes(m.drug) && m.doseMg === undefined);
}

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

/**
 * A follow-up that opens with a dose and names no drug ("60 mg for 6 weeks, pain 6 to 3/10, ODI 40% to 22%", "f/u:
 * now on 500 bd x 5 wks (7->6)"): after an optional "review:"-style label and "now on", the first thing said is the
 * dose.
 */
const BARE_DOSE_FIRST =
  /^\W{0,3}(?:(?:review|f\/?u|follow[- ]?up|update|today|seen)\b[^:,\n]{0,20}[:,]{1,3}\s?)?(?:(?:now|currently|still)\s)?(?:(?:on|at|taking)\s)?(\d{1,4}(?:\.\d)?\s?(?:mg|bd|bid|tds|tid|qid|od|daily|q\d{1,2}h))\b/i;

const TRIAL_KEY_OF: Partial<Record<DrugId, FactKey>> = {
  naproxen: 'nsaidTrial',
  ibuprofen: 'nsaidTrial',
  'other-nsaid': 'nsaidTrial',
  duloxetine: 'duloxetineTrial',
  tramadol: 'tramadolTrial',
};

/**
 * The guideline's per-dose range decides whose dose a bare number can be ("60 mg" is duloxetine's, not ibuprofen's):
 * from half its lowest dose to its highest. It only picks the drug the number belongs to; nothing is said with it.
 */
function doseFits(drug: DrugId, doseMg: number): boolean {
  if (!isDosedDrug(drug)) return false;
  const per = dosingFor(drug).guideline?.perDoseMg;
  return per !== undefined && doseMg >= per.min / 2 && doseMg <= per.max;
}

/**
 * ...that dose is of the trial drug the case is on: of the trial drugs it holds, the one the dose fits; else, with
 * none held, the drug its pending question asks about (duloxetine or tramadol; an NSAID question names no one drug)
 * when the dose fits it. It is read as the answer to that trial's question is (dose, weeks, and its outcome, from
 * the scores when no word says it). Two held drugs that both fit, or none: nothing is guessed.
 */
export function attachCaseDrugDose(
  patch: Partial<CaseFacts>,
  text: string,
  facts: CaseFacts,
  pending: FactKey | undefined,
  receivedAt: string,
): Partial<CaseFacts> {
  const lower = normalize(text);
  const dose = BARE_DOSE_FIRST.exec(lower);
  if (patch.medications?.length || !dose || findDrugs(lower).length) return patch;
  // read from the dose on: a label before it ("f/u 5 wks:") holds no dose and no duration of the drug
  const from = dose[0].length - dose[1]!.length;
  const mg = Number(/\d{1,4}(?:\.\d)?/.exec(dose[1]!)?.[0]);
  const held = [...new Set(facts.medications.filter((m) => isHeld(m) && TRIAL_KEY_OF[m.drug]).map((m) => m.drug))];
  const fitting = held.filter((d) => doseFits(d, mg));
  const asked = pending === 'duloxetineTrial' || pending === 'tramadolTrial' ? TRIAL_DRUGS[pending]![0]! : undefined;
  const drug = held.length
    ? fitting.length === 1
      ? fitting[0]
      : undefined
    : asked && doseFits(asked, mg)
      ? asked
      : undefined;
  const key = drug && TRIAL_KEY_OF[drug];
  if (!drug || !key) return patch;
  const read = answerToFact(key, lower.slice(from), receivedAt)?.medications;
  if (!read?.length) return patch;
  return { ...patch, medications: read.map((m) => ({ ...m, drug })) };
}
