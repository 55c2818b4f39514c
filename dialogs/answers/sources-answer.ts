import type { OutputMessage } from '../turn-types.js';
import { renderAnswer } from './answer-message.js';
import { getEntry, hasEntry } from './ports.js';
import { reviewSummary } from '../../src/clinical/knowledge/knowledge-base.js';

/**
 * "sources": what the guideline's citation numbers probably refer to (clinical-reference §1), labelled probable. Asked
 * in other words too: "where does this guideline get its evidence?", "what is the pathway based on?".
 */
export const SOURCES_QUESTION =
  /^(?:the )?(?:sources?|references?|citations?|bibliography)\b|\bwhat (?:are|is) (?:the|your) (?:sources?|references?|citations?)|\bwhat does \[?\d\]? (?:refer|stand|point)|\bwhere (?:does|do) (?:this|the (?:guideline|advice)) come from|\bwhere (?:does|do) (?:this|the|it|you)(?: guideline| pathway| bot| advice)? gets? (?:its|the|your|their) (?:evidence|information|info|data|recommendations)|\bevidence base (?:for|of|behind) (?:this|the) (?:guideline|pathway)|\bwhat (?:is|are) (?:this|the) (?:guideline|pathway|advice) based on|\b(?:likely|probable|possible) (?:sources?|references?|papers?)\b/;

export function sourcesMessage(): OutputMessage {
  const keys = ['1', '2', '3', '4', '5', '6', 'cdc-2022'];
  const lines = keys
    .filter((k) => hasEntry(`sources.${k}`))
    .map((k) => ({ text: getEntry(`sources.${k}`).text, label: /^\d$/.test(k) ? `[${k}]` : 'Opioids' }));
  return renderAnswer({
    title: 'Citation numbers: probable sources',
    lines,
    note: 'The guideline text has no reference list; these are the probable sources, not confirmed ones.',
  });
}

/**
 * Whether the bot's own content was checked ("were your doses reviewed by a pharmacist?", "who signed this content
 * off?"): a review word with a reviewer or "who", said of the bot's content, not of a patient's medicines ("has the
 * pharmacist checked her meds?" stays the patient's question). Examples and counter-examples:
 * test/answers/nondrug-choice-scope-qg21.test.ts.
 */
const REVIEW_WORD = `(?:reviewed|checked|verified|vetted|validated|signed off|approved|confirmed|audited)`;
const REVIEWED_BY = [
  new RegExp(
    String.raw`\b${REVIEW_WORD}\b[^.?!\n]{0,30}?\bby (?:an? |the )?(?:pharmacists?|clinicians?|doctors?|experts?|specialists?|anyone|someone)\b`,
  ),
  new RegExp(String.raw`\b(?:pharmacists?|clinicians?|doctors?|experts?|anyone|someone)(?: ever)? ${REVIEW_WORD}\b`),
  new RegExp(String.raw`\bwho (?:has )?${REVIEW_WORD}\b`),
  /\breview (?:status|state)\b/,
] as const;
/** The bot's own content: "your doses", "this content", "the doses you give", "the bot". */
const BOT_CONTENT =
  /\b(?:your|you|this (?:bot|tool|app|content|pathway|advice|information)|the (?:bot|tool|app|content|pathway|advice|information)|these (?:doses|figures|numbers))\b/;

export function reviewAsked(lower: string): boolean {
  return BOT_CONTENT.test(lower) && REVIEWED_BY.some((re) => re.test(lower));
}

/** The reference's review status (clinical-reference.md, its rules): what is checked and what is pending review. */
export function reviewMessage(): OutputMessage {
  const summary = reviewSummary();
  return renderAnswer({
    title: 'Not yet: the reference facts are pending review by a clinician or pharmacist',
    lines: [
      { text: 'The guideline text is shown as written, with its own citation numbers.' },
      {
        text: 'Every label, dose-limit and interaction fact beyond it was read from public secondary copies of labels and guidelines; each stays "pending review" until a clinician or pharmacist confirms it against the primary label (DailyMed) or guideline.',
      },
      { text: `Now: ${summary.footer} (the footer of every answer says the same).` },
    ],
  });
}
