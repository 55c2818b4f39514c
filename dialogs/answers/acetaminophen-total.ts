import { capital } from '../capital.js';
import type { Medication } from '../../src/clinical/case/case-facts.js';
import { acetaminophenDailyMg } from '../../src/clinical/case/medication-facts.js';
import type { OutputMessage } from '../turn-types.js';
import { plain, renderAnswer, type AnswerLine } from './answer-message.js';
import { interactionLines } from './interactions.js';
import { entryLine } from './knowledge-lines.js';
import { mostDose, tabletDose } from './most-dose.js';
import { regimenMme } from './calculator-answers.js';
import { combinationByBrand, combinationByOpioid, type DrugMention, dosingFor, drugNames, productOf } from './ports.js';
import { tabletStrengthsText } from '../../src/clinical/knowledge/named-products.js';
import type { QuestionContext } from './question-context.js';
import {
  acetaminophenRoomLines,
  asksRoomLeft,
  isCombination,
  joinCombinations,
  MOST,
  tabletItem,
} from './tablet-mme.js';
import { fmt } from './number-format.js';

/**
 * Acetaminophen added up across every product named in the question and every product the open case holds
 * (clinical-reference.md section 2: adult maximum 4,000 mg/day from all sources; count acetaminophen inside
 * combination products). An amount that cannot be known (a Tylenol with no strength) is asked for, never guessed.
 */
interface Source {
  /** The product as the title names it when it is the only one counted ("from Norco"). */
  name: string;
  mg: number;
  /** The product's line, then any note on it (a strength read as typed, a product's own tablet limit). */
  lines: AnswerLine[];
}

const HINT =
  'Give each product with its strength, tablets and how often, e.g. "norco 10/325 2 tabs q6h + tylenol 500 mg 2 tabs tid".';

/** `after`: the text after the name, up to the next drug ("codeine 15/500 2 qds": a strength typed makes a tablet). */
function hasAcetaminophen(m: DrugMention, after: string): boolean {
  return m.drug === 'acetaminophen' || m.acetaminophenMg !== undefined || isCombination(m, after);
}

function regimenTyped(m: DrugMention, text: string): boolean {
  if (m.doseMg !== undefined || m.dailyMg !== undefined || m.timesPerDay !== undefined) return true;
  return /^[\s,:=-]*(?:\d|i{1,3}\b|iv\b)/i.test(text.slice(m.end, m.end + 12));
}

/**
 * "how much acetaminophen is left under the 4 g max?": the first amount after the name is the limit asked about, not
 * a dose taken ("tylenol 1 g qid - over the 4 g max?" is a dose: its amount comes first). Bounded gaps: linear.
 */
const LIMIT_NAMED =
  /^[^\d]{0,40}?\d+(?:\.\d+)? ?(?:g|grams?|mg)\b ?(?:(?:a day|\/day|per day|daily) )?(?:max(?:imum)?|limit|ceiling|cap)\b|^[^\d]{0,40}?\b(?:under|below|within|over|above|exceeding|past) (?:the |a |his |her )?\d+(?:\.\d+)? ?(?:g|grams?|mg)\b/i;

/** The day's total closing a dose text ("... x 3 a day = 3,000 mg/day"): said once, by the line itself. */
const DAILY_END = / = [\d,.]+ mg\/day$/;

/**
 * Plain acetaminophen counted in tablets with no strength ("paracetamol 2 tabs qds"): the strength is asked, never
 * guessed (clinical-reference.md section 2), with the tablet strengths the named products list.
 */
export function acetaminophenStrengthQuestion(name: string): string {
  return `Which ${name} strength? Plain acetaminophen comes as ${tabletStrengthsText('acetaminophen')} a tablet; give the mg, tablets and how often. No total was calculated.`;
}

/** One mention's acetaminophen a day, a question to ask, or undefined when it holds none. */
function sourceOf(m: DrugMention, after: string): Source | string | undefined {
  if (m.drug === 'acetaminophen' && LIMIT_NAMED.test(after.slice(0, 80))) return undefined;
  if (m.drug !== 'acetaminophen') {
    const combo =
      combinationByBrand(m.matched) ??
      (m.acetaminophenMg !== undefined || isCombination(m, after) ? combinationByOpioid(m.drug) : undefined);
    if (!combo) return undefined;
    const item = tabletItem(m, after);
    if (typeof item === 'string') return item;
    if (!item) return `I need the strength, tablets and how often for ${m.matched}. ${HINT}`;
    return { name: capital(m.matched), mg: item.acetaminophenMg, lines: item.lines };
  }
  const product = productOf(m);
  const perTablet = product?.tabletMg !== undefined ? (typed?: number) => typed ?? product.tabletMg : undefined;
  const most = mostDose(m, after, perTablet);
  // "Tylenol 500 mg and takes 2 tabs tid": the tablets after a verb, which the name's own reading stops before
  const fixed = most || m.dailyMg !== undefined ? undefined : tabletDose(m, after, perTablet);
  const daily = most?.dailyMg ?? m.dailyMg ?? fixed?.dailyMg;
  if (daily === undefined) {
    // a modified- or extended-release brand the reference gives no strength for (Panadol Osteo): ask, list no strengths
    if (m.doseMg === undefined && product?.nameSource !== undefined && product.tabletMg === undefined)
      return `Which ${product.display} strength (${product.form})? This pathway's reference gives none: give the mg a tablet, tablets and how often. No total was calculated.`;
    if (m.doseMg === undefined) return acetaminophenStrengthQuestion(m.matched);
    return `I need how often ${m.matched} is taken to add up the acetaminophen. ${HINT}`;
  }
  const name = product ? product.display : capital(m.matched);
  const how = most
    ? `${MOST}: ${most.text}`
    : fixed
      ? fixed.text.replace(DAILY_END, '')
      : `${fmt(m.doseMg ?? daily)} mg${m.timesPerDay ? ` x ${fmt(m.timesPerDay)} a day` : ''}`;
  return { name, mg: daily, lines: [{ text: `${name}: ${how} = ${fmt(daily)} mg acetaminophen a day.` }] };
}

/** Held medicines of the open case that carry acetaminophen, as sources. */
function caseSources(meds: readonly Medication[], label: string | undefined): Source[] {
  return meds.flatMap((med) => {
    const mg = acetaminophenDailyMg(med);
    if (mg === undefined) return [];
    const name = med.product ?? drugNames(med.drug).generic;
    return [
      {
        name,
        mg,
        lines: [{ label: `Case ${label ?? ''}`.trim(), text: `${name}: ${fmt(mg)} mg acetaminophen a day.` }],
      },
    ];
  });
}

export function acetaminophenTotalMessage(
  text: string,
  typed: DrugMention[],
  ctx: QuestionContext,
  caseMeds: readonly Medication[] = [],
): OutputMessage | undefined {
  const mentions = joinCombinations(text, typed);
  const afterOf = (m: DrugMention): string => text.slice(m.end, mentions.find((x) => x.start > m.start)?.start);
  // A name with no amount, tablets or frequency ("total apap?") is the question's word, not a product taken.
  const holders = mentions.filter((m) => hasAcetaminophen(m, afterOf(m)) && regimenTyped(m, text));
  const held = caseSources(caseMeds, ctx.caseLabel);
  if (holders.length === 0 || holders.length + held.length < 2) return undefined;
  const sources: Source[] = [];
  // A product whose strength or regimen must be asked ("Panadeine Forte 2 tabs qid", no strength): the others are
  // still counted and said, the question asked after them (never a bare question that drops a known total)
  const unread: { name: string; question: string }[] = [];
  for (const m of holders) {
    const found = sourceOf(m, afterOf(m));
    if (typeof found === 'string') unread.push({ name: capital(m.matched), question: found });
    else if (found) sources.push(found);
  }
  sources.push(...held);
  if (unread.length && !sources.length) return plain(unread[0]!.question);
  const total = sources.reduce((sum, s) => sum + s.mg, 0);
  const max = dosingFor('acetaminophen').label.maxDailyMg;
  if (max === undefined) throw new Error('acetaminophen dosing data has no label maximum');
  // with a product not counted, a total below the maximum is no finding: the unread product may take it over
  // (at the maximum, any acetaminophen from an unread product takes it over)
  const where =
    total > max || (total === max && unread.length)
      ? 'above'
      : total === max
        ? 'at'
        : unread.length
          ? 'unknown'
          : 'within';
  const unreadNames = unread.map((u) => u.name).join(' and ');
  const unreadLines: AnswerLine[] = unread.length
    ? [
        {
          text:
            total >= max
              ? `${unreadNames} not counted: any acetaminophen from it on top of ${fmt(total)} mg/day exceeds the adult maximum of ${fmt(max)} mg/day.`
              : `${unreadNames} not counted: its acetaminophen adds to the ${fmt(total)} mg/day above.`,
        },
        ...unread.map((u) => ({ text: u.question })),
      ]
    : [];
  // The opioid parts' MME beside the acetaminophen total (reference section 4: a combination tablet counts its
  // opioid part), with the naloxone line when it applies; none when any opioid's regimen cannot be read.
  const said = sources.flatMap((s) => s.lines);
  const mme = regimenMme(mentions, text);
  const lines: AnswerLine[] = [
    ...said,
    ...unreadLines,
    // "how much room is left under the 4 g max?": what is left of the maximum, after the products it counts
    ...(asksRoomLeft(text.toLowerCase()) ? acetaminophenRoomLines(total) : []),
    ...mme.lines.filter((l) => !said.some((s) => s.text === l.text)),
    entryLine('label.acetaminophen'),
    ...interactionLines(
      [...new Set(mentions.map((m) => m.drug))],
      ctx.crcl,
      mentions.map((m) => m.matched),
    ),
  ];
  // One product counted (the other name was the limit asked about, "+ tylenol - room under the 4 g max?") is named,
  // not called "all these products"; two are "both".
  const from = sources.length === 1 ? sources[0]!.name : sources.length === 2 ? 'both products' : 'all these products';
  return renderAnswer({
    title: `Acetaminophen ${unread.length ? 'at least ' : ''}${fmt(total)} mg/day from ${from}${unread.length ? ` (${unreadNames} not counted)` : ''}: ${where === 'unknown' ? `give its strength to compare with` : `${where}`} the adult maximum of ${fmt(max)} mg/day from all sources${mme.total !== undefined ? `; ${fmt(mme.total)} MME/day` : ''}`,
    lines,
  });
}
