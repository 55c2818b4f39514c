import { MCID } from '../../src/clinical/knowledge/instruments.js';
import { meetsMinimalChange, type ScoreChange, scoreChangesIn } from '../../src/clinical/language/score-changes.js';
import type { OutputMessage } from '../turn-types.js';
import { type AnswerLine, renderAnswer } from './answer-message.js';
import { entryLine } from './knowledge-lines.js';
import { drugCatalogue, findDrugs } from './ports.js';
import { drugSafety, withSafety } from './safety-lines.js';
import { opioidTakenNow } from './not-taken.js';
import { fmt } from './number-format.js';

export type { ScoreChange } from '../../src/clinical/language/score-changes.js';

/**
 * A change in a score said with its two values ("Oswestry went from 48% to 40%", "pain 7 to 4", "pain unchanged at
 * 7"), read by the language layer's score-change rows (src/clinical/language/score-changes.ts), worked out against the
 * minimal important change (clinical-reference.md section 5: 2 points on a 0-10 pain scale, 10 points on the ODI, or
 * 30% from baseline). Pain and the ODI said together are both worked out, and when they disagree the guideline's
 * weight on function is said (monitoring: functional goals, validated tools beyond pain scores).
 */
/**
 * Function said not to have improved with the pain ("doing nothing more at home", "function unchanged", "ODI same as
 * last month").
 */
export const FUNCTION_NOT_BETTER =
  /\b(?:doing nothing more|no functional (?:gain|improvement|benefit)|not doing (?:any(?:thing)? )?more|no more active|no more activity|can'?t do (?:any(?:thing)? )?more|still can'?t|function(?:ing)? (?:is )?(?:unchanged|the same|no better|not (?:improved|better)|worse)|no (?:better|change|improvement|gain) in (?:function|activity|what (?:she|he|they) can do)|not back (?:at|to) work|(?:odi|oswestry)(?: score)? (?:is |has been |still |stays |stayed )?(?:the )?(?:same|unchanged|no better|not (?:improved|better)|static|flat|worse))\b/;

/** The first change said on each scale, in the order said (one scale: as before; both: each is worked out). */
export function readScoreChanges(lower: string): ScoreChange[] {
  const changes = scoreChangesIn(lower);
  const firsts = (['odi', 'pain'] as const).flatMap((scale) => changes.find((c) => c.scale === scale) ?? []);
  return firsts.sort((a, b) => changes.indexOf(a) - changes.indexOf(b));
}

/** The first change said, the ODI's before pain's. */
export function readScoreChange(lower: string): ScoreChange | undefined {
  const changes = readScoreChanges(lower);
  return changes.find((c) => c.scale === 'odi') ?? changes[0];
}

interface Worked {
  said: string;
  verdict: string;
  meets: boolean;
  better: boolean;
  line: AnswerLine;
}

/** One change: its size in points and from baseline, against its minimal important change. */
export function workOut(change: ScoreChange): Worked {
  const { scale, from, to } = change;
  const points = from - to;
  const percent = from > 0 ? Math.round((points / from) * 100) : 0;
  const mic = scale === 'odi' ? MCID.oswestryPoints : MCID.painScalePoints;
  const name = change.named ?? (scale === 'odi' ? 'ODI' : 'Pain');
  const unit = scale === 'odi' ? '%' : '/10';
  const said = `${name} ${fmt(from)}${unit} to ${fmt(to)}${unit}`;
  const meets = meetsMinimalChange(change);
  const verdict =
    points <= 0
      ? `${points === 0 ? 'no change' : `worse by ${fmt(-points)} point${points === -1 ? '' : 's'}`}`
      : `${fmt(points)} point${points === 1 ? '' : 's'} better (${percent}% from baseline): ${meets ? 'meets' : 'below'} the minimal important change`;
  const rule = `${mic} points on ${scale === 'odi' ? 'the ODI' : 'a 0-10 pain scale'}, or ${MCID.percentFromBaseline}% from baseline`;
  return {
    said,
    verdict,
    meets,
    better: points > 0,
    line: { text: `${said}: ${verdict} (${rule}).`, source: MCID.source },
  };
}

/** The change said, its size in points and from baseline, and whether it reaches the minimal important change. */
export function scoreChangeMessage(change: ScoreChange, lower: string): OutputMessage {
  const worked = workOut(change);
  const { said, verdict, meets, line } = worked;
  const lines: AnswerLine[] = [line];
  const functionFlat = change.scale === 'pain' && FUNCTION_NOT_BETTER.test(lower);
  if (change.scale === 'pain')
    lines.push(
      entryLine('monitor.functional-goals'),
      entryLine('monitor.validated-tools'),
      entryLine('monitor.reassess-2-4-weeks'),
    );
  else lines.push(entryLine('monitor.functional-goals'));
  const title = functionFlat
    ? `${said}: ${meets ? 'meets the minimal important change for pain' : verdict}, but function has not improved: the guideline's goal is function`
    : `${said}: ${worked.better ? `${meets ? 'meets' : 'below'} the minimal important change` : verdict}`;
  return renderAnswer({ title, lines });
}

/** An opioid named, by class or by drug (tramadol included: an opioid for the framework's stopping rule). */
export const OPIOID_NAMED = new RegExp(
  String.raw`\b(?:opioids?|opiates?|narcotics?|${drugCatalogue
    .filter((d) => d.drugClass === 'opioid')
    .flatMap((d) => [d.generic, ...d.names])
    .filter((n) => /^[a-z][a-z0-9 ]*$/.test(n))
    .join('|')})\b`,
);

/**
 * Pain and the ODI said together ("pain 6 to 4 but ODI 40 to 52"): both worked out against their minimal important
 * change; when one meets it and the other does not, the answer says so and that the guideline weighs function.
 */
export function scoreChangesMessage(changes: readonly ScoreChange[], lower: string): OutputMessage {
  // on an opioid now (tramadol included): the framework's continuation rule decides, function is what counts (L43);
  // an opioid negated, stopped, past, refused or a companion's is no review (not-taken.ts opioidTakenNow)
  if (OPIOID_NAMED.test(lower) && opioidTakenNow(lower)) return opioidReviewMessage(changes, lower);
  if (changes.length < 2) return scoreChangeMessage(changes[0]!, lower);
  const { worked, disagree, weighs } = weighed(changes);
  const title = disagree
    ? `${worked.map((w, i) => `${changes[i]!.scale === 'odi' ? 'ODI' : i ? 'pain' : 'Pain'} ${direction(w)}`).join(', ')}: ${weighs}`
    : `${worked.map((w) => w.said).join(' and ')}: ${worked.every((w) => w.meets) ? 'both meet' : 'neither meets'} the minimal important change`;
  const tail = [entryLine('monitor.functional-goals'), entryLine('monitor.validated-tools')];
  return renderAnswer({ title, lines: [...worked.map((w) => w.line), ...tail] });
}

/**
 * An opioid review with its numbers ("opioid refill: pain 8 -> 5 but ODI 38% -> 46%, same again?", "oxy review pain
 * 7->4 ODI 40->44 continue?"): each change worked out, then the framework's rule, continue only with a meaningful
 * improvement in function, not just pain scores (guideline L43). Function not meaningfully better (or said not
 * better): discuss tapering or stopping, never abruptly. Function better: the rule for continuing is met, keep
 * reassessing. Function not given: the ODI (or another function measure) decides.
 */
function opioidReviewMessage(changes: readonly ScoreChange[], lower: string): OutputMessage {
  const worked = changes.map(workOut);
  const odi = functionChange(changes, worked);
  const notBetter = odi ? !odi.meets : FUNCTION_NOT_BETTER.test(lower);
  const title = notBetter
    ? 'Function not meaningfully better on the opioid: continue only with meaningful improvement in function; discuss tapering or stopping'
    : odi
      ? "Function improved meaningfully on the opioid: the guideline's rule for continuing is met; keep reassessing"
      : 'Function not measured: the guideline continues an opioid only with meaningful improvement in function, not just pain scores';
  const tail = notBetter
    ? [entryLine('opioid.framework.reassess'), entryLine('opioid.cdc-no-abrupt-taper')]
    : odi
      ? [entryLine('opioid.framework.reassess'), entryLine('monitor.functional-goals')]
      : [entryLine('opioid.framework.reassess'), entryLine('monitor.validated-tools')];
  // the patient's drugs checked as every drug answer checks them (a benzodiazepine: the boxed warning leads)
  return renderAnswer(
    withSafety({ title, lines: [...worked.map((w) => w.line), ...tail] }, drugSafety(lower, findDrugs(lower))),
  );
}

/** The change that measures function: the ODI's; the PEG's 0-10 score includes it (general activity) when no ODI. */
function functionChange(changes: readonly ScoreChange[], worked = changes.map(workOut)): Worked | undefined {
  return worked[changes.findIndex((c) => c.scale === 'odi')] ?? worked[changes.findIndex((c) => c.named === 'PEG')];
}

/**
 * Function not meaningfully better: its measured change below the minimal important change ("ODI 42 -> 44"), or, none
 * measured, said so in words (FUNCTION_NOT_BETTER: "function no better", "still can't work", "ODI same").
 */
export function functionNotBetter(lower: string): boolean {
  const measured = functionChange(readScoreChanges(lower));
  return measured ? !measured.meets : FUNCTION_NOT_BETTER.test(lower);
}

/** "improved meaningfully", "improved, below the minimal change", "unchanged", "worse": a change in a few words. */
export function direction(w: Pick<Worked, 'meets' | 'better' | 'verdict'>): string {
  if (w.meets) return 'improved meaningfully';
  if (w.better) return 'improved, below the minimal change';
  return w.verdict === 'no change' ? 'unchanged' : 'worse';
}

/**
 * Pain and the ODI worked out together: each change, whether they disagree (one meets the minimal important change,
 * the other not), and what the guideline weighs then: function, as the ODI moved. The quick answer and the case's
 * scores line both say it from here.
 */
export function weighed(changes: readonly ScoreChange[]): { worked: Worked[]; disagree: boolean; weighs: string } {
  const worked = changes.map(workOut);
  const odi = worked[changes.findIndex((c) => c.scale === 'odi')] ?? worked[0]!;
  const disagree = worked.some((w) => w.meets) && worked.some((w) => !w.meets);
  return {
    worked,
    disagree,
    weighs: `the guideline weighs function, which ${odi.meets ? 'improved' : 'did not improve'} meaningfully`,
  };
}
