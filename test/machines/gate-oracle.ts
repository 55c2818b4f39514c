import type { CaseFacts, Medication } from '../../src/clinical/case/case-facts.js';

/**
 * The opioid gate as clinical-reference.md version 2 reads it, written apart from machines/ (own numbers from the
 * guideline and the reference): may an opioid start line appear for these facts?
 * - an adequate trial is the adequate dose for at least 4 weeks, or the drug not tolerated / contraindicated;
 *   an NSAID (naproxen 500 mg twice daily, ibuprofen 600 mg three times daily) and duloxetine 60 mg daily; when
 *   duloxetine was ruled out rather than tried, tramadol (at least 50 mg every 8 hours when a dose is given) too;
 * - two non-drug therapies tried, one of the moderate-quality four tried or declined;
 * - risk assessment and discussion 'yes'; a current sedative acknowledged; the red-flag screen answered 'no'.
 */
const ADEQUATE_DAILY: Record<string, number> = { naproxen: 1000, ibuprofen: 1800, duloxetine: 60, tramadol: 150 };
const WEEKS = 4;
const MODERATE = ['exercise', 'multidisciplinary-rehab', 'acupuncture', 'mbsr'];
const SEDATIVES = ['benzodiazepine', 'muscle-relaxant', 'sedating-antihistamine', 'gabapentin', 'pregabalin'];
const WEEKS_FIELD: Record<string, 'nsaidTrialWeeks' | 'duloxetineTrialWeeks' | 'tramadolTrialWeeks'> = {
  naproxen: 'nsaidTrialWeeks',
  ibuprofen: 'nsaidTrialWeeks',
  'other-nsaid': 'nsaidTrialWeeks',
  duloxetine: 'duloxetineTrialWeeks',
  tramadol: 'tramadolTrialWeeks',
};

const ruledOut = (m: Medication) => m.outcome === 'not-tolerated' || m.outcome === 'contraindicated';
const failed = (m: Medication, f: CaseFacts) =>
  m.outcome === 'ineffective' ||
  m.outcome === 'partial' ||
  (m.outcome === 'current' && f.improvedSinceLastVisit === 'no');

function daily(m: Medication): number | undefined {
  if (m.doseMg === undefined) return m.dailyMg;
  const times = m.timesPerDay ?? (m.drug === 'duloxetine' ? 1 : undefined);
  return times === undefined ? undefined : m.doseMg * times;
}

function adequateTrial(m: Medication, f: CaseFacts): boolean {
  if (ruledOut(m)) return true;
  if (!failed(m, f) || m.prn === true) return false;
  const need = ADEQUATE_DAILY[m.drug];
  if (need === undefined) return false;
  const d = daily(m);
  if (m.drug === 'tramadol' ? d !== undefined && d < need : d === undefined || d < need) return false;
  const weeks = m.durationWeeks ?? f[WEEKS_FIELD[m.drug]!];
  return weeks !== undefined && weeks >= WEEKS;
}

const anyAdequate = (f: CaseFacts, drugs: string[]) =>
  f.medications.some((m) => drugs.includes(m.drug) && adequateTrial(m, f));

export function oracleGateHolds(f: CaseFacts): boolean {
  const nsaid = anyAdequate(f, ['naproxen', 'ibuprofen', 'other-nsaid']);
  const dulox = f.medications.filter((m) => m.drug === 'duloxetine');
  const duloxTried = dulox.some((m) => !ruledOut(m) && adequateTrial(m, f));
  const duloxOut = dulox.some(ruledOut);
  const drugs = nsaid && (duloxTried || (duloxOut && anyAdequate(f, ['tramadol'])));
  const tried = new Set(
    f.nonDrugTherapies.filter((t) => t.status === 'tried-no-benefit' || t.status === 'partial').map((t) => t.therapy),
  );
  const moderate = f.nonDrugTherapies.some(
    (t) =>
      MODERATE.includes(t.therapy) &&
      (t.status === 'tried-no-benefit' || t.status === 'partial' || t.status === 'declined'),
  );
  const sedated = f.medications.some((m) => SEDATIVES.includes(m.drug) && !ruledOut(m) && m.outcome !== 'ineffective');
  return (
    drugs &&
    tried.size >= 2 &&
    moderate &&
    f.opioidRiskAssessment === 'yes' &&
    f.pdmpRiskFinding !== 'yes' &&
    f.opioidDiscussion === 'yes' &&
    (!sedated || f.opioidSedativeAcknowledged === 'yes') &&
    f.redFlagScreen === 'no' &&
    f.redFlags.length === 0
  );
}
