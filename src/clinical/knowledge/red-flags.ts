import { referenceOf, type KnowledgeEntryInput } from './entry-schema.js';
import { SOURCE } from './source-names.js';

/** Red flags stop the pathway and lead to evaluation at one of two levels (clinical-reference.md section 6). */
export type RedFlagGroupId = 'cauda-equina' | 'cancer' | 'infection' | 'fracture' | 'progressive-neuro-deficit';

/** The reference's two levels of urgency, most urgent first. */
export type RedFlagUrgency = 'emergency' | 'prompt';

export interface RedFlagLevel {
  /** The level as a headline ("Emergency: same-day assessment"). */
  headline: string;
  /** The level inside a sentence ("emergency, same-day assessment"). */
  phrase: string;
}

export const RED_FLAG_LEVELS: Readonly<Record<RedFlagUrgency, RedFlagLevel>> = Object.freeze({
  emergency: { headline: 'Emergency: same-day assessment', phrase: 'emergency, same-day assessment' },
  prompt: {
    headline: 'Prompt evaluation before going on with the pathway',
    phrase: 'prompt evaluation before going on with the pathway',
  },
});

export interface RedFlagGroup {
  readonly id: RedFlagGroupId;
  readonly knowledgeId: string;
  readonly suspected: string;
  /** The reference's signs, verbatim. */
  readonly signs: readonly string[];
  /** The reference's urgency level for this group. */
  readonly urgency: RedFlagUrgency;
  /** The reference's urgency column for this group, verbatim. */
  readonly urgencyText: string;
  /** What to ask when the screen was not completed: the signs in a few words. */
  readonly ask: string;
  /** Extra retrieval words (lower case), where a sign joins several ("fever with IV drug use, ..."). */
  readonly keywords?: readonly string[];
  /** Questions clinicians ask about this group, in their own words (entry-schema.ts, askedSchema). */
  readonly asked: readonly string[];
}

export const RED_FLAG_SOURCE = `${SOURCE.ahcpr1994}; ${SOURCE.acrLowBackPain}`;

/** clinical-reference.md section 6, in its order: the emergency groups first. */
export const redFlagGroups: readonly RedFlagGroup[] = Object.freeze([
  {
    id: 'cauda-equina',
    knowledgeId: 'redflag.cauda-equina',
    suspected: 'Cauda equina syndrome',
    signs: [
      'saddle anaesthesia',
      'new urinary retention or incontinence',
      'faecal incontinence',
      'bilateral or progressive leg weakness',
    ],
    urgency: 'emergency',
    urgencyText: 'emergency: same-day assessment',
    ask: 'saddle anaesthesia, new bladder or bowel changes, bilateral leg weakness',
    asked: [
      'saddle anaesthesia with back pain?',
      'new urinary retention and back pain - what do I do?',
      'Is bilateral leg weakness a red flag?',
      'cauda equina signs?',
    ],
  },
  {
    id: 'progressive-neuro-deficit',
    knowledgeId: 'redflag.progressive-neuro-deficit',
    suspected: 'Progressive neurological deficit',
    signs: ['worsening weakness', 'new foot drop'],
    urgency: 'emergency',
    urgencyText: 'emergency: same-day assessment',
    ask: 'worsening weakness or new foot drop',
    asked: [
      'new foot drop with back pain?',
      'worsening leg weakness, how urgent?',
      "pt's weakness getting worse over days, red flag?",
    ],
  },
  {
    id: 'infection',
    knowledgeId: 'redflag.infection',
    suspected: 'Infection',
    signs: ['fever with IV drug use, immunosuppression or a recent bacterial infection'],
    urgency: 'emergency',
    urgencyText: 'emergency: same-day assessment',
    ask: 'fever with IV drug use, immunosuppression or a recent infection',
    keywords: ['fever', 'iv drug use', 'immunosuppression', 'recent bacterial infection'],
    asked: [
      'back pain and fever in an IV drug user?',
      'immunosuppressed pt with back pain and a temp, urgent?',
      'Back pain with fever after a recent infection: red flag?',
    ],
  },
  {
    id: 'cancer',
    knowledgeId: 'redflag.cancer',
    suspected: 'Cancer',
    signs: ['history of cancer', 'unexplained weight loss', 'age > 50 with no improvement', 'night pain'],
    urgency: 'prompt',
    urgencyText: 'prompt evaluation (imaging and tests per ACR) before going on with the pathway',
    ask: 'cancer history, weight loss, night pain',
    asked: [
      'history of cancer and new back pain?',
      'is night pain a red flag?',
      'unexplained weight loss with back pain - what to do?',
    ],
  },
  {
    id: 'fracture',
    knowledgeId: 'redflag.fracture',
    suspected: 'Fracture',
    signs: ['significant trauma', 'osteoporosis', 'long-term corticosteroids', 'older age with minor trauma'],
    urgency: 'prompt',
    urgencyText: 'prompt evaluation before going on; emergency if there is a neurological deficit',
    ask: 'trauma, osteoporosis, long-term steroids',
    asked: [
      'back pain after a fall in someone with osteoporosis?',
      'on long term steroids with sudden back pain, fracture?',
      'elderly pt minor trauma back pain, red flag?',
    ],
  },
]);

const URGENCY_ORDER: readonly RedFlagUrgency[] = ['emergency', 'prompt'];

/** The most urgent level among these groups (undefined for none). */
export function mostUrgent(groups: readonly Pick<RedFlagGroup, 'urgency'>[]): RedFlagUrgency | undefined {
  return URGENCY_ORDER.find((level) => groups.some((g) => g.urgency === level));
}

/** The groups named by knowledge ids or group ids ("redflag.cancer", "cancer"), in the reference's order. */
export function redFlagGroupsOf(ids: readonly string[]): RedFlagGroup[] {
  return redFlagGroups.filter((g) => ids.includes(g.id) || ids.includes(g.knowledgeId));
}

/**
 * The headline of a case or answer with these red flags: the most urgent level among them; with a red flag said
 * but not named, both levels (which one applies depends on the flag).
 */
export function redFlagHeadline(ids: readonly string[]): string {
  const level = mostUrgent(redFlagGroupsOf(ids));
  return level
    ? RED_FLAG_LEVELS[level].phrase
    : `red flag present (say which): ${RED_FLAG_LEVELS.emergency.phrase} or ${RED_FLAG_LEVELS.prompt.phrase}, by the flag`;
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const names = (level: RedFlagUrgency) =>
  redFlagGroups
    .filter((g) => g.urgency === level)
    .map((g) => g.suspected.toLowerCase())
    .join(', ');

const redFlag = referenceOf('red-flag');

export const redFlagEntries: KnowledgeEntryInput[] = [
  redFlag({
    id: 'redflag.urgent-evaluation',
    text: `Red flags take the patient off the chronic pain pathway. ${capitalised(RED_FLAG_LEVELS.emergency.phrase)}: ${names('emergency')}. ${capitalised(RED_FLAG_LEVELS.prompt.phrase)}: ${names('prompt')}; a fracture with a neurological deficit is an emergency.`,
    source: RED_FLAG_SOURCE,
    topics: ['red flag', 'urgent', 'emergency', 'same-day', 'prompt evaluation', 'evaluation'],
    asked: [
      'What are the red flags for back pain?',
      'red flags?',
      'which back pain red flags need same-day assessment?',
    ],
  }),
  redFlag({
    id: 'redflag.screen-not-completed',
    text: `Red-flag screen not completed: ask about ${redFlagGroups.map((g) => g.ask).join('; ')} before going on.`,
    source: RED_FLAG_SOURCE,
    topics: ['red flag', 'screen', 'not sure', 'not completed'],
    see: ['redflag.urgent-evaluation'],
    asked: [
      "Haven't done a red flag screen yet, what do I need to ask?",
      'what questions to rule out red flags',
      'red flag screening questions for back pain?',
    ],
  }),
  ...redFlagGroups.map((group) =>
    redFlag({
      id: group.knowledgeId,
      text: `Suspected ${group.suspected.toLowerCase()}: ${group.signs.join(', ')}. ${capitalised(group.urgencyText)}.`,
      source: RED_FLAG_SOURCE,
      topics: [
        'red flag',
        group.suspected.toLowerCase(),
        group.urgency === 'emergency' ? 'emergency' : 'prompt evaluation',
        ...group.signs.map((s) => s.toLowerCase()),
        ...(group.keywords ?? []),
      ],
      see: ['redflag.urgent-evaluation'],
      asked: [...group.asked],
    }),
  ),
];
