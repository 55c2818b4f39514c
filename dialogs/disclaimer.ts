/** Said once in help and the welcome; the footer of notes repeats it in short. */
export const DISCLAIMER =
  'Decision support, not a prescription: it applies one guideline for chronic low back pain; check every suggestion against the patient and the drug label.';

export const PRIVACY_NOTE = 'Leave out names, record numbers and dates of birth: the bot does not need them.';
