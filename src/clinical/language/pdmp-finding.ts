import type { DrugId } from '../knowledge/drug-catalogue.js';
import { drugNames } from '../knowledge/drug-catalogue.js';
import { findDrugs } from './find-drugs.js';

/**
 * A prescription drug monitoring programme finding of another prescriber ("PDMP: oxycodone filled from two different
 * prescribers", "PMP shows tramadol from an urgent-care prescriber, filled monthly"): the case counts the drug (it is
 * the patient's), and the reply leads with it and the PDMP entry (clinical-reference section 4). Each cue is data with
 * an example (test/walkthrough/pdmp-other-prescriber.test.ts).
 */
const PDMP = /\b(?:pdmp|pmp|prescription (?:drug )?monitoring(?: program(?:me)?| database| report)?)\b/i;
/** Another prescriber named: "two different prescribers", "a second prescriber", "an urgent-care prescriber". */
const OTHER_PRESCRIBER =
  /\b(?:two|2|three|3|multiple|several|different|another|other|second|2nd|separate|outside|urgent[- ]care|walk-?in|ed|er|locum)\b[^.;\n]{0,20}?\bprescribers?\b|\bprescribers?\b[^.;\n]{0,12}?\b(?:two|2|three|3|multiple|several|different)\b/i;

const OTHER_PRESCRIBER_ALL = new RegExp(OTHER_PRESCRIBER.source, 'gi');
/**
 * A negation ahead of the other prescriber in its clause says there is none: "PDMP: no oxycodone from other
 * prescribers", "nothing from other prescribers", "no other prescribers". Cut after a "but" first ("no early refills
 * but oxycodone from two prescribers" is a finding).
 */
const NEGATED_AHEAD = /\b(?:no|nil|nothing|none|not|never|without|zero)\b[^,;\n]{0,40}$/i;
const CONTRAST = /\b(?:but|however|although|though|yet|whereas)\b/gi;

function negatedAhead(ahead: string): boolean {
  const cut = [...ahead.matchAll(CONTRAST)].pop();
  return NEGATED_AHEAD.test(cut ? ahead.slice(cut.index + cut[0].length) : ahead);
}

/** The opioids and other drugs the finding names (in the sentence that says it), or undefined when there is none. */
export function pdmpOtherPrescriber(text: string): DrugId[] | undefined {
  if (!PDMP.test(text)) return undefined;
  for (const other of text.matchAll(OTHER_PRESCRIBER_ALL)) {
    // the sentence (or line) that names the other prescriber
    const start = Math.max(text.lastIndexOf('.', other.index), text.lastIndexOf('\n', other.index), -1) + 1;
    if (negatedAhead(text.slice(start, other.index))) continue;
    const endAt = text.slice(other.index).search(/[.\n](?!\d)/);
    const sentence = text.slice(start, endAt < 0 ? text.length : other.index + endAt);
    const drugs = [...new Set(findDrugs(sentence).map((m) => m.drug))];
    if (drugs.length) return drugs;
  }
  return undefined;
}

export const pdmpDrugText = (drugs: readonly DrugId[]): string => drugs.map((d) => drugNames(d).generic).join(' and ');
