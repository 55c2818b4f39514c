import type { OutputMessage, SuggestedAction } from '../turn-types.js';
import { plain, renderAnswer } from './answer-message.js';
import { createEntrySearch, type EntrySearch } from './entry-search.js';
import { GUIDELINE_INTENTS, matchIntent } from './guideline-intents.js';
import { entryLine, entryLines } from './knowledge-lines.js';
import { knowledge } from './ports.js';
import { SOURCES_QUESTION } from './sources-answer.js';

/**
 * Guideline questions: an intent rule for the common ones, else full-text retrieval over the knowledge entries.
 * Only matching entries are shown; nothing matching -> undefined (the caller says the pathway does not cover it).
 * The retrieval index is built on the first question that needs it (about 15-25 ms), not when the bot starts:
 * most turns are answered without it.
 */
let search: EntrySearch | undefined;
const entrySearch = (): EntrySearch =>
  (search ??= createEntrySearch(knowledge.filter((e) => !e.id.startsWith('sources.') && !e.id.startsWith('gap.'))));

/**
 * A red-flag entry answers only red-flag questions: "weight loss advice?" shares words with the cancer red flag
 * ("unexplained weight loss") but asks for lifestyle advice, which the pathway does not cover.
 */
const ASKS_FOR_ADVICE =
  /\b(?:advice|advise|tips?|diet|program(?:me)?|plan|counsel\w*|help (?:with|to)|how (?:to|do|can)|lose|losing|manage\w*|benefit|helps?|effective|recommend\w*)\b/;
const RED_FLAG_WORDS = /red ?flags?|unexplained|urgent|emergency|cancer|malignan|worr/;

/** Full-text retrieval for a question no intent rule takes: matching entry ids, best first (red flags only when asked). */
export function searchGuideline(lower: string): string[] {
  return entrySearch()
    .search(lower)
    .filter((id) => !id.startsWith('redflag.') || !ASKS_FOR_ADVICE.test(lower) || RED_FLAG_WORDS.test(lower));
}

/** The answer of one intent rule (guideline-intents.ts), by name. */
export function intentAnswer(name: string): OutputMessage | undefined {
  const intent = GUIDELINE_INTENTS.find((i) => i.name === name);
  return intent && renderAnswer({ title: intent.title, lines: entryLines(intent.ids) });
}

/** The entries full-text retrieval found. */
export function searchAnswer(ids: readonly string[]): OutputMessage {
  return renderAnswer({ title: 'What the pathway says', lines: ids.map((id) => entryLine(id)) });
}

export function answerGuidelineQuestion(lower: string): OutputMessage | undefined {
  const intent = matchIntent(lower);
  if (intent) return intentAnswer(intent.name);
  const ids = searchGuideline(lower);
  return ids.length ? searchAnswer(ids) : undefined;
}

/** A guideline topic by its intent rule (not full-text search): mid-case, such text is a question, not a reply. */
export function isGuidelineTopic(lower: string): boolean {
  return matchIntent(lower) !== undefined || SOURCES_QUESTION.test(lower);
}

export const PATHWAY_SCOPE =
  'It covers chronic low back pain after initial medications fail: drug escalation (duloxetine, NSAIDs, tramadol), medicines to avoid, non-drug therapies, radicular pain, the opioid gate, referral, follow-up, red flags and imaging, and the MME, STarT Back and Oswestry calculators.';

/** How the generic "not covered" answer begins: callers recognise it by this (router.ts, walkthrough-routes.ts). */
export const NOT_COVERED_START = 'This pathway does not cover that';

export function notCoveredMessage(): OutputMessage {
  return plain(`${NOT_COVERED_START}, so I have no answer from it. ${PATHWAY_SCOPE}`, [
    { title: 'When to refer?', value: 'when to refer?' },
    { title: 'Duloxetine dose', value: 'duloxetine dose?' },
    { title: 'Help', value: 'help' },
  ]);
}

/** A treatment the sources do not cover, named: said plainly, then the nearest covered topics (route-scores.ts). */
export function uncoveredMessage(topic: { topic: string; nearest: string; suggest: readonly string[] }): OutputMessage {
  return plain(
    `This pathway does not cover ${topic.topic}, so I have no advice on it from the pathway. ${topic.nearest}`,
    topic.suggest.map((value) => ({ title: value.charAt(0).toUpperCase() + value.slice(1), value })),
  );
}

/**
 * Several answers fit, or the text names something the guideline knows without a question any answer takes: each
 * button's value is a phrasing that reaches one full answer (dialogs/answers/route-scores.ts).
 */
export function didYouMeanMessage(buttons: readonly SuggestedAction[], lead: string): OutputMessage {
  return plain([lead, ...buttons.map((b) => `- ${b.value}`)].join('\n'), [...buttons]);
}
