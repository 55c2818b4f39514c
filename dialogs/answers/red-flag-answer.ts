import { withLeadLines } from './lead-lines.js';
import { SEROTONIN_CUES } from '../../src/clinical/language/concepts.js';
import { extractCaseFacts, mayNameRedFlags } from '../../src/clinical/language/index.js';
import {
  mostUrgent,
  RED_FLAG_LEVELS,
  redFlagGroups,
  redFlagGroupsOf,
  redFlagHeadline,
} from '../../src/clinical/knowledge/red-flags.js';
import { serotoninToxicitySuspected } from '../../machines/case-guards.js';
import { emptyFacts } from '../../src/clinical/case/case-facts.js';
import type { OutputMessage } from '../turn-types.js';
import { renderAnswer } from './answer-message.js';
import { matchIntent } from './guideline-intents.js';
import { interactionLines } from './interactions.js';
import { entryLines } from './knowledge-lines.js';
import type { DrugMention } from './ports.js';

/**
 * Red-flag questions (clinical-reference.md section 6): the headline states the level of urgency. A question
 * naming signs ("is night pain a red flag?") gets their groups and the most urgent of their levels; a general one
 * ("what are the red flags?") gets both levels, emergency first.
 */
export function isRedFlagQuestion(lower: string): boolean {
  return matchIntent(lower)?.route === 'red-flags';
}

/**
 * A question that names red-flag signs ("IVDU, now febrile - same day?", "numb groin and can't pee") or asks whether
 * the patient has them ("is she losing weight?"), read as the case reader reads them (negations, family history and
 * safety-netting advice are not signs). The turn's other routes share the reading (extractCaseFacts is read once per
 * turn).
 */
export function namesRedFlagSigns(text: string, receivedAt: string): boolean {
  return mayNameRedFlags(text) && signsNamed(extractCaseFacts(text, receivedAt)).length > 0;
}

/** The red flags said, else those asked about: a question whether a sign is there is answered with its level. */
const signsNamed = (ex: ReturnType<typeof extractCaseFacts>) =>
  ex.patch.redFlags?.length ? ex.patch.redFlags : (ex.askedRedFlags ?? []);

/**
 * The fixed date harmMessage reads the text with (the date only matters for durations; the medications it reads may
 * depend on them, so it keeps its own reading rather than the turn's).
 */
const EPOCH = '1970-01-01T00:00:00.000Z';

/**
 * A question about doing the red-flag screen ("what questions rule out red flags?", "haven't screened yet, what do I
 * ask?"): the signs to ask about come first (redflag.screen-not-completed). Each example must be read
 * (test/answers/topic-over-drug.test.ts).
 */
export const SCREEN_QUESTION = {
  pattern:
    /\bscreen(?:ing|ed)?\b|\bwhat (?:do|should|must) i (?:need to )?ask\b|\bwhat to ask\b|\bquestions?\b|\brule (?:out|them out)\b|\bwhat (?:do|should) i check\b/,
  examples: [
    'red flag screening questions?',
    'what do I need to ask to exclude red flags?',
    'how do I rule out red flags',
  ],
} as const;

/** A checklist item's words after the sign ("bladder question answered"): the sign alone is named. */
const CHECKLIST_WORD = / (?:question|q|answered|is|was)\b/;
/** The words before the first checklist word (a cut, not a `.*$` pattern: linear). */
const signWords = (words: string): string => {
  const m = CHECKLIST_WORD.exec(words);
  return m ? words.slice(0, m.index) : words;
};

/**
 * The signs a screen left unanswered ("not sure about bladder", "didn't get to ask about saddle numbness"), named with
 * their group under the title `title` gives, else undefined: the screen is not completed (reference section 6).
 */
function screenGapMessage(
  ex: ReturnType<typeof extractCaseFacts>,
  title: (check: string, groups: string) => string,
): OutputMessage | undefined {
  const unsure = ex.patch.redFlagScreen === 'unknown' ? (ex.unknownRedFlags ?? []) : [];
  if (!unsure.length) return undefined;
  const check = [...new Set(unsure.map((u) => signWords(u.words)))].join(', ');
  const unsureGroups = redFlagGroupsOf([...new Set(unsure.map((u) => u.id))]);
  return renderAnswer({
    title: title(check, unsureGroups.map((g) => g.suspected.toLowerCase()).join(', ')),
    lines: entryLines([
      'redflag.screen-not-completed',
      ...unsureGroups.map((g) => g.knowledgeId),
      'redflag.urgent-evaluation',
    ]),
  });
}

/**
 * A drug asked with a screen not completed ("didn't get to ask about bladder or saddle numbness, rest fine, ok to
 * start naproxen?"): not yet, those questions first; the drug's answer follows it. Undefined when the text leaves no
 * sign unanswered.
 */
export function screenGapBeforeDrug(text: string, receivedAt: string): OutputMessage | undefined {
  if (!mayNameRedFlags(text)) return undefined;
  const ex = extractCaseFacts(text, receivedAt);
  if (ex.patch.redFlags?.length) return undefined;
  return screenGapMessage(
    ex,
    (check, groups) =>
      `Not yet: first complete the red-flag screen: check ${check} (${groups}); the drug answer follows`,
  );
}

/**
 * The answer to a red-flag question. The signs named are read with the turn's date (`receivedAt`), so the reading is
 * the one the turn's other routes share; red flags and the screen never depend on the date.
 */
export function redFlagMessage(text: string, receivedAt: string): OutputMessage {
  const ex = extractCaseFacts(text, receivedAt);
  const patch = ex.patch;
  const named = signsNamed(ex);
  const groups = redFlagGroupsOf(named);
  if (!groups.length) {
    const ordered = (['emergency', 'prompt'] as const).flatMap((level) =>
      redFlagGroups.filter((g) => g.urgency === level),
    );
    const screen = patch.redFlagScreen === 'no' || SCREEN_QUESTION.pattern.test(text.toLowerCase());
    // A sign answered "not sure" ("bladder question answered 'not sure'"): the screen is not completed; name what to
    // check first, with its group, so it is not charted as negative.
    const gap = screenGapMessage(
      ex,
      (check, groups) => `Red-flag screen not completed: check ${check} (${groups}) before charting it negative`,
    );
    if (gap) return gap;
    return renderAnswer({
      title: screen
        ? 'Red-flag screen: ask about these before going on'
        : `Red flags: ${RED_FLAG_LEVELS.emergency.phrase}, or ${RED_FLAG_LEVELS.prompt.phrase}`,
      lines: entryLines([
        ...(screen ? ['redflag.screen-not-completed'] : []),
        'redflag.urgent-evaluation',
        ...ordered.map((g) => g.knowledgeId),
      ]),
    });
  }
  const level = mostUrgent(groups)!;
  const first = groups.find((g) => g.urgency === level)!;
  const others = groups.filter((g) => g !== first);
  const message = renderAnswer({
    title: `Suspected ${[first, ...others].map((g) => g.suspected.toLowerCase()).join(' and ')}: ${redFlagHeadline(named)}`,
    lines: entryLines([first, ...others].map((g) => g.knowledgeId)),
  });
  return KNOWN_CANCER_PAIN.test(text.toLowerCase()) ? withLeadLines(message, [CANCER_PAIN_SCOPE]) : message;
}

/**
 * Pain from a known cancer or metastases ("bone mets from prostate cancer", "metastatic disease", "his cancer pain"),
 * not a history of cancer as a red flag ("breast cancer 10 years ago, now LBP"): outside the pathway's population.
 * Example and counter-example: test/answers/nondrug-choice-scope-qg21.test.ts.
 */
const KNOWN_CANCER_PAIN =
  /\b(?:mets|metastas[ei]s|metastatic|cancer[- ]related pain|cancer pain|malignant (?:pain|disease))\b|\bpain from (?:his |her |their |the )?(?:cancer|tumou?r|malignancy)\b|\b(?:active|current|ongoing) (?:cancer|malignancy)\b/;
export const CANCER_PAIN_SCOPE =
  'Known cancer or metastases: pain from cancer is outside this pathway, which is for chronic low back pain after initial medications fail; neither source gives a cancer-pain treatment. The red flag needs prompt evaluation.';

/** The language layer's serotonin signs (fever among them), without the global flag so that `test` keeps no state. */
const SIGN_WORDS = [...SEROTONIN_CUES.map((c) => c.re), /\b(?:fevers?|febrile|pyrexi|hyperthermi)/].map(
  (re) => new RegExp(re.source),
);

/**
 * Signs of serotonin toxicity said with the serotonergic drug that causes them ("on tramadol and sertraline, now
 * sweating and tremulous?", "clonus on duloxetine?"): the same rule as a case (machines/case-guards.ts: clonus, or two
 * other signs, with a serotonergic drug), a drug named in the question counted as taken unless said stopped. The
 * listed interactions among the drugs named follow. Undefined when the signs are not enough.
 */
export function harmMessage(text: string, mentions: readonly DrugMention[]): OutputMessage | undefined {
  // Read the whole text only when a sign's word is there (most drug questions name none).
  const lower = text.toLowerCase();
  if (!SIGN_WORDS.some((re) => re.test(lower))) return undefined;
  const patch = extractCaseFacts(text, EPOCH).patch;
  if (!patch.serotoninSigns?.length) return undefined;
  const medications = (patch.medications ?? []).map((m) => (m.outcome ? m : { ...m, outcome: 'current' as const }));
  if (!serotoninToxicitySuspected({ ...emptyFacts(), ...patch, medications })) return undefined;
  return renderAnswer({
    title: 'Possible serotonin toxicity: pause the pathway; same-day assessment',
    lines: [...entryLines(['harm.serotonin-toxicity']), ...interactionLines([...new Set(mentions.map((m) => m.drug))])],
  });
}
