import type { DrugMention } from './find-drugs.js';

/**
 * A dose change already made, said of a drug ("OxyContin went up to 30 mg bd", "gabapentin increased to 600 tds last
 * week", "dulox now 60", "upped the tramadol to 100 qid"): the patient now takes the drug at the new dose, so the case
 * records it (dialogs/walkthrough: the update route). A change only proposed or asked ("increase gabapentin to 600?",
 * "could go up to 60") is not one: the verbs are past or "now". Each row is data with an example it must read and a
 * counter-example it must not (test/language/dose-change.test.ts); the rows run on normalized (lower-case) text.
 */
export interface DoseChangeRow {
  id: string;
  /** Read on the text just before the drug's name (to its start); undefined: any. */
  before?: RegExp;
  /** Read on the text just after the drug's name; group 1 is the new dose. */
  after: RegExp;
  example: string;
  counter: string;
}

/** The new dose, not an age, a duration or a count ("now 60 yo", "now 6 weeks"). */
const DOSE = String.raw`(\d{1,4}(?:\.\d{1,2})?)(?! ?(?:yo|y\/o|years?|yrs?|weeks?|wks?|months?|mos?|days?|hours?|hrs?|%|\/10|kg|times))`;
/** The drug's release or form words said after its name ("oxycontin er", "tramadol sr", "gabapentin's"). */
const FORM = String.raw`(?:'s)?(?: (?:er|xr|sr|ir|cr|la|mr|cap(?:sule)?s?|tabs?))?`;
/** Past or done: "went up", "was increased", "has been titrated", "got bumped up". */
const CHANGED = String.raw`(?:(?:was|has been|have been|had been|has|had|have|been|is|got|just|recently) )?(?:increased|raised|titrated|uptitrated|up-titrated|bumped up|bumped|upped|reduced|decreased|dropped|lowered|cut|weaned|tapered|went up|gone up|went down|gone down|came down|come down|changed)(?: again| back)?`;

export const DOSE_CHANGE_ROWS: readonly DoseChangeRow[] = [
  {
    id: 'drug-changed-to',
    after: new RegExp(String.raw`^${FORM}(?: dose)? ${CHANGED} (?:up |down )?to ${DOSE}`),
    example: 'gabapentin increased to 600 tds last week',
    counter: 'increase gabapentin to 600 tds?',
  },
  {
    id: 'drug-now',
    after: new RegExp(String.raw`^${FORM}(?: dose)?(?: is| was)? now(?: up to| down to| at| on)? ${DOSE}`),
    example: 'dulox now 60',
    counter: 'dulox now for 6 weeks, no help',
  },
  {
    id: 'changed-drug-to',
    // the verb before the name: "upped the tramadol to 100 qid", "we increased her gabapentin to 900 tds"
    before:
      /\b(?:increased|raised|titrated|uptitrated|up-titrated|bumped up|upped|reduced|decreased|dropped|lowered|cut|weaned|tapered|went up on|went down on|put up)(?: the| his| her| their)? $/,
    after: new RegExp(String.raw`^${FORM}(?: dose)? (?:up |down )?to ${DOSE}`),
    example: 'upped the tramadol to 100 qid',
    counter: 'should we increase the tramadol to 100 qid?',
  },
];

export interface DoseChange {
  /** The index of the mention in the list given. */
  index: number;
  doseMg: number;
}

/** How far after the name the change is looked for. */
const AFTER_CHARS = 50;

/** The mentions whose dose the text says was changed, each with the new dose (normalized text). */
export function doseChanges(norm: string, mentions: readonly DrugMention[]): DoseChange[] {
  const out: DoseChange[] = [];
  mentions.forEach((m, i) => {
    const after = norm.slice(m.end, Math.min(m.end + AFTER_CHARS, mentions[i + 1]?.start ?? norm.length));
    const before = norm.slice(Math.max(0, m.start - 30), m.start);
    for (const row of DOSE_CHANGE_ROWS) {
      if (row.before && !row.before.test(before)) continue;
      const dose = row.after.exec(after)?.[1];
      if (dose !== undefined) {
        out.push({ index: i, doseMg: Number(dose) });
        return;
      }
    }
  });
  return out;
}
