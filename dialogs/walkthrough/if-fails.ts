import type { CaseFacts, Medication } from '../../src/clinical/case/case-facts.js';
import { adequateDailyMg } from '../../src/clinical/case/adequate-dose.js';
import {
  CONTINUED,
  DRUG_OPTIONS,
  type DrugOptionId,
  isOffered,
  OFFERED_DRUGS,
  type OptionStatus,
} from '../../src/clinical/case/option-status.js';
import { ADEQUATE_TRIAL } from '../../src/clinical/knowledge/case-readings.js';
import { type DrugId, drugNames } from '../../src/clinical/knowledge/drug-catalogue.js';
import { askedIfFails } from '../../src/clinical/language/if-fails.js';
import type { OutputMessage } from '../turn-types.js';
import { caseAnswerMessage } from './case-answer.js';
import type { CaseRecord } from './case-record.js';
import { EntryCitations } from './citations.js';
import { KidneyNote } from './option-lines.js';
import { evaluatePathway, type PathwayView } from './ports.js';
import { focusLines, OPTION_OF_ID } from './step-focus.js';

/**
 * "ok and if that fails?", "and after duloxetine?" with a case open: the case judged again as if the option (the one
 * named, else the one the case recommends now) had an adequate failed trial (the adequate dose for >= 4 weeks,
 * reference v2), and the guideline's next step for this patient from it. Nothing is stored: the reply says plainly
 * that it is hypothetical.
 */

const OPTION_OF_DRUG: Partial<Record<DrugId, DrugOptionId>> = Object.fromEntries(
  DRUG_OPTIONS.flatMap((o) => (o === 'nsaid' ? ['naproxen', 'ibuprofen', 'other-nsaid'] : [o]).map((d) => [d, o])),
);

/** The option "that" means: the first the case offers now (its "Do now" order), else a trial under way. */
function currentOption(view: PathwayView): OptionStatus | undefined {
  const offered = view.recommendations
    .map((id) => OPTION_OF_ID[id])
    .map((o) => view.options.find((s) => s.option === o))
    .find((s) => s !== undefined && isOffered(s));
  return (
    offered ?? view.options.find((s) => DRUG_OPTIONS.includes(s.option as DrugOptionId) && CONTINUED.has(s.status))
  );
}

interface Failed {
  drug: DrugId;
  /** The adequate daily dose the trial is taken to have reached, when the guideline gives one. */
  dailyMg?: number;
}

/** The case with the drug's adequate trial failed: the drug's own record replaced, nothing else changed. */
function withFailedTrial(f: CaseFacts, failed: Failed): CaseFacts {
  const trial: Medication = {
    drug: failed.drug,
    ...(failed.dailyMg !== undefined ? { dailyMg: failed.dailyMg } : {}),
    durationWeeks: ADEQUATE_TRIAL.minWeeks,
    outcome: 'ineffective',
  };
  return { ...f, medications: [...f.medications.filter((m) => m.drug !== failed.drug), trial] };
}

/**
 * After the last drug step, beside the gate's conditions: immediate-release first if an opioid is started, and the
 * referral once pain persists despite 12 weeks of optimised therapy (guideline, citation 1).
 */
const LAST_STEP_LINES = ['opioid.framework.immediate-release', 'referral.persistent-pain-12-weeks'] as const;

/** After a gabapentinoid in the radicular branch (guideline: radicular assessment, referral, specialists). */
const RADICULAR_NEXT = [
  'radicular.mri',
  'referral.interventional-procedures',
  'specialist.epidural-injections',
] as const;

const mg = (n: number) => `${n.toLocaleString('en-US')} mg`;

/** The reply, or undefined when the text asks no such question or the case names no option to judge failed. */
export function ifFailsAnswer(record: CaseRecord, text: string): OutputMessage | undefined {
  const asked = askedIfFails(text);
  if (!asked) return undefined;
  const view = evaluatePathway(record.facts);
  if (view.status === 'urgent' || view.activeSteps.includes('notChronic')) return undefined;
  const named = asked.drugs.find((d) => OPTION_OF_DRUG[d] !== undefined);
  // a drug named that is no guideline option ("if the amitriptyline fails"): the general answer stands
  if (!named && asked.drugs.length) return undefined;
  // "if still bad, tramadol?", "if tramadol fails?" where tramadol already failed (or was not tolerated): no trial of it
  // to come; it is out, and the case's next step stands as it is (referral; opioids only as a last resort)
  const target = named ?? asked.next;
  const nextOut = target ? outOption(view, target) : undefined;
  if (nextOut && target) {
    const book = new EntryCitations();
    const name = drugNames(target).generic;
    const why = nextOut.status === 'failed' ? 'already failed' : 'already not tolerated';
    const head = `**If still no better: not ${name}, it ${why} for case ${record.label}; the next step is below.**`;
    return linesMessage([head, ...nextStepLines(view, book)], book);
  }
  const option = named ? OPTION_OF_DRUG[named]! : currentOption(view)?.option;
  if (!option) return undefined;
  // "and if still bad, tramadol?" where tramadol is already the case's next option: no trial of it to fail first, the
  // named drug as the case judges it now (its dose, this patient's caps, its pairs)
  const status = view.options.find((s) => s.option === option);
  const offeredNow = status?.record?.drug ?? OFFERED_DRUGS[option as DrugOptionId]?.[0];
  const nowAnswer =
    !named && asked.next && asked.next === offeredNow
      ? caseAnswerMessage({
          facts: record.facts,
          view,
          ex: { patch: {}, proposals: [], question: `${drugNames(asked.next).generic}?` },
        })
      : undefined;
  if (nowAnswer && asked.next) {
    const text = `**If still no better: ${drugNames(asked.next).generic}, for this patient:**\n${nowAnswer.text}`;
    return { text, ...(nowAnswer.citations ? { citations: nowAnswer.citations } : {}) };
  }
  const drug: DrugId = named ?? status?.record?.drug ?? OFFERED_DRUGS[option as DrugOptionId][0]!;
  const dailyMg = adequateDailyMg(drug);
  const hypotheticalFacts = withFailedTrial(record.facts, { drug, ...(dailyMg ? { dailyMg } : {}) });
  const hypothetical = evaluatePathway(hypotheticalFacts);
  const book = new EntryCitations();
  const name = drugNames(drug).generic;
  const trial = dailyMg
    ? `${mg(dailyMg)}/day for at least ${ADEQUATE_TRIAL.minWeeks} weeks`
    : `at least ${ADEQUATE_TRIAL.minWeeks} weeks`;
  const marks = book.entry(ADEQUATE_TRIAL.entry)?.marks ?? '';
  const head = `**If ${name} fails after an adequate trial (${trial}) ${marks}:** hypothetical, case ${record.label} is unchanged.`;
  // "if that doesn't work can she have tramadol?": the named drug as the case would judge it then (its dose, this
  // patient's caps, its pairs with what is taken), not the whole next step again
  const nextAnswer =
    asked.next && asked.next !== drug
      ? caseAnswerMessage({
          facts: hypotheticalFacts,
          view: hypothetical,
          ex: { patch: {}, proposals: [], question: `${drugNames(asked.next).generic}?` },
        })
      : undefined;
  if (nextAnswer) {
    const text = `${head}\n\n**Then ${drugNames(asked.next!).generic}, for this patient:**\n${nextAnswer.text}`;
    return { text, ...(nextAnswer.citations ? { citations: nextAnswer.citations } : {}) };
  }
  // a gabapentinoid failing in the radicular branch: the guideline's options there (MRI if not done, referral for an
  // interventional procedure such as an epidural steroid injection)
  const radicular =
    (option === 'gabapentin' || option === 'pregabalin') && record.facts.radicular === 'yes'
      ? ['**Radicular branch, then**', ...RADICULAR_NEXT.map((id) => book.line(id)).filter((l) => l !== undefined)]
      : [];
  return linesMessage([head, ...radicular, ...nextStepLines(hypothetical, book)], book);
}

/** The option of a drug the case has out already (failed, not tolerated), if it is one. */
function outOption(view: PathwayView, drug: DrugId) {
  const option = OPTION_OF_DRUG[drug];
  const status = option ? view.options.find((s) => s.option === option) : undefined;
  return status && (status.status === 'failed' || status.status === 'not-tolerated') ? status : undefined;
}

/**
 * What the case does next as this view reads it: its Do now lines, then, with no guideline drug left to offer, the
 * opioid gate and what must be true first (the conditions the Do now lines already ask for are not said twice).
 */
function nextStepLines(view: PathwayView, book: EntryCitations): string[] {
  const doNow = focusLines(view, book, new KidneyNote());
  const offersDrug = view.options.some((s) => DRUG_OPTIONS.includes(s.option as DrugOptionId) && isOffered(s));
  const unmet = view.gate.conditions.filter((c) => !c.met && !view.recommendations.includes(c.knowledgeId));
  const gate =
    !offersDrug && !view.gate.open
      ? [
          `**Opioids: last resort, only once the gate is met** ${book.entry('opioid.last-resort')?.marks ?? ''}`,
          ...unmet.map((c) => `- ${c.text}`),
          ...LAST_STEP_LINES.map((id) => book.line(id)).filter((l) => l !== undefined),
        ]
      : [];
  return [...(doNow.length ? ['**Then, for this patient**', ...doNow] : []), ...gate];
}

function linesMessage(lines: readonly string[], book: EntryCitations): OutputMessage {
  const citations = book.list();
  return {
    text: lines.reduce((out, l, i) => (i === 0 ? l : `${out}${l.startsWith('- ') ? '\n' : '\n\n'}${l}`), ''),
    ...(citations.length ? { citations } : {}),
  };
}
