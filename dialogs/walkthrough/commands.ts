import { stripTrailing } from '../../src/clinical/language/normalize.js';
import type { CardValue, CaseCommand } from '../card-value.js';

export type Command =
  | { kind: Exclude<CaseCommand, 'switch' | 'forget'> }
  | { kind: 'forget'; label?: string }
  | { kind: 'switch'; label: string }
  | { kind: 'label'; label: string }
  | { kind: 'new'; rest: string };

/** Typed words for each command; whole-message matches only, so questions such as "why avoid steroids?" go on to the answers. */
const WORDS: [Exclude<CaseCommand, 'switch' | 'confirm' | 'cancel'>, RegExp][] = [
  ['why', /^(why|why this|why that|why so|explain|reasoning)$/],
  ['back', /^(back|undo|go back|undo that)$/],
  ['skip', /^(skip|skip it|skip this|skip that|skip question|next question|pass)$/],
  ['plan', /^(plan|the plan|what next|what now|what'?s next|next steps?|summary|summarize|summarise|status)$/],
  ['note', /^(note|chart note|notes|write (a |the )?note|note for (the )?chart)$/],
  ['restart', /^(restart|start over|start again|reset)( (the |this )?case)?$/],
  ['forget-all', /^(forget|delete) (all|everything|all cases)$/],
  ['forget', /^(forget|delete)( (this|the) case| it| case)?$/],
  ['help', /^(help|commands|\?)$/],
  ['cases', /^(cases|list cases|my cases|show cases|list)$/],
];

const clean = (lower: string) => stripTrailing(lower, '.!?').trim();

const CONFIRM = /^(yes|y|yep|confirm|ok|okay|yes,? (forget|delete)( it| all)?|delete|forget)$/;
const CANCEL = /^(no|n|nope|cancel|keep|keep it|don'?t)$/;
const FORGET_CASE = /^(?:forget|delete) case ([a-z][a-z0-9-]{0,11})$/;
const SWITCH = /^(?:switch to|go to|open|resume|back to)? ?case ([a-z][a-z0-9-]{0,11})$/;
const LABEL =
  /^(?:(?:label|rename)(?: this| the)?(?: case)?(?: as| to)?|call (?:this|the|it)(?: case)?(?: as)?) ["']?([^"']+?)["']?$/;
/**
 * Openers that start a new case, with the description after them ("Starting a case: 58F ... Plan?", "new case:
 * ..."). Tried at the start of the message; each row reads its example (test/walkthrough/what-next.test.ts).
 */
export const CASE_OPENERS: readonly { example: string; re: RegExp }[] = [
  { example: 'new case: 58F chronic LBP 6/12', re: /^(?:new|another|next) (?:case|patient|pt)\b/ },
  {
    example: 'Starting a case: 62M LBP 1 yr, failed naproxen. Plan?',
    re: /^(?:(?:let'?s|can we|i'?d like to|i want to|i'?m going to|please) )?(?:start|starting|open|opening|begin|beginning)(?: a| the| this| another| my)?(?: new)? (?:case|patient)\b/,
  },
  { example: 'walk me through a patient', re: /^walk me through (?:a |this |another |my )?(?:patient|case)\b/ },
  { example: 'case: 70F LBP x 2 yrs', re: /^(?:new )?case\s?:/ },
  {
    example: "here's a case: 45M sciatica 3/12",
    re: /^(?:here'?s|here is|i have|i'?ve got|i have got) (?:a|another|one more|a new) case\b/,
  },
];
const OPENER_TAIL = /^[\s.:,!-]*/;

/** The opener a message starts with, and the description after it. */
function caseOpener(lower: string): { rest: string } | undefined {
  for (const row of CASE_OPENERS) {
    const m = row.re.exec(lower);
    if (!m) continue;
    const after = lower.slice(m[0].length);
    return { rest: after.slice(OPENER_TAIL.exec(after)?.[0].length ?? 0).trim() };
  }
  return undefined;
}

/**
 * "What next" in any wording, with a case open: the plan. Each row is the core of a whole-message phrasing, with an
 * example it must read (test/walkthrough/what-next.test.ts); a lead word ("ok,", "so") and a tail ("next", "for
 * her", "from here", "please") may go around it. With no case open these are guideline questions for the answers.
 */
export const WHAT_NEXT: readonly { example: string; core: string }[] = [
  {
    example: 'what would you recommend next?',
    core: "what (?:would|do|should|can|could) you (?:recommend|suggest|advise|propose|do)|what(?:'s| is) your (?:recommendation|suggestion|advice|plan)",
  },
  {
    example: 'what should I do now?',
    core: 'what (?:should|shall|can|could|do|would) (?:i|we) (?:do|try|offer|give|consider)|what do (?:i|we) do',
  },
  {
    example: 'what else can I try',
    core: 'what else(?: (?:can|could|should|shall|would) (?:i|we|you) (?:try|do|offer|give|consider|suggest|recommend))?|anything else(?: (?:to try|i can try|we can try|to add|to offer))?|anything (?:(?:more|further) )?to (?:add|offer)',
  },
  {
    example: 'any other options?',
    core: '(?:any )?(?:other |further |more )?options|what (?:are|other) (?:my |the |our |other |further )?options(?: are there)?|what options (?:are there|do (?:i|we) have)',
  },
  { example: 'where do we go from here?', core: 'where (?:do|can|should) (?:we|i) go|where to|where next|where now' },
  {
    example: 'thoughts?',
    core: '(?:any |your )?(?:thoughts|ideas|suggestions|recommendations?|advice|views|opinion|input)|what do you think',
  },
  {
    example: 'next?',
    core: "next|what next|what'?s next|what is next|now what|and now|what now|what then|then what|next step|what'?s the next step|what is the next step|the next step",
  },
  { example: 'how should we proceed?', core: 'how (?:should|do|shall|can) (?:i|we) proceed|how to proceed' },
];
const WHAT_NEXT_LEAD = '(?:(?:ok|okay|so|and|right|well|hmm|great|thanks|thank you)[, ]{1,2})?';
const WHAT_NEXT_TAIL =
  '(?: (?:now|next|then|here|from here|for (?:him|her|them|this (?:patient|pt|case|lady|gentleman|man|woman)|the (?:patient|pt))|with (?:him|her|this (?:patient|case))|please))?';
const WHAT_NEXT_WORDS = WHAT_NEXT.map((row) => new RegExp(`^${WHAT_NEXT_LEAD}(?:${row.core})${WHAT_NEXT_TAIL}$`));

/** "What would you recommend next?", "thoughts?", "where do we go from here": a request for the plan. */
export function asksWhatNext(lower: string): boolean {
  const text = clean(lower);
  return WHAT_NEXT_WORDS.some((re) => re.test(text));
}

/**
 * A walk-through command in the clinician's words or from a button; `confirming` reads yes/no for a pending forget;
 * `caseOpen` lets "what next" in any wording ("what would you recommend next?", "thoughts?") ask for the plan.
 */
export function parseCommand(
  lower: string,
  card: CardValue | undefined,
  confirming: boolean,
  caseOpen = false,
): Command | undefined {
  if (card?.command === 'case') {
    if (card.action === 'switch') return card.case ? { kind: 'switch', label: card.case } : undefined;
    if (card.action === 'forget') return { kind: 'forget', ...(card.case ? { label: card.case } : {}) };
    return { kind: card.action };
  }
  if (card) return undefined;
  const text = clean(lower);
  if (confirming) {
    if (CONFIRM.test(text)) return { kind: 'confirm' };
    if (CANCEL.test(text)) return { kind: 'cancel' };
  }
  for (const [kind, pattern] of WORDS) if (pattern.test(text)) return { kind };
  const forgotten = FORGET_CASE.exec(text);
  if (forgotten?.[1]) return { kind: 'forget', label: forgotten[1] };
  const switched = SWITCH.exec(text);
  if (switched?.[1]) return { kind: 'switch', label: switched[1] };
  const labelled = LABEL.exec(text);
  if (labelled?.[1]) return { kind: 'label', label: labelled[1].trim() };
  if (caseOpen && asksWhatNext(text)) return { kind: 'plan' };
  const started = caseOpener(lower);
  if (started) return { kind: 'new', rest: started.rest };
  return undefined;
}

/** The command list shown by `help` during a walk-through. */
export const COMMAND_HELP = [
  '**why** the reasoning and sources behind the current step',
  '**back** undo the last answer · **skip** leave this question unanswered',
  '**plan** (or "what next?", "thoughts?", "summary") the plan so far, what is missing, unmet opioid-gate conditions',
  '**note** chart text to paste · **restart** start this case again',
  '**forget** delete this case (asks first) · **forget all** delete every case in this conversation',
  '**cases** list cases · **switch to case B** · **label X** rename this case',
  '**new case** start another case; a pasted description also starts one',
];
