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
  return aspirinDoseOf(
    m.doseMg,
    LOW_WORDS.test(lower.slice(Math.max(0, m.start - 20), m.start)),
    m.timesPerDay,
    m.forPain,
  );
}

const isAspirin = (m: DrugMention): boolean => isAspirinName(m.matched);

const ANALGESIC_ROW = interactionRules.find((r) => r.id === ASPIRIN_ANALGESIC_ROW)!;

/** The blunting line for aspirin read as antiplatelet by its once-a-day frequency, not by a low dose. */
const onceDailyText = (doseMg: number): string =>
  `Ibuprofen with aspirin ${doseMg} mg once daily (antiplatelet use): ibuprofen can blunt aspirin's antiplatelet effect.`;

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
  const dose = aspirin && nsaidName ? aspirinDose(lower, aspirin) : 'unknown';
  // an analgesic-size dose once a day is antiplatelet use, not low-dose: the blunting line says what was read
  if (aspirin && dose === 'once-daily')
    return findings.map((f) =>
      f.rule.id === ASPIRIN_LOW_DOSE_ROW ? { ...f, rule: { ...f.rule, text: onceDailyText(aspirin.doseMg!) } } : f,
    );
  if (!aspirin || !nsaidName || dose !== 'analgesic') return [...findings];
  const kept = findings.filter((f) => f.rule.id !== ASPIRIN_LOW_DOSE_ROW);
  const row: Finding = {
    rule: { ...ANALGESIC_ROW, text: `${ANALGESIC_ROW.text} Here ${analgesicAspirinNote(aspirin.doseMg)}.` },
    severity: 'avoid',
    pair: [nsaidName, aspirin.matched.toLowerCase()],
  };
  return [row, ...kept];
}
