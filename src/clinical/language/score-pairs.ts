/**
 * "naproxen 500 bd x 3 mo (7->7)", "(7/10 -> 5/10)": a bare pair in brackets after a treatment is its pain score
 * before and after (0-10 only; anything larger is not a pain score).
 */
export const BRACKETED_PAIN_CHANGE = /\(\s?(\d{1,2})(?:\s?\/\s?10)?\s?(?:->|→|to)\s?(\d{1,2})(?:\s?\/\s?10)?\s?\)/g;

/**
 * An outcome written with an arrow after a drug's regimen, with no score name: "tramadol 100 mg qds x 6 wks: 8 -> 8",
 * "(back 7 -> 6, leg unchanged)", "had helped (8 -> 5, ODI 50% -> 36%)", "dulox 60 x 5 wk -> 8->7", "8/10 -> 8/10",
 * "52% -> 50%". Groups: the score before, its scale mark (/10 or %), the score after, its mark.
 */
const ARROW_PAIR =
  /(?<![\d.%/])(\d{1,3}(?:\.\d)?)(\s?\/\s?10|\s?%)?\s?(?:-{1,2}>|→|=>)\s?(\d{1,3}(?:\.\d)?)(\s?\/\s?10|\s?%)?(?!\d|\.\d)/g;
/** After the pair: a dose unit, a tablet word or a frequency makes it a titration ("5 -> 10 mg", "1 -> 2 tabs bd"). */
const DOSE_AFTER =
  /^\s?(?:mg|mcg|µg|ug|g\b|gm|grams?|milligrams?|micrograms?|tabs?|tablets?|caps?|capsules?|pills?|patch|bd|bid|tds|tid|qds|qid|od|daily|nocte|mane|prn|q\s?\d|every|hourly|twice|once|at night)/i;
/** Right before the pair: the dose's own words ("titrated 5 -> 10", "dose 2 -> 4"). */
const DOSE_BEFORE =
  /\b(?:titrat\w*|uptitrat\w*|increas\w*|escalat\w*|reduc\w*|decreas\w*|tapered|went up|went down|bumped(?: up)?|upped|dose|doses|dosage)\s?(?:from\s?)?$/i;
/**
 * The dose's own place: the pair starts the text read after the drug's name, with only a formulation word, "dose" or
 * a separator between ("oxycodone 5 -> 10", "oxy ir: 5 -> 10"): a titration of a small dose, never a score.
 */
const DOSE_SLOT = /^[\s:=(-]*(?:(?:er|sr|xr|ir|cr|la|mr|dose)\b[\s:=(-]*)?$/i;

/** A pain score (0-10) or a percentage score (the Oswestry index, 0-100). */
export type ScoreScale = 'pain' | 'odi';

export interface ScorePair {
  start: number;
  end: number;
  before: number;
  now: number;
  scale: ScoreScale;
}

/**
 * The outcome pairs written with an arrow in the text after a drug's name (or in an answer about one), never a dose:
 * both numbers on a 0-10 scale, or either marked /10, or both percentages. A titration ("dulox 30 -> 60", "duloxetine
 * 30 mg -> 60 mg", "gabapentin 300 -> 600 tds", "oxycodone 5 -> 10") is no pair: a number above 10 with no %, a dose
 * unit or frequency after it, a dose word before it, or the pair in the dose's own place right after the name.
 */
export function arrowScorePairs(text: string): ScorePair[] {
  if (!/->|→|=>/.test(text)) return [];
  const out: ScorePair[] = [];
  ARROW_PAIR.lastIndex = 0;
  for (let m = ARROW_PAIR.exec(text); m; m = ARROW_PAIR.exec(text)) {
    const end = m.index + m[0].length;
    const [before, now] = [Number(m[1]), Number(m[3])];
    const marks = `${m[2] ?? ''}${m[4] ?? ''}`;
    const percent = marks.includes('%');
    const marked = marks.includes('/') || percent;
    const scale: ScoreScale = percent ? 'odi' : 'pain';
    const max = percent ? 100 : 10;
    if (before > max || now > max) continue;
    if (!marked) {
      const head = text.slice(0, m.index);
      if (DOSE_SLOT.test(head) || DOSE_BEFORE.test(head.slice(-24))) continue;
    }
    if (DOSE_AFTER.test(text.slice(end, end + 12))) continue;
    out.push({ start: m.index, end, before, now, scale });
  }
  return out;
}

/**
 * One score written with an arrow after the trial's duration: "dulox 60 x 5 wk -> 8, stopped", "6/52 -> 7/10". The
 * arrow after a duration is the trial's result; a dose after it has a unit or is above 10 ("x 1 wk -> 60"). Group 1
 * is the arrow and the score (blanked).
 */
const SCORE_AFTER_DURATION =
  /\b\d{1,3}\s?(?:wks?|weeks?|months?|mos?|days?|\/\s?52|\/\s?12)\b\s?((?:-{1,2}>|→|=>)\s?(?:10|\d(?:\.\d)?)(?:\s?\/\s?10)?)(?!\d|\.\d|%|\s?(?:-{1,2}>|→|=>))/g;

/**
 * The text with its outcome pairs blanked (same length, so offsets hold): bracketed pairs and arrow pairs. Every dose
 * reader reads this, so a score after an arrow is never taken as the new dose ("tramadol 100 mg qds: 8 -> 8").
 */
export function withoutScorePairs(text: string): string {
  let out = text.replace(BRACKETED_PAIN_CHANGE, (m) => ' '.repeat(m.length));
  if (!/->|→|=>/.test(out)) return out;
  out = out.replace(SCORE_AFTER_DURATION, (m: string, score: string, at: number) =>
    DOSE_AFTER.test(text.slice(at + m.length, at + m.length + 12))
      ? m
      : m.slice(0, m.length - score.length) + ' '.repeat(score.length),
  );
  const pairs = arrowScorePairs(out);
  for (let i = pairs.length - 1; i >= 0; i--) {
    const p = pairs[i]!;
    out = out.slice(0, p.start) + ' '.repeat(p.end - p.start) + out.slice(p.end);
  }
  return out;
}
