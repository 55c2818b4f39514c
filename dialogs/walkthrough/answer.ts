import type { CaseFacts } from '../../src/clinical/case/case-facts.js';
import type { FactKey } from '../../src/clinical/case/case-facts.js';
import { drugNames } from '../../src/clinical/knowledge/drug-catalogue.js';
import type { RouteContext, RouteResult } from '../route.js';
import { type CaseRecord, withSex } from './case-record.js';
import { statedSex } from '../../src/clinical/language/stated-patient.js';
import { caseReply, confirmCard, reAsk, sayOnly } from './case-reply.js';
import { rowExcessMessage } from './case-answer.js';
import { activeRecord } from './case-store.js';
import { advanceCase, newWarnings, sameSafety, sameStep } from './case-session.js';
import { attachBareRegimen } from './bare-regimen.js';
import { factLines } from './fact-lines.js';
import { odiText } from '../../src/clinical/language/understood.js';
import { withElapsedTime } from './follow-up.js';
import { answerFirst, IDENTIFIERS_REFUSED, NEEDS_REVIEW } from './intake.js';
import { pdmpOtherPrescriber, pdmpRiskFinding } from '../../src/clinical/language/pdmp-finding.js';
import { mergeFacts, patchSaysSomething } from './merge-facts.js';
import { placeStops, stopInTrialAnswer } from './pronoun-stop.js';
import { answerToFact } from './ports.js';
import { QUESTIONS } from './questions.js';
import { CORRECTION, extraction, isUnsure } from './read-text.js';

/** What the answer to `key` says, or undefined when the text does not answer it. */
export function readAnswer(key: FactKey, text: string, receivedAt: string) {
  return answerToFact(key, text, receivedAt);
}

/** The questions about one drug's trial, with the drug as the question names it: a pronoun in the answer is that drug. */
const TRIAL_KEYS: ReadonlyMap<FactKey, string> = new Map([
  ['nsaidTrial', 'the NSAID'],
  ['duloxetineTrial', 'duloxetine'],
  ['tramadolTrial', 'tramadol'],
]);

/** What a reply says directly for `key`: the answer read, "not sure" as skipped, or undefined. */
function directAnswer(key: FactKey, text: string, at: string, record: CaseRecord) {
  const read = readAnswer(key, text, at);
  return read ? attachBareRegimen(read, key, text, record.facts) : isUnsure(text) ? { skipped: [key] } : undefined;
}

/**
 * A reply while the case has a question open, typed or from a button. What answers the question is read for it;
 * anything else the reply states is kept too ("no, but she did 8 weeks of PT", "started tramadol 50 q6h").
 * "Not sure" that the reader cannot place marks the fact unknown (skipped).
 */
export function answer(ctx: RouteContext, record: CaseRecord, key: FactKey, text: string): RouteResult {
  const at = ctx.input.receivedAt;
  const ex = extraction(text, at);
  if (ex.identifiers) return sayOnly(ctx.state, IDENTIFIERS_REFUSED, reAsk(record));
  // "it's been 3 weeks since she stopped it": the case's one clear medicine, else asked (pronoun-stop.ts); answering a
  // trial question ("stopped it after 6 weeks, no help"), "it" is the drug asked about, unless an MAOI held may be it
  const trial = TRIAL_KEYS.get(key);
  const unsure = trial ? stopInTrialAnswer(ex, record.facts, trial) : undefined;
  const direct = unsure ? undefined : directAnswer(key, text, at, record);
  const stops = unsure
    ? { patch: ex.patch, ask: unsure }
    : direct && trial
      ? { patch: ex.patch }
      : placeStops(ex, ex.patch, record);
  if (!direct && !patchSaysSomething(stops.patch) && !stops.ask) {
    return sayOnly(
      ctx.state,
      `I could not read that as an answer for case ${record.label}: use a quick answer, type it another way, or say "skip".`,
      reAsk(record),
    );
  }
  const facts = mergeFacts(
    mergeFacts(record.facts, withElapsedTime(stops.patch, text, record.facts), text),
    direct ?? {},
  );
  const moved = advanceCase(record, facts, at);
  if (moved.kind !== 'ok') return sayOnly(ctx.state, NEEDS_REVIEW(record.label));
  // a reply correcting the patient's sex ("sorry, typo: female not male") changes the case's; any other sex in a reply
  // may be someone else's ("no red flags, mum F 45 is with him"). There is no question asking the sex.
  const next = withSex(moved.record, CORRECTION.test(text) ? statedSex(text)?.sex : undefined);
  const before = new Set(factLines(record.facts));
  const noted = factLines(moved.record.facts)
    .filter((l) => !before.has(l))
    .map((l) => withEarlierOdi(l, record.facts.oswestryPercent, moved.record.facts.oswestryPercent));
  const still =
    direct && moved.view.nextMissing === key ? ' I need a little more for this question (or say "skip").' : '';
  // a PDMP finding (another prescriber, or a risk for the opioid gate) leads the reply (with the case's MME) like a case description's would
  // so does a medicine told late that holds an opioid or acetaminophen ("oh and she takes co-codamol 30/500 2 qds"):
  // the case's MME and acetaminophen totals, with it counted (case-answer.ts)
  const pdmpLead =
    pdmpOtherPrescriber(text) || pdmpRiskFinding(text) === 'yes' || (!direct && addsTotalsMedicine(stops.patch))
      ? answerFirst(moved.record.facts, moved.view, ex, text)
      : [];
  // a kidney figure, age or condition that puts a drug taken now past its label row leads the reply
  const rowLead = pdmpLead.length ? undefined : rowExcessMessage(record.facts, moved.record.facts);
  return caseReply(
    ctx.state,
    next,
    moved.view,
    {
      lead: `${noted.length ? `Noted for case ${record.label}: ${noted.join('; ')}.` : `Noted for case ${record.label}.`}${stops.ask ? ` ${stops.ask}` : ''}${still}`,
      newWarnings: newWarnings(moved),
      brief: sameStep(moved.before, moved.view),
      // a correction (said as one, or changing the age, kidney function or a medicine's stop) re-judges the plan
      // and so does a fact that adds a safety check or reason to an option (sameSafety): its changed lines show
      ...(CORRECTION.test(text) || corrected(record.facts, moved.record.facts) || !sameSafety(moved.before, moved.view)
        ? { previous: moved.before }
        : {}),
    },
    rowLead ? [rowLead] : pdmpLead,
  );
}

/** The reply states a medicine taken that counts in the MME or the acetaminophen total (a combination tablet too). */
function addsTotalsMedicine(patch: Partial<CaseFacts>): boolean {
  return (patch.medications ?? []).some(
    (m) =>
      !m.stopped &&
      (m.acetaminophenMg !== undefined || m.drug === 'acetaminophen' || drugNames(m.drug).drugClass === 'opioid'),
  );
}

/** The turn changed a fact the case already had: the age, the kidney figures, or whether a medicine is stopped. */
function corrected(was: CaseFacts, now: CaseFacts): boolean {
  if (was.age !== undefined && now.age !== was.age) return true;
  if (was.renal !== undefined && JSON.stringify(was.renal) !== JSON.stringify(now.renal)) return true;
  return was.medications.some((m) => {
    const later = now.medications.find((n) => n.drug === m.drug && n.name === m.name);
    return later !== undefined && (later.stopped === true) !== (m.stopped === true);
  });
}

const quoted = (lines: readonly string[]) => `"${lines.join('; ')}"`;

/** JSON with object keys sorted: equal facts compare equal whatever order their fields were merged in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/**
 * A button answering a question that is not the case's pending one (an older card, a client without Universal
 * Actions): never applied silently. The bot says which earlier answer it would change, from what to what, and
 * keeps the change waiting for a yes (`pendingConfirm`, next turn only); the yes applies it through `answer`.
 */
export function staleAnswer(ctx: RouteContext, record: CaseRecord, key: FactKey, text: string): RouteResult {
  const at = ctx.input.receivedAt;
  const open = activeRecord(ctx.state);
  const topic = `That button answers an earlier question (${QUESTIONS[key].label}) for case ${record.label}`;
  const ex = extraction(text, at);
  if (ex.identifiers) return sayOnly(ctx.state, IDENTIFIERS_REFUSED, reAsk(open));
  const direct = directAnswer(key, text, at, record);
  if (!direct)
    return sayOnly(ctx.state, `${topic}, and I could not read it as an answer: nothing changed.`, reAsk(open));
  const facts = mergeFacts(mergeFacts(record.facts, withElapsedTime(ex.patch, text, record.facts), text), direct);
  if (canonical(facts) === canonical(record.facts))
    return sayOnly(ctx.state, `${topic}, and the case already records that: nothing changed.`, reAsk(open));
  const was = factLines(record.facts);
  const now = factLines(facts);
  const removed = was.filter((l) => !now.includes(l));
  const added = now.filter((l) => !was.includes(l));
  const change =
    removed.length && added.length
      ? `Change it from ${quoted(removed)} to ${quoted(added)}?`
      : added.length
        ? `Add ${quoted(added)}?`
        : removed.length
          ? `Remove ${quoted(removed)}?`
          : 'Change it?';
  const pending = { action: 'answer', label: record.label, key, text } as const;
  return sayOnly({ ...ctx.state, pendingConfirm: pending }, '', [
    confirmCard(`${topic}. ${change}`, 'Change it', pending, 'Keep as is', 'keep'),
  ]);
}

/** A replaced ODI says the score it replaces ("ODI 75% (very severe disability), was 44%"): what changed. */
function withEarlierOdi(line: string, before: number | undefined, after: number | undefined): string {
  if (before === undefined || after === undefined || before === after || line !== `ODI ${odiText(after)}`) return line;
  return `${line}, was ${before}%`;
}
