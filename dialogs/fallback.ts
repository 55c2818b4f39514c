import { redFlagMessage } from './answers/red-flag-answer.js';
import { helpMessage } from './help.js';
import type { RouteContext, RouteResult } from './route.js';
import type { OutputMessage } from './turn-types.js';
import { patchSaysSomething } from './walkthrough/merge-facts.js';
import { parseCommand } from './walkthrough/commands.js';
import { extraction } from './walkthrough/read-text.js';

/**
 * What the bot says when nothing else answered (issue 14, no dead ends): small talk gets a short reply; a statement
 * of patient facts with no case open ("denies numbness or weakness in the legs") is offered as the start of a case
 * (with the red-flag answer first when it names one); only text with neither gets the generic help. Each row
 * carries the example its test reads (test/answers/fallback.test.ts).
 */
interface SmallTalk {
  example: string;
  re: RegExp;
  reply: string;
}

export const SMALL_TALK: readonly SmallTalk[] = [
  {
    example: 'thanks!',
    re: /^(?:many )?(?:thanks?|thank you|thx|ty|cheers|ta)(?: (?:so|very) much| a lot| again)?(?:,? (?:that'?s|very) (?:great|helpful|useful))?[.! ]*$/,
    reply: "You're welcome.",
  },
  {
    example: 'great, that helps',
    re: /^(?:great|perfect|brilliant|excellent|super|lovely|nice|cool|got it|understood|makes sense|that helps|helpful)(?:,? (?:that|this) (?:helps|is helpful|makes sense))?[.! ]*$/,
    reply: 'Glad it helps.',
  },
  {
    example: 'bye',
    re: /^(?:bye|goodbye|see you|see ya|that'?s all|all done|done for now)[.! ]*$/,
    reply: 'Bye for now. Say "forget all" at any time to delete what this conversation stored.',
  },
];

export const isSmallTalk = (lower: string): boolean => SMALL_TALK.some((s) => s.re.test(lower));

const MAX_FRAGMENT_CHARS = 300;
/**
 * A medicine asked about ("eGFR 25, can I give metformin?", "ok to prescribe X with CrCl 20?"): a question, not a
 * fragment of a case; when the pathway does not cover it, "not covered" stands (a bare "eGFR 25" or "crcl 20,
 * continue?" is still offered as a case).
 */
const MEDICINE_ASKED =
  /\b(?:can|could|should|may|do|would) (?:i|we|you|she|he|they) (?:give|start|use|prescribe|add|try|take|have)\b|\b(?:ok|okay|safe|fine|alright) to (?:give|start|use|prescribe|add|try|take)\b|\bprescrib(?:e|ing)\b/;

export function fallbackReply(ctx: RouteContext): RouteResult {
  const small = SMALL_TALK.find((s) => s.re.test(ctx.lower));
  if (small) return { state: ctx.state, output: { messages: [{ text: small.reply }] } };
  const asked = askForCase(ctx) ?? caseFragmentOffer(ctx);
  if (asked) return asked;
  return {
    state: ctx.state,
    output: { messages: [helpMessage("I didn't recognise that as a question I can answer. Here is what I can do:")] },
  };
}

/**
 * Patient facts with no case open and nothing else answered ("eGFR 22", "crcl 20, continue?" after a quick answer,
 * which the bot does not keep): offered as the start of a case; a kidney figure also says how to ask a dose check
 * with it. Undefined when a case is open or the text states no patient fact.
 */
export function caseFragmentOffer(ctx: RouteContext): RouteResult | undefined {
  if (ctx.state.activeCase !== undefined || ctx.text.length > MAX_FRAGMENT_CHARS || MEDICINE_ASKED.test(ctx.lower))
    return undefined;
  const patch = extraction(ctx.text, ctx.input.receivedAt).patch;
  if (!patchSaysSomething(patch)) return undefined;
  const dose = patch.renal
    ? ' For a dose check, give the medicine with its dose and how often beside the kidney figure, e.g. "tramadol 50 mg qds, CrCl 20: ok?".'
    : '';
  const offer: OutputMessage = {
    text: `That reads like part of a case. Start a case from it, or paste the whole case (age, how long, medicines tried with dose and result, red flags) and your question.${dose}`,
    suggestedActions: [
      { title: 'Start a case from this', value: `new case ${ctx.text}` },
      { title: 'Help', value: 'help' },
    ],
  };
  const flagged = (patch.redFlags?.length ?? 0) > 0;
  return {
    state: ctx.state,
    output: { messages: [...(flagged ? [redFlagMessage(ctx.text, ctx.input.receivedAt)] : []), offer] },
  };
}

/**
 * "thoughts?", "what would you suggest" with no case open: a plan needs a case, so the bot asks for one (used here
 * and by router.ts when the guideline answer would only say "not covered").
 */
export function askForCase(ctx: RouteContext): RouteResult | undefined {
  if (ctx.state.activeCase !== undefined || parseCommand(ctx.lower, undefined, false, true)?.kind !== 'plan')
    return undefined;
  return { state: ctx.state, output: { messages: [NEXT_STEP_ASK] } };
}

/**
 * "next step", "what next?", "thoughts?" with no case and nothing known: what has been tried is asked, with choices
 * as buttons (each posts a question the answers take), never only "no case is open".
 */
export const NEXT_STEP_ASK: OutputMessage = {
  text: 'The next step depends on what has been tried. What has the patient had so far? Tap one, or tell me: age, how long the pain has lasted, the medicines tried (dose, how long, result), non-drug therapy, red flags.',
  suggestedActions: [
    { title: 'Initial medications failed', value: 'what to try when initial medications fail?' },
    { title: 'Naproxen failed (6 weeks)', value: 'failed naproxen 500 bd 6 weeks, what next?' },
    { title: 'Start a case', value: 'new case' },
  ],
};
