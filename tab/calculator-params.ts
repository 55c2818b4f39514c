import type { MmeFactorTable, MmeThresholds, OswestryBand, StartBackParams } from '../src/calculators/index.js';
import { mmeFactors, MME_THRESHOLDS } from '../src/knowledge/mme-factors.js';
import { OSWESTRY, START_BACK } from '../src/knowledge/instruments.js';

/** The calculators' parameters from src/knowledge (the same data the bot passes to the same functions). */
export const MME_FACTORS: MmeFactorTable = Object.fromEntries(mmeFactors.flatMap((f) => (f.factor === null ? [] : [[f.drug, f.factor]])));
export const MME_LIMITS: MmeThresholds = { reassess: MME_THRESHOLDS.reassessAtOrAbove, avoid: MME_THRESHOLDS.avoidOrJustifyAtOrAbove };
export const START_BACK_PARAMS: StartBackParams = {
  lowMaxTotal: START_BACK.lowRiskMaxTotal,
  highMinPsychosocial: START_BACK.highRiskMinPsychosocial,
  psychosocialItems: [...START_BACK.psychosocialItems],
};
export const OSWESTRY_BANDS: OswestryBand[] = OSWESTRY.bands.map((b) => ({ maxPercent: b.max, label: b.label }));
