/**
 * "Which first-line drug is left?", "which option does the pathway leave me?", "woman with heart failure, which
 * first-line drug?": the clinician asks which of the guideline's drug options this patient can have. With facts that
 * rule an option out, the answer judges each option (dialogs/answers/options-left.ts). Each row reads its example and
 * not its counter-example (test/language/options-left-question.test.ts).
 */
export interface OptionsLeftCue {
  re: RegExp;
  example: string;
  counter: string;
}

const NOUN = '(?:drugs?|options?|medications?|medicines?|meds?|agents?|choices?|treatments?)';
const ORDER = '(?:first[- ]line|1st[- ]line|second[- ]line|2nd[- ]line|guideline|pathway)';

export const OPTIONS_LEFT_CUES: readonly OptionsLeftCue[] = [
  {
    // a first-line or guideline option asked for by "which" or "what"
    re: new RegExp(String.raw`\b(?:which|what) (?:(?:of the|are the) )?${ORDER} ${NOUN}\b`),
    example: 'woman in her 70s with heart failure on furosemide, which first-line drug?',
    counter: 'what first-line dose of duloxetine?',
  },
  {
    re: new RegExp(
      String.raw`\b(?:which|what) ${NOUN} (?:(?:is|are) (?:left|remaining|still open|still available)|remains?|(?:does|would|will) (?:that|this|the (?:pathway|guideline)) leave)\b`,
    ),
    example: 'on an MAOI with heart failure, which option does the pathway leave me?',
    counter: 'which option is cheaper?',
  },
  {
    re: /\b(?:what(?:'s| is| are)?|anything) (?:left|remaining)\b|\bwhat (?:does|would) (?:that|this) leave\b/,
    example: "chronic liver disease and on phenelzine - what's left?",
    counter: 'what is the left leg weakness from?',
  },
  {
    re: new RegExp(
      String.raw`\bwhat (?:${ORDER} )?(?:options|choices) (?:do (?:i|we) have|are there|have (?:i|we) got)\b`,
    ),
    example: 'CKD 4 and on warfarin, what options do I have?',
    counter: 'what options for imaging?',
  },
];

/** The question asks which of the guideline's drug options this patient can have. */
export function asksOptionsLeft(lower: string): boolean {
  return OPTIONS_LEFT_CUES.some((c) => c.re.test(lower));
}
