import { MCID } from '../../src/clinical/knowledge/instruments.js';
import type { OutputMessage } from '../turn-types.js';
import { type AnswerLine, renderAnswer } from './answer-message.js';
import { entryLine } from './knowledge-lines.js';
import { fmt } from './number-format.js';

/**
 * A change in a score said with its two values ("Oswestry went from 48% to 40%", "pain 7 to 4", "pain from 8 to 5"):
 * the change worked out against the minimal important change (clinical-reference.md section 5: 2 points on a 0-10
 * pain scale, 10 points on the ODI, or 30% from baseline). Each pattern has digit-free gaps of bounded length: linear.
 */
export const ODI_CHANGE =
  /\b(?:oswestry|odi)\b[^\d.?!]{0,30}(\d{1,3}) ?%?(?: ?\/ ?100)? ?(?:to|->|→|-->|=>|down to|now|and now|now at|, now) ?(\d{1,3}) ?%?/;
export const PAIN_CHANGE =
  /\b(?:pain|nrs|vas)\b[^\d.?!]{0,30}(\d{1,2})(?: ?\/ ?10)? ?(?:to|->|→|-->|=>|down to|now|and now|now at|, now) ?(?:an? )?(\d{1,2})(?: ?\/ ?10)?\b/;
/** Function said not to have improved with the pain ("doing nothing more at home", "function unchanged"). */
const FUNCTION_NOT_BETTER =
  /\b(?:doing nothing more|not doing (?:any(?:thing)? )?more|no more active|no more activity|can'?t do (?:any(?:thing)? )?more|still can'?t|function(?:ing)? (?:is )?(?:unchanged|the same|no better|not (?:improved|better))|no (?:better|change|improvement|gain) in (?:function|activity|what (?:she|he|they) can do)|not back (?:at|to) work)\b/;

export interface ScoreChange {
  scale: 'odi' | 'pain';
  from: number;
  to: number;
}

export function readScoreChange(lower: string): ScoreChange | undefined {
  const odi = ODI_CHANGE.exec(lower);
  if (odi && Number(odi[1]) <= 100 && Number(odi[2]) <= 100)
    return { scale: 'odi', from: Number(odi[1]), to: Number(odi[2]) };
  const pain = PAIN_CHANGE.exec(lower);
  if (pain && Number(pain[1]) <= MCID.painScaleMax && Number(pain[2]) <= MCID.painScaleMax)
    return { scale: 'pain', from: Number(pain[1]), to: Number(pain[2]) };
  return undefined;
}

/** The change said, its size in points and from baseline, and whether it reaches the minimal important change. */
export function scoreChangeMessage(change: ScoreChange, lower: string): OutputMessage {
  const { scale, from, to } = change;
  const points = from - to;
  const percent = from > 0 ? Math.round((points / from) * 100) : 0;
  const mic = scale === 'odi' ? MCID.oswestryPoints : MCID.painScalePoints;
  const name = scale === 'odi' ? 'ODI' : 'Pain';
  const unit = scale === 'odi' ? '%' : '/10';
  const said = `${name} ${fmt(from)}${unit} to ${fmt(to)}${unit}`;
  const meets = points > 0 && (points >= mic || percent >= MCID.percentFromBaseline);
  const verdict =
    points <= 0
      ? `${points === 0 ? 'no change' : `worse by ${fmt(-points)} point${points === -1 ? '' : 's'}`}`
      : `${fmt(points)} point${points === 1 ? '' : 's'} better (${percent}% from baseline): ${meets ? 'meets' : 'below'} the minimal important change`;
  const rule = `${mic} points on ${scale === 'odi' ? 'the ODI' : 'a 0-10 pain scale'}, or ${MCID.percentFromBaseline}% from baseline`;
  const lines: AnswerLine[] = [{ text: `${said}: ${verdict} (${rule}).`, source: MCID.source }];
  const functionFlat = scale === 'pain' && FUNCTION_NOT_BETTER.test(lower);
  if (scale === 'pain')
    lines.push(
      entryLine('monitor.functional-goals'),
      entryLine('monitor.validated-tools'),
      entryLine('monitor.reassess-2-4-weeks'),
    );
  else lines.push(entryLine('monitor.functional-goals'));
  const title = functionFlat
    ? `${said}: ${meets ? 'meets the minimal important change for pain' : verdict}, but function has not improved: the guideline's goal is function`
    : `${said}: ${points <= 0 ? verdict : `${meets ? 'meets' : 'below'} the minimal important change`}`;
  return renderAnswer({ title, lines });
}
