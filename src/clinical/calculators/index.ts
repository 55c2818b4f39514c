export { calculateMme, mmeInputSchema, mmeItemSchema } from './mme.js';
export type { MmeFactorTable, MmeItem, MmeLine, MmeResult, MmeThresholds } from './mme.js';
export { scoreStartBack, startBackInputSchema, ITEM9_ANSWERS } from './start-back.js';
export type { StartBackInput, StartBackParams, StartBackResult, StartBackRisk } from './start-back.js';
export { scoreOswestry, oswestryInputSchema } from './oswestry.js';
export type { OswestryBand, OswestryInput, OswestryResult } from './oswestry.js';
export { cockcroftGault, cockcroftGaultInputSchema, creatinineMgDlFromMicromol } from './cockcroft-gault.js';
export type { CockcroftGaultInput } from './cockcroft-gault.js';
