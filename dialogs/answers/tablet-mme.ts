import type { MmeItem } from '../../src/clinical/calculators/mme.js';
import type { AnswerLine } from './answer-message.js';
import {
  type CombinationProduct,
  combinationByBrand,
  combinationByOpioid,
  type DrugMention,
  dosingFor,
  drugNames,
  formatStrength,
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
}

const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 1 });
const plural = (n: number, word: string): string => `${fmt(n)} ${word}${n === 1 ? '' : 's'}`;

/**
 * The MME item for one mention read as tablets, a question to ask (string), or undefined when the mention is not
 * written as tablets (the ordinary dose reader handles it). `after` is the text after the name, up to the next drug.
 */
export function tabletItem(m: DrugMention, after: string, hint: string): TabletItem | string | undefined {
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
        text: `${name} ${fmt(reading.mgPerTablet)} mg: ${countText(reading, tablets)} (the maximum the prescription allows).`,
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
  // "percocet 5 q6h": the opioid part alone names a strength when exactly one listed strength has it.
  const opioidOnly = reading.strength ? undefined : (reading.leadMg ?? reading.mgPerTablet);
  if (opioidOnly !== undefined) {
    const matching = allowed.filter((s) => s.opioidMg === opioidOnly);
    if (matching.length !== 1)
      return `"${fmt(opioidOnly)}" is not one of the ${brand} strengths I have (${product.generic}: ${listed}). Give the strength and the tablets per dose. No MME was calculated.`;
    strength = matching[0];
  }
  if (reading.strength) {
    const typed = reading.strength;
    strength = allowed.find((s) => s.opioidMg === typed.opioidMg && s.acetaminophenMg === typed.acetaminophenMg);
    if (!strength)
      return `${typed.opioidMg}/${typed.acetaminophenMg} is not one of the ${brand} strengths I have (${product.generic}: ${listed}). Give the strength from the label. No MME was calculated.`;
  }
  if (!strength)
    return `Which ${brand} strength? ${product.generic} comes as ${listed} (opioid mg / acetaminophen mg). Give it with the tablets and how often, e.g. "MME ${brand} ${formatStrength(allowed[allowed.length - 1] ?? allowed[0]!).replace(/^#\d = /, '')} 2 tabs q6h". No MME was calculated.`;
  const tablets = tabletsPerDay(reading);
  if (tablets === undefined) return `I need how often ${brand} is taken. ${hint}`;
  const opioidMg = strength.opioidMg * tablets;
  const acetaminophenMg = strength.acetaminophenMg * tablets;
  const most = reading.atMost ? ' (the maximum the prescription allows)' : '';
  return {
    item: { drug: product.opioid, dailyMg: opioidMg },
    lines: [
      {
        text: `${brand} ${strength.opioidMg}/${strength.acetaminophenMg}: ${countText(reading, tablets)}${most} = ${fmt(opioidMg)} mg ${drugNames(product.opioid).generic} and ${fmt(acetaminophenMg)} mg acetaminophen a day.`,
        source: product.source,
      },
    ],
    acetaminophenMg,
    atMost: reading.atMost,
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
