/**
 * An opioid asked to be started ("can I start morphine", "if I start her on", "initiate oxycodone", "commence"): the
 * question carries the opioid gate, whatever else it asks (how MME is worked out, the MME of the dose to start). A
 * start in the past ("since starting it", "after starting") is the opioid taken, not one to start.
 */
export const START_ASKED =
  /(?<!\b(?:since|after|when|before) )\b(?:start(?:ing)?|initiat(?:e|ing)|begin(?:ning)?|commenc(?:e|ing))\b/;
