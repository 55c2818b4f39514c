import type { Finding } from './interactions.js';
import { ASPIRIN_NAMES, type DrugMention, interactionRules } from './ports.js';

/**
 * Aspirin with an NSAID, by the aspirin dose said (clinical-reference.md): section 2's ibuprofen row is for LOW-DOSE
 * aspirin ("taken with low-dose aspirin, ibuprofen can blunt aspirin's antiplatelet effect"); section 3's row is an
 * NSAID with aspirin AT ANALGESIC DOSES ("more GI toxicity, no added benefit: not recommended"). The reference gives
 * no number for either: this project reads low-dose as 75-100 mg a dose ("baby", "low-dose", "81") and an analgesic
 * dose as 300 mg or more a dose, and the answer says that the cut is its own reading. A dose between them, or none,
 * keeps the low-dose line (the reading before this one) without the analgesic row.
 */
export type AspirinDose = 'low' | 'analgesic' | 'unknown';

const LOW_WORDS = /\b(?:baby|low[- ]dose|lo[- ]dose|junior)\s(?:\w+\s)?$/;
export const ANALGESIC_ASPIRIN_MG = 300;

export function aspirinDose(lower: string, m: DrugMention): AspirinDose {
  if (m.doseMg !== undefined) {
    if (m.doseMg >= 75 && m.doseMg <= 100) return 'low';
    if (m.doseMg >= ANALGESIC_ASPIRIN_MG) return 'analgesic';
    return 'unknown';
  }
  return LOW_WORDS.test(lower.slice(Math.max(0, m.start - 20), m.start)) ? 'low' : 'unknown';
}

const isAspirin = (m: DrugMention): boolean => (ASPIRIN_NAMES as readonly string[]).includes(m.matched.toLowerCase());

const BLUNTING = 'interaction.ibuprofen-aspirin';
const ANALGESIC_ROW = interactionRules.find((r) => r.id === 'interaction.nsaid-nsaid')!;

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
  const kept = findings.filter((f) => f.rule.id !== BLUNTING);
  const dose = `aspirin ${aspirin.doseMg} mg a dose is read as an analgesic dose (the reference gives no number: this project reads ${ANALGESIC_ASPIRIN_MG} mg or more a dose as analgesic, 75-100 mg as low-dose)`;
  const row: Finding = {
    rule: { ...ANALGESIC_ROW, text: `${ANALGESIC_ROW.text} Here ${dose}.` },
    severity: 'avoid',
    pair: [nsaidName, aspirin.matched.toLowerCase()],
  };
  return [row, ...kept];
}
