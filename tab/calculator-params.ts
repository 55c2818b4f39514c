// The tab runs the bot's calculators with the bot's parameters.
export {
  MME_FACTORS,
  MME_LIMITS,
  OSWESTRY_BANDS,
  START_BACK_PARAMS,
} from '../src/clinical/calculators/clinical-params.js';
