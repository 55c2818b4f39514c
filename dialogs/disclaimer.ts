import { reviewSummary, type ReviewSummary } from '../src/clinical/knowledge/knowledge-base.js';

/** Said once in help and the welcome; the footer of notes repeats it in short. */
export const DISCLAIMER =
  'Decision support, not a prescription: it applies one guideline for chronic low back pain; check every suggestion against the patient and the drug label.';

export const PRIVACY_NOTE = 'Leave out names, record numbers and dates of birth: the bot does not need them.';

/** The content version and review state (counted from the knowledge data) and the disclaimer, in one short line. */
export function answerFooter(summary: Pick<ReviewSummary, 'footer'>): string {
  return `${summary.footer} · decision support, not prescribing`;
}

/**
 * Under every reply (src/teams/render.ts puts it under the last message of a turn), e.g. "Content 2026.12.06-2 ·
 * 131 reference facts pending review · decision support, not prescribing". The knowledge is fixed at load, so
 * the line is computed once.
 */
export const ANSWER_FOOTER = answerFooter(reviewSummary());
