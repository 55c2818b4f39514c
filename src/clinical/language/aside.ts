/**
 * An aside that a question carries about the patient ("what about tramadol - btw he's on sertraline 100", "ok to
 * start duloxetine? forgot to say eGFR is 25", "is ibuprofen ok, she's on warfarin"): the words after the cue are a
 * fact of the patient, not part of what is asked, so the drugs they name are the patient's. Each a data row with an
 * example it must cut and a counter-example it must not (test/language/aside.test.ts).
 */
export const ASIDE_CUES: readonly { example: string; counter: string; re: RegExp }[] = [
  {
    example: "what about tramadol - btw he's on sertraline 100",
    counter: 'what about tramadol after the naproxen',
    re: /(?:^|[\s,;(-])(?:btw|by the way|fyi|pmh|pmhx|h\/o|f\.y\.i\.|oh and|ps|p\.s\.|(?:i )?forgot to (?:say|mention)|should have (?:said|mentioned)|(?:i )?should add)\b/gi,
  },
  {
    example: "is ibuprofen ok, she's on warfarin",
    counter: 'can she take ibuprofen on warfarin',
    re: /(?:^|[,;.?!–—-])\s*(?:and )?(?:she|he|they|pt|the patient|patient)(?:'s| is| are| was| takes| has| had| also| started| began)\b/gi,
  },
  {
    // a fact clause in the question's own sentence: "now that she's started apixaban", "given he's on tramadol"
    example: "can I keep the naproxen now that she's started apixaban?",
    counter: 'can I keep the naproxen now that the pain is better?',
    re: /(?:^|\s)(?:now that|given(?: that)?|seeing as|considering|since|as)\s(?=(?:she|he|they|pt|the patient|patient)(?:'s| is| are| was| takes| has| had| also| started| began)\b)/gi,
  },
];

/** Where the first aside starts in text[from, to), else `to`. Each cue a global regex: one linear scan. */
export function asideStart(text: string, from: number, to: number): number {
  let cut = to;
  const slice = text.slice(from, to);
  for (const { re } of ASIDE_CUES) {
    re.lastIndex = 0;
    const m = re.exec(slice);
    if (m && from + m.index < cut) cut = from + m.index;
  }
  return cut;
}

/** Spans of asked words cut where an aside about the patient starts: what follows it is the patient's. */
export function withoutAsides(text: string, spans: readonly [number, number][]): [number, number][] {
  return spans.map(([s, e]) => [s, Math.max(s, asideStart(text, s, e))]);
}

/** One separator left at the end of an asked part: space, comma, semicolon, colon, open bracket, dash. */
const SEPARATOR = /[\s,;:(–—-]/;

/** The text without the separators at its end, by a loop: a `[...]+$` pattern rescans the run from each start. */
function trimSeparators(text: string): string {
  let end = text.length;
  while (end > 0 && SEPARATOR.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** The question without an aside it carries ("what about tramadol - btw he's on sertraline" -> "what about tramadol"); one that opens with the aside is kept whole. */
export function askedPart(question: string): string {
  const cut = asideStart(question, 0, question.length);
  const asked = trimSeparators(question.slice(0, cut));
  return cut > 0 && /\w/.test(asked) ? asked : question;
}

/**
 * The text after `question` opens with an aside word ("dulox ok? oh and eGFR 25", "tramadol next? fyi he takes
 * sertraline"): the question before it, even at the start of the text, is asked about, not a fact. Only the first
 * row (a word that says "aside"): "tramadol 50 q6h? she's been on it 2 weeks" states the drug taken.
 */
export function asideFollows(text: string, question: string): boolean {
  const at = text.indexOf(question);
  if (at < 0) return false;
  const rest = text.slice(at + question.length);
  const re = ASIDE_CUES[0]!.re;
  re.lastIndex = 0;
  const m = re.exec(rest);
  return m !== null && !/\S/.test(rest.slice(0, m.index));
}
