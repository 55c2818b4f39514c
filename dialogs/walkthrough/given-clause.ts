/**
 * A fact told of the patient in a clause of the question itself ("given she's on phenelzine, can we start
 * duloxetine?", "as he's on warfarin, is naproxen ok?", "with sertraline on board can I add tramadol?", "she's just
 * been started on fluvoxamine - does that change which one?", "given his CrCl is 25, gabapentin dose?"): the clause
 * states what the patient takes or has, so with a case open it joins the case before the question is answered (a
 * safety fact routes). Each row reads its example and not its counter-example
 * (test/walkthrough/given-clause.test.ts); a bare "on sertraline, add duloxetine?" names no patient and stays the
 * quick answer's.
 */
const WHO = String.raw`(?:she|he|they|the (?:patient|pt)|pt|patient)`;
const BE = String.raw`(?:'s|'re|\u2019s|\u2019re| is| are)?`;

export const GIVEN_CLAUSE_ROWS: readonly { example: string; counter: string; re: RegExp }[] = [
  {
    example: "given she's on phenelzine, can we start duloxetine?",
    counter: 'given the guideline, is duloxetine ok?',
    re: new RegExp(String.raw`\bgiven (?:that )?(?:${WHO}|his|her|their|the pt's)\b`, 'i'),
  },
  {
    example: "as he's on warfarin, is naproxen ok?",
    counter: 'since she stopped sertraline, can I add tramadol?',
    re: new RegExp(
      String.raw`\b(?:as|since|now that|seeing as|because|cos|coz)\s${WHO}${BE}\s(?:(?:now|currently|already|also|still)\s)?(?:on|taking|takes)\b`,
      'i',
    ),
  },
  {
    example: 'with sertraline on board can I add tramadol?',
    counter: 'is she on board with physio?',
    re: /\bon board\b(?! with)/i,
  },
  {
    example: "she's just been started on fluvoxamine - does that change which one?",
    counter: 'has she been started on duloxetine yet?',
    re: new RegExp(
      String.raw`(?<!\b(?:has|have|was|is|did)\s)\b${WHO}(?:'s|\u2019s| has| is| was)?\s(?:(?:just|recently|now|since)\s)?(?:been\s)?(?:started|put) on\b`,
      'i',
    ),
  },
];

/** The question tells a fact of the patient in a clause of its own sentence. */
export function toldInClause(text: string): boolean {
  return GIVEN_CLAUSE_ROWS.some((row) => row.re.test(text));
}
