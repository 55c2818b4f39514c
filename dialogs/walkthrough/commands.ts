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

const CONFIRM = /^(yes|y|yep|confirm|ok|okay|yes,? (forget|delete)( it| all)?|delete|forget)$/;
const CANCEL = /^(no|n|nope|cancel|keep|keep it|don'?t)$/;
const FORGET_CASE = /^(?:forget|delete) case ([a-z][a-z0-9-]{0,11})$/;
const SWITCH = /^(?:switch to|go to|open|resume|back to)? ?case ([a-z][a-z0-9-]{0,11})$/;
const LABEL =
  /^(?:(?:label|rename)(?: this| the)?(?: case)?(?: as| to)?|call (?:this|the|it)(?: case)?(?: as)?) ["']?([^"']+?)["']?$/;
const NEW_CASE =
  /^(new case|new patient|next patient|another case|start (a )?(new )?case|walk me through (a |this |another |my )?(patient|case))\b[\s.:,!-]*/;

const clean = (lower: string) => stripTrailing(lower, '.!?').trim();

/** A walk-through command in the clinician's words or from a button; `confirming` reads yes/no for a pending forget. */
export function parseCommand(lower: string, card: CardValue | undefined, confirming: boolean): Command | undefined {
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
  const started = NEW_CASE.exec(lower);
  if (started) return { kind: 'new', rest: lower.slice(started[0].length).trim() };
  return undefined;
}

/** The command list shown by `help` during a walk-through. */
export const COMMAND_HELP = [
  '**why** the reasoning and sources behind the current step',
  '**back** undo the last answer · **skip** leave this question unanswered',
  '**plan** (or "what next?", "summary") the plan so far, what is missing, unmet opioid-gate conditions',
  '**note** chart text to paste · **restart** start this case again',
  '**forget** delete this case (asks first) · **forget all** delete every case in this conversation',
  '**cases** list cases · **switch to case B** · **label X** rename this case',
  '**new case** start another case; a pasted description also starts one',
];
