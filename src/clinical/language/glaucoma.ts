/**
 * Narrow-angle glaucoma as clinicians write it, for the duloxetine label's "Avoid in uncontrolled narrow-angle
 * glaucoma" (clinical-reference.md section 2): "narrow-angle glaucoma", "angle-closure glaucoma", "closed-angle
 * glaucoma", "NAG", "PACG", "glaucoma (narrow angle)", and the eye finding itself as an ophthalmologist words it ("she
 * has narrow angles", "angle closure risk"): the label's concern is an angle that can close. Open-angle glaucoma and "glaucoma" alone are not it (most
 * glaucoma is open-angle; the label names the narrow-angle kind only).
 *
 * Controlled or treated ("well-controlled NAG", "angle-closure glaucoma s/p iridotomy") is read apart: the avoid
 * rule is for uncontrolled glaucoma, so then the clinician confirms it first. Anything not said to be controlled is
 * read as uncontrolled, the conservative reading. Every alternative starts with its own literal words (linear).
 */
const NAMED = String.raw`(?:(?:narrow|closed?)[- ]?angle glaucoma|narrow[- ]?angles|angle[- ]closure(?: glaucoma)?|nag|pacg|glaucoma(?:,| -|:| is| was)? \(?(?:(?:narrow|closed?)[- ]?angle|angle[- ]closure))`;

/** Narrow-angle glaucoma named (controlled or not). */
export const NARROW_ANGLE_GLAUCOMA = new RegExp(String.raw`\b${NAMED}\b`, 'g');

/**
 * What makes "controlled" or "had iridotomy" not a plain statement, in the same clause after it (up to a full stop,
 * semicolon or line): contradicted ("NAG had iridotomy, still uncontrolled per ophtho", "had LPI but pressures still
 * high"), questioned with more after the "?" ("NAG remains controlled? check with eye clinic"; a "?" ending a quick
 * question is the question's), unconfirmed or only the patient's word ("controlled per pt, not confirmed"), or planned
 * ("NAG with iridotomy planned"). Then it is read as uncontrolled, the conservative reading. Each alternative starts
 * with its own literal words; the reach is bounded (linear).
 */
const CONTROL_DOUBTED_AFTER = String.raw`(?![^.;\n]{0,50}?(?:\?\s*[^\s.;\n]|\b(?:still|uncontrolled|not (?:controlled|confirmed|sure|certain)|unconfirmed|unsure|unclear|uncertain|but|however|though|although|planned|booked|scheduled|pending|awaiting|waiting|referred|tbc|to be (?:confirmed|checked|done)|check|confirm|per (?:pt|patient|her|him|family)|(?:pt|patient|she|he) (?:says|said|reports|thinks|states|feels)|(?:pressures?|iops?) (?:still |are |remain |remains )?(?:high|raised|elevated)|(?:high|raised|elevated) (?:pressures?|iops?)|until|worse|worsening|no longer|lately|recently)\b))`;
/** A doubt said just before it: "not sure if NAG is controlled", "unclear whether the NAG was treated". */
const CONTROL_DOUBTED_AHEAD = String.raw`(?<!\b(?:if|whether|unsure|unclear|not sure|\?)\s(?:(?:the|her|his|pt'?s)\s)?)`;

/** Said to be controlled or treated, before or after the name ("uncontrolled" is not: no word edge inside it). */
export const CONTROLLED_NARROW_ANGLE_GLAUCOMA = new RegExp(
  // "poorly controlled NAG", "inadequately treated angle-closure glaucoma": not controlled
  String.raw`(?:(?<!\b(?:poorly|badly|inadequately|insufficiently|not|partially|partly|suboptimally|sub-optimally|barely) )\b(?:(?:well[- ])?controlled|treated|stable) ${NAMED}\b` +
    // "NAG is controlled", "the angle-closure glaucoma has been treated", "narrow angles, had laser iridotomy"
    String.raw`|${CONTROL_DOUBTED_AHEAD}\b${NAMED}\)?(?:,| -|:)? (?:(?:is|now|remains|has been|is now) )?(?:(?:well[- ])?controlled|stable|treated|(?:s\/p|post|after|with|had|underwent) (?:a )?(?:laser |patent )?(?:peripheral )?(?:iridotomy|iridotomies|iridectomy|lpi))\b)${CONTROL_DOUBTED_AFTER}`,
  'g',
);

/** "no NAG", "denies angle-closure glaucoma": said not to have it. */
const NO_NARROW_ANGLE_GLAUCOMA = new RegExp(String.raw`\b(?:no|without|denies|not) ${NAMED}\b`);
const NAMED_ONCE = new RegExp(NARROW_ANGLE_GLAUCOMA.source);
const CONTROLLED_ONCE = new RegExp(CONTROLLED_NARROW_ANGLE_GLAUCOMA.source);
/**
 * Words after "controlled" in its clause that take it back: "controlled until last month, now worse", "controlled?"
 * with more after it (a "?" ending the question is the question's),
 * "previously controlled". Then it is read as uncontrolled, the conservative reading.
 */
const CONTROL_TAKEN_BACK =
  /^\s?\?\s*\S|\b(?:until|worse|worsening|deteriorat\w*|no longer|not any more|not anymore|lately|recently)\b/;
const CONTROL_DOUBTED_BEFORE = /\b(?:previously|formerly|used to be|was once|once)\s$/;

/** Narrow-angle glaucoma said to be controlled, and not taken back in the same clause (lower-case text). */
function saidControlled(lower: string): boolean {
  const m = CONTROLLED_ONCE.exec(lower);
  if (!m) return false;
  const end = m.index + m[0].length;
  const rest = lower.slice(end, end + 60);
  const clause = rest.slice(
    0,
    Math.max(
      0,
      [...'.;\n']
        .map((c) => rest.indexOf(c))
        .filter((i) => i >= 0)
        .reduce((a, b) => Math.min(a, b), rest.length),
    ),
  );
  const before = lower.slice(Math.max(0, m.index - 20), m.index);
  return !CONTROL_TAKEN_BACK.test(clause) && !CONTROL_DOUBTED_BEFORE.test(before);
}

/**
 * A quick question's patient has narrow-angle glaucoma read as uncontrolled: named, and neither said to be
 * controlled nor denied (lower-case text).
 */
export function uncontrolledNarrowAngleGlaucoma(lower: string): boolean {
  return NAMED_ONCE.test(lower) && !saidControlled(lower) && !NO_NARROW_ANGLE_GLAUCOMA.test(lower);
}

/**
 * "Glaucoma" said without its type, for a case ("PMH glaucoma, HTN"): the type and whether it is controlled decide
 * the duloxetine rule, so the case asks. A type said before ("open-angle glaucoma", "POAG") or just after ("glaucoma
 * (open angle)", "glaucoma - narrow angle", "the glaucoma is open angle") is not this; narrow-angle is claimed first by the concepts above it
 * (concepts.ts).
 */
export const UNTYPED_GLAUCOMA =
  /(?<!\b(?:angle|closure|closed|open|narrow|chronic simple)[- ]?)\bglaucoma\b(?!(?:,| -|:| is| was)? \(?(?:narrow|closed?|open|angle|poag|pacg|nag)\b)/g;

/** Open-angle glaucoma named: most glaucoma, and not in the duloxetine rule. */
export const OPEN_ANGLE_GLAUCOMA =
  /\b(?:(?:primary )?open[- ]?angle(?: glaucoma)?|poag|oag|glaucoma,? \(?open[- ]?angle)\b/g;
const OPEN_ANGLE = /\b(?:open[- ]?angle glaucoma|poag|oag)\b/;
const GLAUCOMA = /\bglaucoma\b/;
const NO_GLAUCOMA = /\b(?:no|without|denies|not) glaucoma\b/;

/**
 * Which glaucoma a quick question names, for the duloxetine rule (lower-case text): 'unknown' ("duloxetine ok with
 * glaucoma?": the answer gives the rule and asks which type), 'open-angle' (not in the rule), 'controlled-narrow-angle'
 * ("narrow angle glaucoma, well controlled after laser": the answer says the avoid is for uncontrolled), or undefined
 * (none named, denied, or uncontrolled narrow-angle, which uncontrolledNarrowAngleGlaucoma reads).
 */
export function glaucomaType(lower: string): 'unknown' | 'open-angle' | 'controlled-narrow-angle' | undefined {
  if (NAMED_ONCE.test(lower))
    return saidControlled(lower) && !NO_NARROW_ANGLE_GLAUCOMA.test(lower) ? 'controlled-narrow-angle' : undefined;
  if (OPEN_ANGLE.test(lower)) return 'open-angle';
  return GLAUCOMA.test(lower) && !NO_GLAUCOMA.test(lower) ? 'unknown' : undefined;
}
