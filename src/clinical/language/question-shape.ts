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

/**
 * Request phrasings that ask wherever they sit in a case message (UK letters, dictated notes put the request
 * mid-text, before "Kind regards" or the rest of the plan). Each row reads its example
 * (test/walkthrough/case-question-anywhere.test.ts).
 */
export const REQUEST_FORMS: readonly QuestionForm[] = [
  {
    example: 'I would be grateful for your advice on whether to start duloxetine',
    re: /\byour (?:advice|opinion|thoughts|views?|input|guidance)\b/i,
  },
  {
    example: 'Could you advise on a dose',
    re: /\b(?:could|can|would) you (?:please )?(?:advise|suggest|recommend|comment|confirm|let me know)\b/i,
  },
  { example: 'Question: can she have tramadol', re: /^\s*(?:question|query|q)\s*:/i },
  { example: 'Plan: ?tramadol', re: /:\s*\?\s?[a-z]/i },
  {
    example: 'He asks whether stronger painkillers would help',
    re: /\b(?:asks?|asking|wants to know|wondering|wondered|wonders) (?:whether|if|about)\b/i,
  },
  {
    example: 'I was thinking of adding duloxetine',
    re: /\bI (?:was|am|'m) (?:thinking of|planning to|considering)\b/i,
  },
];

/** The sentence holds a request phrasing ("He's asking about tramadol"): a drug named there is asked about, not taken. */
export function isRequest(sentence: string): boolean {
  return REQUEST_FORMS.some((f) => f.re.test(sentence));
}

/** A sentence inside the text that asks: it ends with "?", opens with "should I", or holds a request phrasing. */
const MID_FORMS: readonly QuestionForm[] = [
  ...CLOSING_FORMS.filter((f) => f.example === 'cymbalta next?' || f.example === 'should I refer'),
  ...REQUEST_FORMS,
];

/** A sentence break: . ! ; or a line break, not a decimal point ("7.5 mg"). */
const BREAK = /[.!;\n](?!\d)/g;

interface Sentence {
  text: string;
  at: number;
}

/** The text's sentences, also broken after a "?" that ends a word ("Reasonable? Thanks"); one pass (linear). */
function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (end: number) => {
    const raw = text.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim()) out.push({ text: raw.trim(), at: from + lead });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const next = text[i + 1] ?? '';
    if (c === '?' && (next === '' || /\s/.test(next))) {
      push(i + 1);
      from = i + 1;
    } else if ((c === '.' || c === '!' || c === ';' || c === '\n') && !/\d/.test(next)) {
      push(i);
      from = i + 1;
    }
  }
  push(text.length);
  return out;
}

export interface CaseQuestion {
  /** The asking sentence. */
  question: string;
  /** The sentence before it ("I wondered about gabapentin. What dose would be safe?"): what a drugless question is about. */
  before?: string;
}

/**
 * The question a case message asks: its last sentence when that asks (ends with "?", opens with a question word or
 * "?x", "should I refer", "safe to start"); else the last sentence anywhere that asks (ends with "?", "should I",
 * or a request phrasing: "I would be grateful for your advice on whether to start duloxetine", "Plan: ?tramadol").
 * The text is scanned once (linear).
 */
export function caseQuestion(text: string): CaseQuestion | undefined {
  const trimmed = text.trim();
  let from = 0;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(trimmed); m; m = BREAK.exec(trimmed)) {
    if (m.index + m[0].length < trimmed.length) from = m.index + m[0].length;
  }
  const last = trimmed.slice(from).trim();
  const sentences = sentencesOf(trimmed);
  const withBefore = (question: string, at: number): CaseQuestion => {
    const i = sentences.findIndex((s) => s.at + s.text.length > at);
    const before = i > 0 ? sentences[i - 1]!.text : undefined;
    return before ? { question, before } : { question };
  };
  if (last && CLOSING_FORMS.some((f) => f.re.test(last))) return withBefore(last, trimmed.length - last.length);
  for (let i = sentences.length - 1; i >= 0; i--) {
    const s = sentences[i]!;
    if (MID_FORMS.some((f) => f.re.test(s.text))) return withBefore(s.text, s.at);
  }
  return undefined;
}

/** The question a case message asks (caseQuestion), else undefined. */
export function closingQuestion(text: string): string | undefined {
  return caseQuestion(text)?.question;
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

/**
 * Activities on a drug that neither source covers (fitness to drive, to operate machinery, to fly): a question
 * about them is never answered as a prescribing decision ("can he drive on gabapentin" is not "can he have
 * gabapentin"). Each row reads its example (test/answers/followups.test.ts).
 */
export const ACTIVITY_ASKS: readonly QuestionForm[] = [
  { example: 'can he drive on gabapentin', re: /\bdriv(?:e|es|ing|er)\b/i },
  { example: 'ok to operate heavy machinery on tramadol?', re: /\boperat\w* (?:heavy )?machinery\b/i },
  { example: 'is she fit to fly a plane on pregabalin', re: /\b(?:fly(?:ing)? a plane|pilot)\b/i },
];

export const asksAboutAnActivity = (text: string): boolean => ACTIVITY_ASKS.some((f) => f.re.test(text));
