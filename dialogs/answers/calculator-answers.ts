import {
  MME_FACTORS,
  MME_LIMITS,
  OSWESTRY_BANDS,
  START_BACK_PARAMS,
} from '../../src/clinical/calculators/clinical-params.js';
import { calculateMme, type MmeItem, type MmeResult } from '../../src/clinical/calculators/mme.js';
import { scoreOswestry, type OswestryResult } from '../../src/clinical/calculators/oswestry.js';
import { scoreStartBack, type StartBackResult } from '../../src/clinical/calculators/start-back.js';
import type { CaseFacts } from '../../src/clinical/case/case-facts.js';
import type { OutputMessage } from '../turn-types.js';
import { plain, renderAnswer, type AnswerLine } from './answer-message.js';
import { OSWESTRY_COMMAND, parseOswestry, parseStartBack, START_BACK_COMMAND } from './instrument-parse.js';
import { entryLine } from './knowledge-lines.js';
import { NON_POSITIVE_REASON, nonPositiveDose } from './non-positive-dose.js';
import { expandIntervals } from './regimen-shorthand.js';
import { acetaminophenLine, tabletItem } from './tablet-mme.js';
import { drugNames, findDrugs, type DrugMention, MME_SOURCE, mmeFactorFor, OSWESTRY, START_BACK } from './ports.js';

/**
 * The calculators as chat commands. `runCalculatorCommand` returns the structured result with the message so the
 * walk-through can also feed a STarT Back or Oswestry result into an open case (`calculatorFacts`).
 */
export type CalculatorOutcome =
  | { calculator: 'mme'; result?: MmeResult; message: OutputMessage }
  | { calculator: 'start-back'; result?: StartBackResult; message: OutputMessage }
  | { calculator: 'oswestry'; result?: OswestryResult; message: OutputMessage };

const MME_COMMAND =
  /^(?:calculate |what(?:'s| is) (?:the )?|total )?(?:mme|morphine (?:milligram )?equivalents?|morphine equivalent dose|med)\b/;

const FACTORS = MME_FACTORS;
const THRESHOLDS = MME_LIMITS;
const KEELE = START_BACK_PARAMS;
const ODI_BANDS = OSWESTRY_BANDS;

/** "percocet 5 q6h MME?": MME asked after the regimen counts too, when an opioid is given with a dose. */
const MME_WORD = /\b(?:mme|morphine (?:milligram )?equivalents?)\b/;

/** Every MME word, any case: built once, so the ReDoS rule (test/security) sees it as it loads with the module. */
const MME_WORDS = new RegExp(MME_WORD.source, 'gi');
/** "norco MME 10/325 q6": the word between the name and the dose would hide the dose from the reader. */
const withoutMmeWord = (text: string): string => text.replace(MME_WORDS, ' ');

function isMmeCommand(text: string, lower: string): boolean {
  if (MME_COMMAND.test(lower)) return true;
  return (
    MME_WORD.test(lower) &&
    findDrugs(expandIntervals(withoutMmeWord(text))).some(
      (m) => FACTORS[m.drug] !== undefined && m.doseMg !== undefined,
    )
  );
}

/** Parts joined by "+", "plus", "and" or "&": one with a number but no drug read ("oxy 10 bid") would drop out of the total. */
function unreadPart(text: string): string | undefined {
  return text
    .split(/\+|\bplus\b|\band\b|&/i)
    .map((part) => part.replace(MME_COMMAND_WORDS, ' ').trim())
    .find((part) => /\d/.test(part) && findDrugs(part).length === 0);
}
const MME_COMMAND_WORDS =
  /\b(?:calculate|what(?:'s| is)|the|total|mme|morphine (?:milligram )?equivalents?|morphine equivalent dose|med)\b/gi;

export function isCalculatorCommand(text: string): boolean {
  const lower = text.toLowerCase().trim();
  return isMmeCommand(text, lower) || START_BACK_COMMAND.test(lower) || OSWESTRY_COMMAND.test(lower);
}

export function runCalculatorCommand(text: string): CalculatorOutcome | undefined {
  const lower = text.toLowerCase().trim();
  if (isMmeCommand(text, lower)) return mmeCommand(text);
  if (START_BACK_COMMAND.test(lower)) return startBackCommand(lower);
  if (OSWESTRY_COMMAND.test(lower)) return oswestryCommand(lower);
  return undefined;
}

/** Case facts a calculator result adds to an open case (MME adds none: medications come from the case text). */
export function calculatorFacts(outcome: CalculatorOutcome): Partial<CaseFacts> {
  if (outcome.calculator === 'start-back' && outcome.result?.kind === 'ok') {
    return { startBack: { total: outcome.result.total, psychosocial: outcome.result.psychosocial } };
  }
  if (outcome.calculator === 'oswestry' && outcome.result?.kind === 'ok')
    return { oswestryPercent: outcome.result.percent };
  return {};
}

const MME_HINT =
  'Give each opioid with its dose and how often, e.g. "MME oxycodone 5 mg q6h + tramadol 50 mg bid" or "MME fentanyl 25 mcg/hr".';
const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

/** Formulation words between the name and the dose ("morphine ER 15 bid") do not change the MME. */
const FORMULATION = /\b(?:er|ir|sr|xr|cr|la|ext(?:ended)?[- ]release|immediate[- ]release)\b/gi;

function mmeCommand(text: string): CalculatorOutcome {
  const bare = expandIntervals(withoutMmeWord(text.replace(FORMULATION, ' ')));
  const mentions = findDrugs(bare);
  if (!mentions.length) return { calculator: 'mme', message: plain(MME_HINT) };
  const unread = unreadPart(bare);
  if (unread) {
    const why = `I could not read "${unread}" as an opioid, so no MME was calculated: a total without it would understate the risk.`;
    return { calculator: 'mme', message: plain(`${why} ${MME_HINT}`) };
  }
  if (mentions.every((m) => m.drug === 'acetaminophen'))
    return {
      calculator: 'mme',
      message: plain(`acetaminophen is not an opioid: MME covers opioids only. ${MME_HINT}`),
    };
  const bup = mentions.find((m) => m.drug === 'buprenorphine');
  if (bup) {
    const result: MmeResult = { kind: 'refused', drug: bup.drug, reason: 'no-factor-partial-agonist' };
    return { calculator: 'mme', result, message: mmeMessage(result) };
  }
  const items: MmeItem[] = [];
  const tabletLines: AnswerLine[] = [];
  let acetaminophenMg = 0;
  for (const [i, m] of mentions.entries()) {
    // Issue 12: acetaminophen is not an opioid; with an amount it joins the acetaminophen total, and named with
    // none ("MME and total APAP?") it is part of the question.
    if (m.drug === 'acetaminophen') {
      acetaminophenMg += m.dailyMg ?? 0;
      continue;
    }
    const amount = nonPositiveDose(bare, m);
    if (amount)
      return {
        calculator: 'mme',
        message: plain(`MME ${drugNames(m.drug).generic} ${amount}: ${NON_POSITIVE_REASON} No MME was calculated.`),
      };
    const tablets =
      FACTORS[m.drug] === undefined ? undefined : tabletItem(m, bare.slice(m.end, mentions[i + 1]?.start), MME_HINT);
    if (typeof tablets === 'string') return { calculator: 'mme', message: plain(tablets) };
    if (tablets) {
      items.push(tablets.item);
      tabletLines.push(...tablets.lines);
      acetaminophenMg += tablets.acetaminophenMg;
      continue;
    }
    const item = mmeItem(m);
    if (typeof item === 'string') return { calculator: 'mme', message: plain(item) };
    items.push(item);
  }
  if (acetaminophenMg > 0) tabletLines.push(acetaminophenLine(acetaminophenMg));
  const result = calculateMme(items, FACTORS, THRESHOLDS);
  return { calculator: 'mme', result, message: mmeMessage(result, tabletLines) };
}

/**
 * The MME of the opioid regimens a drug question states ("oxy IR 5 q6h + gabapentin 300 tid"): one line per opioid
 * whose dose and frequency can be read, and the total a day when there are several (CDC 2022 factors,
 * clinical-reference.md section 4). Opioids without a readable regimen are left out, so no line is an undercount:
 * when any opioid named has no readable regimen, nothing is said.
 */
export function regimenMmeLines(mentions: readonly DrugMention[]): AnswerLine[] {
  const opioids = mentions.filter((m) => FACTORS[m.drug] !== undefined);
  if (!opioids.length) return [];
  const items: MmeItem[] = [];
  for (const m of opioids) {
    if (m.doseMg === undefined && m.dailyMg === undefined) return [];
    const item = mmeItem(m);
    if (typeof item === 'string') return [];
    items.push(item);
  }
  const result = calculateMme(items, FACTORS, THRESHOLDS);
  if (result.kind !== 'ok') return [];
  const lines: AnswerLine[] = result.lines.map((l) => ({ label: 'MME', text: mmePart(l, result), source: MME_SOURCE }));
  lines[lines.length - 1]!.text += '; an estimate of overdose risk, not a conversion table for switching opioids.';
  if (result.lines.length > 1)
    lines.unshift({
      label: 'MME total',
      text: `${fmt(result.total)} MME/day across these opioids.`,
      source: MME_SOURCE,
    });
  if (result.atOrAboveReassess) lines.push(entryLine('mme.thresholds'));
  return lines;
}

/** One opioid as an MME item, or what is wrong with it (said to the clinician; nothing is computed). */
function mmeItem(m: DrugMention): MmeItem | string {
  const name = drugNames(m.drug).generic;
  if (FACTORS[m.drug] === undefined) return `${name} is not an opioid: MME covers opioids only. ${MME_HINT}`;
  if (m.unit === 'g')
    return `${name} was given in grams, which is not a plausible opioid dose. Check the unit (mg, or mcg/hr for patches). No MME was calculated.`;
  if (m.drug === 'fentanyl') {
    // Patch strength: mcg/hr, or a bare number, which for a patch means mcg/hr.
    if (m.doseMg === undefined || (m.unit !== undefined && m.unit !== 'mcg/hr'))
      return 'Give the fentanyl patch strength in mcg/hr, e.g. "MME fentanyl 25 mcg/hr".';
    return { drug: m.drug, mcgPerHour: m.doseMg };
  }
  if (m.unit === 'mcg/hr') return `mcg/hr is a patch rate; give ${name} in mg with how often. No MME was calculated.`;
  if (m.dailyMg !== undefined) return { drug: m.drug, dailyMg: m.dailyMg };
  if (m.doseMg !== undefined && m.timesPerDay !== undefined)
    return { drug: m.drug, doseMg: m.doseMg, timesPerDay: m.timesPerDay };
  return `I need the dose and how often for ${name}. ${MME_HINT}`;
}

type MmeOk = Extract<MmeResult, { kind: 'ok' }>;

/**
 * One opioid's share: "oxycodone 40 mg/day x 1.5 = 60 MME/day" alone; beside others it is said as a part of the
 * day's total ("... x 1.5: 60 MME/day of the 90 MME/day total"), so no part reads as the answer.
 */
function mmePart(l: MmeOk['lines'][number], result: MmeOk): string {
  const dose = `${drugNames(l.drug).generic} ${fmt(l.dailyAmount)} ${l.unit} x ${l.factor}`;
  return result.lines.length > 1
    ? `${dose}: ${fmt(l.mme)} MME/day of the ${fmt(result.total)} MME/day total`
    : `${dose} = ${fmt(l.mme)} MME/day`;
}

function mmeMessage(result: MmeResult, tabletLines: AnswerLine[] = []): OutputMessage {
  if (result.kind === 'refused') {
    const factor = mmeFactorFor(result.drug);
    const reason =
      factor && 'reason' in factor ? factor.reason : 'No MME factor exists for it, so no MME is calculated.';
    return plain(`${reason} MME estimates risk; it is not a conversion table for switching opioids.`);
  }
  if (result.kind !== 'ok')
    return plain(
      `No MME calculated: ${result.kind === 'invalid' ? result.problems.join('; ') : 'not an opioid'}. ${MME_HINT}`,
    );
  const lines: AnswerLine[] = [
    ...tabletLines,
    ...result.lines.map((l) => ({ text: mmePart(l, result), source: MME_SOURCE })),
  ];
  if (result.atOrAboveReassess) lines.push(entryLine('mme.thresholds'), entryLine('opioid.cdc-naloxone'));
  const flag = result.atOrAboveAvoid
    ? ` (at or above ${THRESHOLDS.avoid}: avoid or carefully justify)`
    : result.atOrAboveReassess
      ? ` (at or above ${THRESHOLDS.reassess}: reassess)`
      : '';
  return renderAnswer({
    title: `Total ${fmt(result.total)} MME/day${flag}`,
    lines,
    note: 'MME estimates overdose risk; it is not a conversion table for switching opioids.',
  });
}

/** Item 9 typed as yes/no: how it was scored (the instrument scores 1 only for its two highest answers). */
const ITEM9_YES_NO = `Item 9 "yes" is scored as "${START_BACK.bothersomenessScoringAnswers.join('" or "')}" (1), "no" as a lower answer (0); give its word if that is wrong.`;

function startBackCommand(lower: string): CalculatorOutcome {
  const parsed = parseStartBack(lower);
  if (parsed.kind === 'unclear') return { calculator: 'start-back', message: plain(parsed.hint) };
  const result = scoreStartBack(parsed.input, KEELE);
  if (result.kind === 'invalid') {
    return {
      calculator: 'start-back',
      result,
      message: plain(
        'Those STarT Back scores are not possible: items 1-8 are 0 or 1, item 9 is 0 or 1 (or a word such as "very much"), the total is 0-9 and the psychosocial subscale (items 5-9) is 0-5 and no more than the total.',
      ),
    };
  }
  const lines: AnswerLine[] = [
    { text: `Total ${result.total}/9, psychosocial subscale ${result.psychosocial}/5.`, source: START_BACK.source },
    ...(parsed.yesNoItem9 ? [{ text: ITEM9_YES_NO, source: START_BACK.source }] : []),
    ...(result.risk === 'high' ? [entryLine('referral.start-back-high-risk')] : []),
  ];
  return {
    calculator: 'start-back',
    result,
    message: renderAnswer({ title: `STarT Back: ${result.risk} risk`, lines }),
  };
}

function oswestryCommand(lower: string): CalculatorOutcome {
  const parsed = parseOswestry(lower);
  if (parsed.kind === 'unclear') return { calculator: 'oswestry', message: plain(parsed.hint) };
  const result = scoreOswestry(parsed.input, ODI_BANDS);
  if (result.kind === 'invalid') {
    return {
      calculator: 'oswestry',
      result,
      message: plain(
        'Those Oswestry scores are not possible: each section is scored 0-5 (up to 10 sections), or give a percentage from 0 to 100.',
      ),
    };
  }
  const answered =
    result.sectionsAnswered !== undefined ? ` from ${result.sectionsAnswered} of ${OSWESTRY.sections} sections` : '';
  const lines: AnswerLine[] = [
    { text: `${fmt(result.percent)}%${answered}: ${result.band}.`, source: OSWESTRY.source },
    entryLine('instrument.mcid'),
  ];
  return {
    calculator: 'oswestry',
    result,
    message: renderAnswer({ title: `Oswestry Disability Index: ${fmt(result.percent)}% (${result.band})`, lines }),
  };
}
