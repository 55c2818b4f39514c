/**
 * "ER", "XR", "SR", "CR", "extended-release", "long-acting" right after a generic; "IR" is skipped as well. UK and
 * Australian prescribers write "MR" (modified-release), "prolonged-release" or "slow-release" for the same products
 * ("tramadol MR 200 od"). "PR" is left out: after a drug it also means per rectum ("paracetamol PR").
 */
export const FORMULATION_AFTER =
  /^\s*(?:(er|xr|sr|cr|xl|la|mr|e\.r\.|ext(?:ended)?[- ]release|long[- ]acting|controlled[- ]release|sustained[- ]release|modified[- ]release|prolonged[- ]release|slow[- ]release)|ir|i\.r\.|immediate[- ]release)\b/i;
