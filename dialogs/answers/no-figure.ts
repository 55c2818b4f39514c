import type { OutputMessage } from '../turn-types.js';
import { withLeadLines } from './lead-lines.js';

/**
 * A covered topic asked for a figure neither source gives (a taper rate, a blood-test schedule, how long a non-drug
 * therapy is tried): the answer says plainly that the sources give no such figure, then what they do say on the topic
 * (the answer that follows). Never a figure of its own. Each row has an example it must read and a counter-example
 * it must not (test/answers/covered-dead-ends-fb19.test.ts).
 */
export interface NoFigureRow {
  name: string;
  /**
   * The question asks it when any of these matches. Several patterns, each with one bounded window, rather than one
   * alternation of windows: the linear-time checker can prove each (test/security/regex-linear.test.ts).
   */
  asks: readonly RegExp[];
  /** Read with `asks`, it is not this row's figure ("how much acetaminophen while I taper": a dose, not a rate). */
  unless?: RegExp;
  line: string;
  /** A drug named leads over a guideline row: its answer says what the sources give for that drug (liver, kidney). */
  drugLeads?: true;
  example: string;
  counter: string;
}

const LABS = `(?:lfts?|liver (?:function|tests?|enzymes|bloods)|kidney function|renal function|u ?& ?es?|creatinine|e?gfr|bloods?|blood ?tests?|labs?)`;
/**
 * "PT" as physical therapy, not the patient: never after an article or a possessive ("the pt", "my pt"), nor before a
 * verb or "on" ("pt to be on duloxetine", "pt stay on naproxen", "pt has been").
 */
const PHYSIO_PT = String.raw`(?<!\b(?:the|my|this|our|a|your|his|her|that) )pt(?! (?:to|be|been|is|was|has|had|stay|stays|remain|keep|continue|take|takes|on|can|should|will|needs?)\b)`;
const HOW_OFTEN = `(?:how often|how frequently|how regularly|frequency|interval|every how)`;

export const NO_FIGURE_ROWS: readonly NoFigureRow[] = [
  {
    // the reference: no abrupt stop or rapid taper (opioids), taper gabapentinoids over >= 1 week; no rate or steps
    name: 'taper-rate',
    asks: [
      /\b(?:how (?:fast|quick(?:ly)?|slow(?:ly)?|much)|what (?:rate|speed|percent(?:age)?|%)|by how much|percent(?:age)? (?:a|per|each))[^.?!\n]{0,40}?\b(?:taper|wean|reduc|cut)|\b(?:taper(?:ing)?|weaning) (?:rate|schedule|speed)\b/,
      // "10% a week taper?": the window stops at another "%" (that one starts its own match), so no percent rescans
      /\b\d{1,2} ?%[^.?!\n%]{0,40}?\b(?:taper|wean|reduc|cut)/,
    ],
    // the taper as the time of another question ("how much acetaminophen can I give while I taper the oxycodone?"),
    // unless its rate is asked too
    unless:
      /\b(?:while|whilst|during|as|when)\b[^.?!\n]{0,20}?\b(?:taper|wean)(?![^.?!\n]{0,30}?\b(?:how (?:fast|quick|slow|much)|rate|speed|percent|%|step))/,
    line: 'No figure in the sources: they give no taper rate or schedule (no percentage or step size). What they say:',
    example: 'how fast do I taper oxycodone?',
    counter: 'how much acetaminophen can I give while I taper the oxycodone?',
  },
  {
    // the reference names liver and kidney limits (CrCl cut-offs, liver disease) but no blood-test schedule
    name: 'lab-schedule',
    asks: [
      new RegExp(String.raw`\b${HOW_OFTEN}\b[^.?!\n]{0,40}?\b${LABS}\b`),
      new RegExp(String.raw`\b${LABS}\b[^.?!\n]{0,30}?\b${HOW_OFTEN}\b`),
    ],
    line: 'No figure in the sources: they give no schedule for liver or kidney blood tests. What they say:',
    drugLeads: true,
    example: 'how often to monitor LFTs on acetaminophen?',
    counter: 'LFTs normal, can he take acetaminophen?',
  },
  {
    // the reference: intensive non-drug therapy = a moderate-evidence therapy tried or declined; no length given
    name: 'non-drug-trial-length',
    asks: [
      new RegExp(
        String.raw`\bhow long\b[^.?!\n]{0,40}?\b(?:${PHYSIO_PT}|physio(?:therapy)?|physical therapy|exercise|acupuncture|cbt|mindfulness|mbsr|rehab(?:ilitation)?|yoga|tai chi|massage|manipulation|chiro(?:practic)?)\b|\b(?:${PHYSIO_PT}|physio(?:therapy)?|physical therapy|exercise|acupuncture|cbt|mindfulness|mbsr|rehab(?:ilitation)?)\b[^.?!\n]{0,30}?\bhow long\b`,
      ),
    ],
    // how long before it is called failed or referred: the guideline's 12 weeks / 3 months of optimised therapy
    unless:
      /\b(?:before|until|till)\b[^.?!\n]{0,30}?\b(?:fail\w*|failure|refer\w*|give up|call it|not working|doesn'?t work|move on|escalat\w*|next step)/,
    line: 'No figure in the sources: they give no length for a trial of a non-drug therapy. What they say:',
    example: 'how long should she keep doing acupuncture?',
    counter: 'how long should she do PT before we call it failed?',
  },
];

/** The rows this question asks, by the question's own words. */
export function noFigureRows(lower: string): NoFigureRow[] {
  return NO_FIGURE_ROWS.filter((r) => r.asks.some((re) => re.test(lower)) && !r.unless?.test(lower));
}

/** The answer with the "no figure in the sources" line first, when the question asks a figure neither source gives. */
export function withNoFigure(message: OutputMessage, lower: string): OutputMessage {
  const rows = noFigureRows(lower);
  return rows.length
    ? withLeadLines(
        message,
        rows.map((r) => r.line),
      )
    : message;
}
