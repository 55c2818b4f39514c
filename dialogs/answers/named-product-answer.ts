import { MME_FACTORS, MME_LIMITS } from '../../src/clinical/calculators/clinical-params.js';
import { calculateMme, type MmeItem } from '../../src/clinical/calculators/mme.js';
import type { OutputMessage } from '../turn-types.js';
import { renderAnswer, type AnswerLine } from './answer-message.js';
import { entryLine } from './knowledge-lines.js';
import { mostDose } from './most-dose.js';
import { erLaLine, naloxoneLine, patchRate } from './tablet-mme.js';
import {
  type DrugMention,
  drugNames,
  MME_SOURCE,
  mmeFactorFor,
  type NamedProduct,
  TRAMADOL_ER_LIMITS,
} from './ports.js';
import type { QuestionContext } from './question-context.js';
import { fmt } from './number-format.js';

/**
 * A named product that is not its immediate-release generic (clinical-reference.md version 2, section 2 and "ER/LA
 * opioids"): an ER/LA opioid, tramadol extended-release with its own limits, the fentanyl patch (never an opioid
 * start), and Gralise or Horizant (no gabapentin dose check). Numbers come from the product data and the MME factors.
 */
type Place = (lines: AnswerLine[]) => AnswerLine[];

export function namedProductMessage(
  m: DrugMention,
  product: NamedProduct,
  after: string,
  ctx: QuestionContext,
  place: Place,
): OutputMessage {
  if (product.kind === 'gabapentin-product') return gabapentinProductMessage(m, product, place);
  const name = `${product.display} (${product.form})`;
  const daily = dailyAmount(m, after);
  const mme = daily === 'mg' ? { lines: [PATCH_IN_MG_LINE], total: undefined } : mmeLines(m, daily);
  const facts = product.entries.filter((id) => id !== 'opioid.framework.immediate-release').map((id) => entryLine(id));
  const lines: AnswerLine[] = [
    erLaLine(product),
    ...mme.lines,
    ...facts,
    entryLine('opioid.last-resort', 'Guideline (opioids, last resort)'),
  ];
  // "she's asking for OxyContin 10 bd": an opioid start is immediate-release at the lowest dose (20-30 MME/day)
  if (product.kind === 'er-la' && m.drug !== 'buprenorphine')
    lines.push(entryLine('opioid.framework.lowest-dose', 'Guideline (opioid start)'));
  if (m.drug === 'buprenorphine') lines.push({ text: BUPRENORPHINE_NO_DOSE });
  if (mme.total !== undefined && mme.total >= MME_LIMITS.reassess) lines.push(entryLine('mme.thresholds'));
  const naloxone = naloxoneLine(mme.total, [m.drug]);
  if (naloxone) lines.push(naloxone);
  if (product.kind === 'tramadol-er') {
    const amount = typeof daily === 'number' ? daily : undefined;
    const verdict = tramadolErVerdict(amount, ctx);
    const said = amount !== undefined ? ` ${fmt(amount)} mg/day` : '';
    return renderAnswer({ title: `${name}${said}: ${verdict}`, lines: place(lines) });
  }
  const total = mme.total !== undefined ? ` ${fmt(mme.total)} MME/day;` : '';
  const title =
    product.kind === 'fentanyl-patch'
      ? `${name}:${total} for opioid-tolerant patients only, never an opioid start`
      : m.drug === 'buprenorphine'
        ? `${name}: an ER/LA opioid; no MME (partial agonist: CDC 2022 gives no factor) and no dose from this pathway`
        : `${name}:${total} an ER/LA opioid; no dose from this pathway`;
  return renderAnswer({ title, lines: place(lines) });
}

/** The guideline and the reference give no buprenorphine dose: said plainly, beside what is known about it. */
const BUPRENORPHINE_NO_DOSE =
  'Buprenorphine dosing is not covered by the guideline or the clinical reference: check the product label.';

const PATCH_IN_MG_LINE: AnswerLine = {
  text: 'A fentanyl patch is dosed in mcg/hr, not mg: give the patch strength in mcg/hr for its MME. No MME was calculated.',
};

/**
 * mg/day (mcg/hr for a patch, 'mg' when a patch was typed in mg) at the most the text allows, else as the ordinary
 * reader read it.
 */
function dailyAmount(m: DrugMention, after: string): number | 'mg' | undefined {
  if (m.drug === 'fentanyl') return patchRate(m, after);
  return mostDose(m, after)?.dailyMg ?? m.dailyMg;
}

function mmeLines(m: DrugMention, daily: number | undefined): { lines: AnswerLine[]; total: number | undefined } {
  const factor = mmeFactorFor(m.drug);
  if (factor && 'reason' in factor) return { lines: [{ text: factor.reason, source: MME_SOURCE }], total: undefined };
  if (daily === undefined) return { lines: [], total: undefined };
  const item: MmeItem = m.drug === 'fentanyl' ? { drug: m.drug, mcgPerHour: daily } : { drug: m.drug, dailyMg: daily };
  const result = calculateMme([item], MME_FACTORS, MME_LIMITS);
  if (result.kind !== 'ok') return { lines: [], total: undefined };
  const l = result.lines[0]!;
  const unit = l.unit === 'mcg/hr' ? 'mcg/hr' : 'mg/day';
  return {
    lines: [
      {
        label: 'MME',
        text: `${drugNames(m.drug).generic} ${fmt(l.dailyAmount)} ${unit} x ${l.factor} = ${fmt(result.total)} MME/day; an estimate of risk, not a conversion table for switching opioids.`,
        source: MME_SOURCE,
      },
    ],
    total: result.total,
  };
}

/** Tramadol extended-release: its own label maximum and the renal and liver limits (label.tramadol-er). */
function tramadolErVerdict(daily: number | undefined, ctx: QuestionContext): string {
  const limit = TRAMADOL_ER_LIMITS;
  if (ctx.crcl !== undefined && ctx.crcl < limit.notBelowCrcl)
    return `not for this patient (tramadol extended-release is not for CrCl < ${limit.notBelowCrcl}${ctx.renalLabel ? `; ${ctx.renalLabel}` : ''})`;
  const max = `the tramadol extended-release label maximum of ${fmt(limit.maxDailyMg)} mg/day`;
  const amount =
    daily === undefined
      ? `give the daily dose to check it against ${max}`
      : daily > limit.maxDailyMg
        ? `above ${max}`
        : daily === limit.maxDailyMg
          ? `at ${max}`
          : `within ${max}`;
  return ctx.liverDisease ? `${amount}; not for severe hepatic impairment, so check the liver disease first` : amount;
}

/** Gralise or Horizant: no gabapentin immediate-release dose check; the products' own facts instead. */
function gabapentinProductMessage(m: DrugMention, product: NamedProduct, place: Place): OutputMessage {
  const lines: AnswerLine[] = product.entries.map((id) => entryLine(id));
  const dose = m.dailyMg ?? m.doseMg;
  if (dose !== undefined)
    lines.unshift({
      text: `${product.display} ${fmt(dose)} mg${m.dailyMg !== undefined ? '/day' : ''}: no dose check against the guideline's gabapentin dose, which is for gabapentin immediate-release.`,
    });
  lines.push({ ...entryLine('radicular.gabapentin'), label: 'Guideline (gabapentin immediate-release only)' });
  return renderAnswer({
    title: `${product.display} (${product.form}): not interchangeable with gabapentin; no dose check`,
    lines: place(lines),
  });
}
