import type { DrugId } from './drug-catalogue.js';
import { drugNames } from './drug-catalogue.js';
import { ASPIRIN_NAMES } from './reference-interactions.js';

/**
 * Aspirin with an NSAID, by the aspirin dose (clinical-reference.md): section 2's ibuprofen row is for LOW-DOSE
 * aspirin ("taken with low-dose aspirin, ibuprofen can blunt aspirin's antiplatelet effect"; with an NSAID, aspirin
 * is an antiplatelet: GI bleeding, section 3); section 3's row is an NSAID with aspirin AT ANALGESIC DOSES ("more GI
 * toxicity, no added benefit: not recommended"), so an analgesic dose is an NSAID already in use. The reference gives
 * no number for either: this project reads low-dose as 75-100 mg a dose and an analgesic dose as 300 mg or more a
 * dose, and says that the cut is its own reading. One reading for the quick answers (dialogs/answers/aspirin-dose.ts)
 * and the case (case/case-interactions.ts).
 */
export const ASPIRIN_DOSE_READING = Object.freeze({ lowMinMg: 75, lowMaxMg: 100, analgesicMinMg: 300 });

export type AspirinDose = 'low' | 'analgesic' | 'once-daily' | 'unknown';

/**
 * The aspirin dose a dose (mg a dose) reads as; `saidLow`: "baby", "low-dose" said with no number. A dose of the
 * analgesic size taken once a day ("aspirin 300 mg od since his stroke") is antiplatelet use, not analgesia (an
 * analgesic dose is taken every few hours): 'once-daily', read with the antiplatelet rows (section 3: NSAID +
 * antiplatelet, GI bleeding; ibuprofen can blunt aspirin's antiplatelet effect), never as an NSAID in use, unless
 * it is said taken for pain (`forPain`: "aspirin 325 mg daily for pain" is analgesic use).
 */
export function aspirinDoseOf(
  doseMg: number | undefined,
  saidLow = false,
  timesPerDay?: number,
  forPain = false,
): AspirinDose {
  // "aspirin for pain", "takes aspirin for his headaches": taken as an analgesic by its stated purpose (section 3's
  // "aspirin at analgesic doses"), with no dose said or one between the cuts; a low dose said stays low
  if (doseMg === undefined) return forPain ? 'analgesic' : saidLow ? 'low' : 'unknown';
  if (doseMg >= ASPIRIN_DOSE_READING.lowMinMg && doseMg <= ASPIRIN_DOSE_READING.lowMaxMg) return 'low';
  if (doseMg < ASPIRIN_DOSE_READING.analgesicMinMg) return forPain ? 'analgesic' : 'unknown';
  // a stated purpose ("for pain", "for his headaches", stated-purpose.ts) is analgesic use whatever the frequency
  return timesPerDay === 1 && !forPain ? 'once-daily' : 'analgesic';
}

/** A name as typed is aspirin ("aspirin", "ASA"). */
export function isAspirinName(name: string | undefined): boolean {
  return name !== undefined && (ASPIRIN_NAMES as readonly string[]).includes(name.toLowerCase());
}

/** Ibuprofen's low-dose blunting row, and the NSAID with aspirin at analgesic doses row (section 3). */
export const ASPIRIN_LOW_DOSE_ROW = 'interaction.ibuprofen-aspirin';
export const ASPIRIN_ANALGESIC_ROW = 'interaction.nsaid-nsaid';

/**
 * The project's cut, said with the analgesic row wherever it is read from a dose; aspirin read as analgesic by its
 * stated purpose alone (no dose said, or one below the cut) says that instead.
 */
export function analgesicAspirinNote(doseMg: number | undefined): string {
  const r = ASPIRIN_DOSE_READING;
  if (doseMg === undefined || doseMg < r.analgesicMinMg)
    return `aspirin${doseMg === undefined ? '' : ` ${doseMg} mg`} said taken for pain is analgesic use: an NSAID in use`;
  return `aspirin ${doseMg} mg a dose is read as an analgesic dose (the reference gives no number: this project reads ${r.analgesicMinMg} mg or more a dose as analgesic, ${r.lowMinMg}-${r.lowMaxMg} mg as low-dose)`;
}

/**
 * Interaction ids among drugs one of which is aspirin at an analgesic dose: with an NSAID among `drugs`, the low-dose
 * blunting row goes and the analgesic row comes (in the data's place: first, as the strictest).
 */
export function withAnalgesicAspirin(ids: readonly string[], drugs: readonly DrugId[]): string[] {
  if (!drugs.some((d) => drugNames(d).drugClass === 'nsaid')) return [...ids];
  const kept = ids.filter((id) => id !== ASPIRIN_LOW_DOSE_ROW && id !== ASPIRIN_ANALGESIC_ROW);
  return [ASPIRIN_ANALGESIC_ROW, ...kept];
}

/**
 * How a case shows an aspirin it holds, by its dose: "low dose, antiplatelet" or "analgesic dose: an NSAID in use"
 * (with the project's cut); nothing for another drug or a dose between the cuts.
 */
export function aspirinDoseLabel(
  name: string | undefined,
  doseMg: number | undefined,
  timesPerDay?: number,
  forPain = false,
): string | undefined {
  if (!isAspirinName(name)) return undefined;
  const dose = aspirinDoseOf(doseMg, false, timesPerDay, forPain);
  if (dose === 'low') return 'low dose, antiplatelet';
  if (dose === 'once-daily')
    return 'once daily: antiplatelet use (this project reads aspirin once a day as antiplatelet, not analgesic; the reference gives no number)';
  if (dose === 'analgesic' && (doseMg === undefined || doseMg < ASPIRIN_DOSE_READING.analgesicMinMg))
    return 'taken for pain: an NSAID in use';
  if (dose === 'analgesic')
    return `analgesic dose: an NSAID in use (this project reads ${ASPIRIN_DOSE_READING.analgesicMinMg} mg or more a dose as analgesic; the reference gives no number)`;
  return undefined;
}
