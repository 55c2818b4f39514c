import type { OutputMessage } from '../turn-types.js';
import { withLeadLines } from './lead-lines.js';
import { type DrugMention, extractCaseFacts } from './ports.js';

/** The guideline offers these only in its radicular branch ("if radicular symptoms are present or suspected" [1]). */
const RADICULAR_ONLY_DRUGS: ReadonlySet<string> = new Set(['gabapentin', 'pregabalin']);

/**
 * "gabapentin for axial back pain, no leg pain - dose?": the question says the pain is not radicular, so the
 * guideline's gabapentinoid does not apply to this patient; the answer says so first, with the guideline's options for
 * non-radicular pain, then its dose lines (asked for, and labelled radicular pain only).
 */
export function withRadicularScope(
  message: OutputMessage,
  text: string,
  receivedAt: string,
  mentions: readonly DrugMention[],
): OutputMessage {
  const named = [...new Set(mentions.filter((m) => RADICULAR_ONLY_DRUGS.has(m.drug)).map((m) => m.drug))];
  if (!named.length || extractCaseFacts(text, receivedAt).patch.radicular !== 'no') return message;
  return withLeadLines(message, [
    `**Not for non-radicular pain:** the guideline gives ${named.join(' and ')} only when radicular symptoms (leg pain, paresthesias, weakness) are present or suspected; for non-radicular pain its options are duloxetine or an NSAID at an adequate dose, then tramadol.`,
  ]);
}
