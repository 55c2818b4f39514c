import { capital } from '../capital.js';
import { uncountedReason } from '../../src/clinical/case/tablet-change.js';
import { caseOpioids } from '../../src/clinical/case/case-opioids.js';
import { acetaminophenDailyMg, acetaminophenUncounted, isHeld } from '../../src/clinical/case/medication-facts.js';
import { renderAnswer, type AnswerLine } from '../answers/answer-message.js';
import { entryLine } from '../answers/knowledge-lines.js';
import { fmt } from '../answers/number-format.js';
import { acetaminophenRoomLines, naloxoneLine } from '../answers/tablet-mme.js';
import type { OutputMessage } from '../turn-types.js';
import { mmeText, statedUseLines } from './case-answer.js';
import type { CaseRecord } from './case-record.js';
import { findDrugs } from './ports.js';
import { dosingFor } from '../answers/ports.js';

/**
 * A calculator asked with a case open and no regimen typed ("total MME?", "what's her MME", "mme pls", "how much
 * paracetamol is she on?"): worked out from the case's own held medicines, said to be from the case (issue: the bare
 * MME command answered "give each opioid" although the case holds them). A regimen typed in the question is the
 * calculator's, never the case's.
 */

/** An MME word: the acronym, the spelled-out phrase, MEDD, or the Australian/UK "OME" (oral morphine equivalent). */
const MME_WORD = /\b(?:mme|medd|ome|morphine (?:milligram )?equivalents?)\b/;
/**
 * The words such a question is made of besides the MME word, each row with an example
 * (test/answers/dosing-classes.test.ts reads them). Anything else ("threshold", "conversion", "naloxone") makes
 * it a question about MME as a topic, answered by the guideline.
 */
export const CASE_CALC_ROWS: readonly { words: string; example: string }[] = [
  {
    words: 'her|his|their|him|she|he|they|pt|pts|patient|patients|this|case|current(?:ly)?|now|on',
    example: "what's her MME",
  },
  { words: 'total|daily|day|a|per|calculate|calc|work|out|is|the|what|whats|s|what s|so', example: 'total MME?' },
  { words: 'pls|please|plz|ok|and|for|of|at|quick|me|give|tell', example: 'mme pls' },
];
const FILLER = new RegExp(`\\b(?:${CASE_CALC_ROWS.map((r) => r.words).join('|')})\\b`, 'g');
/** "what is MME?" alone asks what MME is: the case is read only when a patient, total or calculate word says so. */
const ABOUT_THIS_CASE =
  /\b(?:her|his|their|him|she|he|they|pt|patient|this|case|current|currently|now|on|total|daily|calc|calculate)\b|^\W*(?:mme|medd|ome)\W*(?:(?:pls|please|plz)\W*)?$/;

function asksCaseMme(lower: string): boolean {
  if (!MME_WORD.test(lower) || /\d/.test(lower)) return false;
  const rest = lower
    .replace(MME_WORD, ' ')
    .replace(/'/g, ' ')
    .replace(FILLER, ' ')
    .replace(/[\s?.!:,/-]+/g, '');
  return rest === '' && ABOUT_THIS_CASE.test(lower);
}

/** "how much paracetamol is she on?", "total apap?": acetaminophen named with no amount, asking a total or the room left. */
const APAP_TOTAL = /\b(?:total|how much|daily|a day|per day|more|extra|still|left|room|on top|too much)\b/;

export function caseCalculatorAnswer(record: CaseRecord, text: string): OutputMessage | undefined {
  const lower = text.toLowerCase().trim();
  if (lower.length > 80) return undefined;
  const held = record.facts.medications.filter(isHeld);
  if (asksCaseMme(lower)) return caseMmeMessage(record.label, held);
  const named = findDrugs(lower);
  if (
    named.length &&
    named.every((m) => m.drug === 'acetaminophen' && m.doseMg === undefined && m.dailyMg === undefined) &&
    APAP_TOTAL.test(lower)
  )
    return caseAcetaminophenMessage(record.label, held, lower);
  return undefined;
}

function caseMmeMessage(label: string, held: CaseRecord['facts']['medications']): OutputMessage | undefined {
  const total = caseOpioids(held);
  if (!total.lines.length) return undefined;
  const lines: AnswerLine[] = [
    ...total.lines.map((l) => ({ text: mmeText(l) })),
    ...statedUseLines(held).map((text) => ({ label: 'Taken now (as said)', text })),
  ];
  if (total.atOrAboveReassess) lines.push(entryLine('mme.thresholds'));
  // the total counts what is taken (the stated use above the prescription's maximum), so does the naloxone check
  const naloxone = naloxoneLine(total.totalMme, held);
  if (naloxone) lines.push(naloxone);
  const sum =
    total.totalMme === undefined
      ? 'no MME: the dose or how often is not recorded'
      : `${fmt(total.totalMme)} MME/day${total.incomplete ? ' or more (an opioid without a dose is not counted)' : ''}`;
  return renderAnswer({
    title: `Case ${label}'s opioids: ${sum}`,
    lines,
    note: 'From the opioids recorded in the case; MME estimates overdose risk, it is not a conversion table for switching opioids.',
  });
}

function caseAcetaminophenMessage(
  label: string,
  held: CaseRecord['facts']['medications'],
  lower: string,
): OutputMessage | undefined {
  const holders = held.flatMap((m) => {
    const mg = acetaminophenDailyMg(m);
    return mg === undefined ? [] : [{ m, mg }];
  });
  if (!holders.length) return undefined;
  const totalMg = holders.reduce((s, h) => s + h.mg, 0);
  const lines: AnswerLine[] = holders.map(({ m, mg }) => ({
    text: `${capital(m.product ?? m.drug)}: ${fmt(mg)} mg acetaminophen a day.`,
  }));
  // A product carrying acetaminophen with no doses a day recorded is named, never silently left out: the total is
  // then a floor (as the case MME answer says of an opioid it cannot count).
  const uncountedMeds = held.filter(acetaminophenUncounted);
  const uncounted = uncountedMeds.map((m) => capital(m.product ?? m.drug));
  if (uncounted.length)
    lines.push({
      text: `Not counted: ${uncountedMeds.map((m) => `${capital(m.product ?? m.drug)} (${uncountedReason(m)})`).join(', ')}, so the total is a floor.`,
    });
  lines.push(entryLine('label.acetaminophen'));
  if (/\b(?:more|extra|still|left|room|on top|too much)\b/.test(lower))
    lines.push(...acetaminophenRoomLines(totalMg, uncounted));
  const max = dosingFor('acetaminophen').label.maxDailyMg ?? 4000;
  const where = totalMg > max ? ': above' : totalMg === max ? ': at' : ', within';
  const amount = `${uncounted.length ? 'at least ' : ''}${fmt(totalMg)} mg/day`;
  return renderAnswer({
    title: `Case ${label}: acetaminophen ${amount} from the case's medicines${where} the adult maximum of ${fmt(max)} mg/day`,
    lines,
  });
}
