import { MME_FACTORS, MME_LIMITS } from '../../src/clinical/calculators/clinical-params.js';
import { calculateMme } from '../../src/clinical/calculators/mme.js';
import type { Medication } from '../../src/clinical/case/case-facts.js';
import type { OutputMessage } from '../turn-types.js';
import { plain, renderAnswer, type AnswerLine } from './answer-message.js';
import { acetaminophenStrengthQuestion, acetaminophenTotalMessage } from './acetaminophen-total.js';
import { caseInteractionLines } from './case-interactions.js';
import { doseCheckMessage } from './dose-check-answer.js';
import { asksOtc, drugTitle, OTC_ENTRY, withOtcEntry } from './drug-answer.js';
import { DRUG_PLANS } from './drug-plans.js';
import { entryLine } from './knowledge-lines.js';
import { mostDose, mostLine, type MostDose } from './most-dose.js';
import { namedProductMessage } from './named-product-answer.js';
import { nonPositiveDose } from './non-positive-dose.js';
import {
  type CombinationProduct,
  combinationByBrand,
  combinationByOpioid,
  type DrugMention,
  formatStrength,
  strengthsForName,
  dosingFor,
  drugNames,
  isDosedDrug,
  MME_SOURCE,
  NAPROXEN_SODIUM,
  type NamedProduct,
  naproxenBaseMg,
  productOf,
  readTabletRegimen,
  SOURCE,
} from './ports.js';
import { readContext, withQuestion, type QuestionContext } from './question-context.js';
import {
  acetaminophenLine,
  acetaminophenRoomLines,
  asksAcetaminophenRoom,
  joinCombinations,
  naloxoneLine,
  regimenAfter,
  tabletItem,
} from './tablet-mme.js';
import { naproxenSodiumMg, productByName } from '../../src/clinical/knowledge/named-products.js';
import { fmt } from './number-format.js';

/** "Anaprox DS is 550 mg", from the product data. */
const ANAPROX_DS = ((p) => `${p?.display} is ${p?.tabletMg} mg`)(productByName('anaprox ds'));

/**
 * Dose arithmetic on named products and clinicians' shorthand (issue 12; clinical-reference.md version 2, sections 2
 * and 4), ahead of the ordinary drug answer: acetaminophen summed across products, ER/LA products and the fentanyl
 * patch, Gralise and Horizant, combination tablets with their MME and acetaminophen, Ultracet's own limit, naproxen
 * sodium in naproxen base, and a range, as-needed, capped or open-ended regimen checked at the most it allows.
 * Undefined when none of these applies: the ordinary drug answer then answers.
 */
type Place = (lines: AnswerLine[]) => AnswerLine[];

const HINT = 'Give the strength, the tablets per dose and how often, e.g. "norco 10/325 2 tabs q6h".';
/** A question that sets two forms side by side rather than taking both. */
const COMPARE = /\b(?:same as|equivalent|equal to|instead of|versus|vs\.?|compared?|switch(?:ing)? (?:to|from))\b|=/;
/** A question about how much of a product, with no amount typed after its name. */
const HOW_MANY = /\bhow (?:many|much)\b|\bmax(?:imum)?\b|\blimit\b/;
const ER_KINDS = new Set(['er-la', 'tramadol-er', 'fentanyl-patch', 'gabapentin-product']);

export function answerProductQuestion(
  lower: string,
  typed: DrugMention[],
  known: QuestionContext = {},
  caseMeds: readonly Medication[] = [],
): OutputMessage | undefined {
  if (!typed.length || typed.some((m) => nonPositiveDose(lower, m) !== undefined)) return undefined;
  // "codeine/paracetamol 30/500": one combination tablet, not an opioid and an acetaminophen dose.
  const mentions = joinCombinations(lower, typed);
  const ctx = withQuestion(known, readContext(lower));
  const apap = acetaminophenTotalMessage(lower, mentions, ctx, caseMeds);
  if (apap) return apap;
  // "Ultracet 2 tabs qid: how much tramadol + apap?": a bare acetaminophen word asks about the product's own part.
  const holdsApap = mentions.some((x) => x.acetaminophenMg !== undefined || combinationByBrand(x.matched));
  const named = mentions.filter(
    (x) => !(holdsApap && x.drug === 'acetaminophen' && !amountTyped(x)) && !quotesGuideline(lower, x),
  );
  if (new Set(named.map((x) => x.drug)).size !== 1) return undefined;
  // "aleve 2 tabs bid: same as naproxen 500 bid?" compares: the named product is answered (its base dose shows it).
  const twice = COMPARE.test(lower) ? undefined : sameDrugTwice(named);
  if (twice) return twice;
  const m = named.find((x) => productOf(x) || combinationByBrand(x.matched)) ?? named[0]!;
  const after = regimenAfter(ownSentence(lower.slice(m.end, mentions.find((x) => x.start > m.start)?.start)));
  const place = placeCaseLines(caseInteractionLines(m.drug, ctx));
  const product = productOf(m);
  if (product && ER_KINDS.has(product.kind)) return namedProductMessage(m, product, after, ctx, place);
  const reading = readTabletRegimen(after);
  // "how many ultracet tablets a day?": a question about the product, not a regimen ("a day" is not once daily).
  const asked = HOW_MANY.test(lower) && !/\d/.test(after);
  const combo = combinationByBrand(m.matched) ?? (reading.strength ? combinationByOpioid(m.drug) : undefined);
  if (combo && asked) return combinationFactsMessage(m, combo, place);
  const regimenTyped =
    !asked && (reading.strength || reading.timesPerDay !== undefined || reading.tabletsPerDose !== undefined);
  if (combo && regimenTyped) return combinationMessage(m, after, ctx, place, asksAcetaminophenRoom(lower, mentions));
  if (product?.kind === 'naproxen-sodium') return naproxenSodiumMessage(m, product, after, ctx, place, lower);
  // "paracetamol 2 tabs qds - dose ok?": tablets with no strength; the strength is asked before any check
  if (m.drug === 'acetaminophen' && m.tablets !== undefined && m.doseMg === undefined && m.dailyMg === undefined)
    return plain(acetaminophenStrengthQuestion(m.matched));
  if (isDosedDrug(m.drug)) return mostDoseMessage(m, after, ctx, place);
  return undefined;
}

/**
 * A drug named as the guideline's ("within the guideline tramadol 50-100 q6-8h?", "the guideline's gabapentin"): what
 * the patient takes is compared with it, so it is not a second product taken.
 */
const GUIDELINE_BEFORE = /\bguidelines?(?:'s)?(?: (?:says?|recommends?|gives?|dose|range|is))?:? $/;
const quotesGuideline = (lower: string, m: DrugMention): boolean =>
  GUIDELINE_BEFORE.test(lower.slice(Math.max(0, m.start - 30), m.start));

/**
 * The product's regimen ends at its sentence or where the guideline is quoted: "ConZip 200 mg daily; guideline says
 * 50-100 q6-8h" is 200 mg a day. A comma does not end it ("2 tabs q4h prn, max 6 a day" keeps its cap).
 */
const SENTENCE_END = /[;\n]|\.(?!\d)|\bguidelines?\b/;
const ownSentence = (after: string): string => {
  const end = SENTENCE_END.exec(after);
  return end ? after.slice(0, end.index) : after;
};

const amountTyped = (m: DrugMention): boolean =>
  m.doseMg !== undefined || m.dailyMg !== undefined || m.timesPerDay !== undefined;

const identity = (m: DrugMention): string =>
  (combinationByBrand(m.matched) ?? productOf(m)) ? m.matched.toLowerCase().replace(/\s+/g, ' ') : m.drug;

/**
 * One drug named as two products ("naproxen 500 bd + anaprox DS prn"): the same drug, never both (naproxen and
 * naproxen sodium, label.naproxen-sodium); for any other drug, both count toward its one daily limit.
 */
function sameDrugTwice(mentions: DrugMention[]): OutputMessage | undefined {
  // A generic named with no amount is a word of the question ("how much tramadol is that?"), not a second product.
  const taken = mentions.filter((m) => amountTyped(m) || identity(m) !== m.drug);
  const names = [...new Map(taken.map((m) => [identity(m), m])).values()];
  if (names.length < 2) return undefined;
  const drug = names[0]!.drug;
  const said = names.map((m) => drugTitle(m.drug, m.matched)).join(' + ');
  const generic = drugNames(drug).generic;
  const special = names.map((m) => productOf(m)).find((p) => p?.kind === 'gabapentin-product');
  if (special)
    return renderAnswer({
      title: `${said}: different products, not interchangeable mg for mg`,
      lines: special.entries.map((id) => entryLine(id)),
    });
  const lines: AnswerLine[] =
    drug === 'naproxen'
      ? [entryLine('label.naproxen-sodium'), entryLine('label.nsaid-class')]
      : [{ text: `Both are ${generic}: add them up against ${generic}'s one daily limit, never each on its own.` }];
  return renderAnswer({ title: `${said}: the same drug (${generic}), never both as if they were two`, lines });
}

/** The open case's interaction lines go right after the answer's first line, as in the ordinary drug answer. */
function placeCaseLines(extra: AnswerLine[]): Place {
  if (!extra.length) return (lines) => lines;
  const said = new Set(extra.map((l) => l.text));
  return (lines) => {
    const rest = lines.filter((l) => !said.has(l.text));
    return [...rest.slice(0, 1), ...extra, ...rest.slice(1)];
  };
}

/** Extra lines first, then the dose check's own lines with the case's interactions placed among them. */
const withLines =
  (first: AnswerLine[], place: Place): Place =>
  (lines) =>
    place([...first, ...lines]);

/** Norco, Percocet, Tylenol #3/#4 (MME and acetaminophen from strength x tablets) and Ultracet (its own limit too). */
/** `room`: the question asks how much acetaminophen is left beside the tablets (acetaminophenRoomLines). */
function combinationMessage(
  m: DrugMention,
  after: string,
  ctx: QuestionContext,
  place: Place,
  room = false,
): OutputMessage {
  const item = tabletItem(m, after);
  if (typeof item === 'string') return plain(item);
  if (!item) return plain(`I need how often ${m.matched} is taken. ${HINT}`);
  const generic = drugNames(item.item.drug).generic;
  const apap = [acetaminophenLine(item.acetaminophenMg), ...(room ? acetaminophenRoomLines(item.acetaminophenMg) : [])];
  if (item.item.drug === 'tramadol' && isDosedDrug('tramadol'))
    return ultracetMessage(m, item, after, ctx, place, room);
  const result = calculateMme([item.item], MME_FACTORS, MME_LIMITS);
  if (result.kind !== 'ok') return plain(`No MME was calculated for ${m.matched}. ${HINT}`);
  const l = result.lines[0]!;
  const lines: AnswerLine[] = [
    ...item.lines,
    ...apap,
    {
      label: 'MME',
      text: `${generic} ${fmt(l.dailyAmount)} mg/day x ${l.factor} = ${fmt(result.total)} MME/day; an estimate of risk, not a conversion table for switching opioids.`,
      source: MME_SOURCE,
    },
    ...(result.atOrAboveReassess ? [entryLine('mme.thresholds')] : []),
    ...[naloxoneLine(result.total, [item.item.drug])].filter((l) => l !== undefined),
    entryLine('opioid.last-resort'),
    entryLine('opioid.gate.documented-failure'),
    entryLine('opioid.framework.lowest-dose'),
  ];
  const flag = result.atOrAboveAvoid
    ? ` (at or above ${MME_LIMITS.avoid}: avoid or carefully justify)`
    : result.atOrAboveReassess
      ? ` (at or above ${MME_LIMITS.reassess}: reassess)`
      : '';
  const max = dosingFor('acetaminophen').label.maxDailyMg;
  const overApap = max !== undefined && item.acetaminophenMg > max ? `; acetaminophen above ${fmt(max)} mg/day` : '';
  return renderAnswer({
    title: `${drugTitle(m.drug, m.matched)}: ${fmt(result.total)} MME/day${flag}${overApap}; no dose from this pathway, opioids are a last resort`,
    lines: place(lines),
  });
}

/**
 * "how many ultracet tablets a day?", "max tylenol #3?": the product's strengths and its own limits (the label's
 * tablet limit where the reference gives one, acetaminophen from all sources), then where its opioid sits.
 */
function combinationFactsMessage(m: DrugMention, combo: CombinationProduct, place: Place): OutputMessage {
  const strengths = strengthsForName(combo, m.matched).map(formatStrength).join(', ');
  const plan = DRUG_PLANS[combo.opioid];
  const lines: AnswerLine[] = [
    ...(combo.limit ? [entryLine(combo.limit.entry)] : []),
    entryLine('label.acetaminophen'),
    ...plan.lines.slice(0, 1).map(([id, label]) => entryLine(id, label)),
  ];
  return renderAnswer({
    title: `${drugTitle(m.drug, m.matched)}: ${combo.generic}${strengths ? ` ${strengths}` : ''} (opioid mg / acetaminophen mg)`,
    lines: place(lines),
  });
}

/** Ultracet: the tramadol part goes through the tramadol dose check; its 8-tablet limit heads the answer when stricter. */
function ultracetMessage(
  m: DrugMention,
  item: Exclude<ReturnType<typeof tabletItem>, string | undefined>,
  after: string,
  ctx: QuestionContext,
  place: Place,
  room = false,
): OutputMessage {
  // "ultracet", or tramadol typed with its strength ("tramadol/apap 37.5/325"): the one tramadol combination.
  const combo = combinationByBrand(m.matched) ?? combinationByOpioid('tramadol');
  if (!combo) return plain(`No tramadol combination product is listed. ${HINT}`);
  const tablets = item.tablets ?? 0;
  const limit = combo.limit;
  const where = !limit
    ? undefined
    : tablets > limit.maxTabletsPerDay
      ? 'above'
      : tablets === limit.maxTabletsPerDay
        ? 'at'
        : undefined;
  const product =
    where && limit ? `Ultracet ${where} its label maximum of ${limit.maxTabletsPerDay} tablets a day; ` : '';
  const dailyMg = item.item.dailyMg ?? 0;
  const strength = combo.strengths[0]!.opioidMg;
  // Tablets a dose: as typed after the name ("2 q6h", "2 tabs"), else from the dose the reader found.
  const typedCount = readTabletRegimen(after).tabletsPerDose;
  const perDoseTablets = typedCount ?? Math.max(1, Math.round((m.doseMg ?? strength) / strength));
  const doseMg = strength * perDoseTablets;
  const mention: DrugMention = { ...m, doseMg, timesPerDay: dailyMg / doseMg, dailyMg };
  const first = [
    ...item.lines,
    acetaminophenLine(item.acetaminophenMg),
    ...(room ? acetaminophenRoomLines(item.acetaminophenMg) : []),
  ];
  return doseCheckMessage('tramadol', `${product}tramadol part`, mention, ctx, withLines(first, place));
}

/** Naproxen sodium checked as naproxen base, the conversion said once; OTC Aleve's own daily limit beside it. */
function naproxenSodiumMessage(
  m: DrugMention,
  product: NamedProduct,
  after: string,
  ctx: QuestionContext,
  place: Place,
  lower: string,
): OutputMessage | undefined {
  const pairs = NAPROXEN_SODIUM.pairs.map((p) => `${p.sodiumMg} mg = ${p.baseMg} mg naproxen`).join(', ');
  if (m.saltUnresolved)
    return plain(
      `${product.display} ${fmt(m.saltMg ?? 0)} mg is not a whole number of the naproxen sodium tablets I have (${pairs}). Give the tablet strength and the tablets per dose; no dose check was made.`,
    );
  const most = mostDose(m, after, (typed) => {
    const sodium = typed ?? product.tabletMg;
    return sodium === undefined ? undefined : naproxenBaseMg(sodium);
  });
  if (m.doseMg === undefined && m.dailyMg === undefined && !most) {
    // No amount and no tablets: the product's facts (the drug answer), also for "OTC ... max a day?" (not a regimen).
    if (readTabletRegimen(after).tabletsPerDose === undefined && (m.timesPerDay === undefined || asksOtc(lower)))
      return undefined;
    return plain(
      `Which ${product.display} strength? Naproxen sodium comes as ${pairs} a tablet; give the mg or the product (${ANAPROX_DS}), the tablets per dose and how often. No dose check was made.`,
    );
  }
  const perTablet = product.tabletMg !== undefined ? product.tabletMg : undefined;
  const base = perTablet !== undefined ? naproxenBaseMg(perTablet) : undefined;
  const conversion =
    perTablet !== undefined && base !== undefined
      ? `${product.display} is naproxen sodium ${perTablet} mg a tablet: ${perTablet} mg = ${base} mg naproxen. Doses here are in naproxen base (${pairs}).`
      : `${product.display} ${fmt(m.saltMg ?? 0)} mg = ${fmt(m.doseMg ?? 0)} mg naproxen. Doses here are in naproxen base (${pairs}).`;
  const first: AnswerLine[] = [{ text: conversion, source: SOURCE.naproxenLabel }];
  // "anaprox 550 is how much naproxen?": the conversion is the answer; a dose check needs how often.
  if (!most && m.timesPerDay === undefined && m.dailyMg === undefined)
    return renderAnswer({
      title: `${product.display} ${fmt(m.saltMg ?? perTablet ?? 0)} mg = ${fmt(m.doseMg ?? 0)} mg naproxen`,
      lines: place([
        ...withOtcEntry(product.entries, product, lower).map((id) => entryLine(id)),
        { text: `For a dose check, say how often, e.g. "naproxen ${fmt(m.doseMg ?? 0)} mg bid".` },
      ]),
    });
  if (most) first.push(mostLine(most));
  const times = most?.timesPerDay ?? m.timesPerDay;
  const sodiumDaily =
    m.saltMg !== undefined && times !== undefined
      ? most
        ? naproxenSodiumMg(most.dailyMg)
        : m.saltMg * times
      : undefined;
  // The OTC limit: for Aleve when the day's naproxen sodium passes it; for any naproxen sodium asked about OTC.
  const otc = entryLine(OTC_ENTRY);
  const overOtc = sodiumDaily !== undefined && sodiumDaily > NAPROXEN_SODIUM.otcMaxSodiumMgPerDay;
  if (overOtc && (product.entries.includes(OTC_ENTRY) || asksOtc(lower)))
    first.push({
      ...otc,
      text: `${otc.text} This is ${fmt(sodiumDaily)} mg naproxen sodium a day: above that without a prescriber.`,
    });
  else if (asksOtc(lower)) first.push(otc);
  const mention: DrugMention = most
    ? { ...m, doseMg: most.doseMg, timesPerDay: most.timesPerDay, dailyMg: most.dailyMg }
    : m;
  return doseCheckMessage('naproxen', `${product.display} = naproxen`, mention, ctx, withLines(first, place));
}

/** A range, as-needed, capped or open-ended regimen of a dosed drug, checked at the most it allows (and said so). */
function mostDoseMessage(m: DrugMention, after: string, ctx: QuestionContext, place: Place): OutputMessage | undefined {
  if (!isDosedDrug(m.drug) || m.unit === 'mcg/hr') return undefined;
  const most = mostDose(m, after);
  if (!most) return undefined;
  const title = drugTitle(m.drug, m.matched);
  if (most.extraMg !== undefined) return extraDoseMessage(m, most, title, ctx, place);
  const mention: DrugMention = { ...m, doseMg: most.doseMg, timesPerDay: most.timesPerDay, dailyMg: most.dailyMg };
  return doseCheckMessage(m.drug, title, mention, ctx, withLines([mostLine(most)], place));
}

/**
 * "100 qid plus extra 50s when needed": the extra doses have no limit, so the answer says when the label maximum
 * is passed: at the first extra dose, or after how many.
 */
function extraDoseMessage(
  m: DrugMention,
  most: MostDose,
  title: string,
  ctx: QuestionContext,
  place: Place,
): OutputMessage | undefined {
  if (!isDosedDrug(m.drug)) return undefined;
  const max = dosingFor(m.drug).label.maxDailyMg;
  const extra = most.extraMg ?? most.doseMg;
  const scheduled = most.dailyMg;
  const lines: AnswerLine[] = [
    {
      text: `Scheduled: ${most.text}; the extra ${fmt(extra)} mg doses as needed have no daily limit in the prescription.`,
    },
  ];
  if (max === undefined)
    return doseCheckMessage(
      m.drug,
      title,
      { ...m, doseMg: most.doseMg, timesPerDay: most.timesPerDay, dailyMg: scheduled },
      ctx,
      withLines(lines, place),
    );
  if (scheduled + extra > max) {
    lines.push({
      text: `The label maximum of ${fmt(max)} mg/day is exceeded as soon as one extra dose is taken (${fmt(scheduled)} + ${fmt(extra)} = ${fmt(scheduled + extra)} mg/day).`,
    });
    const withOne: DrugMention = { ...m, dailyMg: scheduled + extra };
    delete withOne.doseMg;
    delete withOne.timesPerDay;
    return doseCheckMessage(m.drug, `${title} with one extra dose`, withOne, ctx, withLines(lines, place));
  }
  const allowed = Math.floor((max - scheduled) / extra);
  lines.push({
    text: `More than ${allowed} extra dose${allowed === 1 ? '' : 's'} a day exceed${allowed === 1 ? 's' : ''} the label maximum of ${fmt(max)} mg/day; the prescription sets no such limit.`,
  });
  return doseCheckMessage(
    m.drug,
    `${title} scheduled part`,
    { ...m, doseMg: most.doseMg, timesPerDay: most.timesPerDay, dailyMg: scheduled },
    ctx,
    withLines(lines, place),
  );
}
