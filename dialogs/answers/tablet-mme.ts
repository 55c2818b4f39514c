import type { MmeItem } from '../../src/clinical/calculators/mme.js';
import type { AnswerLine } from './answer-message.js';
import { erLaLine } from './named-product-answer.js';
import {
  type CombinationProduct,
  combinationByBrand,
  combinationByOpioid,
  type DrugMention,
  dosingFor,
  drugNames,
  formatStrength,
  getEntry,
  productOf,
  readTabletRegimen,
  SOURCE,
  strengthsForName,
  type TabletRegimen,
  tabletsPerDay,
} from './ports.js';

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
}

const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 1 });
const plural = (n: number, word: string): string => `${fmt(n)} ${word}${n === 1 ? '' : 's'}`;

/**
 * The MME item for one mention read as tablets, a question to ask (string), or undefined when the mention is not
 * written as tablets (the ordinary dose reader handles it). `after` is the text after the name, up to the next drug.
 */
export function tabletItem(m: DrugMention, after: string, hint: string): TabletItem | string | undefined {
  const named = productOf(m);
  // An ER/LA product is said to be one, never computed as if it were its immediate-release generic.
  if (named && named.kind !== 'gabapentin-product' && m.drug !== 'fentanyl' && m.dailyMg !== undefined)
    return { item: { drug: m.drug, dailyMg: m.dailyMg }, lines: [erLaLine(named)], acetaminophenMg: 0, atMost: false };
  if (named && m.drug === 'fentanyl' && m.doseMg !== undefined && m.unit === 'mcg/hr')
    return {
      item: { drug: m.drug, mcgPerHour: m.doseMg },
      lines: [erLaLine(named)],
      acetaminophenMg: 0,
      atMost: false,
    };
  const reading = readTabletRegimen(after);
  const byBrand = combinationByBrand(m.matched);
  const product = byBrand ?? (reading.strength ? combinationByOpioid(m.drug) : undefined);
  if (product) return productItem(m, product, reading, hint);
  if (!reading.atMost || reading.mgPerTablet === undefined || m.drug === 'fentanyl') return undefined;
  const tablets = tabletsPerDay(reading);
  if (tablets === undefined) return undefined;
  const name = drugNames(m.drug).generic;
  const dailyMg = reading.mgPerTablet * tablets;
  return {
    item: { drug: m.drug, dailyMg },
    lines: [
      {
        text: `${name} ${fmt(reading.mgPerTablet)} mg ${MOST}: ${countText(reading, tablets)}.`,
        source: SOURCE.clinicalReference,
      },
    ],
    acetaminophenMg: 0,
    atMost: true,
  };
}

function productItem(
  m: DrugMention,
  product: CombinationProduct,
  reading: TabletRegimen,
  hint: string,
): TabletItem | string | undefined {
  const allowed = strengthsForName(product, m.matched);
  const listed = allowed.map(formatStrength).join(', ');
  const brand = m.matched.charAt(0).toUpperCase() + m.matched.slice(1);
  let strength = allowed.length === 1 ? allowed[0] : undefined;
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
  }
  if (reading.strength) {
    const typed = reading.strength;
    strength = allowed.find((s) => s.opioidMg === typed.opioidMg && s.acetaminophenMg === typed.acetaminophenMg);
    if (!strength)
      return `${typed.opioidMg}/${typed.acetaminophenMg} is not one of the ${brand} strengths I have (${product.generic}: ${listed}). Give the strength from the label. No MME was calculated.`;
  }
  if (!strength)
    return `Which ${brand} strength? ${product.generic} comes as ${listed} (opioid mg / acetaminophen mg). Give it with the tablets and how often, e.g. "MME ${brand} ${formatStrength(allowed[allowed.length - 1] ?? allowed[0]!).replace(/^#\d = /, '')} 2 tabs q6h". No MME was calculated.`;
  const tablets = tabletsPerDay(count);
  if (tablets === undefined) return `I need how often ${brand} is taken. ${hint}`;
  const opioidMg = strength.opioidMg * tablets;
  const acetaminophenMg = strength.acetaminophenMg * tablets;
  const most = count.atMost ? ` ${MOST}` : '';
  const lines: AnswerLine[] = [
    {
      text: `${brand} ${strength.opioidMg}/${strength.acetaminophenMg}${most}: ${countText(count, tablets)} = ${fmt(opioidMg)} mg ${drugNames(product.opioid).generic} and ${fmt(acetaminophenMg)} mg acetaminophen a day.`,
      source: product.source,
    },
  ];
  const limit = productLimitLine(product, tablets);
  if (limit) lines.push(limit);
  return { item: { drug: product.opioid, dailyMg: opioidMg }, lines, acetaminophenMg, atMost: count.atMost, tablets };
}

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

function entrySource(id: string): string | undefined {
  const entry = getEntry(id);
  return entry.origin === 'reference' ? entry.source : undefined;
}
