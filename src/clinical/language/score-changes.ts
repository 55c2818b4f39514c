import { MCID } from '../knowledge/instruments.js';

/**
 * A pain score or an Oswestry (ODI) score said with its earlier value: "pain 6 to 4", "NRS better 7->5", "ODI
 * improved 50 to 36", "pain 6/10 from 8/10", "pain unchanged at 7". Each form is a data row with an example it must
 * read and a counter-example it must not (test/language/score-changes.test.ts). Read on lower-case text; every gap
 * between the scale and its numbers is digit-free and bounded, so each pattern runs in linear time.
 */
export interface ScoreChange {
  scale: 'odi' | 'pain';
  from: number;
  to: number;
  /** The PEG (pain, enjoyment of life, general activity; 0-10): read on the 0-10 scale, named as said. */
  named?: 'PEG';
}

export interface ScoreChangeRow {
  id: string;
  /** Group 1: the scale word; the numbers as `from`/`to` name them. */
  re: RegExp;
  order: 'from-to' | 'to-from' | 'same';
  example: string;
  counter: string;
}

const SCALE = String.raw`\b(oswestry|odi|pain|nrs|vas|peg)\b(?:\s?score)?`;
const PCT = String.raw`(?:\s?%|\s?\/\s?(?:10|100))?`;
const ARROW = String.raw`\s?(?:to|->|→|-->|=>|down to|up to|now|and now|now at|, now)\s?`;
/**
 * After the second number: not a count, a frequency or a length ("pain flares 3 to 4 times a week", "pain for 2 to 3
 * weeks", "2 to 3 nights a week"), nor a longer number cut short.
 */
const NOT_A_COUNT = String.raw`(?!\d|\.\d|\s?(?:times?|x\b|days?|weeks?|wks?|months?|mos?|years?|yrs?|hours?|hrs?|nights?|mornings?|evenings?|per\b|a (?:day|week|night|month)\b|\/\s?(?:7|52|12)\b|mg\b|tabs?\b|tablets?\b|sessions?\b|visits?\b|episodes?\b|flares?\b))`;

export const SCORE_CHANGE_ROWS: readonly ScoreChangeRow[] = [
  {
    id: 'arrow',
    re: new RegExp(
      String.raw`${SCALE}[^\d.?!;\n]{0,30}?(\d{1,3})${PCT}${ARROW}(?:an?\s)?(\d{1,3})${PCT}${NOT_A_COUNT}`,
      'g',
    ),
    order: 'from-to',
    example: 'nrs better 7->5',
    counter: 'pain 7, odi 40',
  },
  {
    id: 'now-from',
    re: new RegExp(String.raw`${SCALE}[^\d.?!;\n]{0,12}?(\d{1,3})${PCT},?\s(?:down\s|up\s)?from\s(\d{1,3})${PCT}`, 'g'),
    order: 'to-from',
    example: 'pain 6/10 from 8/10',
    counter: 'pain 6/10 for 8 weeks',
  },
  {
    id: 'unchanged',
    re: new RegExp(
      String.raw`${SCALE}[^\d.?!;\n]{0,12}?\b(?:unchanged|the same|same|no change|no better|not changed|stayed|still|remains?|static)\b(?:\s(?:at|on))?\s(\d{1,3})${PCT}`,
      'g',
    ),
    order: 'same',
    example: 'pain unchanged at 7',
    counter: 'pain unchanged',
  },
];

const scaleOf = (word: string): ScoreChange['scale'] => (word === 'odi' || word === 'oswestry' ? 'odi' : 'pain');
const MAX: Record<ScoreChange['scale'], number> = { odi: 100, pain: MCID.painScaleMax };

/**
 * Every score change the text states, in text order (one per place: the first row that reads it), each within its
 * scale (pain 0-10, ODI 0-100).
 */
export function scoreChangesIn(lower: string): ScoreChange[] {
  const found: { at: number; end: number; change: ScoreChange }[] = [];
  for (const row of SCORE_CHANGE_ROWS) {
    row.re.lastIndex = 0;
    for (let m = row.re.exec(lower); m; m = row.re.exec(lower)) {
      const scale = scaleOf(m[1]!);
      const [a, b] = [Number(m[2]), Number(m[3] ?? m[2])];
      const [from, to] = row.order === 'to-from' ? [b, a] : [a, b];
      const end = m.index + m[0].length;
      if (from > MAX[scale] || to > MAX[scale] || found.some((f) => m!.index < f.end && end > f.at)) continue;
      found.push({
        at: m.index,
        end,
        change: { scale, from, to, ...(m[1] === 'peg' ? { named: 'PEG' as const } : {}) },
      });
    }
  }
  return found.sort((x, y) => x.at - y.at).map((f) => f.change);
}

/**
 * A change against the minimal important change (clinical-reference.md section 5: 2 points on a 0-10 pain scale, 10
 * points on the ODI, or 30% from baseline; lower is better on both).
 */
export function meetsMinimalChange(c: ScoreChange): boolean {
  const fall = c.from - c.to;
  const points = c.scale === 'odi' ? MCID.oswestryPoints : MCID.painScalePoints;
  return fall > 0 && (fall >= points || (c.from > 0 && (fall / c.from) * 100 >= MCID.percentFromBaseline));
}
