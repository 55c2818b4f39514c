import { emptyFacts } from '../../src/clinical/case/case-facts.js';
import type { ConversationState } from '../conversation-state.js';
import type { RouteContext, RouteResult } from '../route.js';
import { chartNote } from './chart-note.js';
import { caseLabelSchema, type CaseRecord, previousSnapshot, sexBefore } from './case-record.js';
import { caseReply, confirmCard, reAsk, sayOnly } from './case-reply.js';
import { advanceCase, newWarnings, sameStep } from './case-session.js';
import { activeRecord, findCase, putCase, removeCase } from './case-store.js';
import { COMMAND_HELP, type Command } from './commands.js';
import { intake, NEEDS_REVIEW } from './intake.js';
import { mergeFacts } from './merge-facts.js';
import { planMessage } from './plan-message.js';
import { QUESTIONS } from './questions.js';
import { evaluatePathway, labelProblem, startCase } from './ports.js';
import { stepList } from './step-titles.js';
import { whyMessage } from './why-message.js';

/** A refused case label: nothing is stored, and a neutral label is suggested. */
export const LABEL_REFUSED =
  'I have not used that label: it could identify the patient (a name, initials or a number from their record). Use a neutral label instead, e.g. "label B2" or "label knee".';

import { NEXT_STEP_ASK } from '../fallback.js';

const NO_CASE = 'No case is open in this conversation. Paste a short case description or say "new case".';

/** Runs one walk-through command. */
export function runCommand(ctx: RouteContext, cmd: Command): RouteResult {
  const state = ctx.state;
  const record = activeRecord(state);
  switch (cmd.kind) {
    case 'new':
      return intake(ctx, ctx.text.slice(ctx.text.length - cmd.rest.length), true);
    case 'cases':
      return listCases(state);
    case 'switch': {
      const target = findCase(state, cmd.label);
      if (!target) return listCases(state, `There is no case ${cmd.label.toUpperCase()}.`);
      return caseReply(state, target, evaluatePathway(target.facts), { lead: `Switched to case ${target.label}.` });
    }
    case 'forget-all':
      return sayOnly({ ...state, pendingConfirm: { action: 'forget-all' } }, '', [
        confirmCard('Delete every case and everything stored for this conversation?', 'Yes, delete all', {
          action: 'forget-all',
        }),
      ]);
    case 'confirm':
      return confirm(ctx);
    case 'cancel': {
      const { pendingConfirm: pending, ...rest } = state;
      if (pending?.action === 'answer')
        return sayOnly(rest, `Kept: case ${pending.label} is unchanged.`, reAsk(record));
      return sayOnly(rest, 'Kept: nothing was deleted.', reAsk(record));
    }
  }
  if (cmd.kind === 'forget') {
    const target = cmd.label ? findCase(state, cmd.label) : record;
    if (!target)
      return listCases(
        state,
        cmd.label
          ? `There is no case ${cmd.label.toUpperCase()}.`
          : 'There is no open case. Say "forget all" to delete everything stored for this conversation.',
      );
    const pending = { action: 'forget', label: target.label } as const;
    return sayOnly({ ...state, pendingConfirm: pending }, '', [
      confirmCard(`Delete case ${target.label} and everything stored about it?`, 'Yes, delete it', pending),
    ]);
  }
  // "next step", "what next?" with nothing known: what has been tried is asked, with choices (fallback.ts)
  if (!record && cmd.kind === 'plan' && !state.cases.length) return { state, output: { messages: [NEXT_STEP_ASK] } };
  if (!record) return sayOnly(state, NO_CASE);
  const view = () => evaluatePathway(record.facts);
  switch (cmd.kind) {
    case 'why':
      return { state, output: { messages: [whyMessage(record, view()), ...reAsk(record)] } };
    case 'plan':
      return { state, output: { messages: [planMessage(record, view()), ...reAsk(record)] } };
    case 'note':
      return { state, output: { messages: [chartNote(record, view())] } };
    case 'help':
      return sayOnly(
        state,
        [`Commands for case ${record.label}:`, ...COMMAND_HELP.map((l) => `- ${l}`)].join('\n'),
        reAsk(record),
      );
    case 'back':
      return back(state, record);
    case 'skip':
      return skip(ctx, record);
    case 'restart':
      return restart(ctx, record);
    case 'label':
      return relabel(state, record, cmd.label);
  }
}

function listCases(state: ConversationState, lead?: string): RouteResult {
  if (!state.cases.length) return sayOnly(state, `${lead ? `${lead} ` : ''}${NO_CASE}`);
  const lines = state.cases.map((c) => {
    const mark = c.label === state.activeCase ? ' (open)' : '';
    return `- **Case ${c.label}**${mark}: ${caseSteps(evaluatePathway(c.facts))}`;
  });
  const other = state.cases.find((c) => c.label !== state.activeCase);
  const hint = other ? `Say "switch to case ${other.label}" to resume one.` : '';
  const text = [lead, '**Cases in this conversation**', ...lines, hint].filter(Boolean).join('\n');
  return sayOnly(state, text);
}

/** Whether a pressed confirmation button was shown for another request than the one now waiting. */
export function confirmsAnother(ctx: RouteContext): boolean {
  const pressed = ctx.card?.command === 'case' ? ctx.card : undefined;
  const pending = ctx.state.pendingConfirm;
  // Cards sent before buttons named what they confirm carry no `confirms`: read as before.
  if (!pressed?.confirms || !pending) return false;
  return pressed.confirms !== pending.action || (pressed.case ?? undefined) !== pending.label;
}

function confirm(ctx: RouteContext): RouteResult {
  const state = ctx.state;
  const pending = state.pendingConfirm;
  const { pendingConfirm: _, ...rest } = state;
  if (confirmsAnother(ctx))
    return sayOnly(rest, 'That button was for an earlier request: nothing was changed.', reAsk(activeRecord(rest)));
  if (pending?.action === 'forget-all')
    return sayOnly(null, 'Deleted every case and everything stored for this conversation.');
  if (pending?.action === 'forget' && pending.label) {
    return sayOnly(removeCase(rest, pending.label), `Deleted case ${pending.label} and everything stored about it.`);
  }
  return sayOnly(rest, 'There was nothing waiting for confirmation.', reAsk(activeRecord(rest)));
}

function back(state: ConversationState, record: CaseRecord): RouteResult {
  const previous = previousSnapshot(record);
  if (!previous) return sayOnly(state, `Nothing to undo in case ${record.label}.`, reAsk(record));
  const { pendingQuestion: _, sex: _sex, ...base } = record;
  const sex = sexBefore(record);
  // The envelope is rebuilt from the earlier facts (facts are the source of truth; contract B).
  const restored: CaseRecord = {
    ...base,
    ...(sex ? { sex } : {}),
    ...previous,
    envelope: startCase(previous.facts),
    history: record.history.slice(0, -1),
  };
  return caseReply(state, restored, evaluatePathway(restored.facts), {
    lead: `Undone: case ${record.label} is back to before the last change.`,
  });
}

function skip(ctx: RouteContext, record: CaseRecord): RouteResult {
  const key = record.pendingQuestion;
  // A Skip on an older question card skips nothing once the case has moved on to another question.
  const shown = ctx.card?.command === 'case' ? ctx.card.key : undefined;
  if (shown && shown !== key)
    return sayOnly(
      ctx.state,
      `That Skip button is for an earlier question (${QUESTIONS[shown].label}) of case ${record.label}: nothing was skipped.`,
      reAsk(record),
    );
  if (!key) return sayOnly(ctx.state, `Case ${record.label} has no open question to skip.`);
  const moved = advanceCase(record, mergeFacts(record.facts, { skipped: [key] }), ctx.input.receivedAt);
  if (moved.kind !== 'ok') return sayOnly(ctx.state, NEEDS_REVIEW(record.label));
  return caseReply(ctx.state, moved.record, moved.view, {
    lead: `Skipped; treated as unknown (say "back" to undo).`,
    newWarnings: newWarnings(moved),
    brief: sameStep(moved.before, moved.view),
  });
}

function restart(ctx: RouteContext, record: CaseRecord): RouteResult {
  const facts = emptyFacts();
  const view = evaluatePathway(facts);
  const { pendingQuestion: _, ...base } = record;
  const fresh: CaseRecord = {
    ...base,
    facts,
    envelope: startCase(facts),
    history: [],
    updatedAt: ctx.input.receivedAt,
    ...(view.nextMissing ? { pendingQuestion: view.nextMissing } : {}),
  };
  return caseReply(ctx.state, fresh, view, {
    lead: `Case ${record.label} restarted from nothing. Paste the description again or answer the questions.`,
  });
}

function relabel(state: ConversationState, record: CaseRecord, wanted: string): RouteResult {
  const label = wanted.replace(/^case /, '').trim();
  // Privacy first: a label that could identify the patient (a name, initials, a number) is never stored.
  if (labelProblem(label)) return sayOnly(state, LABEL_REFUSED, reAsk(record));
  const valid = caseLabelSchema.safeParse(label.length <= 3 ? label.toUpperCase() : label);
  if (!valid.success || /\d{3,}/.test(label)) {
    return sayOnly(
      state,
      'Labels are one short word or letter (up to 12 letters or digits, starting with a letter), e.g. "label B2". Never a name or record number.',
      reAsk(record),
    );
  }
  if (findCase(state, valid.data) && valid.data.toLowerCase() !== record.label.toLowerCase()) {
    return sayOnly(state, `There is already a case ${valid.data}.`, reAsk(record));
  }
  const renamed = { ...record, label: valid.data };
  return sayOnly(
    putCase({ ...state, cases: state.cases.filter((c) => c !== record) }, renamed),
    `Case ${record.label} is now case ${valid.data}.`,
    reAsk(renamed),
  );
}

/** A case's steps, with the MME/day of an opioid taken now. */
function caseSteps(view: ReturnType<typeof evaluatePathway>): string {
  return stepList(view.activeSteps, view.opioidTakenMme);
}
