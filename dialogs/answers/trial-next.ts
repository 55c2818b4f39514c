import { capital } from '../capital.js';
import type { OutputMessage } from '../turn-types.js';
import { renderAnswer, type AnswerLine } from './answer-message.js';
import { entryLine } from './knowledge-lines.js';
import { appliedAdjustmentLines } from './adjustment-lines.js';
import { nextAfterTried, ruledOutStep, uniqueText } from './next-option.js';
import { drugOptionOf, type QuestionContext } from './question-context.js';
import {
  guidelineDoseText,
  NOT_TOLERATED_VERDICT,
  trialJudgementText,
  trialLength,
  verdictAnswerLine,
} from './trial-verdict.js';
import { type DrugId, type DrugMention, isDosedDrug } from './ports.js';
import type { Medication } from '../../src/clinical/case/case-facts.js';
import { checkDose, doseHeadline } from '../../src/clinical/knowledge/dose-check.js';
import { BREACH_KINDS } from '../../src/clinical/knowledge/dose-check-types.js';
import { hasEntry } from '../../src/clinical/knowledge/knowledge-base.js';
import { drugNames } from '../../src/clinical/knowledge/drug-catalogue.js';
import { judgeTrial } from '../../src/clinical/case/adequate-trial.js';
import { emptyFacts } from '../../src/clinical/case/case-facts.js';
import { medicationName } from '../../src/clinical/case/medication-facts.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { turnReceivedAt } from '../../src/clinical/language/shared-readings.js';
import { medicationLabel } from '../../src/clinical/language/understood.js';
import { SERIOUS_EVENT_ROWS } from '../../src/clinical/language/trial-reasons.js';

/** Outside a turn (tests): the fixed date the quick answers read at. */
const EPOCH = '1970-01-01T00:00:00.000Z';

/**
 * "6 weeks on duloxetine, still sore, refer?", "naproxen 500 bd x6/52, no better. next?", "dulox 60 3/12, what now?":
 * the question reports a trial and asks what comes after it. Each alternative is a fixed word (linear).
 */
export const TRIAL_NEXT_QUESTION =
  /\b(?:refer(?:ral|red)?|next|what now|now what|what else|where (?:to )?(?:now|from here)|plan from here)\b/;

/** The question reports one trial and asks what follows it: the drug answer words it (answer-routes.ts). */
export function reportsTrialForNext(lower: string, mentions: readonly DrugMention[]): boolean {
  return trialNextMessage(lower, mentions, {}, []) !== undefined;
}

/** The guideline's referral criteria said with a trial's verdict (the referral row's first three entries). */
const REFERRAL_IDS = [
  'referral.persistent-pain-12-weeks',
  'referral.functional-disability',
  'referral.start-back-high-risk',
];

/** Drugs the guideline gives as an adjunct only (no trial to judge), with the entry that says so. */
const ADJUNCT_ONLY: Partial<Record<DrugId, string>> = { acetaminophen: 'avoid.acetaminophen-monotherapy' };

/** Judgements after which the option's next step is said (a failure, or one if the dose was the guideline's). */
const STEP_UP: ReadonlySet<string> = new Set(['failed', 'adequate', 'dose-unknown']);

/**
 * The trial the question reports, judged (trialJudgementText), with the guideline's next option for this patient
 * (nextAfterTried) and the referral criteria: "is the trial adequate, what next, when to refer", cited. Undefined
 * unless the question reports one trial of a drug the pathway doses (with its length and no relief or only some) and
 * names no other option drug (a switch is class-switch.ts's; a choice the drug answer's).
 */
export function trialNextMessage(
  lower: string,
  mentions: readonly DrugMention[],
  ctx: QuestionContext,
  held: readonly DrugId[],
): OutputMessage | undefined {
  if (!TRIAL_NEXT_QUESTION.test(lower)) return undefined;
  const { patch } = extractCaseFacts(lower, turnReceivedAt() ?? EPOCH);
  // a trial with its length and no relief, or one stopped for a side effect (no length needed: the drug cannot be used)
  const trials = (patch.medications ?? []).filter(
    (m) =>
      ((m.durationWeeks !== undefined && (m.outcome === 'ineffective' || m.outcome === 'partial')) ||
        // taken on some days only ("3 days out of 7"): no adequate trial, whatever its length
        (m.irregular === true && m.outcome !== 'effective') ||
        (m.outcome === 'not-tolerated' && drugOptionOf(m.drug) !== undefined)) &&
      (guidelineDoseText(m.drug) !== undefined || ADJUNCT_ONLY[m.drug] !== undefined),
  );
  const m = trials[0];
  if (trials.length !== 1 || !m) return undefined;
  if (mentions.some((x) => drugOptionOf(x.drug) !== undefined && x.drug !== m.drug)) return undefined;
  if (m.outcome === 'not-tolerated') return notToleratedNext(m, ctx, held);
  const { outcome: _outcome, durationWeeks, ...regimen } = m;
  const said = capital(
    `${medicationLabel(regimen)}${durationWeeks === undefined ? '' : ` for ${trialLength(durationWeeks)}`}`,
  );
  const referral = REFERRAL_IDS.map((id) => entryLine(id, 'Refer'));
  // a safety fact routes before the trial is judged: the drug ruled out for this patient says why, the next option steps up
  const stopped = ruledOutStep([{ drug: m.drug, name: said }], ctx, [], held);
  if (stopped) return renderAnswer({ title: stopped.title, lines: uniqueText([...stopped.lines, ...referral]) });
  // "paracetamol 1 g qds x 6/52, no better, next?": the guideline gives it as an adjunct only; its options come next
  const adjunct = ADJUNCT_ONLY[m.drug];
  if (adjunct) {
    const next = nextAfterTried(ctx, [m.drug], held);
    // "acetaminophen 1500 mg qid": a dose past the label maximum is said first, as the dose answer says it
    const over = doseBeyond(m, ctx, true);
    return renderAnswer({
      title: `${said}: ${over ? `${over}; ` : ''}limited evidence alone, an adjunct only${next.title}`,
      lines: uniqueText([
        entryLine(adjunct, 'Guideline (adjunct only)'),
        ...labelLines(m.drug),
        ...appliedAdjustmentLines(m.drug, ctx),
        ...next.lines,
        ...referral,
      ]),
    });
  }
  const judged = judgeTrial(m, { ...emptyFacts(), ...patch });
  const text = trialJudgementText(m.drug, medicationName(m), judged);
  if (!text) return undefined;
  const steps = STEP_UP.has(judged.kind);
  const next = steps ? nextAfterTried(ctx, [m.drug], held) : undefined;
  // the tried drug's rows for this patient (tramadol over 75: maximum 300 mg/day), as its dose answer gives them
  const adjusted = appliedAdjustmentLines(m.drug, ctx);
  // a dose past a limit is said as the dose answer says it ("above this patient's maximum of 300 mg/day")
  const beyond = steps ? doseBeyond(m, ctx) : undefined;
  const lines: AnswerLine[] = [
    ...text.lines
      .slice(0, judged.kind === 'failed' || judged.kind === 'adequate' ? 1 : undefined)
      .map(verdictAnswerLine)
      // a dose past the guideline's range is not "at the guideline dose"
      .map((l) =>
        beyond ? { ...l, text: l.text.replace(' at the guideline dose ', ' at or above the guideline dose ') } : l,
      ),
    ...adjusted,
    ...(beyond ? labelLines(m.drug) : []),
    ...(next?.lines ?? []),
    ...referral,
  ];
  // "what dose was it? If it was the guideline dose, next option: an NSAID"
  const nextTitle = !next?.title
    ? ''
    : judged.kind === 'dose-unknown'
      ? ` If it was, ${next.title.replace(/^; /, '')}`
      : next.title;
  const forPatient = beyond
    ? `; ${beyond}`
    : adjusted.length
      ? `; ${medicationName(m)} adjusted for this patient (${adjustedSaid(adjusted)})`
      : '';
  return renderAnswer({ title: `${said}: ${text.verdict}${forPatient}${nextTitle}`, lines: uniqueText(lines) });
}

/**
 * "stopped naproxen - dyspepsia, next?", "duloxetine was discontinued owing to nausea. What next?": a drug stopped for a
 * side effect is not tolerated, a failed option with no trial length needed; the guideline's next option after it
 * steps up for this patient, with the referral criteria.
 */
function notToleratedNext(m: Medication, ctx: QuestionContext, held: readonly DrugId[]): OutputMessage {
  const effects = m.sideEffects?.length ? ` (${m.sideEffects.join(', ')})` : '';
  const next = nextAfterTried(ctx, [m.drug], held);
  // "hyponatraemia (Na 126) but she is continuing": a serious event is no side effect to carry on through; the
  // reference's warning for it leads
  const serious = (m.sideEffects ?? []).filter((e) => SERIOUS_EVENT_ROWS.some((r) => r.name === e));
  const warnings = serious.flatMap((e) => seriousWarning(m.drug, e));
  return renderAnswer({
    title: `${capital(medicationName(m))}${effects}: ${serious.length ? SERIOUS_VERDICT : NOT_TOLERATED_VERDICT}${next.title}`,
    lines: uniqueText([...warnings, ...next.lines, ...REFERRAL_IDS.map((id) => entryLine(id, 'Refer'))]),
  });
}

const SERIOUS_VERDICT = 'a serious event, not a side effect to continue through; not tolerated (not a failed trial)';

/**
 * The sources' warning for a serious event named on a drug (reference section 2), keyed by the event (trial-reasons.ts
 * SERIOUS_EVENT_ROWS) and then the drug, its class, or any drug. An event with no row here has no warning line.
 */
const SERIOUS_ENTRIES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  hyponatraemia: { duloxetine: 'age.duloxetine' },
  bleeding: { nsaid: 'label.nsaid-class' },
  'suicidal thoughts': { duloxetine: 'label.duloxetine' },
  'serotonin signs': { any: 'harm.serotonin-toxicity' },
};

function seriousWarning(drug: DrugId, effect: string): AnswerLine[] {
  const row = SERIOUS_ENTRIES[effect];
  const id = row?.[drug] ?? row?.[drugNames(drug).drugClass] ?? row?.any;
  return id !== undefined && hasEntry(id) ? [entryLine(id, 'Warning')] : [];
}

/** The first row's rule in a few words, for the title ("maximum 300 mg/day"): the text after its subject. */
function adjustedSaid(lines: readonly AnswerLine[]): string {
  const first = lines[0]!.text.split(/\. /)[0]!.replace(/\.$/, '');
  const colon = first.indexOf(': ');
  return colon < 0 ? first : first.slice(colon + 2);
}

/** The finding kinds a trial's dose is worth a word for: a limit passed, or above the guideline's range. */
const BEYOND: ReadonlySet<string> = new Set([...BREACH_KINDS, 'above-guideline']);

/**
 * The trial's dose checked as the dose answer checks it (checkDose with this patient's facts): its headline when the
 * dose passes a limit or the guideline's range ("duloxetine 90 mg daily": above the guideline range of 30-60 mg/day;
 * no added benefit above 60 mg/day), else undefined. `total`: the day's total said first.
 */
function doseBeyond(m: Medication, ctx: QuestionContext, total = false): string | undefined {
  if (!isDosedDrug(m.drug)) return undefined;
  const [dose, times] =
    m.doseMg !== undefined && m.timesPerDay !== undefined
      ? [m.doseMg, m.timesPerDay]
      : m.dailyMg !== undefined
        ? [m.dailyMg, 1]
        : [undefined, 0];
  if (dose === undefined) return undefined;
  const check = checkDose(m.drug, dose, times, ctx);
  if (!check.findings.some((f) => BEYOND.has(f.kind))) return undefined;
  // `total`: the day's total leads ("6,000 mg/day: above the label maximum of 4,000 mg/day")
  return total ? `${check.dailyMg.toLocaleString('en-US')} mg/day, ${doseHeadline(check)}` : doseHeadline(check);
}

/** The drug's label line, cited, when the knowledge holds one (the limit the dose headline names). */
const labelLines = (drug: DrugId): AnswerLine[] =>
  hasEntry(`label.${drug}`) ? [entryLine(`label.${drug}`, 'Label')] : [];
