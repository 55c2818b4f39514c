import type { Finding } from './interactions.js';
import {
  ASPIRIN_ANALGESIC_ROW,
  ASPIRIN_DOSE_READING,
  ASPIRIN_LOW_DOSE_ROW,
  type AspirinDose,
  analgesicAspirinNote,
  aspirinDoseOf,
  isAspirinName,
} from '../../src/clinical/knowledge/aspirin-dose-reading.js';
import { type DrugMention, interactionRules } from './ports.js';

/**
 * Aspirin with an NSAID in a quick answer, by the aspirin dose said: the one reading (aspirin-dose-reading.ts) the case
 * uses too. A dose between the cuts, or none, keeps the low-dose line without the analgesic row.
 */
export type { AspirinDose };

const LOW_WORDS = /\b(?:baby|low[- ]dose|lo[- ]dose|junior)\s(?:\w+\s)?$/;
export const ANALGESIC_ASPIRIN_MG = ASPIRIN_DOSE_READING.analgesicMinMg;

export function aspirinDose(lower: string, m: DrugMention): AspirinDose {
  return aspirinDoseOf(m.doseMg, LOW_WORDS.test(lower.slice(Math.max(0, m.start - 20), m.start)), m.timesPerDay);
}

const isAspirin = (m: DrugMention): boolean => isAspirinName(m.matched);

const ANALGESIC_ROW = interactionRules.find((r) => r.id === ASPIRIN_ANALGESIC_ROW)!;

/**
 * The findings with the aspirin rows set by the dose said: an analgesic dose drops the low-dose blunting line and adds
 * the "not recommended" row with the project's cut said; a low or unknown dose keeps them as found.
 */
export function withAspirinDose(
  findings: readonly Finding[],
  mentions: readonly DrugMention[],
  lower: string,
  nsaidName: string | undefined,
): Finding[] {
  const aspirin = mentions.find(isAspirin);
  if (!aspirin || !nsaidName || aspirinDose(lower, aspirin) !== 'analgesic') return [...findings];
  const kept = findings.filter((f) => f.rule.id !== ASPIRIN_LOW_DOSE_ROW);
  const dose = analgesicAspirinNote(aspirin.doseMg!);
  const row: Finding = {
    rule: { ...ANALGESIC_ROW, text: `${ANALGESIC_ROW.text} Here ${dose}.` },
    severity: 'avoid',
    pair: [nsaidName, aspirin.matched.toLowerCase()],
  };
  return [row, ...kept];
}
