import type { DrugId, DrugMention } from './ports.js';

/**
 * A medicine asked for by what it treats rather than by name ("something for spasms at night on top of what he's
 * on?"): read as that class named, so the reference's interaction rows for it are said (clinical-reference.md
 * section 3: an opioid + a skeletal muscle relaxant is a CNS-depressant pair). Each row reads its example and not its
 * counter-example (test/answers/implied-drugs.test.ts). Questions only: a case narrative's "muscle spasm" is a
 * symptom, never a drug taken.
 */
export interface ImpliedDrugRow {
  pattern: RegExp;
  drug: DrugId;
  /** The class as the answer names it. */
  name: string;
  example: string;
  /** Names a symptom, not a medicine for it: must not read as the drug. */
  counterExample: string;
}

export const IMPLIED_DRUG_ROWS: readonly ImpliedDrugRow[] = [
  {
    // "something for (the) spasms", "anything for his back spasm", "a tablet for muscle spasms", "meds for spasm"
    pattern:
      /\b(?:something|anything|a (?:drug|med|medicine|medication|tablet|pill)|meds?|medication|tablets?|pills?)(?: (?:else|extra|more|to take|at night|at bedtime|nightly))? for (?:the |his |her |their |muscle |back |lumbar |night(?:time)? |nocturnal )*spasms?\b/,
    drug: 'muscle-relaxant',
    name: 'muscle relaxant',
    example: "something for spasms at night on top of what he's on?",
    counterExample: 'muscle spasm better with heat?',
  },
  {
    // "an antispasmodic for her back?", "spasmolytic at night"
    pattern: /\b(?:anti-?spasm(?:odic)?s?|spasmolytics?)\b/,
    drug: 'muscle-relaxant',
    name: 'muscle relaxant',
    example: 'can I add an antispasmodic at night with his tramadol?',
    counterExample: 'spasm in the lower back, what next?',
  },
];

/** The implied mentions of a question, none where a drug of the same id is already named. */
export function impliedMentions(lower: string, named: readonly DrugMention[]): DrugMention[] {
  return IMPLIED_DRUG_ROWS.flatMap((row): DrugMention[] => {
    if (named.some((m) => m.drug === row.drug)) return [];
    const m = row.pattern.exec(lower);
    return m ? [{ drug: row.drug, matched: row.name, start: m.index, end: m.index + m[0].length }] : [];
  });
}
