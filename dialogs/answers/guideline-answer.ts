import type { OutputMessage, SuggestedAction } from '../turn-types.js';
import { plain, renderAnswer } from './answer-message.js';
import { createEntrySearch, type EntrySearch } from './entry-search.js';
import { GUIDELINE_INTENTS, matchIntent, nondrugChoices, PSYCHOSOCIAL_SAID } from './guideline-intents.js';
import { entryLine, entryLines } from './knowledge-lines.js';
import { NALOXONE_RISK, naloxoneReasons } from '../../src/clinical/knowledge/mme-factors.js';
import { drugNames, findDrugs, knowledge } from './ports.js';
import { SOURCES_QUESTION } from './sources-answer.js';
import { trialDoseVerdict, trialJudgementAnswer } from './trial-verdict.js';
import { adequateTrialMessage } from './adequate-trial-answer.js';
import { readScoreChanges, scoreChangesMessage } from './score-change.js';
import { drugSafety, withSafety } from './safety-lines.js';
import { ITEM9_ANSWERS } from '../../src/clinical/calculators/start-back.js';
import { START_BACK } from '../../src/clinical/knowledge/instruments.js';

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

/**
 * A trial's length in clinicians' notation ("x 6/52", "for 3/12"): removed before the dose is read, so "dulox 30 x
 * 6/52" is 30 mg, not a strength of 6/52.
 */
const WEEKS_NOTATION = /\b(?:x|for) ?\d{1,2} ?\/ ?(?:52|12)\b/g;

/** The rows that ask whether a trial failed: answered with the trial the question describes, judged. */
export const TRIAL_ROWS: ReadonlySet<string> = new Set(['adequate-trial', 'trial-failure', 'trial-reported']);
/** The rows answered by the score changes said, worked out (score-change.ts). */
const SCORE_CHANGE_ROWS_ANSWERED: ReadonlySet<string> = new Set(['mcid', 'score-change', 'opioid-review-scores']);

/**
 * The answer of one intent rule (guideline-intents.ts), by name. `lower` is the question: the naloxone answer names
 * the risk factors it states for the patient.
 */
export function intentAnswer(name: string, lower?: string, receivedAt?: string): OutputMessage | undefined {
  const intent = GUIDELINE_INTENTS.find((i) => i.name === name);
  if (!intent) return undefined;
  // "duloxetine 60 x 2 wk - counts as failed?", "2/52 of pregabalin, no better - move on?": the trial judged by its
  // length and dose (a trial under 4 weeks is too short, never a failure)
  const judged =
    TRIAL_ROWS.has(name) && lower !== undefined && receivedAt !== undefined
      ? trialJudgementAnswer(lower, receivedAt)
      : undefined;
  if (judged) return judged;
  const stated = name === 'naloxone' && lower !== undefined ? naloxoneRiskStated(lower) : undefined;
  if (stated) return renderAnswer({ title: `Naloxone: offer it, ${stated}`, lines: entryLines(intent.ids) });
  // "dulox 30 x 6/52, counts as failed?": the stated dose's verdict leads the adequate-trial answer.
  const verdict =
    TRIAL_ROWS.has(name) && lower !== undefined
      ? findDrugs(lower.replace(WEEKS_NOTATION, ' '))
          .map(trialDoseVerdict)
          .find((v) => v !== undefined)
      : undefined;
  if (verdict) return renderAnswer({ title: verdict.title, lines: [verdict.line, ...entryLines(intent.ids)] });
  // "how many weeks before I can say duloxetine didn't work?": the adequate trial of the drug named, and what follows
  if (TRIAL_ROWS.has(name) && lower !== undefined) return adequateTrialMessage(lower);
  // "pain 7 to 4 - meaningful?", "pain from 8 to 5 but doing nothing more at home - a win?": the change worked out.
  const changes = SCORE_CHANGE_ROWS_ANSWERED.has(name) && lower !== undefined ? readScoreChanges(lower) : [];
  if (changes.length) return scoreChangesMessage(changes, lower ?? '');
  // "she said moderately - does that score?": the answer named, scored by the item 9 rule.
  const item9 =
    name === 'start-back-item9' && lower !== undefined ? ITEM9_ANSWERS.find((a) => lower.includes(a)) : undefined;
  if (item9) {
    const scores = (START_BACK.bothersomenessScoringAnswers as readonly string[]).includes(item9) ? 1 : 0;
    return renderAnswer({ title: `STarT Back item 9 "${item9}": scores ${scores}`, lines: entryLines(intent.ids) });
  }
  // "mindfulness or tai chi?", "rehab or CBT alone for a catastrophiser?": each therapy named, with its grade
  if (name === 'nondrug-choice' && lower !== undefined) return nondrugChoiceAnswer(lower, intent.ids);
  const back = intent.notRecommendedBack;
  const ids = back && lower !== undefined ? intent.ids.filter((id) => !back[id]?.test(lower)) : intent.ids;
  const answer = { title: intent.title, lines: entryLines(ids) };
  // an opioid row (a taper, a failed opioid, continuing one) asked with the patient's drugs: the safety checks every
  // drug answer carries (the benzodiazepine boxed warning, the label and this patient's caps, MME, naloxone)
  const opioidRow = intent.ids.some((id) => id.startsWith('opioid.'));
  return renderAnswer(
    opioidRow && lower !== undefined ? withSafety(answer, drugSafety(lower, findDrugs(lower))) : answer,
  );
}

/**
 * Non-drug therapies weighed for one patient: the title names each with the grade the guideline gives it, the lines are
 * each one's own (what it is, what it targets), the psychosocial pitfall when the patient's psychology is said, then
 * the closing ids (the moderate-quality therapies come before opioids).
 */
function nondrugChoiceAnswer(lower: string, closing: readonly string[]): OutputMessage {
  const named = nondrugChoices(lower);
  const grade = (entry: string): string => {
    const found = knowledge.find((e) => e.id === entry);
    const evidence = found && 'evidence' in found ? found.evidence : undefined;
    return evidence ? `${evidence}-quality evidence` : 'graded by the guideline';
  };
  const title = named.map((r) => `${r.label}: ${grade(r.entry)}`).join('; ');
  const ids = [
    ...named.map((r) => r.entry),
    ...(PSYCHOSOCIAL_SAID.test(lower) ? ['pitfall.psychosocial-factors'] : []),
    ...closing,
  ];
  return renderAnswer({ title: title.charAt(0).toUpperCase() + title.slice(1), lines: entryLines(ids) });
}

/** "He's on about 60 MME", "MME ~90", "120 MME/day": the daily MME a question states. Bounded pieces: linear. */
const STATED_MME = /\b(\d{1,4}(?:\.\d)?)\s?mme\b|\bmme(?:\/day)?\s?(?:of|=|:|is|~)?\s?(\d{1,4}(?:\.\d)?)\b/;
/** A denial just before a drug's name, in its clause ("no benzos", "not on any diazepam"); read on a short slice. */
const DENIED_BEFORE = /\b(?:no|not|never|without|denies|nor|off)\b[^.;,]{0,15}$/;
/** An opioid said by its class or by a daily MME (the naloxone question is about this patient's opioid). */
const OPIOID_SAID = /\bopioids?\b|\bopiates?\b|narcotics?|\bmme\b/;

/**
 * The naloxone risk factors a question states of its patient (clinical-reference.md section 4: >= 50 MME/day, a
 * benzodiazepine): "offer naloxone" with each one met named; undefined when it states none.
 */
function naloxoneRiskStated(lower: string): string | undefined {
  const found = findDrugs(lower);
  const opioid = OPIOID_SAID.test(lower) || found.some((m) => drugNames(m.drug).drugClass === 'opioid');
  if (!opioid) return undefined;
  const m = STATED_MME.exec(lower);
  const mme = m ? Number(m[1] ?? m[2]) : undefined;
  const classes: readonly string[] = NALOXONE_RISK.withDrugClasses;
  // each named as typed ("diazepam"), unless denied ("no benzos")
  const benzodiazepines = found
    .filter(
      (d) =>
        classes.includes(drugNames(d.drug).drugClass) &&
        !DENIED_BEFORE.test(lower.slice(Math.max(0, d.start - 20), d.start)),
    )
    .map((d) => d.matched);
  const reasons = naloxoneReasons({ mme, benzodiazepines });
  if (!reasons.length) return undefined;
  return `${reasons.length > 1 ? 'both risk factors present' : 'a risk factor present'} (${reasons.join('; ')})`;
}

/** The entries full-text retrieval found. */
export function searchAnswer(ids: readonly string[]): OutputMessage {
  return renderAnswer({ title: 'What the pathway says', lines: ids.map((id) => entryLine(id)) });
}

export function answerGuidelineQuestion(lower: string): OutputMessage | undefined {
  const intent = matchIntent(lower);
  if (intent) return intentAnswer(intent.name, lower);
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
