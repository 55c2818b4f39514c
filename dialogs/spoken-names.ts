import { namesADrug } from '../src/clinical/language/find-drugs.js';
import { readClinicalText } from '../src/clinical/language/normalize.js';
import { asksAboutADrug, SCORE_NAMES, SPOKEN_FORMS, soundAlikes } from '../src/clinical/language/sound-alike.js';
import { didYouMeanMessage } from './answers/guideline-answer.js';
import type { RouteContext, RouteResult } from './route.js';
import { activeRecord } from './walkthrough/case-store.js';
import { reAsk } from './walkthrough/case-reply.js';

const SCORES: ReadonlySet<string> = new Set(SCORE_NAMES.map((s) => s.name));
/** Names with dictated forms (SPOKEN_FORMS): offered even when a word inside the run names a drug ("oxy con tin"). */
const FORM_NAMES: ReadonlySet<string> = new Set(SPOKEN_FORMS.map((s) => s.name));

/** The first line when a dictated run sounds like a drug or score name. */
export const SOUND_ALIKE_LEAD = 'I may have misheard a name. Did you mean:';

/**
 * A drug or score name split or misheard by dictation ("pre gabba lin dose?"), on a turn that would dead-end or asks
 * about a drug without naming one: "Did you mean ...?" with one button per name heard, each sending the corrected
 * question. The guess is never acted on: the state is the turn's as it came in (no fact written), and a text that
 * already names a drug, or whose answer is not a dead end and asks nothing about a drug, is left as answered. An
 * open case's pending question is asked again after it.
 */
export function soundAlikeOffer(ctx: RouteContext, deadEnd: boolean): RouteResult | undefined {
  if (!deadEnd && !asksAboutADrug(ctx.lower)) return undefined;
  // a drug named is answered as named, unless the only name is inside the run heard ("oxy con tin": "oxy" is read as
  // oxycodone, the run as OxyContin)
  const named = namesADrug(ctx.text);
  // the corrected question as the readers read it: "question mark" is "?", "thirty" is 30; a drug question that has
  // an answer is offered drug names only ("back pain since Easter, start the pathway?" is never "Oswestry?")
  const read = readClinicalText(ctx.text);
  const heard = soundAlikes(read).filter(
    (h) =>
      (deadEnd || !SCORES.has(h.name)) &&
      (!named || (FORM_NAMES.has(h.name) && !namesADrug(read.replace(h.heard, ' ')))),
  );
  if (!heard.length) return undefined;
  const buttons = heard.slice(0, 3).map((h) => ({ title: h.corrected, value: h.corrected }));
  const again = reAsk(activeRecord(ctx.state));
  return { state: ctx.state, output: { messages: [didYouMeanMessage(buttons, SOUND_ALIKE_LEAD), ...again] } };
}
