/** One-line reminder under cards that leave the bot's chat (message extension): the full disclaimer is in the help. */
export const DISCLAIMER_SHORT =
  'Decision support from one guideline, not a prescription: check the patient and the label.';
