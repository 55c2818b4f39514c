import { z } from 'zod';
import { CONTENT_VERSION, knowledge } from '../src/clinical/knowledge/knowledge-base.js';
import type {
  AdaptiveCardJson,
  OutputMessage,
  OutputMeta,
  SuggestedAction,
  TurnInput,
  TurnOutput,
} from './turn-types.js';

/**
 * "Helpful" / "Report a problem" under each quick answer and each plan (issue 15). Card buttons, not Teams' AI
 * feedback loop: that loop (channelData.feedbackLoopEnabled, answered by a `message/submitAction` invoke) belongs to
 * messages labelled AI-generated, and this bot's answers are rule-based and say so (src/teams/render.ts puts no AI
 * label); its default dialog also asks for free text, which would invite case details. A press stores what the
 * answer was built from (route, cited knowledge entry ids, content version), the reason, the time and the scope:
 * never the question, the case or any text the clinician wrote.
 */

/** Why an answer was reported; shown as choices after "Report a problem". */
export const FEEDBACK_REASONS = [
  { id: 'wrong-dose-or-rule', title: 'Wrong dose or rule' },
  { id: 'missing-safety-note', title: 'Missing safety note' },
  { id: 'misunderstood', title: 'Misunderstood my question' },
  { id: 'too-long', title: 'Too long' },
  { id: 'other', title: 'Other' },
] as const;
export type FeedbackReasonId = (typeof FEEDBACK_REASONS)[number]['id'];
const REASON_IDS = FEEDBACK_REASONS.map((r) => r.id) as [FeedbackReasonId, ...FeedbackReasonId[]];

/**
 * The routes whose answer offers feedback, each with a text (after `given`, in the same conversation) it answers;
 * test/walkthrough/feedback-routes.test.ts replays every example. Other replies (help, "did you mean", the
 * walk-through's questions and updates) offer none.
 */
export interface FeedbackRoute {
  route: string;
  example: string;
  given?: readonly string[];
}

export const PLAN_ROUTE = 'walkthrough-plan';

export const FEEDBACK_ROUTES: readonly FeedbackRoute[] = [
  { route: 'answers.drug', example: 'duloxetine dose?' },
  { route: 'answers.guideline', example: 'when to refer?' },
  { route: 'answers.calculator', example: 'MME oxycodone 5 q6h' },
  { route: 'answers.sources', example: 'what are your sources?' },
  { route: 'answers.red-flags', example: 'what are the red flags?' },
  { route: 'answers.unknown-drug', example: 'topiramate dose' },
  {
    route: PLAN_ROUTE,
    example: 'plan',
    given: ['58F chronic low back pain 9 months, naproxen 500 bid 8 weeks no relief, no red flags'],
  },
];

const FEEDBACK_ROUTE_NAMES = new Set(FEEDBACK_ROUTES.map((r) => r.route));

export function offersFeedback(meta: OutputMeta | undefined): boolean {
  return meta !== undefined && FEEDBACK_ROUTE_NAMES.has(meta.route);
}

const MAX_IDS = 30;
const routeName = z.string().regex(/^[a-z][a-z0-9.:-]{0,63}$/);
const entryId = z.string().regex(/^[A-Za-z0-9._:-]{1,80}$/);

/** What a feedback button carries (Action.Submit data). Anything else is not a feedback press. */
export const feedbackValueSchema = z.object({
  command: z.literal('feedback'),
  rating: z.enum(['helpful', 'problem']),
  reason: z.enum(REASON_IDS).optional(),
  route: routeName,
  ids: z.array(entryId).max(MAX_IDS).default([]),
  /** The content version the answer was given with. */
  v: z.string().regex(/^[0-9A-Za-z.-]{1,40}$/),
});
export type FeedbackValue = z.infer<typeof feedbackValueSchema>;

/** One stored report (src/storage/feedback-store.ts keeps the same shape): no text of the question or the case. */
export interface FeedbackReport {
  route: string;
  ids: string[];
  contentVersion: string;
  rating: 'helpful' | 'problem';
  reason?: FeedbackReasonId;
  at: string;
  scope: TurnInput['scope'];
}

type Data = Omit<FeedbackValue, 'rating' | 'reason'>;

const submit = (title: string, data: Record<string, unknown>) => ({ type: 'Action.Submit', title, data });

function reasonActions(base: Data): Record<string, unknown>[] {
  return FEEDBACK_REASONS.map((r) => submit(r.title, { ...base, rating: 'problem', reason: r.id }));
}

/** Helpful, and Report a problem opening the reasons in place (a host without ShowCard asks them in a reply). */
export function feedbackActions(meta: OutputMeta): Record<string, unknown>[] {
  const base: Data = {
    command: 'feedback',
    route: meta.route,
    ids: (meta.ids ?? []).slice(0, MAX_IDS),
    v: CONTENT_VERSION,
  };
  return [
    submit('Helpful', { ...base, rating: 'helpful' }),
    {
      type: 'Action.ShowCard',
      title: 'Report a problem',
      card: {
        type: 'AdaptiveCard',
        body: [{ type: 'TextBlock', text: 'What was wrong with this answer?', wrap: true, weight: 'Bolder' }],
        actions: reasonActions(base),
      },
      fallback: submit('Report a problem', { ...base, rating: 'problem' }),
    },
  ];
}

/**
 * A card of a text message, one TextBlock a line (a blank line starts a new paragraph), with `actions`: for a
 * message that had none (a plan, a plain reply whose suggested actions cannot work in a group chat).
 */
export function textCard(text: string, actions: Record<string, unknown>[] = []): AdaptiveCardJson {
  const body: Record<string, unknown>[] = [];
  for (const [p, paragraph] of text.split(/\n\n/).entries()) {
    for (const [i, line] of paragraph.split('\n').entries()) {
      if (!line.trim()) continue;
      body.push({ type: 'TextBlock', text: line, wrap: true, spacing: i ? 'None' : p ? 'Medium' : 'Default' });
    }
  }
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    body,
    ...(actions.length ? { actions } : {}),
  };
}

/** Suggested actions as card buttons that send the same words (Action.Submit "say"). */
export function sayActions(actions: readonly SuggestedAction[]): Record<string, unknown>[] {
  return actions.map((a) => submit(a.title, { command: 'say', text: a.value }));
}

/** The message with feedback buttons under it, when its route offers feedback; else the message itself. */
export function withFeedback(message: OutputMessage): OutputMessage {
  if (!offersFeedback(message.meta)) return message;
  const actions = feedbackActions(message.meta!);
  const card: AdaptiveCardJson = message.card
    ? { ...message.card, actions: [...((message.card.actions as unknown[] | undefined) ?? []), ...actions] }
    : textCard(message.text, [...sayActions(message.suggestedActions ?? []), ...actions]);
  return { ...message, card };
}

/** Two adjacent characters of a text as a number below 2^16 (different pairs may share one). */
const pairKey = (text: string, i: number): number => ((text.charCodeAt(i) << 8) ^ text.charCodeAt(i + 1)) & 0xffff;

/**
 * The entries citedIds looks for (texts of 20 characters or more), in knowledge order, each with the key of its
 * pair of adjacent characters that the fewest entries share: a message without that pair cannot hold the entry.
 */
const CITABLE: readonly { id: string; text: string; pair: number }[] = (() => {
  const entries = knowledge.filter((e) => e.text.length >= 20);
  const keysOf = (text: string) => new Set(Array.from({ length: text.length - 1 }, (_, i) => pairKey(text, i)));
  const sharedBy = new Map<number, number>();
  for (const e of entries) for (const k of keysOf(e.text)) sharedBy.set(k, (sharedBy.get(k) ?? 0) + 1);
  return entries.map((e) => {
    const keys = [...keysOf(e.text)];
    const pair = keys.reduce((best, k) => (sharedBy.get(k)! < sharedBy.get(best)! ? k : best), keys[0]!);
    return { id: e.id, text: e.text, pair };
  });
})();

/** The pairs in the message being read: `pairsSeen[key] === reading` (a counter, so nothing is cleared between). */
const pairsSeen = new Uint32Array(1 << 16);
let reading = 0;

/**
 * Knowledge entries a message cites, found by their text in the message (answers and plans show an entry's text
 * whole). A stop-gap until the answers set `meta.ids` where they pick the entries. Every answer is searched for
 * every entry, so the message's character pairs are noted first (one pass) and only the entries whose rarest pair
 * is there are searched for (a handful instead of all of them).
 */
export function citedIds(text: string): string[] {
  reading = (reading + 1) >>> 0 || 1;
  if (reading === 1) pairsSeen.fill(0);
  for (let i = 0; i + 1 < text.length; i++) pairsSeen[pairKey(text, i)] = reading;
  const ids: string[] = [];
  for (const entry of CITABLE) {
    if (pairsSeen[entry.pair] === reading && text.includes(entry.text)) ids.push(entry.id);
    if (ids.length === MAX_IDS) break;
  }
  return ids;
}

const reasonTitle = (id: FeedbackReasonId) => FEEDBACK_REASONS.find((r) => r.id === id)!.title;

const STORED_WHAT =
  'Stored for the content reviewers: which answer it was, the guideline entries it cited and the content version; never your question or case.';

/**
 * A feedback press as a turn: "Report a problem" without a reason asks for one (a card of reasons); a rating or a
 * reason gives the report to store and a thank-you. Undefined when the turn is not a feedback press.
 */
export function feedbackTurn(input: TurnInput): { output: TurnOutput; report?: FeedbackReport } | undefined {
  if (input.text.trim() || input.value === undefined) return undefined;
  const parsed = feedbackValueSchema.safeParse(input.value);
  if (!parsed.success) return undefined;
  const { rating, reason, route, ids, v } = parsed.data;
  if (rating === 'problem' && !reason) {
    const ask = 'What was wrong with that answer?';
    const card = textCard(ask, reasonActions({ command: 'feedback', route, ids, v }));
    return { output: { messages: [{ text: `${ask} ${FEEDBACK_REASONS.map((r) => r.title).join(' / ')}.`, card }] } };
  }
  const report: FeedbackReport = {
    route,
    ids,
    contentVersion: v,
    rating,
    ...(reason ? { reason } : {}),
    at: input.receivedAt,
    scope: input.scope,
  };
  const thanks = reason ? `Thank you: reported as "${reasonTitle(reason)}".` : 'Thank you: noted as helpful.';
  return { output: { messages: [{ text: `${thanks} ${STORED_WHAT}` }] }, report };
}

/** Said when a report could not be stored (no store configured, or the store failed). */
export const FEEDBACK_NOT_SAVED = 'Thank you, but that feedback could not be saved just now; please try again later.';
