/**
 * A drug said to be stopped, before or now ("sertraline was stopped 6 months ago", "came off the tramadol", "no longer
 * on warfarin", "citalopram ceased in May"): it is no longer taken, so it counts as held for no rule (interactions,
 * rule-outs, MME), while a trial outcome said with it keeps its history ("naproxen stopped after 6 weeks, no help" is
 * still a failed trial). Each row is data with an example it must read (test/language/stopped.test.ts), which also
 * holds the counter-examples: "stopped working" is no help, not stopping; "not taking it regularly" is still taken;
 * "stopped for dyspepsia" is intolerance. When unclear the drug stays held: only these words stop it.
 */
export interface StopRow {
  /** A literal phrase of the normalized (lower-case) text. */
  phrase: string;
  /** Said in the drug's comma item before its name, or in its clause after the name. */
  side: 'before' | 'after';
  example: string;
}

export const STOP_ROWS: readonly StopRow[] = [
  { phrase: 'stopped', side: 'before', example: 'her psychiatrist stopped sertraline in May' },
  { phrase: 'stopped taking', side: 'before', example: 'she stopped taking the tramadol last month' },
  { phrase: 'stopped', side: 'after', example: 'sertraline was stopped 6 months ago' },
  { phrase: 'discontinued', side: 'before', example: 'discontinued citalopram 2024' },
  { phrase: 'discontinued', side: 'after', example: 'warfarin discontinued after the ablation' },
  { phrase: 'ceased', side: 'before', example: 'GP ceased the sertraline in March' },
  { phrase: 'ceased', side: 'after', example: 'oxycodone ceased on discharge' },
  { phrase: "d/c'd", side: 'after', example: "tramadol d/c'd last visit" },
  { phrase: 'came off', side: 'before', example: 'came off sertraline last year' },
  { phrase: 'come off', side: 'before', example: 'has come off the fluoxetine' },
  { phrase: 'weaned off', side: 'before', example: 'weaned off oxycodone in 2023' },
  { phrase: 'weaned off', side: 'after', example: 'oxycodone weaned off in 2023' },
  { phrase: 'tapered off', side: 'before', example: 'tapered off tramadol over 4 weeks' },
  { phrase: 'no longer on', side: 'before', example: 'no longer on warfarin' },
  { phrase: 'no longer taking', side: 'before', example: 'no longer taking sertraline' },
  { phrase: 'no longer', side: 'after', example: 'sertraline no longer' },
  { phrase: "isn't on", side: 'before', example: "isn't on sertraline any more" },
  { phrase: 'not on', side: 'before', example: 'she is not on warfarin now' },
  { phrase: "isn't taking", side: 'before', example: "isn't taking the tramadol these days" },
  { phrase: 'not taking', side: 'before', example: 'not taking the sertraline now' },
];

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/'/g, "'?");
const phrases = (side: StopRow['side'], filter: (r: StopRow) => boolean = () => true) =>
  STOP_ROWS.filter((r) => r.side === side && filter(r))
    .map((r) => literal(r.phrase))
    .sort((a, b) => b.length - a.length)
    .join('|');

/** "not on" and "not taking" say stopped only with a word that it is no more: otherwise they say never tried. */
const NOT_ON = (r: StopRow) => /^(?:not|isn't) /.test(r.phrase);

/** A stop word at the end of the comma item before the drug, an article or pronoun allowed between. */
export const STOPPED_BEFORE = new RegExp(
  `\\b(?:${phrases('before', (r) => !NOT_ON(r))})(?: (?:the|her|his|their|all|any|regular))?\\s*$`,
);

/** "isn't on sertraline any more", "not taking the sertraline now": no longer taken. */
export const NOT_ON_BEFORE = new RegExp(`\\b(?:${phrases('before', NOT_ON)})(?: (?:the|her|his|their|any))?\\s*$`);
export const NO_MORE_AFTER = /^[^,.;]{0,30}?\b(?:any ?more|any longer|now|currently|these days|at present)\b/;

/**
 * A stop word in the drug's own clause: "sertraline 100 mg was stopped 6 months ago". Not "stopped working" (no
 * help) nor "stopped for dyspepsia" (the outcome rows read intolerance first).
 */
export const STOPPED_AFTER = new RegExp(
  `^[^,.;]{0,30}?\\b(?:${phrases('after')})\\b(?! (?:work|help|effective|having|doing|being)\\w*)`,
);

/** "not taking it regularly": still taken, irregularly. */
const STILL_TAKEN_AFTER = /^[^,.;]{0,30}?\b(?:regularly|consistently|as prescribed|reliably|properly|every day)\b/;

/** The drug named between `before` (its comma item up to the name) and `after` (its clause) is said to be stopped. */
export function saidStopped(before: string, after: string): boolean {
  if (STILL_TAKEN_AFTER.test(after)) return false;
  if (STOPPED_BEFORE.test(before) || STOPPED_AFTER.test(after)) return true;
  return NOT_ON_BEFORE.test(before) && NO_MORE_AFTER.test(after);
}

/**
 * Alcohol said to be stopped ("no longer drinks (abstinent 3 years)", "stopped drinking in 2022", "ex-drinker"): heavy
 * alcohol use is not current, and the duloxetine and acetaminophen cautions for it (clinical-reference.md section 2:
 * "heavy alcohol use", "regular alcohol use") no longer hold. Liver disease, if any, is its own condition. Each row
 * has an example (test/language/stopped.test.ts); "drinks less now" and "trying to stop drinking" are not rows.
 */
export const ALCOHOL_STOPPED_ROWS: readonly { phrase: string; example: string }[] = [
  { phrase: 'no longer drinks', example: 'no longer drinks (abstinent 3 years)' },
  { phrase: 'no longer drinking', example: 'no longer drinking since the pancreatitis' },
  { phrase: "doesn't drink any more", example: "doesn't drink any more" },
  { phrase: "doesn't drink anymore", example: "she doesn't drink anymore" },
  { phrase: 'stopped drinking', example: 'stopped drinking 3 years ago' },
  { phrase: 'quit drinking', example: 'quit drinking in 2022' },
  { phrase: 'quit alcohol', example: 'quit alcohol 2 yrs ago' },
  { phrase: 'gave up alcohol', example: 'gave up alcohol last year' },
  { phrase: 'gave up drinking', example: 'gave up drinking after the AA programme' },
  { phrase: 'abstinent', example: 'ETOH: abstinent 18 months' },
  { phrase: 'ex-drinker', example: 'ex-drinker, sober since 2021' },
  { phrase: 'former drinker', example: 'former drinker, none for 5 years' },
  { phrase: 'sober for', example: 'heavy drinker in the past, sober for 4 years' },
  { phrase: 'sober since', example: 'sober since 2021' },
];

export const ALCOHOL_STOPPED = new RegExp(
  `\\b(?:${ALCOHOL_STOPPED_ROWS.map((r) => literal(r.phrase))
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b(?! (?:from|off) (?!alcohol|drink|etoh))`,
);
