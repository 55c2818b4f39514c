import { mmeFactorTable, MME_THRESHOLDS } from '../knowledge/mme-factors.js';
import { OSWESTRY, START_BACK } from '../knowledge/instruments.js';
import type { MmeFactorTable, MmeThresholds } from './mme.js';
import type { OswestryBand } from './oswestry.js';
import type { StartBackParams } from './start-back.js';

/**
 * The calculators' clinical parameters, taken from src/knowledge once: the bot's chat commands and the personal tab
 * pass these same values to the same functions.
 */
export const MME_FACTORS: MmeFactorTable = mmeFactorTable();
export const MME_LIMITS: MmeThresholds = {
  reassess: MME_THRESHOLDS.reassessAtOrAbove,
  avoid: MME_THRESHOLDS.avoidOrJustifyAtOrAbove,
};
export const START_BACK_PARAMS: StartBackParams = {
  lowMaxTotal: START_BACK.lowRiskMaxTotal,
  highMinPsychosocial: START_BACK.highRiskMinPsychosocial,
  psychosocialItems: [...START_BACK.psychosocialItems],
};
export const OSWESTRY_BANDS: OswestryBand[] = OSWESTRY.bands.map((b) => ({ maxPercent: b.max, label: b.label }));
/** The reference's ODI band for a percentage ("severe disability"); the case shows it beside the score. */
export function oswestryBandLabel(percent: number): string | undefined {
  return OSWESTRY_BANDS.find((b) => percent <= b.maxPercent)?.label;
}
/** More unanswered ODI sections than this: no score (reference §5). */
export const OSWESTRY_MAX_UNANSWERED: number = OSWESTRY.maxUnanswered;
