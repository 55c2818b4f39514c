/**
 * Alcohol as clinicians write it. The reference (clinical-reference.md section 2) has two rows and no threshold:
 * duloxetine "Avoid in chronic liver disease or heavy alcohol use", acetaminophen's maximum "lower with liver disease or
 * regular alcohol use". So the case reader never decides from an amount whether it is heavy:
 *
 * - HEAVY_ALCOHOL: heavy use said in words ("heavy drinker", "alcohol use disorder", "drinks too much", "binge drinker":
 *   binge drinking is heavy drinking by its meaning): 'heavy-alcohol'.
 * - ALCOHOL_USE_ROWS: drinking said as an amount or a habit, with no word on whether it is heavy ("drinks 6 beers a
 *   night", "40 units/week", "social drinker", "etoh 4/day"): 'regular-alcohol'. The acetaminophen note holds, and the
 *   walk-through asks whether it is heavy use before duloxetine is called suitable (option-rules.ts, the question
 *   'heavyAlcohol'). Never a threshold of its own.
 * - LIGHT_ALCOHOL: the clinician's own word that it is not heavy ("light drinker", "moderate alcohol use"):
 *   'heavy-alcohol' 'no'.
 *
 * Not drinking ("no alcohol", "teetotal", "denies etoh") names no row, nor does occasional drinking ("an occasional
 * glass of wine": not regular), and past drinking ("used to drink 6 beers a night", "ex-drinker, sober 5 years":
 * stopped.ts) counts for neither. Each row reads its example and leaves its
 * counter-example (test/language/alcohol.test.ts). An amount of alcohol is never a drug's dose, frequency or duration:
 * alcoholSpans gives the readers of drugs the text with these words blanked.
 */
const NUM = String.raw`(?:[1-9]\d{0,2}(?:\.\d)?|0\.\d)`;
const RANGE = String.raw`${NUM}(?:\s?(?:-|–|to)\s?${NUM})?`;
const WORD_NUMBER = `(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a couple(?: of)?|a few|several|half a)`;
const ABOUT = String.raw`(?:(?:about|around|approx\.?|roughly|up to|at least|over|maybe|~)\s?)?`;
const AMOUNT = `${ABOUT}(?:${RANGE}|${WORD_NUMBER})`;
const BEVERAGE = `(?:red |white )?(?:wine|beer|lager|cider|spirits|whiske?y|vodka|gin|rum|prosecco|champagne|alcohol)`;
/**
 * A drink of alcohol by its name or its measure (a glass, a bottle or a can only of a named alcohol, "of" or not:
 * "3 glasses wine nightly").
 */
const DRINK = `(?:beers?|pints?|lagers?|ciders?|ales?|stouts?|spirits|vodkas?|whiske?ys?|gins?|rums?|wines?|cocktails?|(?:standard |alcoholic |std )?drinks?|six-?packs?|stubbies|schooners|(?:glass(?:es)?|bottles?|cans?|tins?|measures?|shots?) (?:of )?${BEVERAGE}|(?:cans?|tins?|bottles?) (?:of )?(?:beer|lager|cider))`;
/** How often: "a night", "/day", "per week", "daily", "most nights", "at weekends" ("and" is no "an d"). */
const PERIOD = String.raw`(?:(?:\s?\/\s?|\s(?:per|a|an|each|every)\s)(?:day|d|night|nite|evening|week|wk|w|weekend|month)\b|\s(?:daily|nightly|weekly|most (?:days|nights|evenings)|every (?:day|night|evening)|(?:at|on|over) (?:the )?weekends?|at night|in the evenings?|with (?:dinner|meals|tea)|pw|pd|p\/w|p\/d)\b)`;
/**
 * Advice or a plan about alcohol just before its words is no drinking said of the patient: "counselled to avoid
 * alcohol intake", "advised to limit alcohol use", "discussed cutting down on heavy drinking".
 */
/**
 * Drinks and foods that are no alcohol, named after "of" ("3 pints of milk a day", "2 tins a day of tuna", "2 cans a
 * day of coke zero"). Only these cancel drinking: a brand or a colloquial name after "of" ("3 pints a day of Guinness",
 * "2 bottles a night of red", "6 cans a day of VB") is alcohol, as is an alcohol named ("pints of lager"). Data with
 * examples (test/answers/alcohol-other-drink-and-stated-use.test.ts).
 */
export const NOT_ALCOHOL_DRINKS: readonly string[] = [
  'milk',
  'water',
  'tea',
  'coffee',
  'decaf',
  'coke',
  'cola',
  'pepsi',
  'sprite',
  'fanta',
  'lemonade',
  'soda',
  'pop',
  'juice',
  'squash',
  'cordial',
  'smoothies?',
  'shakes?',
  'milkshakes?',
  'soft drinks?',
  'fizzy drinks?',
  'energy drinks?',
  'red bull',
  'monster',
  'lucozade',
  'gatorade',
  'powerade',
  'ginger ale',
  'tonic',
  'kombucha',
  'soup',
  'broth',
  'tuna',
  'beans',
  'fluids?',
  'formula',
  'ensure',
  'fortisips?',
  'supplements?',
  'protein',
  'non-?alcoholic \\w+',
  'alcohol[- ]free \\w+',
  'low[- ]alcohol \\w+',
  'zero \\w+',
  '0\\.0 \\w+',
];
/** After a container or drink amount and its period, "of" and a named non-alcoholic drink: not drinking. */
const NOT_OTHER_AFTER = String.raw`(?!(?:\s(?:a|per|each|every)\s(?:day|night|week))?\s(?:of|o')\s(?:(?:diet|skim(?:med)?|semi-skimmed|full[- ]fat|whole|sparkling|still|fizzy|green|black|herbal|iced|orange|apple|fruit|cranberry|hot|cold|plain|tap|bottled|soya?|oat|almond|chocolate)\s){0,2}(?:${NOT_ALCOHOL_DRINKS.join('|')})\b)`;
const ADVICE = String.raw`(?<!\b(?:avoid|avoiding|limit|limiting|reduce|reducing|cut down on|cutting down on|cut back on|minimi[sz]e|abstain from|counsell?ed (?:on|about|re)|advised (?:on|about|re)|advice (?:on|about|re)|discussed|education (?:on|about|re))\s)`;
/**
 * The heavy words: said, they take duloxetine out (its liver row); "drinks a lot of coffee" is not alcohol.
 * "Alcoholic" is read as the noun ("known alcoholic", "an alcoholic, 2 bottles of wine a day"), never as an adjective
 * ("alcoholic drinks", "alcoholic hand gel") nor in "non-alcoholic" ("non-alcoholic beer", "non-alcoholic fatty liver").
 */
const HEAVY = String.raw`${ADVICE}(?:heavy (?:alcohol|etoh|drinking|drinker|drinks?)|binge[- ]?drink(?:s|er|ers|ing)?|alcohol use disorder|aud|(?:etoh|alcohol) (?:abuse|excess|dependence)|alcoholism|(?<!\bnon[- ]?)alcoholic\b(?=\s?(?:$|[^a-z\s]|(?:and|with|who|since|but|so|on|in|for|x)\b))|(?:drinks|drinking) (?:heavily|a lot|too much)(?! of (?:coffee|tea|water|soda|cola|coke|pop|juice|milk|fluids?|caffeine|energy drinks?)\b))`;

export const HEAVY_ALCOHOL = new RegExp(String.raw`\b(?:${HEAVY})\b`, 'g');

/**
 * The heavy words that name the disorder itself ("alcohol use disorder", "AUD", "alcohol dependence", "alcoholism"):
 * heavy drinking, and a substance use disorder too (the guideline's opioid risk assessment screens for substance use
 * disorder; the reference's naloxone row: "history of substance use disorder"). Past ("in recovery from alcohol
 * dependence") it is still a history of the disorder, while the drinking is over (stopped.ts). "Heavy drinker" or
 * "binge drinking" names no disorder.
 */
export const ALCOHOL_USE_DISORDER = new RegExp(
  String.raw`\b${ADVICE}(?:alcohol use disorder|aud|(?:etoh|alcohol) (?:abuse|dependence|dependency|addiction)|alcoholism)\b`,
  'g',
);

export interface AlcoholRow {
  id: string;
  re: RegExp;
  example: string;
  counter: string;
}

/** Drinking said as an amount or a habit: alcohol use, heavy or not not said. */
export const ALCOHOL_USE_ROWS: readonly AlcoholRow[] = [
  {
    // an amount of a drink and how often: "6 beers a night", "2-3 standard drinks daily", "a bottle of wine most nights"
    id: 'amount-per-time',
    re: new RegExp(String.raw`\b${AMOUNT}\s?${DRINK}${PERIOD}${NOT_OTHER_AFTER}`, 'g'),
    example: 'drinks 6 beers a night',
    counter: 'drinks 6 cups of coffee a day',
  },
  {
    // "drinks 4 cans a day", "has 4-5 cans most nights": a drinking verb with a container and how often, nothing
    // named between them ("4 cans of coke a day" names another drink and is not read)
    id: 'drinks-containers',
    re: new RegExp(
      String.raw`\b(?:drinks|drinking|drank|has|having|had|downs|sinks)\s${AMOUNT}\s?(?:cans?|tins?|bottles?|glass(?:es)?|stubbies|schooners|pints?)${PERIOD}${NOT_OTHER_AFTER}`,
      'g',
    ),
    example: 'drinks 4 cans a day',
    counter: 'drinks 4 cans of coke a day',
  },
  {
    // units a week are alcohol's measure ("40 units/week"); units a day without alcohol named may be insulin's
    id: 'units',
    re: new RegExp(
      String.raw`\b${AMOUNT}\s?(?:units?|u)(?:(?:\s?\/\s?|\s(?:per|a)\s)(?:week|wk|w)\b|\s?pw\b| (?:of )?(?:alcohol|etoh)\b)`,
      'g',
    ),
    example: '40 units/week',
    counter: 'insulin 20 units daily',
  },
  {
    // "drinks 6 beers", "has a couple of glasses of wine": the drink said with its amount, how often left out
    id: 'drinks-amount',
    re: new RegExp(
      String.raw`\b(?:drinks|drinking|has|having|consumes)\s${AMOUNT}\s?${DRINK}\b${NOT_OTHER_AFTER}`,
      'g',
    ),
    example: 'has a couple of glasses of wine with friends',
    counter: 'drinks 2 litres of water',
  },
  {
    // "etoh 4/day", "EtOH: 3 pints/night", "alcohol 20 units per week", "etoh ~40u/wk"
    id: 'etoh-amount',
    re: new RegExp(
      String.raw`\b(?:etoh|alcohol|alc|booze)(?: (?:intake|use|consumption))?\s?[:=~-]?\s?${ABOUT}${RANGE}\s?(?:(?:units?|u|drinks?|beers?|pints?|glasses?|std drinks?|sd|glasses of wine)\s?)?(?:\/|per |a |x\s?\/?)\s?(?:day|d|night|week|wk|w)\b`,
      'g',
    ),
    example: 'etoh 4/day',
    counter: 'etoh 0/wk',
  },
  {
    // the clinician's word that it is light (saidLight): alcohol use, and not heavy; before the rows below, so
    // the joined pattern takes "etoh use - light" whole
    id: 'light',
    re: /\b(?:(?:light|moderate|modest|minimal) (?:social )?(?:drinker|drinking|alcohol(?: use| intake)?|etoh(?: use)?)|drinks (?:lightly|moderately|in moderation|a little)|(?:etoh|alcohol)(?: use| intake)?\s?[:=-]?\s?(?:moderate|light|minimal)(?![a-z]))/g,
    example: 'light drinker',
    counter: 'light duties at work',
  },
  {
    // a habit with no amount: "social drinker", "drinks wine most nights", "regular alcohol use"
    id: 'habit',
    re: /\b(?:social(?:ly)? drink(?:er|s|ing)|drinks? socially|(?:etoh|alcohol)(?: use)?:? social(?:ly)?\b|drinks (?:alcohol |beer |wine |spirits )?(?:daily|every (?:day|night|evening)|nightly|most (?:days|nights|evenings)|regularly|at (?:the )?weekends?|on (?:the )?weekends?|every weekend|with (?:dinner|meals))|regular (?:drinker|drinking|alcohol(?: use| intake)?|etoh(?: use)?)|(?:daily|nightly|weekend) (?:drinker|drinking|alcohol|etoh)|(?:etoh|alcohol)(?: use)?:? (?:yes|\+ve|\+|regular(?:ly)?|daily|weekends?)(?![a-z]))/g,
    example: 'social drinker',
    counter: 'an occasional glass of wine',
  },
  {
    // use named without an amount: "alcohol use, most days", "EtOH intake" (a disorder is heavy: HEAVY_ALCOHOL)
    id: 'named',
    re: new RegExp(String.raw`${ADVICE}\b(?:etoh|alcohol) (?:use|intake|consumption)\b(?! disorder)`, 'g'),
    example: 'alcohol use, most days',
    counter: 'counselled to avoid alcohol intake',
  },
];

const LIGHT_ALCOHOL = new RegExp(`^(?:${ALCOHOL_USE_ROWS.find((r) => r.id === 'light')!.re.source})$`);

/** A phrase of alcohol use the clinician calls light or moderate (the row 'light'): not heavy alcohol use. */
export function saidLight(phrase: string): boolean {
  return LIGHT_ALCOHOL.test(phrase);
}

/**
 * The alcohol rows' patterns, in order, for the concept reader (concepts.ts: 'regular-alcohol', one concept per row,
 * so a phrase is claimed by the first row that reads it: "etoh use - light" is the light row's). Kept apart: joined,
 * the ReDoS checker read the alternation as polynomial.
 */
export const ALCOHOL_USE: readonly RegExp[] = ALCOHOL_USE_ROWS.map((r) => r.re);

/** Words that put drinking in the past, just before it in its clause ("used to drink 6 beers a night"). */
const PAST_BEFORE =
  /\b(?:used to|previously|formerly|former|ex|in the past|prior to|until|was|were|had been|drank)\b[^.;,]{0,16}$/;
/** Just after it: "6 beers a night in the past", "40 units/week until 2021", "years ago". */
const PAST_AFTER =
  /^[^.;,]{0,25}\b(?:in the past|previously|until \d{4}|until (?:last|this) \w+|years ago|yrs ago|before (?:he|she|they) stopped)\b/;

/** The drinking at [start, end) of `text` is said of the past. */
export function drinkingInPast(text: string, start: number, end: number): boolean {
  return PAST_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || PAST_AFTER.test(text.slice(end, end + 40));
}

/** Said not to drink it, just before the phrase: "no regular alcohol", "denies social drinking". */
const DENIED_BEFORE = /\b(?:no|not|never|nil|denies|without|nor)\s(?:an?\s)?$/;

/**
 * For a one-off question ("drinks 6 beers a night, duloxetine ok?"): drinking said as an amount or a habit, now and
 * not denied, and whether the clinician called it light ('not-heavy') or said nothing of it ('heavy-not-said').
 * Heavy use in words is read apart (HEAVY_ALCOHOL).
 */
export function alcoholUseSaid(text: string): 'heavy-not-said' | 'not-heavy' | undefined {
  if (!ANY_ALCOHOL_WORD.test(text)) return undefined;
  let said: 'heavy-not-said' | 'not-heavy' | undefined;
  for (const re of ALCOHOL_USE) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      if (DENIED_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) || drinkingInPast(text, m.index, end))
        continue;
      if (saidLight(m[0])) said = 'not-heavy';
      else said ??= 'heavy-not-said';
    }
  }
  return said;
}

/** The words before an amount that only say it is alcohol: "alcohol 3 units/week", "drinks 6 beers a night". */
const AMOUNT_LEAD =
  /^(?:(?:etoh|alcohol|alc|booze)(?: (?:intake|use|consumption))?\s?[:=-]?\s?|(?:drinks|drinking|has|having|consumes)\s)/;

/** The amount of a drinking phrase as the reply quotes it: "alcohol 3 units/week" -> "3 units/week". */
export function alcoholAmountText(phrase: string): string {
  return phrase.replace(AMOUNT_LEAD, '').trim().slice(0, 60);
}

/** A cheap first look: texts with none of these words hold no alcohol phrase. */
const ANY_ALCOHOL_WORD =
  /alcohol|etoh|drink|beer|wine|pint|lager|cider|spirit|vodka|whisk|gin\b|rum\b|shot|unit|booze|sober|abstinent|teetotal|six-?pack|stubb|schooner/;

/** A time said with drinking or with being off it: "for 20 years", "x 10 yrs", "since 2019", "5 years". */
const TIME_WITH =
  /^,?\s?(?:(?:for|x|over|sober|abstinent)\s?)?(?:the (?:last|past) )?(?:\d{1,4}|a|an|many|several|a few)\s?(?:years?|yrs?|y|months?|mos?|mths?|weeks?|wks?|days?)\b|^,?\s?since\s[a-z0-9]{3,9}\b/;

/**
 * The spans of the (normalized) text that speak of alcohol: drinking, heavy or not, and (`also`: stopped.ts's
 * abstinence words, global) being off it with its time ("sober 5 years"). The readers of drugs blank them: "naproxen
 * failed, drinks 2 glasses of wine a week" gives naproxen no duration, "2-3 standard drinks daily" no frequency.
 */
export function alcoholSpans(text: string, also: readonly RegExp[] = []): [number, number][] {
  if (!ANY_ALCOHOL_WORD.test(text)) return [];
  const spans: [number, number][] = [];
  // row by row: every row's phrase is blanked whole, wherever two rows read the same words
  for (const re of [...ALCOHOL_USE, HEAVY_ALCOHOL, ...also]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const end = m.index + m[0].length;
      const time = TIME_WITH.exec(text.slice(end, end + 30));
      spans.push([m.index, end + (time ? time[0].length : 0)]);
    }
  }
  return spans;
}

/** `text` with the spans blanked by underscores, length kept (offsets still point at the same words). */
export function blankSpans(text: string, spans: readonly [number, number][]): string {
  if (!spans.length) return text;
  const chars = text.split('');
  for (const [s, e] of spans) for (let i = s; i < e && i < chars.length; i++) if (chars[i] !== ' ') chars[i] = '_';
  return chars.join('');
}
