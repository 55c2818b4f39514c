import { capital } from '../capital.js';
import type { MmeItem } from '../../src/clinical/calculators/mme.js';
import type { Medication } from '../../src/clinical/case/case-facts.js';
import { takenDailyMg } from '../../src/clinical/case/case-opioids.js';
import type { CombinationStrength } from '../../src/clinical/knowledge/combination-products.js';
import {
  MME_SOURCE,
  mmeFactorFor,
  NALOXONE_RISK,
  naloxoneLabel,
  naloxoneReasons,
} from '../../src/clinical/knowledge/mme-factors.js';
import { dailyTabletsSaid } from '../../src/clinical/language/daily-tablets.js';
import { extractCaseFacts } from '../../src/clinical/language/index.js';
import { turnReceivedAt } from '../../src/clinical/language/shared-readings.js';
import { FORMULATION_AFTER } from '../../src/clinical/language/product-reading.js';
import type { AnswerLine } from './answer-message.js';
import { entryLine } from './knowledge-lines.js';
import { mostDose } from './most-dose.js';
import {
  type CombinationProduct,
  combinationByBrand,
  combinationByOpioid,
  isCombinationGenericName,
  type DrugId,
  type DrugMention,
  dosingFor,
  drugNames,
  formatStrength,
  getEntry,
  interactionRules,
  type NamedProduct,
  productOf,
  readTabletRegimen,
  SOURCE,
  strengthsForName,
  type TabletRegimen,
  tabletsPerDay,
} from './ports.js';
import { fmt } from './number-format.js';

/**
 * MME from tablets (clinical-reference.md sections 2 and 4): a combination tablet counts its opioid part, "2 tabs"
 * multiplies both parts, a range or as-needed regimen is computed at the most it allows (and says so), and a
 * strength not in the reference's list is asked for, never guessed.
 */
export interface TabletItem {
  item: MmeItem;
  lines: AnswerLine[];
  acetaminophenMg: number;
  atMost: boolean;
  /** Tablets a day, for a combination product. */
  tablets?: number;
  /** Said only beside a stated use (a scheduled dose the ordinary reader computes alone). */
  onlyBesideUse?: true;
  /** The stated use, in MME/day, when it is below the prescription's maximum (the headline says both). */
  statedMme?: number;
}

const plural = (n: number, word: string): string => `${fmt(n)} ${word}${n === 1 ? '' : 's'}`;

/**
 * The MME item for one mention read as tablets, a question to ask (string), or undefined when the mention is not
 * written as tablets (the ordinary dose reader handles it). `after` is the text after the name, up to the next drug.
 */
const ER_LA_KINDS = new Set(['er-la', 'tramadol-er']);

/**
 * The regimen text after a name without its formulation word ("morphine IR 15 q4h prn" -> " 15 q4h prn"): the
 * reader has already taken the word (an ER word names the product), and the regimen is read after it.
 */
export const regimenAfter = (after: string): string => after.replace(FORMULATION_AFTER, '');

export function tabletItem(m: DrugMention, typedAfter: string): TabletItem | string | undefined {
  const after = regimenAfter(typedAfter);
  if (m.drug === 'fentanyl') return patchItem(m, after);
  const named = productOf(m);
  // An ER/LA product is said to be one, never computed as if it were its immediate-release generic.
  if (named && ER_LA_KINDS.has(named.kind) && m.dailyMg !== undefined) {
    const most = mostDose(m, after);
    const dailyMg = most?.dailyMg ?? m.dailyMg;
    const lines = [erLaLine(named)];
    if (most) lines.push({ text: `${named.display} ${MOST}: ${most.text}.`, source: SOURCE.clinicalReference });
    return { item: { drug: m.drug, dailyMg }, lines, acetaminophenMg: 0, atMost: most !== undefined };
  }
  const reading = readTabletRegimen(after);
  const byBrand = combinationByBrand(m.matched);
  const product = byBrand ?? (reading.strength ? combinationByOpioid(m.drug) : undefined);
  if (product) {
    // "tylenol #3 2 q4h, using 10 a day": a name of one strength gives the tablet's opioid mg for the use said
    const only = strengthsForName(product, m.matched);
    const mgPerTablet = reading.strength?.opioidMg ?? (only.length === 1 ? only[0]!.opioidMg : undefined);
    return withTakenNow(productItem(m, product, reading), after, mgPerTablet);
  }
  if (!reading.atMost) return withTakenNow(scheduledItem(m, reading), after, reading.mgPerTablet ?? reading.leadMg);
  // "oxycodone 15 mg q4h prn", "tramadol 50-100 q4-6h prn": the most the prescription allows (reference section 4).
  const most = mostDose(m, after);
  if (!most) return undefined;
  const item: TabletItem = {
    item: { drug: m.drug, dailyMg: most.dailyMg },
    lines: [{ text: `${drugNames(m.drug).generic} ${MOST}: ${most.text}.`, source: SOURCE.clinicalReference }],
    acetaminophenMg: 0,
    atMost: true,
  };
  return withTakenNow(item, after, reading.mgPerTablet ?? reading.leadMg);
}

/**
 * A single-drug scheduled regimen: its daily dose read already, or "oxycodone 5 mg, takes 1/2 tab bid": a tablet with a part (or several) a dose that the drug reader left
 * without a daily dose: mg a tablet x tablets a dose x doses a day (clinical-reference.md section 4: multiply by the
 * tablets a dose). Undefined when any of the three is missing or the reader already has the day's dose.
 */
function scheduledItem(m: DrugMention, reading: TabletRegimen): TabletItem | undefined {
  const mg = reading.mgPerTablet ?? reading.leadMg;
  const { tabletsPerDose: each, timesPerDay: times } = reading;
  // "hydrocodone 10 mg q4h": the reader's daily dose is the prescription's maximum (a use said is put beside it)
  if (m.dailyMg !== undefined) {
    const text = `${drugNames(m.drug).generic} as prescribed (the prescription's maximum): ${fmt(m.dailyMg)} mg/day.`;
    const lines = [{ text, source: SOURCE.clinicalReference }];
    return {
      item: { drug: m.drug, dailyMg: m.dailyMg },
      lines,
      acetaminophenMg: 0,
      atMost: false,
      onlyBesideUse: true,
    };
  }
  if (mg === undefined || each === undefined || times === undefined) return undefined;
  const dailyMg = mg * each * times;
  const text = `${drugNames(m.drug).generic} ${fmt(mg)} mg tablets: ${countText(reading, each * times)} = ${fmt(dailyMg)} mg a day.`;
  return {
    item: { drug: m.drug, dailyMg },
    lines: [{ text, source: SOURCE.clinicalReference }],
    acetaminophenMg: 0,
    atMost: false,
  };
}

/**
 * The tablets a day the patient is said to take beside the prescription ("1-2 tabs q6h prn; she actually only uses
 * about 3 tabs a day", daily-tablets.ts): both are said, each labelled, with its MME (clinical-reference.md section
 * 4). The total counts the higher of the two, so the headline carries the stricter figure.
 */
function withTakenNow(
  found: TabletItem | string | undefined,
  after: string,
  mgPerTablet: number | undefined,
): TabletItem | string | undefined {
  if (typeof found !== 'object' || found.item.dailyMg === undefined || mgPerTablet === undefined)
    return found && typeof found === 'object' && found.onlyBesideUse ? undefined : found;
  const said = dailyTabletsSaid(after.toLowerCase(), []);
  const taken = said && takenNowText(found.item.drug, said.tablets, mgPerTablet, found.item.dailyMg);
  if (!said || !taken) return found.onlyBesideUse ? undefined : found;
  const takenMg = said.tablets * mgPerTablet;
  const line: AnswerLine = { label: 'Taken now (as said)', text: taken, source: MME_SOURCE };
  const above = takenMg > found.item.dailyMg;
  const item = above ? { ...found.item, dailyMg: takenMg } : found.item;
  const factor = mmeFactorFor(found.item.drug)?.factor;
  const below = takenMg < found.item.dailyMg && typeof factor === 'number';
  const stated = below ? { statedMme: Math.round(takenMg * factor * 10) / 10 } : {};
  // "1 q6h prn, she takes 14 a day": the acetaminophen is counted from the tablets taken too, as the MME is
  const apap =
    above && found.tablets && found.acetaminophenMg > 0
      ? { acetaminophenMg: (found.acetaminophenMg / found.tablets) * said.tablets, tablets: said.tablets }
      : {};
  const { onlyBesideUse: _, ...kept } = found;
  return { ...kept, ...stated, ...apap, item, lines: [...found.lines, line] };
}

/**
 * "3 tablets of 5 mg = 15 mg oxycodone/day x 1.5 = 22.5 MME/day, below the prescription's maximum (40 mg/day = 60
 * MME/day)": the stated use beside the prescription's maximum, each with its MME (quick answers and the case's
 * opioid lines alike). Undefined when they are the same or the drug has no mg factor.
 */
export function takenNowText(
  drug: DrugId,
  tablets: number,
  mgPerTablet: number,
  prescribedMg: number,
): string | undefined {
  const factor = mmeFactorFor(drug);
  if (factor?.factor == null || factor.unit !== 'mg') return undefined;
  const takenMg = tablets * mgPerTablet;
  if (takenMg === prescribedMg) return undefined;
  const mme = (mg: number): string => fmt(Math.round(mg * factor.factor * 10) / 10);
  const where = takenMg > prescribedMg ? 'above' : 'below';
  return `${plural(tablets, 'tablet')} of ${fmt(mgPerTablet)} mg = ${fmt(takenMg)} mg ${drugNames(drug).generic}/day x ${factor.factor} = ${mme(takenMg)} MME/day, ${where} the prescription's maximum (${fmt(prescribedMg)} mg/day = ${mme(prescribedMg)} MME/day).${takenMg > prescribedMg ? ' The total counts what is taken.' : ''}`;
}

/**
 * The use said of a single-drug opioid's range or as-needed prescription, kept in the case (Medication.takenTablets),
 * beside the prescription's maximum (takenNowText). Undefined when none was said.
 */
export function statedUseText(m: Medication): string | undefined {
  const taken = takenDailyMg(m);
  if (m.takenTablets === undefined || m.mostDailyMg === undefined || !taken) return undefined;
  return takenNowText(m.drug, m.takenTablets, taken.mgPerTablet, m.mostDailyMg);
}

/** A mg amount typed right after a patch's name ("fentanyl 50 mg patch"): not a patch unit, so it is asked about. */
const PATCH_IN_MG = /^[^\d]{0,30}\d{1,4}(?:\.\d{1,2})?\s?(?:mg|milligrams?)\b/i;

/**
 * The fentanyl patch rate in mcg/hr: typed as mcg/hr (or mcg), or a bare number ("fentanyl 50 patch"), which for a
 * patch is its strength in mcg/hr; a typed mg is not a patch unit ('mg'); undefined when no strength was typed.
 */
export function patchRate(m: DrugMention, after: string): number | 'mg' | undefined {
  if (m.doseMg === undefined) return undefined;
  if (m.unit === 'mcg/hr') return m.doseMg;
  if (m.unit === 'g' || PATCH_IN_MG.test(after)) return 'mg';
  return m.doseMg;
}

const PATCH_HINT = 'Give the fentanyl patch strength in mcg/hr, e.g. "MME fentanyl 25 mcg/hr".';

/**
 * A fentanyl patch as an MME item: the rate in mcg/hr x the CDC 2022 factor per mcg/hr (clinical-reference.md
 * section 4), with the patch's own facts: ER/LA, for opioid-tolerant patients only, never an opioid start.
 */
function patchItem(m: DrugMention, after: string): TabletItem | string {
  const rate = patchRate(m, after);
  if (rate === 'mg') return `A fentanyl patch is dosed in mcg/hr, not mg. ${PATCH_HINT} No MME was calculated.`;
  if (rate === undefined) return PATCH_HINT;
  const product = productOf(m);
  const lines: AnswerLine[] = product ? [erLaLine(product)] : [];
  lines.push(entryLine('label.fentanyl-patch'));
  return { item: { drug: 'fentanyl', mcgPerHour: rate }, lines, acetaminophenMg: 0, atMost: false };
}

/** "ER/LA: the guideline starts immediate-release opioids first [1]", with the guideline's own number. */
export function erLaLine(product: NamedProduct): AnswerLine {
  const entry = getEntry('opioid.framework.immediate-release');
  return {
    label: 'ER/LA',
    text: `${product.display} is an extended-release or long-acting opioid; the guideline starts immediate-release opioids first: "${entry.text}"`,
    ...(entry.origin === 'guideline' ? { cites: entry.cites } : {}),
  };
}

/** "codeine/paracetamol 30/500": an opioid and acetaminophen joined by a slash name one combination tablet. */
const SLASH = /^\s?\/\s?$/;

/**
 * Mentions with each "opioid/acetaminophen" pair read as one combination product of the opioid, its name spanning
 * both ("oxycodone/acetaminophen 5/325 2 q6h"), so the strength after it is read as the tablet's, not as an
 * acetaminophen dose.
 */
export function joinCombinations(text: string, mentions: readonly DrugMention[]): DrugMention[] {
  const out: DrugMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const next = mentions[i + 1];
    if (
      next?.drug === 'acetaminophen' &&
      combinationByOpioid(m.drug) !== undefined &&
      SLASH.test(text.slice(m.end, next.start))
    ) {
      out.push({ drug: m.drug, matched: text.slice(m.start, next.end), start: m.start, end: next.end });
      i++;
    } else out.push(m);
  }
  return out;
}

/** True when the mention names an opioid/acetaminophen tablet: a brand, or a generic typed with an "X/Y" strength. */
export function isCombination(m: DrugMention, after: string): boolean {
  if (combinationByBrand(m.matched)) return true;
  return combinationByOpioid(m.drug) !== undefined && readTabletRegimen(after).strength !== undefined;
}

const EPOCH = '1970-01-01T00:00:00.000Z';

/** The naloxone risk factors of the patient's history a question states (clinical-reference.md section 4). */
export const HISTORY_RISKS = [
  { condition: 'overdose-history', reason: 'a history of overdose' },
  { condition: 'substance-use-disorder', reason: 'a history of substance use disorder' },
] as const;

/** The history risk factors said of the patient (read as the case reads them: "no hx of overdose" is none). */
export function riskHistory(lower: string): string[] {
  if (!lower) return [];
  const conditions = extractCaseFacts(lower, turnReceivedAt() ?? EPOCH).patch.conditions ?? {};
  return HISTORY_RISKS.filter((r) => conditions[r.condition] === 'yes').map((r) => r.reason);
}

/**
 * A drug for the naloxone line: its id, or a record or mention that says how it was typed ("diazepam" for the
 * benzodiazepine class, "norco"), so the label names the drug, not its class.
 */
export type NamedDrug =
  | DrugId
  | { drug: DrugId; product?: string | undefined; name?: string | undefined; matched?: string | undefined };
const idOf = (d: NamedDrug): DrugId => (typeof d === 'string' ? d : d.drug);
/** The drug as typed when its id is a class ("diazepam"), else its generic name. */
function nameOf(d: NamedDrug): string {
  const generic = drugNames(idOf(d)).generic;
  if (typeof d === 'string') return generic;
  return d.product ?? d.name ?? (d.matched && drugNames(d.drug).classRow ? d.matched.toLowerCase() : generic);
}

/**
 * The naloxone line (clinical-reference.md section 4: offer naloxone at >= 50 MME/day, with a benzodiazepine, or with
 * a history of substance use disorder or overdose: `history`, safety-lines.ts riskHistory), with the reasons this
 * question meets; undefined when it meets none.
 */
export function naloxoneLine(
  totalMme: number | undefined,
  drugs: readonly NamedDrug[],
  history: readonly string[] = [],
): AnswerLine | undefined {
  const classes: readonly string[] = NALOXONE_RISK.withDrugClasses;
  const opioid = drugs.some((d) => drugNames(idOf(d)).drugClass === 'opioid');
  const benzodiazepines = opioid ? drugs.filter((d) => classes.includes(drugNames(idOf(d)).drugClass)).map(nameOf) : [];
  const reasons = naloxoneReasons({ mme: totalMme, benzodiazepines });
  // the patient's history (overdose, substance use disorder), said with an opioid taken
  if (opioid) reasons.push(...history.filter((h) => !reasons.includes(h)));
  if (!reasons.length) return undefined;
  return { ...entryLine(NALOXONE_RISK.entry), label: naloxoneLabel(reasons) };
}

/**
 * The opioid + benzodiazepine interaction line is the FDA's 2016 boxed warning (clinical-reference.md section 3):
 * labelled so, wherever an answer shows it.
 */
const BOXED = interactionRules.find((r) => r.id === 'interaction.opioid-benzodiazepine');
export function labelBoxedWarning(lines: AnswerLine[]): AnswerLine[] {
  return lines.map((l) => (BOXED && l.text === BOXED.text ? { ...l, label: 'Boxed warning' } : l));
}

function productItem(
  m: DrugMention,
  product: CombinationProduct,
  reading: TabletRegimen,
): TabletItem | string | undefined {
  const allowed = strengthsForName(product, m.matched);
  const listed = allowed.map(formatStrength).join(', ');
  const brand = m.matched.charAt(0).toUpperCase() + m.matched.slice(1);
  if (!allowed.length && !reading.strength)
    return `Which ${brand} strength? Give it as ${product.generic} mg a tablet with the tablets and how often, e.g. "MME ${m.matched} C/P 2 tabs qds" (C the ${product.opioid} mg and P the paracetamol mg a tablet). No MME was calculated.`;
  let strength: CombinationStrength | undefined = allowed.length === 1 ? allowed[0] : undefined;
  let asTyped: AnswerLine | undefined;
  // "percocet 5 q6h": the opioid part alone names a strength when exactly one listed strength has it; for a
  // one-strength product a small bare number is the tablet count ("ultracet 2 q4h").
  const opioidOnly = reading.strength ? undefined : (reading.leadMg ?? reading.mgPerTablet);
  let count = reading;
  if (opioidOnly !== undefined) {
    const matching = allowed.filter((s) => s.opioidMg === opioidOnly);
    if (matching.length === 1) strength = matching[0];
    else if (allowed.length === 1 && reading.leadCount !== undefined && reading.tabletsPerDose === undefined)
      count = { ...reading, tabletsPerDose: reading.leadCount };
    else
      return `"${fmt(opioidOnly)}" is not one of the ${brand} strengths I have (${product.generic}: ${listed}). Give the strength and the tablets per dose. No MME was calculated.`;
  } else if (reading.leadCount !== undefined && reading.tabletsPerDose === undefined)
    // "tylenol #3, takes 2 q6h": a count said with its verb is never a strength, whatever the product
    count = { ...reading, tabletsPerDose: reading.leadCount };
  if (reading.strength) {
    const typed = reading.strength;
    strength = allowed.find((s) => s.opioidMg === typed.opioidMg && s.acetaminophenMg === typed.acetaminophenMg);
    // A generic name ("codeine 15/500", "codeine/paracetamol 8/500") or a product with no listed strengths says the
    // strength itself: computed as typed, and said to be so. A brand's own list stays the check ("norco 10/500").
    if (!strength && (product.typedStrengths || isGenericName(m))) {
      strength = typed;
      asTyped = {
        text: `${typed.opioidMg}/${typed.acetaminophenMg} is read as typed: ${typed.opioidMg} mg ${drugNames(product.opioid).generic} and ${typed.acetaminophenMg} mg acetaminophen (paracetamol) a tablet. It is not among the strengths the reference lists${listed ? ` (${listed})` : ''}: check it against the label.`,
        source: SOURCE.clinicalReference,
      };
    }
    if (!strength)
      return `${typed.opioidMg}/${typed.acetaminophenMg} is not one of the ${brand} strengths I have (${product.generic}: ${listed}). Give the strength from the label. No MME was calculated.`;
  }
  if (!strength)
    return `Which ${brand} strength? ${product.generic} comes as ${listed} (opioid mg / acetaminophen mg). Give it with the tablets and how often, e.g. "MME ${brand} ${formatStrength(allowed[allowed.length - 1] ?? allowed[0]!).replace(/^#\d = /, '')} 2 tabs q6h". No MME was calculated.`;
  const tablets = tabletsPerDay(count);
  // "co-codamol 30/500 - MME?": the strength is known, the tablets a day are not (asked, never assumed)
  if (tablets === undefined) {
    const tablet = allowed.length === 1 ? brand : `${brand} ${strength.opioidMg}/${strength.acetaminophenMg}`;
    return `How many ${tablet} tablets a day? Give the count or the tablets and how often, e.g. "${tablet} 6 a day" or "${tablet} 2 tabs q6h". No MME was calculated.`;
  }
  const opioidMg = strength.opioidMg * tablets;
  const acetaminophenMg = strength.acetaminophenMg * tablets;
  const most = count.statedUse ? ` ${STATED_MOST}` : count.atMost ? ` ${MOST}` : '';
  const lines: AnswerLine[] = [
    {
      text: `${brand} ${strength.opioidMg}/${strength.acetaminophenMg}${most}: ${countText(count, tablets)} = ${fmt(opioidMg)} mg ${drugNames(product.opioid).generic} and ${fmt(acetaminophenMg)} mg acetaminophen a day.`,
      source: product.source,
    },
  ];
  if (asTyped) lines.push(asTyped);
  const limit = productLimitLine(product, tablets);
  if (limit) lines.push(limit);
  return { item: { drug: product.opioid, dailyMg: opioidMg }, lines, acetaminophenMg, atMost: count.atMost, tablets };
}

/** "codeine", "hydrocodone/apap", "codeine/paracetamol": a name that fixes no brand's strength list. */
function isGenericName(m: DrugMention): boolean {
  return (
    m.matched.includes('/') ||
    isCombinationGenericName(m.matched) ||
    m.matched.toLowerCase() === drugNames(m.drug).generic.toLowerCase()
  );
}

/** "Percocet (oxycodone)", "Tramadol": the name as typed with its generic when they differ. */
export function drugTitle(drug: DrugId, matched: string): string {
  const generic = drugNames(drug).generic;
  const said = matched.toLowerCase();
  return said && said !== generic.toLowerCase() && !generic.toLowerCase().includes(said)
    ? `${capital(said)} (${generic})`
    : capital(generic);
}

/** The top of a range of use said of the patient ("takes 4-5 a day"): stated use, not a prescription's maximum. */
export const STATED_MOST = 'at the top of the use said (stated use, not a prescription)';

/** What the prescription allows at its most, said wherever a range, "as needed" or a cap was read. */
export const MOST = "at the most this allows (the prescription's maximum)";

/** A product's own tablet limit (Ultracet: 8 tablets a day, 5 days; label.ultracet) against the tablets a day. */
export function productLimitLine(product: CombinationProduct, tablets: number): AnswerLine | undefined {
  const limit = product.limit;
  if (!limit) return undefined;
  const source = entrySource(limit.entry);
  const brand = product.brands[0]!.charAt(0).toUpperCase() + product.brands[0]!.slice(1);
  const where = tablets > limit.maxTabletsPerDay ? 'above' : tablets === limit.maxTabletsPerDay ? 'at' : 'within';
  return {
    label: 'Label',
    text: `${fmt(tablets)} tablets a day is ${where} the ${brand} label maximum of ${limit.maxTabletsPerDay} tablets a day; it is labelled for acute pain for ${limit.maxDays} days or less.`,
    ...(source ? { source } : {}),
  };
}

function countText(reading: TabletRegimen, tablets: number): string {
  const perDose = reading.tabletsPerDose ?? 1;
  if (reading.timesPerDay !== undefined && perDose * reading.timesPerDay === tablets)
    return `${plural(perDose, 'tablet')} x ${fmt(reading.timesPerDay)} a day = ${plural(tablets, 'tablet')}/day`;
  return `at most ${plural(tablets, 'tablet')}/day`;
}

/**
 * "acetaminophen 4,550 mg/day: above the 4,000 mg/day maximum": the headline's flag when the tablets' acetaminophen
 * passes the label's adult maximum (the strictest finding leads); undefined at or below it.
 */
export function acetaminophenOverFlag(totalMg: number): string | undefined {
  const max = dosingFor('acetaminophen').label.maxDailyMg;
  return max !== undefined && totalMg > max
    ? `acetaminophen ${fmt(totalMg)} mg/day: above the ${fmt(max)} mg/day maximum`
    : undefined;
}

/** The acetaminophen inside the tablets, against the label's adult maximum from all sources. */
export function acetaminophenLine(totalMg: number): AnswerLine {
  const max = dosingFor('acetaminophen').label.maxDailyMg;
  const over =
    max === undefined
      ? '; add any other acetaminophen the patient takes'
      : totalMg > max
        ? `: above the adult maximum of ${fmt(max)} mg/day from all sources`
        : `; adult maximum ${fmt(max)} mg/day from all sources, so add any other acetaminophen`;
  return { text: `acetaminophen ${fmt(totalMg)} mg/day from these tablets${over}.`, source: SOURCE.acetaminophenLabel };
}

/**
 * Words that ask what is left of the acetaminophen maximum ("how much more paracetamol can he take", "can she still
 * have tylenol on top", "room for extra apap?", "is that too much?"), each a data row with an example
 * (test/answers/dosing-classes.test.ts reads them).
 */
export const ROOM_ROWS: readonly { words: string; example: string }[] = [
  // not the product name "Tylenol Extra Strength"
  {
    words: 'more|extra(?![ -]?strength)|additional|else',
    example: 'how much more paracetamol can he have on norco 10/325 qid?',
  },
  { words: 'still|left|remain\\w*|spare', example: 'how much acetaminophen can he still take on Norco 10/325 qid?' },
  { words: 'on top|headroom|room|too much', example: 'percocet 5/325 2 q6h, room for tylenol on top?' },
];
const ROOM = new RegExp(`\\b(?:${ROOM_ROWS.map((r) => r.words).join('|')})\\b`);

/** The question asks what is left of a maximum ("room left", "how much more", "on top"). */
export const asksRoomLeft = (lower: string): boolean => ROOM.test(lower);

/** The question names acetaminophen as what it asks about (no amount typed) and asks what is left of the maximum. */
export function asksAcetaminophenRoom(lower: string, mentions: readonly DrugMention[]): boolean {
  return (
    asksRoomLeft(lower) &&
    mentions.some((m) => m.drug === 'acetaminophen' && m.doseMg === undefined && m.dailyMg === undefined)
  );
}

/**
 * What is left of the adult maximum (clinical-reference.md section 2: 4,000 mg/day from all sources, lower with liver
 * disease or regular alcohol use; the reference gives no lower figure, so none is said), with the liver entry.
 */
/**
 * What is left of the adult maximum after `totalMg`. `notCounted` names products that carry acetaminophen the total
 * could not count (no doses a day recorded): the room is then less by whatever they add, and the line says so.
 */
export function acetaminophenRoomLines(totalMg: number, notCounted: readonly string[] = []): AnswerLine[] {
  const max = dosingFor('acetaminophen').label.maxDailyMg;
  if (max === undefined) return [];
  const left = max - totalMg;
  const less = notCounted.length ? `, less whatever ${notCounted.join(' and ')} adds` : '';
  const text =
    left > 0
      ? `Left for all other acetaminophen: ${fmt(max)} - ${fmt(totalMg)} = ${fmt(left)} mg/day at most${less} (adult maximum from all sources).`
      : `No acetaminophen left: ${fmt(totalMg)} mg/day already ${left === 0 ? 'reaches' : 'exceeds'} the adult maximum of ${fmt(max)} mg/day from all sources.`;
  return [{ label: 'Room left', text, source: SOURCE.acetaminophenLabel }, entryLine('liver.acetaminophen')];
}

function entrySource(id: string): string | undefined {
  const entry = getEntry(id);
  return entry.origin === 'reference' ? entry.source : undefined;
}
