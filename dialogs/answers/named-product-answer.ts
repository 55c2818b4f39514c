import { MME_FACTORS, MME_LIMITS } from '../../src/clinical/calculators/clinical-params.js';
import { calculateMme, type MmeItem } from '../../src/clinical/calculators/mme.js';
import type { OutputMessage } from '../turn-types.js';
import { renderAnswer, type AnswerLine } from './answer-message.js';
import { entryLine } from './knowledge-lines.js';
import { mostDose } from './most-dose.js';
import {
  type DrugMention,
  drugNames,
  getEntry,
  MME_SOURCE,
  mmeFactorFor,
  type NamedProduct,
  TRAMADOL_ER_LIMITS,
} from './ports.js';
import type { QuestionContext } from './question-context.js';

/**
 * A named product that is not its immediate-release generic (clinical-reference.md version 2, section 2 and "ER/LA
 * opioids"): an ER/LA opioid, tramadol extended-release with its own limits, the fentanyl patch (never an opioid
 * start), and Gralise or Horizant (no gabapentin dose check). Numbers come from the product data and the MME factors.
 */
type Place = (lines: AnswerLine[]) => AnswerLine[];

const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

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
  const mme = mmeLines(m, daily);
  const facts = product.entries.filter((id) => id !== 'opioid.framework.immediate-release').map((id) => entryLine(id));
  const lines: AnswerLine[] = [
    erLaLine(product),
    ...mme.lines,
    ...facts,
    entryLine('opioid.last-resort', 'Guideline (opioids, last resort)'),
  ];
  if (mme.high) lines.push(entryLine('mme.thresholds'), entryLine('opioid.cdc-naloxone'));
  if (product.kind === 'tramadol-er') {
    const verdict = tramadolErVerdict(daily, ctx);
    const said = daily !== undefined ? ` ${fmt(daily)} mg/day` : '';
    return renderAnswer({ title: `${name}${said}: ${verdict}`, lines: place(lines) });
  }
  const title =
    product.kind === 'fentanyl-patch'
      ? `${name}: for opioid-tolerant patients only, never an opioid start`
      : m.drug === 'buprenorphine'
        ? `${name}: an ER/LA opioid; not covered by this pathway (no dose, no MME factor)`
        : `${name}: an ER/LA opioid; no dose from this pathway`;
  return renderAnswer({ title, lines: place(lines) });
}

/** "ER/LA: the guideline starts immediate-release opioids first [1]", with the guideline's own number. */
export function erLaLine(product: NamedProduct): AnswerLine {
  const entry = getEntry('opioid.framework.immediate-release');
  return {
    label: 'ER/LA',
    text: `${product.display} is an extended-release or long-acting opioid; the guideline starts immediate-release opioids first: "${entry.text}"`,
    ...(entry.origin === 'guideline' ? { cites: entry.cites } : {}),
  };
}

/** mg/day (mcg/hr for a patch) at the most the text allows, else as the ordinary reader read it. */
function dailyAmount(m: DrugMention, after: string): number | undefined {
  if (m.drug === 'fentanyl') return m.doseMg !== undefined && m.unit !== 'g' ? m.doseMg : undefined;
  return mostDose(m, after)?.dailyMg ?? m.dailyMg;
}

function mmeLines(m: DrugMention, daily: number | undefined): { lines: AnswerLine[]; high: boolean } {
  const factor = mmeFactorFor(m.drug);
  if (factor && 'reason' in factor) return { lines: [{ text: factor.reason, source: MME_SOURCE }], high: false };
  if (daily === undefined) return { lines: [], high: false };
  const item: MmeItem = m.drug === 'fentanyl' ? { drug: m.drug, mcgPerHour: daily } : { drug: m.drug, dailyMg: daily };
  const result = calculateMme([item], MME_FACTORS, MME_LIMITS);
  if (result.kind !== 'ok') return { lines: [], high: false };
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
    high: result.atOrAboveReassess,
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
