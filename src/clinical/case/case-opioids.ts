import { MME_FACTORS, MME_LIMITS } from '../calculators/clinical-params.js';
import { calculateMme, type MmeItem } from '../calculators/mme.js';
import { drugNames } from '../knowledge/drug-catalogue.js';
import { productByName } from '../knowledge/named-products.js';
import type { Medication } from './case-facts.js';
import { drugClassOf } from './medication-facts.js';

/**
 * The case's opioids in morphine milligram equivalents (clinical-reference.md section 4, CDC 2022 factors, the
 * project's MME calculator) and whether each is an extended-release or long-acting product (section 2, ER/LA list).
 * Pure: medications in, one line per opioid and the total out; the dialogs word it.
 */
export interface OpioidLine {
  medication: Medication;
  /** "oxycodone", or the product as typed ("OxyContin") when the case holds one. */
  name: string;
  extendedRelease: boolean;
  /** MME/day, when the dose and how often are known and the drug has a CDC factor. */
  mme?: number;
  factor?: number;
  /** mg/day, or mcg/hr for the fentanyl patch. */
  dailyAmount?: number;
  unit?: 'mg/day' | 'mcg/hr';
  /** The MME is the most a range or as-needed regimen allows. */
  atMost?: boolean;
  /** The MME counts the use said ("she takes 12 a day"), above the prescription's maximum. */
  takenAbove?: boolean;
  /** Why no MME: the dose or how often is missing, or buprenorphine (a partial agonist has no factor). */
  noMme?: 'dose-unknown' | 'no-factor' | 'non-oral';
}

export interface CaseOpioids {
  lines: OpioidLine[];
  /** Sum over the lines with an MME (undefined when none has one). */
  totalMme?: number;
  /** Some opioid's MME could not be computed: the total is a floor. */
  incomplete: boolean;
  atOrAboveReassess: boolean;
  atOrAboveAvoid: boolean;
  thresholds: { reassess: number; avoid: number };
}

const ER_KINDS = new Set(['er-la', 'tramadol-er', 'fentanyl-patch']);

/** An extended-release or long-acting product: a named ER/LA product, an ER word after the generic, or a patch. */
export function isExtendedRelease(m: Medication): boolean {
  if (m.extendedRelease) return true;
  if (m.drug === 'fentanyl' || m.drug === 'methadone') return true;
  const product = m.product ? productByName(m.product) : undefined;
  return product !== undefined && ER_KINDS.has(product.kind);
}

export const isOpioidMedication = (m: Medication): boolean => drugClassOf(m.drug) === 'opioid';

/**
 * The mg a day of the use said of a range or as-needed prescription ("she actually takes 12 a day": 12 tablets x the
 * mg a tablet), kept in Medication.takenTablets; undefined when none was said.
 */
export function takenDailyMg(m: Medication): { mg: number; mgPerTablet: number } | undefined {
  if (m.takenTablets === undefined || m.doseMg === undefined) return undefined;
  const mgPerTablet = m.tablets ? m.doseMg / m.tablets : m.doseMg;
  return { mg: m.takenTablets * mgPerTablet, mgPerTablet };
}

/** Stated use above the prescription's maximum: the total counts what is taken (reference section 4). */
function takenAboveMost(m: Medication): number | undefined {
  const taken = takenDailyMg(m)?.mg;
  return taken !== undefined && m.mostDailyMg !== undefined && taken > m.mostDailyMg ? taken : undefined;
}

function mmeItem(m: Medication): MmeItem | undefined {
  if (m.drug === 'fentanyl') return m.doseMg !== undefined ? { drug: m.drug, mcgPerHour: m.doseMg } : undefined;
  // a range or as-needed regimen: the most it allows (clinical-reference.md section 4), or more when more is taken
  if (m.mostDailyMg !== undefined) return { drug: m.drug, dailyMg: takenAboveMost(m) ?? m.mostDailyMg };
  if (m.doseMg !== undefined && m.timesPerDay !== undefined)
    return { drug: m.drug, doseMg: m.doseMg, timesPerDay: m.timesPerDay };
  if (m.dailyMg !== undefined) return { drug: m.drug, dailyMg: m.dailyMg };
  return undefined;
}

function displayName(m: Medication): string {
  const product = m.product ? productByName(m.product) : undefined;
  return product?.display ?? drugNames(m.drug).generic;
}

export function opioidLine(m: Medication): OpioidLine {
  const base: OpioidLine = { medication: m, name: displayName(m), extendedRelease: isExtendedRelease(m) };
  // an IV, IM or subcut dose: the CDC 2022 factors are for oral doses (clinical-reference.md section 4)
  if (m.nonOralRoute) return { ...base, noMme: 'non-oral' };
  const item = mmeItem(m);
  if (!item) return { ...base, noMme: m.drug === 'buprenorphine' ? 'no-factor' : 'dose-unknown' };
  const result = calculateMme([item], MME_FACTORS, MME_LIMITS);
  if (result.kind !== 'ok') return { ...base, noMme: 'no-factor' };
  const line = result.lines[0]!;
  return {
    ...base,
    mme: line.mme,
    factor: line.factor,
    dailyAmount: line.dailyAmount,
    unit: line.unit,
    ...(takenAboveMost(m) !== undefined ? { takenAbove: true } : m.mostDailyMg !== undefined ? { atMost: true } : {}),
  };
}

/** MME/day over the given opioids (the case's held ones, or a proposed start). */
export function caseOpioids(medications: readonly Medication[]): CaseOpioids {
  const lines = medications.filter(isOpioidMedication).map(opioidLine);
  const counted = lines.filter((l) => l.mme !== undefined);
  const total = counted.length ? Math.round(counted.reduce((s, l) => s + l.mme!, 0) * 10) / 10 : undefined;
  return {
    lines,
    ...(total !== undefined ? { totalMme: total } : {}),
    incomplete: counted.length < lines.length,
    atOrAboveReassess: total !== undefined && total >= MME_LIMITS.reassess,
    atOrAboveAvoid: total !== undefined && total >= MME_LIMITS.avoid,
    thresholds: { reassess: MME_LIMITS.reassess, avoid: MME_LIMITS.avoid },
  };
}
