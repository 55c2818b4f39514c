import type { Medication } from '../../src/clinical/case/case-facts.js';
import { opioidLine, type OpioidLine } from '../../src/clinical/case/case-opioids.js';
import type { OutputMessage } from '../turn-types.js';
import { type AnswerLine, renderAnswer } from './answer-message.js';
import { entryLine } from './knowledge-lines.js';
import { fmt } from './number-format.js';
import {
  combinationByBrand,
  type DrugMention,
  drugNames,
  MME_SOURCE,
  productByName,
  productOf,
  SOURCE,
} from './ports.js';
import { erLaLine } from './tablet-mme.js';

/**
 * "Swap the fentanyl patch for OxyContin 20 bd, same dose?", "switch from Percocet to MS Contin 15 bd, equivalent?":
 * one opioid changed for another. The MME is an estimate of risk, not a conversion table (clinical-reference.md
 * section 4), so the answer never calls the swap equivalent: it gives each opioid's MME with its factor, and the
 * ER/LA product rules (reference section 2) when the new one is ER/LA. Each swap word a data row with an example.
 */
export const SWAP_ROWS: readonly { words: string; example: string }[] = [
  { words: 'swap(?:ped|ping|s)?', example: 'could he swap the fentanyl patch for OxyContin 20 mg twice a day?' },
  { words: 'switch(?:ed|es|ing)?', example: 'switch from Percocet to MS Contin 15 bd, equivalent?' },
  { words: 'convert(?:ed|ing|s)?|rotat(?:e|ed|ing|ion)', example: 'rotate her from Norco 10/325 qid to Nucynta ER?' },
  {
    words: 'change (?:him|her|them|it|over)(?: over)? (?:from|to)',
    example: 'change him over from MS Contin 30 bd to OxyContin, same?',
  },
];
const SWAP = new RegExp(`\\b(?:${SWAP_ROWS.map((r) => r.words).join('|')})\\b`, 'i');

/** "same dose?", "equivalent?": the swap asked as an equivalence. */
const EQUIVALENT = /\b(?:same|equivalent|equal|equianalgesic|comparable)\b/i;

const isOpioid = (m: DrugMention): boolean => drugNames(m.drug).drugClass === 'opioid';

/** Two opioids named (or one named twice as two products) with a word of swapping one for the other. */
export function asksOpioidSwap(text: string, mentions: readonly DrugMention[]): boolean {
  const opioids = mentions.filter(isOpioid);
  if (opioids.length < 2 || !SWAP.test(text)) return false;
  // with no dose and no "same dose?" asked ("switch from tramadol to oxycodone?"), it asks about the two options
  const dosed = opioids.some((m) => m.doseMg !== undefined || m.dailyMg !== undefined);
  if (!dosed && !EQUIVALENT.test(text)) return false;
  const key = (m: DrugMention) => `${m.drug}/${productOf(m)?.display ?? ''}`;
  return new Set(opioids.map(key)).size >= 2;
}

/** The mention as a medication, with its product as typed, for the case's MME reading (case-opioids.ts). */
export function asMedication(m: DrugMention): Medication {
  const product = productByName(m.matched.toLowerCase()) ? m.matched.toLowerCase() : undefined;
  return {
    drug: m.drug,
    ...(m.doseMg !== undefined ? { doseMg: m.doseMg } : {}),
    ...(m.timesPerDay !== undefined ? { timesPerDay: m.timesPerDay } : {}),
    ...(m.dailyMg !== undefined && m.drug !== 'fentanyl' ? { dailyMg: m.dailyMg } : {}),
    ...(m.extendedRelease ? { extendedRelease: true } : {}),
    ...(product ? { product } : {}),
  };
}

/**
 * One opioid's MME line: typed with its dose, or, with no dose typed, the open case's own medicine of that drug
 * ("swap the Percocet for ..." mid-case: the Percocet the case records).
 */
export function mmeLine(m: DrugMention, held: readonly Medication[]): { line: OpioidLine; fromCase: boolean } {
  const typed = opioidLine(asMedication(m));
  if (typed.mme !== undefined) return { line: typed, fromCase: false };
  const recorded = held.find((h) => h.drug === m.drug);
  return recorded ? { line: opioidLine(recorded), fromCase: true } : { line: typed, fromCase: false };
}

export function mmeText(name: string, { line, fromCase }: { line: OpioidLine; fromCase: boolean }): string {
  const generic = drugNames(line.medication.drug).generic;
  const who = name.toLowerCase().includes(generic.split(' ')[0]!) ? name : `${name} (${generic})`;
  if (line.mme === undefined || line.dailyAmount === undefined)
    return line.noMme === 'no-factor'
      ? `${who}: no MME factor (a partial agonist)`
      : `${who}: no dose given, so no MME worked out`;
  const most = line.atMost ? ' (the most the prescription allows)' : '';
  const source = fromCase ? ', as the case records it' : '';
  return `${who} ${fmt(line.dailyAmount)} ${line.unit} x ${line.factor} = ${fmt(line.mme)} MME/day${most}${source}`;
}

/** The swap's answer: never "equivalent"; both MMEs with their factors; the ER/LA rules for an ER/LA new opioid. */
export function opioidSwapMessage(mentions: readonly DrugMention[], held: readonly Medication[]): OutputMessage {
  const opioids = mentions.filter(isOpioid);
  const from = opioids[0]!;
  const to = opioids.at(-1)!;
  const name = (m: DrugMention) =>
    productOf(m)?.display ??
    (combinationByBrand(m.matched)
      ? m.matched.charAt(0).toUpperCase() + m.matched.slice(1)
      : drugNames(m.drug).generic);
  const [fromName, toName] = [name(from), name(to)];
  const lines: AnswerLine[] = [
    {
      label: 'Not a conversion',
      text: 'MME is an estimate of risk, not a conversion table for switching opioids: the same MME does not make the two the same dose.',
      source: MME_SOURCE,
    },
    { label: 'Now', text: mmeText(fromName, mmeLine(from, held)), source: MME_SOURCE },
    { label: 'Proposed', text: mmeText(toName, mmeLine(to, held)), source: MME_SOURCE },
  ];
  if (from.drug === to.drug)
    lines.push({
      text: `Both are ${drugNames(to.drug).generic}, but different products: a named ER/LA product is never read as its immediate-release generic.`,
      source: SOURCE.clinicalReference,
    });
  const product = productOf(to);
  const erLa = opioidLine(asMedication(to)).extendedRelease;
  if (product && erLa && to.drug !== 'fentanyl') lines.push(erLaLine(product));
  else if (erLa && to.drug !== 'fentanyl') lines.push(entryLine('opioid.framework.immediate-release', 'ER/LA'));
  if (to.drug === 'fentanyl') lines.push(entryLine('label.fentanyl-patch'));
  if (erLa) lines.push(entryLine('opioid.cdc-er-la'));
  return renderAnswer({
    title: `${fromName} to ${toName}: not an equivalent swap by MME`,
    lines,
  });
}
