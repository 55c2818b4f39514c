/**
 * "Is this a question?": the one test the case reader (extract-case-facts.ts), the quick answers
 * (dialogs/answers/answer-routes.ts) and the walk-through (dialogs/walkthrough/read-text.ts) share, and the question
 * a case message closes with ("... Wants to try Neurontin - dose?"), which the walk-through answers first.
 * Each form is a data row with an example it must read (test/language/question-shape.test.ts).
 */
export interface QuestionForm {
  example: string;
  re: RegExp;
}

/** Words that open a question. `(?!')` keeps "can't tolerate naproxen" and "what's" out ("don't" never matches "do\b"). */
const OPENING =
  'what|how|which|when|why|who|is|are|can|could|would|should|does|do|any|tell me|explain|max|maximum|dose|dosing';

export const QUESTION_FORMS: readonly QuestionForm[] = [
  { example: 'cymbalta next?', re: /\?\s*$/ },
  { example: '?increase duloxetine', re: /^\s*\?\s?[a-z]/i },
  { example: 'what do I do', re: new RegExp(`^\\s*(?:${OPENING})\\b(?!')`, 'i') },
];

/** The whole text asks something: it ends with "?", opens with "?x" or with a question word. */
export function isQuestion(text: string): boolean {
  return QUESTION_FORMS.some((f) => f.re.test(text));
}

/**
 * Forms that close a case message with its question, tried on the message's last sentence: the same forms, and a
 * question inside it after a dash or a colon ("Wants to try Neurontin - dose?", "plan: safe to start?").
 */
export const CLOSING_FORMS: readonly QuestionForm[] = [
  ...QUESTION_FORMS,
  { example: 'should I refer', re: /^\s*(?:should|can|could|shall|may) (?:i|we)\b/i },
  { example: 'safe to start', re: /^\s*(?:safe|ok|okay|alright|fine) to\b/i },
];

/** A sentence break: . ! ; or a line break, not a decimal point ("7.5 mg"). */
const BREAK = /[.!;\n](?!\d)/g;

/**
 * The question a case message closes with: its last sentence when that asks (ends with "?", opens with a question
 * word or "?x", "should I refer", "safe to start"), else undefined. The text is scanned once (linear).
 */
export function closingQuestion(text: string): string | undefined {
  const trimmed = text.trim();
  let from = 0;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(trimmed); m; m = BREAK.exec(trimmed)) {
    if (m.index + m[0].length < trimmed.length) from = m.index + m[0].length;
  }
  const last = trimmed.slice(from).trim();
  if (!last) return undefined;
  return CLOSING_FORMS.some((f) => f.re.test(last)) ? last : undefined;
}

/**
 * The asking part of a closing question: after its last ", ", ": " or " - " ("failed naproxen, can I start
 * oxycodone?" -> "can I start oxycodone?"). A drug named there is asked about, not taken.
 */
export function askingClause(question: string): string {
  let from = 0;
  for (let i = 0; i + 1 < question.length; i++) {
    const two = question.slice(i, i + 2);
    if (two === ', ' || two === ': ' || (two === ' -' && question[i + 2] === ' ')) from = i + 2;
  }
  return question.slice(from).trim();
}
