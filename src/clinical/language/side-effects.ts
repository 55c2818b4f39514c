import { SERIOUS_EVENT_ROWS } from './trial-reasons.js';

/**
 * The side effects a clinician names with a drug that was not tolerated ("pregabalin 150 bid, dizzy and unsteady"):
 * kept with the record so the plan names them (a gabapentinoid's dizziness or drowsiness in an older patient, where
 * falls matter). Each row reads its example and not its counter-example (test/language/side-effects.test.ts); a
 * side effect denied right before it ("no dizziness") is not named.
 */
export const SIDE_EFFECT_ROWS: readonly { name: string; re: RegExp; example: string; counter: string }[] = [
  {
    name: 'dizziness',
    re: /\b(?:dizzy|dizziness|light-?headed(?:ness)?)\b/,
    example: 'dizzy on it',
    counter: 'no dizziness',
  },
  {
    name: 'unsteadiness',
    re: /\b(?:unsteady|unsteadiness|off balance|ataxi[ac]|wobbly on (?:her|his|their) feet)\b/,
    example: 'unsteady on her feet',
    counter: 'not unsteady',
  },
  {
    name: 'drowsiness',
    re: /\b(?:drowsy|drowsiness|sleepy|sleepiness|sedated|sedation|somnolen(?:t|ce))\b/,
    example: 'too drowsy',
    counter: 'denies drowsiness',
  },
  { name: 'confusion', re: /\b(?:confused|confusion)\b/, example: 'confused at night', counter: 'no confusion' },
  { name: 'brain fog', re: /\b(?:foggy|brain fog)\b/, example: 'felt foggy', counter: 'without brain fog' },
  {
    name: 'swelling',
    re: /\b(?:(?:ankle|leg|peripheral) )?(?:swelling|oedema|edema)\b/,
    example: 'ankle swelling',
    counter: 'no ankle swelling',
  },
  { name: 'weight gain', re: /\bweight gain\b/, example: 'weight gain', counter: 'no weight gain' },
];

/** Right before a side effect: it is denied ("no", "without", "denies", "not"). */
const DENIED_BEFORE = /\b(?:no|nil|without|denies|denied|not|nor)(?: (?:any|significant|much))?\s*$/;

/** The rows read: the side effects above, then the serious events (trial-reasons.ts). */
const ALL_ROWS = [...SIDE_EFFECT_ROWS, ...SERIOUS_EVENT_ROWS];

/** The side effects named in a drug's clause, in the rows' order, none denied. */
export function sideEffectsIn(clause: string): string[] {
  return ALL_ROWS.filter((row) => {
    const m = row.re.exec(clause);
    return m !== null && !DENIED_BEFORE.test(clause.slice(Math.max(0, m.index - 24), m.index));
  }).map((row) => row.name);
}
