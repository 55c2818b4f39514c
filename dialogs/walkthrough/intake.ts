import { emptyFacts, type CaseFacts } from '../../src/clinical/case/case-facts.js';
import { attachCaseDrugDose } from './bare-regimen.js';
import { tabletDetailAnswer } from './tablet-detail.js';
import { askTabletStrength, withDailyTablets, withTabletDoses } from '../../src/clinical/case/tablet-change.js';
import type { OutputMessage } from '../turn-types.js';
import { asksOptionChoice, leadMessage } from './case-answer.js';
import { answerDrugQuestion, caseChoiceMessage } from '../answers/drug-answer.js';
import { WHICH_OPTION } from '../answers/either-option.js';
import { caseContext, drugOptionOf } from '../answers/question-context.js';
import { findDrugs } from '../../src/clinical/language/find-drugs.js';
import { understoodLabels, type Extraction, type PathwayView } from './ports.js';
import type { RouteContext, RouteResult } from '../route.js';
import { nextLabel, withSex } from './case-record.js';
import { caseReply, sayOnly } from './case-reply.js';
import { advanceCase, newWarnings, openCase } from './case-session.js';
import { heldInteractions } from './held-interactions.js';
import { activeRecord, makeRoom } from './case-store.js';
import { withElapsedTime } from './follow-up.js';
import { clearedFlags, mergeFacts, withoutCompanionAge } from './merge-facts.js';
import { placeStops } from './pronoun-stop.js';
import { describesAnotherPatient, extraction } from './read-text.js';
import { questionMessage } from './question-card.js';
import { answeredRedFlagSigns, redFlagAsk } from './questions.js';
import type { CaseRecord } from './case-record.js';
import { describedSex, statedSex } from '../../src/clinical/language/stated-patient.js';
import { acknowledgedLabels } from '../../src/clinical/language/understood.js';
import { oswestryNotScoredText } from '../../src/clinical/calculators/oswestry.js';
import { OSWESTRY_MAX_UNANSWERED } from '../../src/clinical/calculators/clinical-params.js';

/** Said when a text mid-case was read as another patient, so a clinician who meant the same patient can go back. */
export const anotherPatientNote = (kept: string): string =>
  `(Read as another patient; case ${kept} is kept: say "switch to case ${kept}" to go back to it.)`;

export const IDENTIFIERS_REFUSED =
  'I have not stored anything from that message: it looks like it holds a patient identifier (a name, phone number, e-mail or street address, record, NHS or social security number, or date of birth). Please send it again without identifiers (age and sex are enough).';

export const NEEDS_REVIEW = (label: string) =>
  `Case ${label} was saved by another version of the pathway and could not be moved on, so it was kept unchanged for review. Say "restart" to start it again or "forget" to delete it.`;

/**
 * A case description: starts a case (said "new case", no case open, or another patient's description) or
 * updates the open one (a follow-up visit, a correction). Answers with what it understood, the cited step and
 * the next question; the clinician's words are never echoed back.
 */
export function intake(ctx: RouteContext, text: string, forceNew: boolean): RouteResult {
  const ex = extraction(text, ctx.input.receivedAt);
  if (ex.identifiers) return sayOnly(ctx.state, IDENTIFIERS_REFUSED);
  const now = ctx.input.receivedAt;
  const current = activeRecord(ctx.state);
  // "new case" then the pasted description: the description fills the blank case just opened, not another one.
  const blank =
    current !== undefined &&
    current.history.length === 0 &&
    JSON.stringify(current.facts) === JSON.stringify(emptyFacts());
  // Read for the open case, an age said next to another person is theirs ("her son (34) drove her"): differing from
  // the case's, it does not make the text another patient (nor does mergeFacts set it). Should the text open a case
  // for that person ("his wife, 58, asks about her own back"), the new case keeps the age (ex.patch below).
  // "6 a day" after "how many Norco 10/325 tablets a day?", "500 mg" after "what strength is each tablet?"
  const detail = current && !blank ? tabletDetailAnswer(text, current.facts, current.pendingQuestion, now) : undefined;
  const said = detail ? { ...ex.patch, medications: [...(ex.patch.medications ?? []), detail] } : ex.patch;
  const attached =
    current && !blank
      ? attachCaseDrugDose(withoutCompanionAge(text, said), text, current.facts, current.pendingQuestion, now)
      : ex.patch;
  // "oxycodone now 2 tabs q6h": tablets times the case's strength for that product, else the strength is asked
  const tablets =
    current && !blank && ex.tabletChanges
      ? withTabletDoses(attached, ex.tabletChanges, current.facts)
      : { patch: attached, unknown: [] };
  // "it's been 3 weeks since she stopped it": the one medicine the case takes now, else asked (pronoun-stop.ts)
  const stops = placeStops(ex, tablets.patch, current && !blank ? current : undefined);
  const forOpenCase = stops.patch;
  if (current && !forceNew && (blank || !describesAnotherPatient(text, forOpenCase, current, now))) {
    const merged = mergeFacts(current.facts, withElapsedTime(forOpenCase, text, current.facts), text);
    // "actually takes 4 a day": the case's tablet strength times the tablets a day, else the strength is asked
    const daily =
      !blank && ex.dailyTablets
        ? withDailyTablets(merged, current.facts, ex.dailyTablets)
        : { facts: merged, unknown: [] };
    const facts = daily.facts;
    const unknownStrength = [...tablets.unknown, ...daily.unknown];
    const cleared = clearedFlags(current.facts, text);
    const moved = advanceCase(current, facts, now);
    if (moved.kind !== 'ok') return sayOnly(ctx.state, NEEDS_REVIEW(current.label));
    // the same patient: a sex stated now is a correction ("sorry, she's female"); else the one the case knows
    const record = withSex(moved.record, statedSex(text)?.sex ?? current.sex ?? describedSex(text));
    const answeredSigns = answeredRedFlagSigns(text);
    return narrowed(
      caseReply(
        ctx.state,
        record,
        moved.view,
        {
          lead: blank
            ? `Case ${current.label}.`
            : `Case ${current.label} updated (say "back" to undo).${unknownStrength.length ? ` ${askTabletStrength(unknownStrength)}` : ''}${stops.ask ? ` ${stops.ask}` : ''}${odiNote(ex)}`,
          // a red flag this text excludes is acknowledged as excluded, not as the flag its words describe; a dose
          // given to the case's drug (attachCaseDrugDose) is listed with what else was understood
          understood: cleared.length
            ? acknowledgedLabels(forOpenCase, cleared)
            : forOpenCase.medications === ex.patch.medications
              ? ex.understood
              : understoodLabels(forOpenCase),
          newWarnings: newWarnings(moved),
          answeredSigns,
        },
        answerFirst(record.facts, moved.view, detail ? { ...ex, patch: forOpenCase } : ex, text, record.label),
      ),
      record,
      answeredSigns,
    );
  }

  const room = makeRoom(ctx.state);
  const label = nextLabel(room.state.cases.map((c) => c.label));
  const newStops = placeStops(ex, ex.patch, undefined);
  const opened = openCase(label, mergeFacts(emptyFacts(), newStops.patch), now);
  const { view } = opened;
  // the patient's sex from the first description, kept so that a later description of the other sex is read as
  // another patient (read-text.ts describesAnotherPatient)
  const record = withSex(opened.record, describedSex(text));
  const lead = [
    `New case ${label}${text ? '' : ': paste or type the description, or answer the questions one at a time'}.${newStops.ask ? ` ${newStops.ask}` : ''}${odiNote(ex)}`,
    // Read as another patient while a case was open: say so, so a clinician who meant the same patient can go back.
    current && !forceNew && text ? anotherPatientNote(current.label) : '',
    room.dropped ? `(Case ${room.dropped}, the least recently used, was deleted to make room.)` : '',
  ]
    .join(' ')
    .trim();
  const answeredSigns = answeredRedFlagSigns(text);
  return narrowed(
    caseReply(
      room.state,
      record,
      view,
      {
        lead,
        understood: ex.understood,
        newWarnings: heldInteractions(record.facts),
        disclaimer: true,
        answeredSigns,
      },
      answerFirst(record.facts, view, ex, text),
    ),
    record,
    answeredSigns,
  );
}

/**
 * The red-flag question card asks only the signs this message left unanswered ("no saddle anaesthesia, bladder
 * fine": the others). The reply's last message is the question card caseReply adds.
 */
/** " ODI not scored: ...": an Oswestry list with too many blanks gets no score, the rest is asked (reference 5). */
function odiNote(ex: Extraction): string {
  const odi = ex.oswestryNotScored;
  return odi ? ` ${oswestryNotScoredText(odi.answered, odi.missing, OSWESTRY_MAX_UNANSWERED)}` : '';
}

function narrowed(result: RouteResult, record: CaseRecord, answeredSigns: ReadonlySet<string>): RouteResult {
  if (record.pendingQuestion !== 'redFlags' || !answeredSigns.size) return result;
  const messages = [...result.output.messages];
  const last = messages.length - 1;
  if (last < 0 || !messages[last]!.card) return result;
  messages[last] = questionMessage(record.label, 'redFlags', false, 'personal', redFlagAsk(answeredSigns));
  return { ...result, output: { ...result.output, messages } };
}

/**
 * What opens the reply (issue 13): the answer to the question the message closes with, then what the case's words
 * require now (not chronic, the case's opioids, referral triggers); "I understood" and the next question follow.
 * Exported for the reply to a pending question that also asks one (answer.ts passes it as caseReply's `before`).
 */
export function answerFirst(
  facts: CaseFacts,
  view: PathwayView,
  ex: Extraction,
  text?: string,
  label?: string,
): OutputMessage[] {
  const lead = leadMessage({ facts, view, ex, ...(text ? { text } : {}) });
  // "Oh, forgot - she's on apixaban. Naprosyn or Cymbalta for her?": the choice answered first, both options judged
  // against the case with the fact just told (the lead leaves a choice to the comparison)
  // "she's just been started on fluvoxamine - does that change which one?": no option named, the guideline's
  // escalation pair judged against the case with the fact just told (as the drug route answers it, caseChoiceMessage)
  const q = ex.question?.toLowerCase();
  const named = q ? findDrugs(q) : [];
  const choice =
    label === undefined || !q
      ? []
      : asksOptionChoice(ex.question!)
        ? [answerDrugQuestion(q, named, caseContext(label, facts))]
        : WHICH_OPTION.test(q) && named.every((m) => drugOptionOf(m.drug) === undefined)
          ? [
              caseChoiceMessage(
                q,
                named,
                caseContext(label, facts),
                facts.medications.map((m) => m.drug),
              ),
            ]
          : [];
  return [...choice, ...(lead ? [lead] : [])];
}
