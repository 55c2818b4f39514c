/**
 * CABG as clinicians write it, for the NSAID boxed warning "contraindicated around CABG" (clinical-reference.md
 * section 2): "CABG", "post-CABG", "s/p CABG x3", "bypass surgery", "coronary artery bypass graft", "heart bypass
 * op". The reference gives no time window, so any CABG named (recent or planned) is read as around CABG, as the
 * case has always read it. "Gastric bypass" is not cardiac surgery. Every alternative starts with its own literal
 * words, and the optional prefixes end before the literal "bypass" (linear).
 */
const NAMED =
  '(?:cabg|(?:coronary (?:artery )?|heart |cardiac )?(?<!gastric )bypass (?:surgery|graft(?:ing|s)?|op(?:eration)?))';

/** CABG named (negation is the caller's: the case's concept reader handles "no CABG" itself). */
export const CABG = new RegExp(String.raw`\b${NAMED}\b`, 'g');

const NAMED_ONCE = new RegExp(CABG.source);
/** "no CABG", "denies prior bypass surgery", "never had a CABG": said not to have had it. */
const NO_CABG = new RegExp(String.raw`\b(?:no|without|denies|not|never had) (?:a |any |prior |previous )?${NAMED}\b`);

/** A quick question's patient is around CABG: named and not denied (lower-case text). */
export function aroundCabg(lower: string): boolean {
  return NAMED_ONCE.test(lower) && !NO_CABG.test(lower);
}
