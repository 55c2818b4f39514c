import { ANSWER_FOOTER } from '../disclaimer.js';

/** The line under cards that leave the bot's chat (message extension): the footer every answer carries. */
export const DISCLAIMER_SHORT = ANSWER_FOOTER;
