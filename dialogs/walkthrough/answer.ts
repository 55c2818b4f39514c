import type { FactKey } from '../../src/clinical/case/case-facts.js';
import type { RouteContext, RouteResult } from '../route.js';
import type { CaseRecord } from './case-record.js';
import { caseReply, reAsk, sayOnly } from './case-reply.js';
import { advanceCase, newWarnings, sameStep } from './case-session.js';
import { attachBareRegimen } from './bare-regimen.js';
import { factLines } from './fact-lines.js';
import { withElapsedTime } from './follow-up.js';
import { IDENTIFIERS_REFUSED, NEEDS_REVIEW } from './intake.js';
import { mergeFacts, patchSaysSomething } from './merge-facts.js';
import { answerToFact } from './ports.js';
import { extraction, isUnsure } from './read-text.js';

/** What the answer to `key` says, or undefined when the text does not answer it. */
export function readAnswer(key: FactKey, text: string, receivedAt: string) {
  return answerToFact(key, text, receivedAt);
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
  const read = readAnswer(key, text, at);
  const direct = read
    ? attachBareRegimen(read, key, text, record.facts)
    : isUnsure(text)
      ? { skipped: [key] }
      : undefined;
  if (!direct && !patchSaysSomething(ex.patch)) {
    return sayOnly(
      ctx.state,
      `I could not read that as an answer for case ${record.label}: use a quick answer, type it another way, or say "skip".`,
      reAsk(record),
    );
  }
  const facts = mergeFacts(mergeFacts(record.facts, withElapsedTime(ex.patch, text, record.facts)), direct ?? {});
  const moved = advanceCase(record, facts, at);
  if (moved.kind !== 'ok') return sayOnly(ctx.state, NEEDS_REVIEW(record.label));
  const before = new Set(factLines(record.facts));
  const noted = factLines(moved.record.facts).filter((l) => !before.has(l));
  const still =
    direct && moved.view.nextMissing === key ? ' I need a little more for this question (or say "skip").' : '';
  return caseReply(ctx.state, moved.record, moved.view, {
    lead: `${noted.length ? `Noted for case ${record.label}: ${noted.join('; ')}.` : `Noted for case ${record.label}.`}${still}`,
    newWarnings: newWarnings(moved),
    brief: sameStep(moved.before, moved.view),
  });
}
