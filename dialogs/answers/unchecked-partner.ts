import { findDrugs, type DrugMention } from './ports.js';
import { notTakenAt } from './not-taken.js';
import { readContext } from './question-context.js';
import { drugLikeWord } from './route-scores.js';

/**
 * An interaction question that names one pathway drug and a second name the pathway does not know ("cymbalta +
 * metoprolol interaction?"). clinical-reference.md section 3: a pair that is not in the table has not been checked,
 * so the answer says "not checked by this pathway; use a full interaction reference", never silence.
 */
/**
 * Words that ask about a pair, each a data row with an example (test/answers/dosing-classes.test.ts reads them):
 * clinicians' shorthand counts as well as the spelled-out word.
 */
export const PAIR_CUE_ROWS: readonly { words: string; example: string }[] = [
  { words: 'interact\\w*', example: 'does gabapentin interact with omeprazole?' },
  { words: 'interax\\w*|intxns?|ixns?|ddis?', example: 'cymbalta metoprolol interaxn' },
  { words: 'together|alongside|combin\\w*|co-?prescri\\w*', example: 'duloxetine and atorvastatin together?' },
  { words: 'mix(?:ing|ed)?', example: 'can I mix naproxen with metformin' },
  // "naproxen 500 bd with her weekly methotrexate, any problem?": a problem asked about with a named partner.
  {
    words: 'any (?:problems?|issues?|concerns?|worries)|problems? with|issues? with',
    example: 'naproxen 500 twice a day with her weekly methotrexate 15 mg, any problem?',
  },
  // Not "ok with" or "safe with": as often followed by a condition ("NSAIDs ok with chronic kidney disease?").
];
const CUE = new RegExp(`\\b(?:${PAIR_CUE_ROWS.map((r) => r.words).join('|')})\\b`);

/** The question asks whether two medicines go together ("does it interact with letrozole?", "DDI?"). */
export const asksAboutAPair = (lower: string): boolean => CUE.test(lower);
/**
 * Cue words said with the two names and nothing else ("cymbalta metoprolol interaxn", "DDI duloxetine/lisinopril?"):
 * the one word left is the partner even with no "with" or "+" between them.
 */
const TERSE_CUE = /^(?:interact\w*|interax\w*|intxns?|ixns?|ddis?|check|any|between|together|ok|okay|safe)$/;
const LINKS = new Set(['+', 'plus', 'with', 'w/', 'and', 'alongside', '/', '&']);
/** Words that can follow "with" or "and" in such a question without being a drug. */
const NOT_A_DRUG = new Set([
  // Verbs of giving a drug ("any issue with adding pregabalin", "ok with starting duloxetine"): the act, not a drug.
  'adding',
  'starting',
  'giving',
  'using',
  'taking',
  'combining',
  'mixing',
  'restarting',
  'continuing',
  'prescribing',
  // In the reference's table as a pair partner, or a patient fact rather than a drug.
  'alcohol',
  'beer',
  'wine',
  'drinking',
  'liver',
  'kidney',
  'kidneys',
  'renal',
  'cirrhosis',
  'crcl',
  'egfr',
  'dose',
  'doses',
  'dosing',
  'dosage',
  'heart',
  'copd',
  'asthma',
  'elderly',
  // Class words: the reference's rules name classes (interactions.ts CLASS_WORDS), so a class is never "not checked".
  'opioid',
  'opioids',
  'opiate',
  'opiates',
  'narcotic',
  'narcotics',
  'gabapentinoid',
  'gabapentinoids',
  'older',
  'also',
  'already',
  'alright',
  'another',
  'anything',
  // "she takes nothing else": no medicine at all
  'nothing',
  'none',
  'combination',
  'combined',
  'combining',
  'drug',
  'drugs',
  'each',
  'fine',
  'food',
  'meal',
  'meals',
  'breakfast',
  'lunch',
  'dinner',
  'milk',
  'water',
  'snack',
  // A purpose before the join ("aspirin for pain plus naproxen"): what it is taken for, not a partner.
  'pain',
  'ache',
  'aches',
  'backache',
  'headache',
  'headaches',
  'analgesia',
  'arthritis',
  'sciatica',
  // A duration before the join ("on oxycodone 3 weeks plus diazepam"): how long, not a partner.
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  // A history joined by "+" ("eliquis + prior GI bleed"): the words that open it.
  'prior',
  'previous',
  'recent',
  'history',
  'interact',
  'interaction',
  'interactions',
  'meds',
  'medication',
  'medications',
  'okay',
  'other',
  'others',
  'patient',
  'safe',
  'that',
  'their',
  'them',
  'these',
  'this',
  'together',
  'what',
  // Question words left over in "does lithium interact with naproxen?": the question, not a third drug.
  'does',
  'should',
  'could',
  'would',
  'will',
  'there',
  'have',
  'taking',
  'takes',
  'uses',
  'using',
  'currently',
  'still',
  'regular',
]);

/**
 * Conditions and treatments that are not medicines ("pt on dialysis", "pt is cirrhotic", "on home oxygen"): never an
 * unknown partner, so the question's patient facts still rule the drug out. Each row reads its example
 * (test/answers/unchecked-partner-conditions.test.ts).
 */
export const NOT_A_MEDICINE_ROWS: readonly { re: RegExp; example: string }[] = [
  {
    re: /^(?:(?:ha?emo)?dialysis|esrd|esrf|ckd|transplant)$/,
    example: 'pt on dialysis, any interaction with naproxen?',
  },
  {
    re: /^(?:cirrho\w*|hepatic|jaundiced|ascites|varices)$/,
    example: 'pt is cirrhotic, any interaction with naproxen?',
  },
  { re: /^(?:oxygen|home|cpap|bipap|ventilat\w*|pump)$/, example: 'on home oxygen - any ixn with tramadol?' },
  {
    re: /^(?:pregnant|breastfeeding|lactating|frail|obese|diabetic|asthmatic|epileptic|septic|dehydrated|anuric)$/,
    example: 'she is pregnant, interaction with paracetamol?',
  },
  // What a drug is taken for ("aspirin 600 mg for pain plus naproxen"): a symptom, never a partner.
  {
    re: /^(?:pain|pains|painful|ache|aches|aching|backache|headaches?|migraines?|sciatica|analgesia|relief|symptoms?|flare)$/,
    example: 'aspirin 600 mg for pain plus naproxen 500 bd?',
  },
  // A condition's ending: "-osis", "-itis", "-ysis", "-aemia", "-pathy" name no medicine.
  { re: /\w(?:osis|itis|ysis|emia|pathy)$/, example: 'nephropathy + naproxen, any interaction?' },
];
const notAMedicine = (word: string): boolean => NOT_A_MEDICINE_ROWS.some((r) => r.re.test(word));

/** Words that name what a patient takes, right before its name ("her stabiliser is X", "takes X", "on X"). */
const NAMES_A_MEDICINE = new Set(['is', 'takes', 'taking', 'on', 'uses', 'using']);
/** "pt is cirrhotic", "she is frail": after a person, "is" describes the patient, never names a medicine. */
const PERSON = new Set(['pt', 'patient', 'she', 'he', 'they', 'who', 'client', 'man', 'woman', 'lady', 'gentleman']);

const POSSESSIVE = new Set(['his', 'her', 'their']);
/** How often or how long a partner is taken, between the link and its name ("with her weekly methotrexate"). */
const SCHEDULE_WORDS = new Set(['weekly', 'daily', 'nightly', 'monthly', 'usual', 'current', 'regular', 'once-weekly']);

interface Token {
  word: string;
  start: number;
  end: number;
}

/**
 * The unknown partner names ("lisinopril + HCTZ" gives both), in order, or none when the question is not an
 * interaction question about one.
 */
export function uncheckedPartners(lower: string, mentions: readonly DrugMention[]): string[] {
  // "stopped omeprazole last year", "no longer on lisinopril": a name not taken now is no pair (not-taken.ts)
  return partnersNamed(lower, mentions).filter((w) => !saidNotTaken(lower, w));
}

/** Every time the word is said (as a whole word), it is said as not taken now. */
function saidNotTaken(lower: string, word: string): boolean {
  const at: number[] = [];
  for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
    const whole = !/[a-z]/.test(lower[i - 1] ?? '') && !/[a-z]/.test(lower[i + word.length] ?? '');
    if (whole) at.push(i);
  }
  return at.length > 0 && at.every((i) => notTakenAt(lower, i, i + word.length));
}

function partnersNamed(lower: string, mentions: readonly DrugMention[]): string[] {
  const cue = CUE.test(lower);
  // "w/" is prescribers' shorthand for "with" between two names: a join like "+".
  const joined = lower.includes('+') || /\bplus\b|\bw\//.test(lower);
  // "ondansetron with tramadol?", "pt on atorvastatin, duloxetine ok?", "Rx naproxen, pt on amlodipine - ok to
  // dispense?": a word that looks like a medicine (route-scores.ts DRUG_LIKE) is a partner with no cue word needed.
  if (!cue && !joined) return medicineLikePartners(lower, mentions);
  // "tramadol + CrCl 20": with only a "+" and patient facts, the "+" joins a fact, not a drug.
  if (!cue && Object.keys(readContext(lower)).length > 0) return [];
  const tokens: Token[] = [...lower.matchAll(/\bw\/|[a-z][a-z-]*|[+/&]/g)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const inMention = (t: Token): boolean => mentions.some((m) => t.start < m.end && t.end > m.start);
  const candidate = (t: Token | undefined): t is Token =>
    t !== undefined &&
    t.word.length >= 4 &&
    !LINKS.has(t.word) &&
    !NOT_A_DRUG.has(t.word) &&
    !notAMedicine(t.word) &&
    !inMention(t) &&
    // a catalogue drug left out of the mentions (a companion's own: "her husband ... he's on diazepam") is no
    // unknown partner, as in medicineLikePartners
    !findDrugs(t.word).length;
  const found = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (!LINKS.has(tokens[i]!.word)) continue;
    // "and"/"with" count only in a question that asks about an interaction; "+" and "plus" always join two things.
    if (!cue && (tokens[i]!.word === 'and' || tokens[i]!.word === 'with')) continue;
    // "with her tamoxifen", "w/ his lithium": the name after the possessive
    let next = i + (POSSESSIVE.has(tokens[i + 1]?.word ?? '') ? 2 : 1);
    if (SCHEDULE_WORDS.has(tokens[next]?.word ?? '')) next++;
    const after = tokens[next];
    const before = tokens[i - 1];
    if (after && inMention(after) && candidate(before)) found.add(before.word);
    else if (before && inMention(before) && candidate(after)) found.add(after.word);
    // "does tramadol interact with levothyroxine?": the name after the link, the drug elsewhere in the question.
    // "lisinopril + hctz": two unknown names joined by "+" are both partners.
    else if (cue && tokens[i]!.word !== 'and' && candidate(after)) {
      if (candidate(before) && tokens[i]!.word === '+') found.add(before.word);
      found.add(after.word);
    }
  }
  if (found.size || !cue) return [...found];
  // "her mood stabiliser is lamotrigine; any interaction with naproxen?", "takes lamotrigine - interaction with
  // naproxen?": the partner is named by what the patient takes, away from the link word.
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const names = tokens[i - 1]!.word;
    if (names === 'is' && PERSON.has(tokens[i - 2]?.word ?? '')) continue;
    if (NAMES_A_MEDICINE.has(names) && candidate(t) && !TERSE_CUE.test(t.word)) found.add(t.word);
  }
  if (found.size) return [...found];
  const rest = tokens.filter((t) => !inMention(t) && !LINKS.has(t.word) && !TERSE_CUE.test(t.word));
  return rest.length === 1 && candidate(rest[0]) ? [rest[0].word] : [];
}

/** Words of the question that look like a medicine the pathway does not list, outside the named drugs, in order. */
function medicineLikePartners(lower: string, mentions: readonly DrugMention[]): string[] {
  if (!mentions.length) return [];
  const found = new Set<string>();
  for (const m of lower.matchAll(/[a-z][a-z-]*/g)) {
    const end = m.index + m[0].length;
    if (mentions.some((d) => m.index < d.end && end > d.start)) continue;
    // a catalogue drug left out of the mentions ("stopped duloxetine ... add tramadol?") is no unknown partner
    if (m[0].length < 4 || !drugLikeWord(m[0]) || NOT_A_DRUG.has(m[0]) || notAMedicine(m[0])) continue;
    if (!findDrugs(m[0]).length) found.add(m[0]);
  }
  return [...found];
}
