/**
 * "Anything I should be offering her?", "what else should she have?": the clinician asks what to add for the patient
 * (not a dose, not whether a pair is safe). Beside an opioid with a benzodiazepine or other CNS depressant, the
 * answer gives the reference's naloxone line as the reference says it (CDC 2022, clinical-reference.md section 4),
 * after the pair's warning. Each row reads its example and not its counter-example (test/language/offer-question.test.ts).
 */
export interface OfferCue {
  re: RegExp;
  example: string;
  counter: string;
}

export const OFFER_CUES: readonly OfferCue[] = [
  {
    re: /\b(?:anything|something|what)(?: else)? (?:(?:i|we) (?:should|must|need to|ought to) (?:be )?|(?:should|must|do|can|would|could) (?:i|we|you) (?:be )?|to )(?:offer|offering|give|giving|prescrib(?:e|ing)|co-?prescrib(?:e|ing)|add|adding|provide|providing)\b/,
    example: 'on oxycodone, also zopiclone at night - anything I should be offering her?',
    counter: 'what dose should I give?',
  },
  {
    re: /\bwhat else (?:should|does|do|would|must) (?:she|he|they|the (?:patient|pt)|pt) (?:have|get|be (?:offered|given|prescribed))\b/,
    example: 'pt on tramadol + zolpidem, what else should she have?',
    counter: 'what else does she take?',
  },
  {
    re: /\b(?:should|do|would) (?:i|we) (?:also )?(?:offer|co-?prescribe|give) (?:her|him|them|the (?:patient|pt)|pt)? ?anything\b/,
    example: 'codeine and a sleeping tablet nightly, should I offer her anything?',
    counter: 'should I stop her zopiclone?',
  },
  {
    re: /\b(?:anything|what) (?:else )?(?:to|should (?:i|we)) (?:co-?prescribe|put in place|have on hand)\b/,
    example: 'oxy 5 prn and temazepam, anything to co-prescribe?',
    counter: 'oxy 5 prn and temazepam, anything to stop?',
  },
];

/** The question asks what to offer or add for the patient. */
export function asksWhatToOffer(lower: string): boolean {
  return OFFER_CUES.some((c) => c.re.test(lower));
}
