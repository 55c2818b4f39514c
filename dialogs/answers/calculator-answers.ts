import {
  MME_FACTORS,
  MME_LIMITS,
  OSWESTRY_BANDS,
  OSWESTRY_MAX_UNANSWERED,
  START_BACK_PARAMS,
} from '../../src/clinical/calculators/clinical-params.js';
import { calculateMme, type MmeItem, type MmeResult } from '../../src/clinical/calculators/mme.js';
import { type OswestryInput, scoreOswestry, type OswestryResult } from '../../src/clinical/calculators/oswestry.js';
import { scoreStartBack, type StartBackResult, type StartBackRisk } from '../../src/clinical/calculators/start-back.js';
import type { CaseFacts } from '../../src/clinical/case/case-facts.js';
import { sharedReading } from '../../src/clinical/language/shared-readings.js';
import type { OutputMessage } from '../turn-types.js';
import { plain, renderAnswer, type AnswerLine } from './answer-message.js';
import {
  OSWESTRY_COMMAND,
  parseOswestry,
  parseStartBack,
  START_BACK_COMMAND,
  statesOswestrySum,
  statesStartBackScores,
} from './instrument-parse.js';
import { entryLine } from './knowledge-lines.js';
import { NALOXONE_RISK } from '../../src/clinical/knowledge/mme-factors.js';
import { NON_POSITIVE_REASON, nonPositiveDose, unclearDose, UNCLEAR_DOSE_ASK } from './non-positive-dose.js';
import { nonOralReason } from './non-oral-route.js';
import { fmt } from './number-format.js';
import { expandIntervals } from './regimen-shorthand.js';
import { notTakenAt } from './not-taken.js';
import { saidStopped } from '../../src/clinical/language/stopped.js';
import { START_ASKED } from './start-asked.js';
import { companionDrugLists, companionListAt } from '../../src/clinical/language/companion-drugs.js';
import { interactionLines } from './interactions.js';
import {
  acetaminophenLine,
  acetaminophenOverFlag,
  acetaminophenRoomLines,
  asksAcetaminophenRoom,
  drugTitle,
  erLaLine,
  joinCombinations,
  labelBoxedWarning,
  naloxoneLine,
  riskHistory,
  tabletItem,
} from './tablet-mme.js';
import {
  type DrugId,
  drugNames,
  findDrugs,
  namesADrug,
  type DrugMention,
  MME_SOURCE,
  mmeFactorFor,
  OSWESTRY,
  productOf,
  SOURCE,
  START_BACK,
} from './ports.js';

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

export function isMmeCommand(text: string, lower: string): boolean {
  if (MME_COMMAND.test(lower)) return true;
  return (
    MME_WORD.test(lower) &&
    findDrugs(expandIntervals(withoutMmeWord(text))).some(
      (m) => drugNames(m.drug).drugClass === 'opioid' && m.doseMg !== undefined,
    )
  );
}

/** Parts joined by "+", "plus", "and" or "&": one with a number but no drug read ("oxy 10 bid") would drop out of the total. */
function unreadPart(text: string): string | undefined {
  return text
    .split(/\+|\bplus\b|\band\b|&/i)
    .map((part) => part.replace(MME_COMMAND_WORDS, ' ').trim())
    .find((part) => /\d/.test(part) && !namesADrug(part));
}
const MME_COMMAND_WORDS =
  /\b(?:calculate|what(?:'s| is)|the|total|mme|morphine (?:milligram )?equivalents?|morphine equivalent dose|med)\b/gi;

/**
 * What may follow a calculator's name in a command given without its numbers ("STarT Back", "MME calculator?"): the
 * command alone asks how to use it. Any other words with no number ("STarT Back high risk, should I refer?", "ODI
 * bands?", "mme conversion table for switching opioids?") ask about the instrument: a guideline question.
 */
const COMMAND_ONLY = /^(?:calculator|calc|score|scoring|tool|please|help)?[\s?.!:]*$/;

/**
 * A calculator command: its name first, with numbers, item answers or a drug to work on, or nothing else. Read once
 * per turn (the walk-through routes and the quick answers both ask).
 */
export function isCalculatorCommand(text: string): boolean {
  return sharedReading('isCalculatorCommand', isCalculatorCommandOnce, text);
}

function isCalculatorCommandOnce(text: string): boolean {
  const lower = text.toLowerCase().trim();
  if (isMmeCommand(text, lower))
    return /\d/.test(lower) || COMMAND_ONLY.test(lower.replace(MME_COMMAND, '').trim()) || findDrugs(lower).length > 0;
  if (START_BACK_COMMAND.test(lower))
    return (
      /\d/.test(lower) ||
      COMMAND_ONLY.test(lower.replace(START_BACK_COMMAND, '').trim()) ||
      parseStartBack(lower).kind === 'input'
    );
  if (OSWESTRY_COMMAND.test(lower))
    return /\d/.test(lower) || COMMAND_ONLY.test(lower.replace(OSWESTRY_COMMAND, '').trim());
  // A score said in a sentence that also names a medicine ("her ODI came to 22 with 9 sections answered, and she
  // started tramadol 50 q6h") is a case update, not a calculator command: the command would keep only the score.
  return (statesStartBackScores(lower) || statesOswestrySum(lower)) && findDrugs(lower).length === 0;
}

/** Case facts a calculator result adds to an open case (MME adds none: medications come from the case text). */
export function calculatorFacts(outcome: CalculatorOutcome): Partial<CaseFacts> {
  if (outcome.calculator === 'start-back' && outcome.result?.kind === 'ok') {
    // the risk group goes with the scores: a corrected score never leaves the risk of the score before it
    const { total, psychosocial, risk } = outcome.result;
    return { startBack: { total, psychosocial }, startBackRisk: risk };
  }
  if (outcome.calculator === 'oswestry' && outcome.result?.kind === 'ok')
    return { oswestryPercent: outcome.result.percent };
  // too many sections blank (reference section 5): no score, and the case's earlier score is taken back
  if (outcome.calculator === 'oswestry' && outcome.result?.kind === 'incomplete') {
    const { sectionsAnswered: answered, missing } = outcome.result;
    return { oswestryNotScored: { answered, missing } };
  }
  return {};
}

const MME_HINT =
  'Give each opioid with its dose and how often, e.g. "MME oxycodone 5 mg q6h + tramadol 50 mg bid" or "MME fentanyl 25 mcg/hr".';

/**
 * The opioids of a question read for their MME (clinical-reference.md sections 2 and 4): tablets and combination
 * strengths, the most an as-needed or range regimen allows, the fentanyl patch in mcg/hr, ER/LA products said to be
 * so. Buprenorphine (no factor) and non-opioids are kept aside, said as not counted; acetaminophen in the tablets
 * and typed on its own is added up. A string is what stops the total (said to the clinician, nothing computed).
 */
interface OpioidReading {
  items: MmeItem[];
  /** Tablet, product and patch lines, said before the MME parts. */
  lines: AnswerLine[];
  acetaminophenMg: number;
  /** Buprenorphine named: no factor, not counted. */
  buprenorphine: DrugMention[];
  /** Named, not opioids, not acetaminophen: not counted (their interactions are said). */
  others: DrugMention[];
  /** An opioid dose by a non-oral route (IV, IM, SC): no factor, said not converted beside the oral total. */
  nonOral: DrugMention[];
  /** The stated use in MME/day of a lone opioid taken below its prescription's maximum (tablet-mme.ts). */
  statedMme?: number;
}

function readOpioids(
  text: string,
  mentions: readonly DrugMention[],
  left: ReadonlySet<DrugMention> = new Set(),
): OpioidReading | string {
  const read: OpioidReading = { items: [], lines: [], acetaminophenMg: 0, buprenorphine: [], others: [], nonOral: [] };
  for (const [i, m] of mentions.entries()) {
    // a companion's or a stopped medicine: not counted (its text still ends the regimen before it)
    if (left.has(m)) continue;
    // Issue 12: acetaminophen is not an opioid; with an amount it joins the acetaminophen total, and named with
    // none ("MME and total APAP?") it is part of the question.
    if (m.drug === 'acetaminophen') {
      read.acetaminophenMg += m.dailyMg ?? 0;
      continue;
    }
    if (m.drug === 'buprenorphine') {
      read.buprenorphine.push(m);
      continue;
    }
    if (FACTORS[m.drug] === undefined) {
      read.others.push(m);
      continue;
    }
    const amount = nonPositiveDose(text, m);
    if (amount) return `MME ${drugNames(m.drug).generic} ${amount}: ${NON_POSITIVE_REASON} No MME was calculated.`;
    if (unclearDose(text, m)) return `MME ${drugNames(m.drug).generic}: ${UNCLEAR_DOSE_ASK}`;
    // a non-oral dose beside oral ones ("oxycodone 5mg sc q4h prn plus oxycodone 10 mg po q6h"): the oral MME is
    // given and the non-oral dose said not converted; alone, it stops the total (below)
    if (m.route) {
      read.nonOral.push(m);
      continue;
    }
    const tablets = tabletItem(m, text.slice(m.end, mentions[i + 1]?.start));
    if (typeof tablets === 'string') return tablets;
    if (tablets) {
      read.items.push(tablets.item);
      read.lines.push(...tablets.lines);
      read.acetaminophenMg += tablets.acetaminophenMg;
      if (tablets.statedMme !== undefined) read.statedMme = tablets.statedMme;
      continue;
    }
    const item = mmeItem(m);
    if (typeof item === 'string') return item;
    read.items.push(item);
  }
  const [first] = read.nonOral;
  if (first?.route && !read.items.length) return nonOralReason(drugNames(first.drug).generic, first.route);
  for (const m of read.nonOral)
    read.lines.push({
      label: 'Not counted',
      text: `${drugNames(m.drug).generic} ${m.route} dose: not converted (the CDC 2022 MME factors are for oral doses); the total is the oral doses only.`,
      source: MME_SOURCE,
    });
  return read;
}

/** Buprenorphine named with a question about MME: never a factor; its ER/LA product said (reference section 4). */
function buprenorphineLines(found: readonly DrugMention[]): AnswerLine[] {
  const factor = mmeFactorFor('buprenorphine');
  const reason = factor && 'reason' in factor ? factor.reason : 'Buprenorphine has no MME factor.';
  const lines: AnswerLine[] = [];
  for (const m of found) {
    // Butrans and Belbuca are ER/LA; a sublingual product is not (the reference's ER/LA list names no other)
    const product = productOf(m);
    if (product?.kind === 'er-la') lines.push(erLaLine(product));
  }
  // a sublingual product named as such ("Buprenorphine sublingual", "Suboxone (buprenorphine sublingual)")
  const title = (m: DrugMention) => {
    const product = productOf(m);
    return product?.kind === 'buprenorphine-sublingual' ? product.display : drugTitle(m.drug, m.matched);
  };
  const said = [...new Set(found.map(title))].join(', ');
  lines.push({ label: 'Not counted', text: `${said}: ${reason}`, source: MME_SOURCE });
  return lines;
}

export function mmeCommand(text: string): CalculatorOutcome {
  const bare = expandIntervals(withoutMmeWord(text));
  const mentions = joinCombinations(bare, findDrugs(bare));
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
  const { left, lines: leftLines } = notCountedMentions(bare, mentions);
  const read = readOpioids(bare, mentions, left);
  if (typeof read === 'string') return { calculator: 'mme', message: plain(read) };
  read.lines.unshift(...leftLines);
  const drugs = [...new Set(mentions.filter((m) => !left.has(m)).map((m) => m.drug))];
  if (!read.items.length) {
    if (read.buprenorphine.length) {
      const result: MmeResult = { kind: 'refused', drug: 'buprenorphine', reason: 'no-factor-partial-agonist' };
      return { calculator: 'mme', result, message: buprenorphineMessage(read, drugs) };
    }
    const other = read.others[0];
    if (!other) {
      // every opioid named is a companion's or stopped: nothing of the patient's to count
      const why = read.lines.map((l) => l.text).join(' ');
      return { calculator: 'mme', message: plain(`No MME calculated: ${why} ${MME_HINT}`) };
    }
    return { calculator: 'mme', message: plain(mmeItem(other) as string) };
  }
  const result = calculateMme(read.items, FACTORS, THRESHOLDS);
  // "MME, and how much more Tylenol could she take on top?": what is left of the acetaminophen maximum too.
  const room = asksAcetaminophenRoom(bare.toLowerCase(), mentions);
  const history = riskHistory(text.toLowerCase());
  const start = START_ASKED.test(text.toLowerCase());
  return { calculator: 'mme', result, message: mmeMessage(result, read, drugs, room, history, start) };
}

/**
 * The medicines an MME question names that are not the patient's now (clinical-reference.md section 4 counts the
 * patient's current opioids): a companion's own ("her husband takes oxycodone 10 qid", companion-drugs.ts) and one
 * said as stopped or not taken ("stopped the norco last week", not-taken.ts). Each is said as not counted.
 */
export function notCountedMentions(
  text: string,
  mentions: readonly DrugMention[],
): { left: Set<DrugMention>; lines: AnswerLine[] } {
  const lower = text.toLowerCase();
  const lists = companionDrugLists(
    lower,
    mentions.map((m) => m.start),
  );
  const left = new Set<DrugMention>();
  const lines: AnswerLine[] = [];
  for (const m of mentions) {
    const list = companionListAt(lists, m.start);
    const stopped = !list && (notTakenAt(lower, m.start, m.end) || stoppedInCase(lower, m));
    if (!list && !stopped) continue;
    left.add(m);
    const name = drugTitle(m.drug, m.matched);
    lines.push({
      label: 'Not counted',
      text: list ? `${name} is ${list.who}'s, not the patient's.` : `${name} is said as stopped or not taken now.`,
    });
  }
  return { left, lines };
}

/** Sentence and comma-item ends, the case reader's windows for a stop said around a name. */
const ITEM_END = /[,;.?!\n]/g;
const SENTENCE_END = /[.?!\n]/;
/**
 * The mention is said stopped as the case reader reads it (stopped.ts saidStopped: "stopped tramadol 50 qds last
 * month", "instead of tramadol 50 qds"): its comma item before the name and its clause to the sentence end.
 */
function stoppedInCase(lower: string, m: DrugMention): boolean {
  const head = lower.slice(0, m.start);
  let from = 0;
  for (const e of head.matchAll(ITEM_END)) from = e.index + 1;
  const rest = lower.slice(m.end);
  const stop = rest.search(SENTENCE_END);
  const after = stop < 0 ? rest : rest.slice(0, stop);
  return saidStopped(head.slice(from), after, stop >= 0 && rest[stop] === '?');
}

/** Only buprenorphine among the opioids: no MME (no factor), with what is known and the naloxone line if it applies. */
function buprenorphineMessage(read: OpioidReading, drugs: readonly DrugId[]): OutputMessage {
  const lines = [...buprenorphineLines(read.buprenorphine), ...riskLines(undefined, drugs, read.others)];
  // no MME to weigh, so the naloxone rule is said with its own risk factors (a history of substance use disorder or
  // overdose among them, reference section 4): never a dead end for a patient on buprenorphine
  if (!lines.some((l) => l.label?.startsWith('Naloxone')))
    lines.push({ ...entryLine(NALOXONE_RISK.entry), label: 'Naloxone' });
  return renderAnswer({
    title: 'No MME calculated: buprenorphine has no CDC 2022 MME factor (partial agonist)',
    lines: uniqueText(lines),
    note: 'MME estimates overdose risk; it is not a conversion table for switching opioids.',
  });
}

/**
 * What a non-opioid named beside the opioids adds (its listed interactions, the benzodiazepine one as the boxed
 * warning it is) and the naloxone line when the total or a benzodiazepine calls for it (reference section 4).
 */
function riskLines(
  total: number | undefined,
  drugs: readonly DrugId[],
  others: readonly DrugMention[],
  history: readonly string[] = [],
): AnswerLine[] {
  const lines: AnswerLine[] = [];
  if (others.length) {
    const names = [...new Set(others.map((m) => drugTitle(m.drug, m.matched)))].join(', ');
    lines.push({ text: `${names}: not an opioid, not counted in the MME.` });
    lines.push(...labelBoxedWarning(interactionLines(drugs)));
  }
  const naloxone = naloxoneLine(total, [...others, ...drugs], history);
  if (naloxone) lines.push(naloxone);
  return lines;
}

/** The first line of each text (an entry may be said by two parts of one answer). */
function uniqueText(lines: AnswerLine[]): AnswerLine[] {
  const seen = new Set<string>();
  return lines.filter((l) => !seen.has(l.text) && seen.add(l.text));
}

/**
 * The MME of the opioid regimens a drug question states ("oxy IR 5 q6h + gabapentin 300 tid", "fentanyl 50 patch
 * with percocet 5/325 2 q6h"): the tablet and patch lines, one MME line per opioid, the total a day when there are
 * several (CDC 2022 factors, clinical-reference.md section 4), the thresholds line from 50 MME/day, and the naloxone
 * line when the total or a benzodiazepine named calls for it. When any opioid named has no readable regimen no MME is
 * said (a part would be an undercount), but the naloxone line for a benzodiazepine still is.
 */
/**
 * Two or more opioids at once (often from two prescribers): CDC 2022 (clinical-reference.md section 4), "check the
 * prescription drug monitoring programme".
 */
function severalOpioidsLines(result: MmeOk): AnswerLine[] {
  return result.lines.length > 1 ? [entryLine('opioid.cdc-pdmp')] : [];
}

export function regimenMmeLines(mentions: readonly DrugMention[], text = ''): AnswerLine[] {
  return regimenMme(mentions, text).lines;
}

/** regimenMmeLines with the total MME/day, when one was computed. */
export function regimenMme(mentions: readonly DrugMention[], text = ''): { lines: AnswerLine[]; total?: number } {
  const joined = joinCombinations(text, mentions);
  const read = readOpioids(text, joined);
  const bup = typeof read !== 'string' && read.buprenorphine.length ? buprenorphineLines(read.buprenorphine) : [];
  const counted = typeof read === 'string' || !read.items.length ? undefined : read;
  const result = counted ? calculateMme(counted.items, FACTORS, THRESHOLDS) : undefined;
  if (!counted || result?.kind !== 'ok') {
    const naloxone = naloxoneLine(undefined, joined, riskHistory(text.toLowerCase()));
    return { lines: [...bup, ...(naloxone ? [naloxone] : [])] };
  }
  const lines: AnswerLine[] = [
    ...counted.lines,
    ...result.lines.map((l) => ({ label: 'MME', text: mmePart(l, result), source: MME_SOURCE })),
  ];
  lines[lines.length - 1]!.text += '; an estimate of overdose risk, not a conversion table for switching opioids.';
  if (result.lines.length > 1 || bup.length)
    lines.unshift({
      label: 'MME total',
      text: `${fmt(result.total)} MME/day across these opioids${bup.length ? ', buprenorphine not counted' : ''}.`,
      source: MME_SOURCE,
    });
  if (result.atOrAboveReassess) lines.push(entryLine('mme.thresholds'));
  lines.push(...severalOpioidsLines(result));
  const naloxone = naloxoneLine(result.total, joined, riskHistory(text.toLowerCase()));
  return { lines: uniqueText([...lines, ...bup, ...(naloxone ? [naloxone] : [])]), total: result.total };
}

/** One opioid as an MME item, or what is wrong with it (said to the clinician; nothing is computed). */
function mmeItem(m: DrugMention): MmeItem | string {
  const name = drugNames(m.drug).generic;
  if (FACTORS[m.drug] === undefined) return `${name} is not an opioid: MME covers opioids only. ${MME_HINT}`;
  if (m.unit === 'g')
    return `${name} was given in grams, which is not a plausible opioid dose. Check the unit (mg, or mcg/hr for patches). No MME was calculated.`;
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

function mmeMessage(
  result: MmeResult,
  read: OpioidReading,
  drugs: readonly DrugId[],
  room = false,
  history: readonly string[] = [],
  start = false,
): OutputMessage {
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
  const lines: AnswerLine[] = [...read.lines];
  if (read.acetaminophenMg > 0) lines.push(acetaminophenLine(read.acetaminophenMg));
  if (room && read.acetaminophenMg > 0) lines.push(...acetaminophenRoomLines(read.acetaminophenMg));
  lines.push(...result.lines.map((l) => ({ text: mmePart(l, result), source: MME_SOURCE })));
  if (read.buprenorphine.length) lines.push(...buprenorphineLines(read.buprenorphine));
  if (result.atOrAboveReassess) lines.push(entryLine('mme.thresholds'));
  lines.push(...severalOpioidsLines(result));
  const risks = riskLines(result.total, drugs, read.others, history);
  lines.push(...risks);
  // an opioid asked to be started ("how is MME calculated if I start her on morphine 10 bd?"): the gate goes with it
  if (start) lines.push(entryLine('opioid.last-resort'), entryLine('opioid.gate.documented-failure'));
  const apapOver = acetaminophenOverFlag(read.acetaminophenMg);
  const flags = [
    // a lone opioid taken below its prescription: the total is the prescription's maximum, the stated use beside it
    ...(read.statedMme !== undefined && result.lines.length === 1 ? [`stated use ${fmt(read.statedMme)} MME/day`] : []),
    ...(result.atOrAboveAvoid
      ? [`at or above ${THRESHOLDS.avoid}: avoid or carefully justify`]
      : result.atOrAboveReassess
        ? [`at or above ${THRESHOLDS.reassess}: reassess`]
        : []),
    // the strictest findings lead: the benzodiazepine boxed warning, and naloxone when a risk factor calls for it
    ...(apapOver ? [apapOver] : []),
    ...(risks.some((l) => l.label === 'Boxed warning') ? ['boxed warning: opioid + benzodiazepine'] : []),
    ...(risks.some((l) => l.label?.startsWith('Naloxone')) ? ['offer naloxone'] : []),
  ];
  const flag = flags.length ? ` (${flags.join('; ')})` : '';
  const most = flags.length > 0 && flags[0]!.startsWith('stated') ? " at the prescription's maximum" : '';
  const without = `${read.buprenorphine.length ? '; buprenorphine not counted: no MME factor' : ''}${
    read.nonOral.length
      ? `; oral doses only, the ${[...new Set(read.nonOral.map((m) => m.route))].join(' and ')} dose not converted`
      : ''
  }`;
  return renderAnswer({
    title: `Total ${fmt(result.total)} MME/day${most}${flag}${without}`,
    lines: uniqueText(lines),
    note: 'MME estimates overdose risk; it is not a conversion table for switching opioids.',
  });
}

/** Item 9 typed as yes/no: how it was scored (the instrument scores 1 only for its two highest answers). */
const ITEM9_YES_NO = `Item 9 "yes" is scored as "${START_BACK.bothersomenessScoringAnswers.join('" or "')}" (1), "no" as a lower answer (0); give its word if that is wrong.`;

/** Why the group: Keele's cut-offs (clinical-reference §5), said with the result so the clinician can check it. */
function riskRule(risk: StartBackRisk): string {
  const notLow = `total ${KEELE.lowMaxTotal + 1} or more`;
  if (risk === 'low') return `total ${KEELE.lowMaxTotal} or less`;
  if (risk === 'high') return `${notLow}, subscale ${KEELE.highMinPsychosocial} or more`;
  return `${notLow}, subscale ${KEELE.highMinPsychosocial - 1} or less`;
}

export function startBackCommand(lower: string): CalculatorOutcome {
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
    {
      text: `Total ${result.total}/9, psychosocial subscale ${result.psychosocial}/5: ${result.risk} risk (${riskRule(result.risk)}).`,
      source: START_BACK.source,
    },
    ...(parsed.yesNoItem9 ? [{ text: ITEM9_YES_NO, source: START_BACK.source }] : []),
    ...(result.risk === 'high' ? [entryLine('referral.start-back-high-risk')] : []),
  ];
  return {
    calculator: 'start-back',
    result,
    message: renderAnswer({ title: `STarT Back: ${result.risk} risk`, lines }),
  };
}

export function oswestryCommand(lower: string): CalculatorOutcome {
  const parsed = parseOswestry(lower);
  if (parsed.kind === 'unclear') return { calculator: 'oswestry', message: plain(parsed.hint) };
  if (parsed.kind === 'count') return oswestryCountAnswer(parsed.answered);
  const result = scoreOswestry(parsed.input, ODI_BANDS, OSWESTRY_MAX_UNANSWERED);
  return oswestryResultAnswer(parsed.input, result);
}

/**
 * Only how many sections were answered: with more than the reference's unanswered limit, no score (ask for the rest);
 * otherwise the reference's formula for that many sections, asking for their sum.
 */
function oswestryCountAnswer(answered: number): CalculatorOutcome {
  const missing = OSWESTRY.sections - answered;
  if (missing > OSWESTRY_MAX_UNANSWERED)
    return oswestryResultAnswer(undefined, { kind: 'incomplete', sectionsAnswered: answered, missing });
  return {
    calculator: 'oswestry',
    message: renderAnswer({
      title: `Oswestry Disability Index: scoring ${answered} of ${OSWESTRY.sections} sections`,
      lines: [
        {
          text: `Score % = sum of the ${answered} answered sections / (5 x ${answered}) x 100; give the sum (e.g. "ODI sum 20, ${answered} sections answered") for the percentage and band.`,
          source: OSWESTRY.source,
        },
      ],
    }),
  };
}

function oswestryResultAnswer(input: OswestryInput | undefined, result: OswestryResult): CalculatorOutcome {
  if (result.kind === 'incomplete') {
    return {
      calculator: 'oswestry',
      result,
      message: renderAnswer({
        title: `Oswestry Disability Index: no score (${result.missing} of ${OSWESTRY.sections} sections missing)`,
        lines: [
          {
            text: `Only ${result.sectionsAnswered} of ${OSWESTRY.sections} sections answered: with more than ${OSWESTRY_MAX_UNANSWERED} unanswered, no score is given. Ask for the ${result.missing} missing sections.`,
            source: SOURCE.clinicalReference,
          },
        ],
      }),
    };
  }
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
  // a sum shows its working: % = sum / (5 x sections answered) x 100
  const working = input && 'sum' in input ? `Sum ${input.sum} / (5 x ${input.answered}) x 100 = ` : '';
  const lines: AnswerLine[] = [
    { text: `${working}${fmt(result.percent)}%${answered}: ${result.band}.`, source: OSWESTRY.source },
    entryLine('instrument.mcid'),
  ];
  return {
    calculator: 'oswestry',
    result,
    message: renderAnswer({ title: `Oswestry Disability Index: ${fmt(result.percent)}% (${result.band})`, lines }),
  };
}
