import type { DrugId } from '../src/clinical/knowledge/drug-catalogue.js';
import { duloxetineAgeNote, nsaidAgeCaution, tramadolAgeCap } from '../src/clinical/knowledge/dosing-escalation.js';
import type { CaseFacts, Medication } from '../src/clinical/case/case-facts.js';
import { productByName } from '../src/clinical/knowledge/named-products.js';
import { caseCrcl, caseInteractions, heldDrugs } from '../src/clinical/case/case-interactions.js';
import { DRUG_OPTIONS, drugOptionStatus, OFFERED_DRUGS } from '../src/clinical/case/option-status.js';
import { acetaminophenOnly } from './drug-guards.js';
import type { KnowledgeId } from './knowledge-ids.js';
import { drugClassOf, isExcluded, isInUse, isOpioid, mayStillBeTaken } from '../src/clinical/case/medication-facts.js';
import { gateOpen } from './opioid-gate.js';
import { caseOpioids, isExtendedRelease } from '../src/clinical/case/case-opioids.js';
import { NALOXONE_RISK, naloxoneReasons } from '../src/clinical/knowledge/mme-factors.js';
import { lowSodium } from '../src/clinical/knowledge/case-readings.js';
import { drugNames } from '../src/clinical/knowledge/drug-catalogue.js';

/**
 * Warnings for THIS case (clinical-reference.md sections 2-4); the interaction pairs come from the knowledge base,
 * counted by caseInteractions (src/clinical/case/case-interactions.ts), the walk-through's function too.
 * A drug is held when its outcome is current, effective, partial or not recorded; ineffective, not tolerated and
 * contraindicated drugs are taken as stopped. An interaction is raised when at least one drug of the pair is held
 * and the other is held or recommended now (a pair is warned about before it is created), never for two drugs that
 * are only recommended: that would put alternatives side by side as if both were to be given. Label and adjustment
 * notes concern drugs held or recommended now; MME thresholds and the CDC opioid notes need an opioid held or the
 * gate open.
 */
const RECOMMENDED_DRUGS: Partial<Record<KnowledgeId, DrugId[]>> = {
  'escalation.duloxetine': ['duloxetine'],
  'radicular.duloxetine': ['duloxetine'],
  'escalation.nsaid-adequate-dose': ['naproxen', 'ibuprofen'],
  'escalation.tramadol': ['tramadol'],
  'radicular.gabapentin': ['gabapentin'],
  'radicular.pregabalin': ['pregabalin'],
  'opioid.framework.lowest-dose': ['morphine'], // stands for "an opioid" in the class checks below
};

/**
 * Held, recommended, or waiting for the clinician to confirm named risks (an NSAID with age > 65, an anticoagulant,
 * CKD...): the safety notes say why the check is asked. A drug ruled out for this patient is not in play: the
 * "not for this patient" line says why (src/clinical/case/option-status.ts).
 */
function drugsInPlay(f: CaseFacts, recommendations: readonly string[]): Set<DrugId> {
  const drugs = new Set<DrugId>(heldDrugs(f));
  for (const id of recommendations) for (const d of RECOMMENDED_DRUGS[id as KnowledgeId] ?? []) drugs.add(d);
  for (const option of DRUG_OPTIONS) {
    const s = drugOptionStatus(f, option);
    if (s.status === 'needs-data' && s.missing.includes('confirm')) for (const d of OFFERED_DRUGS[option]) drugs.add(d);
  }
  return drugs;
}

/** An opioid with a benzodiazepine or other CNS depressant (a hypnotic such as zopiclone): naloxone is offered. */
const SEDATIVE_PAIRS: ReadonlySet<string> = new Set(NALOXONE_RISK.withPairs);

const yes = (f: CaseFacts, c: keyof CaseFacts['conditions']) => f.conditions[c] === 'yes';

const renalBelow = (f: CaseFacts, limit: number) =>
  (caseCrcl(f) ?? Infinity) < limit || (limit <= 30 && (f.renal?.ckdStage ?? 0) >= 4);

/** Extended-release tramadol taken now (ConZip, Ultram ER, Tramal SR...): a different product from the guideline's. */
const heldTramadolEr = (f: CaseFacts) =>
  f.medications.some((m) => m.drug === 'tramadol' && isInUse(m) && isExtendedRelease(m));

/** A drug the case records, not stopped for being not tolerated or contraindicated. */
const recorded = (f: CaseFacts, d: DrugId) => f.medications.some((m) => m.drug === d && !isExcluded(m));

/** Sublingual buprenorphine (Suboxone, Subutex, "bupe SL") in a case that records a substance use disorder. */
const oudTreatment = (f: CaseFacts, m: Medication) =>
  m.drug === 'buprenorphine' &&
  m.product !== undefined &&
  productByName(m.product)?.kind === 'buprenorphine-sublingual' &&
  yes(f, 'substance-use-disorder');

/**
 * The naloxone risk factors this case meets (CDC 2022, reference section 4; section 3's sedative rows), in the one
 * wording every route uses (naloxoneReasons). Empty without an opioid in use or about to be.
 */
function naloxoneRisk(f: CaseFacts, drugs: ReadonlySet<DrugId>, interactions: readonly string[], opioid: boolean) {
  if (!opioid) return [];
  // the drug as the case records it ("diazepam", "zopiclone", "norco"), the class name only when none is said
  const named = (d: DrugId) => {
    const m = f.medications.find((x) => x.drug === d && (x.product ?? x.name) !== undefined);
    return m?.product ?? m?.name ?? drugNames(d).generic;
  };
  const held = [...drugs];
  const sedativePair = interactions.some((id) => SEDATIVE_PAIRS.has(id));
  const found = sedativePair ? held.filter((d) => DEPRESSANT_CLASSES.has(drugClassOf(d))).map(named) : [];
  const depressants = sedativePair && !found.length ? ['a CNS depressant'] : found;
  return naloxoneReasons({
    mme: caseOpioids(f.medications.filter((m) => isInUse(m) && isOpioid(m.drug))).totalMme,
    benzodiazepines: held.filter((d) => drugClassOf(d) === 'benzodiazepine').map(named),
    depressants,
    substanceUse: yes(f, 'substance-use-disorder'),
    overdose: yes(f, 'overdose-history'),
  });
}

/** The classes of the reference's opioid + sedative rows other than benzodiazepines (hypnotics, muscle relaxants). */
const DEPRESSANT_CLASSES: ReadonlySet<string> = new Set(['hypnotic', 'muscle-relaxant', 'cns-depressant']);

const OPIOID_CNS_DEPRESSANT: KnowledgeId = 'interaction.opioid-cns-depressant';

/** The naloxone line's reasons for this case (empty when naloxone is not offered). */
export function caseNaloxoneReasons(f: CaseFacts, recommendations: readonly string[]): string[] {
  const drugs = drugsInPlay(f, recommendations);
  return naloxoneRisk(f, drugs, caseInteractions(f, drugs), opioidInPlay(f, drugs));
}

function opioidInPlay(f: CaseFacts, drugs: ReadonlySet<DrugId>): boolean {
  const opioidInUse = f.medications.some((m) => isInUse(m) && isOpioid(m.drug));
  return opioidInUse || (gateOpen(f) && [...drugs].some((d) => drugClassOf(d) === 'opioid'));
}

/**
 * One drug held as two products ("naproxen 500 mg bid (rx)" and "Aleve 2 tabs on bad days"): the same drug, never
 * both, the line the quick answer gives for the same two names (label.naproxen-sodium).
 */
function sameDrugTwice(f: CaseFacts, drug: DrugId): boolean {
  const held = f.medications.filter((m) => m.drug === drug && mayStillBeTaken(m));
  return new Set(held.map((m) => m.product ?? m.drug)).size > 1;
}

export function caseWarnings(f: CaseFacts, recommendations: readonly string[]): string[] {
  const drugs = drugsInPlay(f, recommendations);
  const classes = new Set([...drugs].map(drugClassOf));
  const nsaid = classes.has('nsaid');
  const opioidInUse = f.medications.some((m) => isInUse(m) && isOpioid(m.drug));
  // the statechart's gate (not an opioid merely in play): MME and CDC notes are for opioids given or about to be
  const opioid = opioidInUse || (gateOpen(f) && classes.has('opioid'));
  const ckd = yes(f, 'ckd') || renalBelow(f, 30);
  const renalReduced = yes(f, 'ckd') || renalBelow(f, 60);
  const liver = yes(f, 'liver-disease');
  const alcohol = yes(f, 'heavy-alcohol');
  // acetaminophen's maximum is lower with "regular alcohol use": drinking said as an amount or a habit counts
  const regularAlcohol = alcohol || yes(f, 'regular-alcohol');

  const interactions = caseInteractions(f, drugs);
  const rules: Array<[boolean, KnowledgeId]> = [
    [recorded(f, 'benzodiazepine'), 'avoid.benzodiazepines'],
    [recorded(f, 'systemic-corticosteroid'), 'avoid.systemic-corticosteroids'],
    [acetaminophenOnly(f), 'avoid.acetaminophen-monotherapy'],
    [drugs.has('pregabalin'), 'label.pregabalin'], // the guideline's 150-300 mg twice daily exceeds the label start
    [
      nsaid &&
        ((f.age ?? 0) > nsaidAgeCaution.olderThan ||
          yes(f, 'gi-bleed-history') ||
          yes(f, 'cardiovascular-disease') ||
          yes(f, 'heart-failure') ||
          yes(f, 'recent-cabg')),
      'label.nsaid-class',
    ],
    [drugs.has('tramadol') && yes(f, 'seizure-disorder'), 'label.tramadol'],
    [drugs.has('acetaminophen') && (liver || regularAlcohol), 'label.acetaminophen'],
    [drugs.has('gabapentin') && renalReduced, 'renal.gabapentin'],
    [drugs.has('pregabalin') && renalReduced, 'renal.pregabalin'],
    [drugs.has('duloxetine') && ckd, 'renal.duloxetine'],
    [drugs.has('tramadol') && ckd, 'renal.tramadol'],
    // the ER product is not for CrCl < 30 or severe hepatic impairment (reference section 2, tramadol ER row)
    [heldTramadolEr(f) && (ckd || liver), 'label.tramadol-er'],
    [sameDrugTwice(f, 'naproxen'), 'label.naproxen-sodium'],
    [drugs.has('naproxen') && ckd, 'renal.naproxen'],
    [drugs.has('ibuprofen') && ckd, 'renal.ibuprofen'],
    [drugs.has('tramadol') && (f.age ?? 0) > tramadolAgeCap.olderThan, 'age.tramadol'],
    // the reference's hyponatraemia note, for an older adult or a low sodium the case records (case-readings.ts)
    [
      drugs.has('duloxetine') && ((f.age ?? 0) > duloxetineAgeNote.olderThan || lowSodium(f.sodiumMmolL)),
      'age.duloxetine',
    ],
    [drugs.has('tramadol') && liver, 'liver.tramadol'],
    [drugs.has('duloxetine') && (liver || alcohol), 'liver.duloxetine'],
    [drugs.has('acetaminophen') && (liver || regularAlcohol), 'liver.acetaminophen'],
    [recommendations.includes('radicular.mri'), 'imaging.reconciled'],
    [opioid, 'mme.thresholds'],
    [naloxoneRisk(f, drugs, interactions, opioid).length > 0, 'opioid.cdc-naloxone'],
    [recommendations.includes('opioid.framework.lowest-dose'), 'opioid.cdc-pdmp'],
    [opioidInUse, 'opioid.cdc-no-abrupt-taper'],
    // an opioid other than the guideline's second-line tramadol, taken while the gate is closed (critical pitfall, 1);
    // sublingual buprenorphine with an opioid use disorder the case records is that disorder's treatment, no
    // escalation for pain, and is not described as one
    [
      f.medications.some((m) => isInUse(m) && isOpioid(m.drug) && m.drug !== 'tramadol' && !oudTreatment(f, m)) &&
        !gateOpen(f),
      'pitfall.opioids-without-adequate-trial',
    ],
  ];
  // the red flag screen answered "not sure" or skipped: not completed, never "a red flag is present" (reference 6)
  const redFlagAdvice: KnowledgeId[] = f.redFlagScreen === 'no' ? [] : ['redflag.screen-not-completed'];
  // an opioid held or offered with drinking the case records (heavy or regular: the row names alcohol with no amount),
  // as the quick answer warns for the same pair (reference section 3)
  const alcoholPair: KnowledgeId[] =
    regularAlcohol && [...drugs].some(isOpioid) && !interactions.includes(OPIOID_CNS_DEPRESSANT)
      ? [OPIOID_CNS_DEPRESSANT]
      : [];
  return [
    ...redFlagAdvice,
    ...interactions,
    ...alcoholPair,
    ...rules.filter(([applies]) => applies).map(([, id]) => id),
  ];
}
