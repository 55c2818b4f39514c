/**
 * A companion's or relative's OWN medicines said in a case ("came with her husband, he takes warfarin", "her son's on
 * sertraline", "wife is on tramadol"): they are not the patient's, so they must not join the case's drugs (a
 * warfarin that is the husband's would hold NSAIDs for the patient). A relative REPORTING the patient's drugs ("her
 * daughter says she takes extra paracetamol", "wife says he's on warfarin") has a reporting verb between the person
 * and the drug, which no row reads. Each row is data with an example it must read and a counter-example it must not
 * (test/language/companion-drugs.test.ts); the rows run on normalized (lower-case) text.
 */

import { describedSex, type Sex } from './stated-patient.js';

/** Someone with or around the patient, by the pronoun that names them. */
const MALE = '(?:husband|hubby|boyfriend|son|father|dad|brother|grandson|nephew|uncle|grandad|grandpa|grandfather)';
const FEMALE = '(?:wife|girlfriend|daughter|mother|mum|mom|sister|granddaughter|niece|aunt|grandma|gran|grandmother)';
const ANY = '(?:partner|fiancee?|carer|caregiver|friend|neighbou?r|cousin|relative|flatmate|housemate|roommate)';
/** The companion's own age or a bracket after the word: "wife (58)", "son, 40,". */
const AGE = String.raw`(?: \([^()]{1,30}\)|,? \d{2,3},?)?`;
/**
 * The verb that makes the drug after it the person's own: "is on", "'s on", "takes", "has been on", and in the past
 * ("wife was on tramadol": still hers, never the patient's).
 */
const TAKES = String.raw`(?:'s on|'s also on|'s been on| is on| is also on| has been on| takes| also takes| is taking| uses| is using| was on| was also on| was taking| used to take| had been on)\b`;
/**
 * Between the person and the pronoun, the person's coming along: "her husband came with her - he's on diazepam",
 * "his wife is here today, she takes sertraline".
 */
const CAME = String.raw`(?: (?:came|comes|has come|is here|was here|attended|attends|is with (?:her|him))(?: in| along)?(?: with (?:her|him))?(?: today)?)?`;
/** A thing that happened to the person ("had a bleed", "developed a rash", "died of an overdose"), then the drug. */
const EVENT = String.raw`(?:had|has had|got|developed|suffered|died(?: of| from| after)?|was admitted with|ended up with)`;
/**
 * After the event verb, words that make the event someone else's: a report or a sighting ("had noticed", "has seen",
 * "got worried") is of the patient; so is the patient named in the gap ("had a fright when the pt bled on"). A
 * pronoun is not read: "mum had a bleed when she was on warfarin" is mum's.
 */
const NOT_THEIRS = String.raw`(?! (?:noticed|seen|observed|spotted|heard|said|told|mentioned|reported|commented|worried|concerned|a look)\b)`;
const PATIENT_WORD = String.raw`\b(?:pt|patient)\b`;
/** What ties the event to the drug after it: "on warfarin", "while on it", "from tramadol", "after taking". */
const EVENT_ON = String.raw`(?:on|while on|whilst on|when on|when taking|while taking|from|after taking)`;
/** A family history heading ("family history", "family hx", "FHx", "FH"). */
const FAMILY_SECTION = String.raw`(?:family (?:history|hx)|fhx|fh)`;
/** Where a section ends: a full stop, a line break, or the next heading of a note. */
const SECTION_END =
  /[.\n]|\b(?:social (?:history|hx)|shx|drug (?:history|hx)|dhx|medications|meds|allergies|labs|exam(?:ination)?|o\/e|plan|impression|assessment)\s?:/;
/** Note style, no verb: "wife on amitriptyline 10 mg nocte", "husband (80) on warfarin": the person's own. */
const ON = String.raw`(?: on| also on)\b`;

export interface CompanionDrugRow {
  id: string;
  /** Global; a match ends where the companion's drug list may begin. */
  re: RegExp;
  example: string;
  /**
   * The row's pronoun ("her husband, he takes"): the companion's only when the owner said (group 1: "her") or else
   * the patient's described sex is the other one; "lives with her daughter, she takes" may be the patient's.
   */
  pronoun?: Sex;
  /** A text whose drug is the patient's, which the row must not read. */
  counter: string;
  /** The text just before the match says the PATIENT takes it ("she has been taking her husband's oxycodone"). */
  patientTakesBefore?: true;
  /**
   * The drug is the person's only when the text right after says where it is or that they have it ("her husband's
   * oxycodone is in the house", "daughter's got some spare tramadol"); anything else said of it (a dose, how often, an
   * effect, a question: "husband's Percocet 2 tabs most nights - helps") is the patient's use (KEPT_AFTER).
   */
  keptOnly?: true;
  /**
   * A section heading ("Family history:", "FHx -"): every drug from it to the section's end (a full stop, a line break
   * or the next heading) is a relative's, however far from the heading.
   */
  section?: true;
}

export const COMPANION_DRUG_ROWS: readonly CompanionDrugRow[] = [
  {
    // the person word, then the verb: "wife is on tramadol", "her son's on sertraline", "daughter (45) who takes"
    id: 'companion-takes',
    // not opening the text: "Mum, 34, is on ibuprofen" may be the patient herself
    // not opening the text with an age: "Mum, 34, is on ibuprofen" may be the patient herself; "son takes tramadol
    // for his knee" opening a later turn is the son
    re: new RegExp(
      String.raw`(?:(?<!^\W{0,3})\b(?:${MALE}|${FEMALE}|${ANY})${AGE}|^\W{0,3}(?:${MALE}|${FEMALE}|${ANY}))(?:,? who)?${TAKES}`,
      'g',
    ),
    example: '70F CLBP 3 yrs, naproxen helped, wife is on tramadol',
    counter: '70F CLBP 3 yrs, wife says he is on warfarin',
  },
  {
    // note style, the person word then "on" and the drug: "wife on amitriptyline 10 mg nocte for sleep"; opening a
    // later turn too ("wife on amitriptyline, he's asking to try hers"), but not with an age ("Mum, 34, on
    // ibuprofen" may be the patient herself)
    id: 'companion-on',
    re: new RegExp(
      String.raw`(?:(?<!^\W{0,3})\b(?:${MALE}|${FEMALE}|${ANY})${AGE}|^\W{0,3}(?:${MALE}|${FEMALE}|${ANY})):?${ON}`,
      'g',
    ),
    example: '70M CLBP 8 months, naproxen 500 bd. wife on amitriptyline 10 mg nocte for sleep',
    counter: '70M CLBP 8 months, came in with his wife, on amitriptyline 10 mg nocte',
  },
  {
    // an event the person had on a drug, said of the person: "father had a GI bleed on warfarin", "mum developed
    // serotonin syndrome on tramadol", "brother died of an overdose on oxycodone": the drug was theirs. The event is
    // the person's own: "wife had noticed he bruises easily on warfarin" is the patient's event she saw (NOT_THEIRS)
    id: 'companion-event-on',
    re: new RegExp(
      String.raw`\b(?:${MALE}|${FEMALE}|${ANY})${AGE}(?:,? who)? ${EVENT}${NOT_THEIRS}(?: an?| the| his| her)? (?:(?!${PATIENT_WORD})[^.;,!?\n]){1,30}? ${EVENT_ON}\b`,
      'g',
    ),
    example: '58M CLBP 2y, duloxetine failed. Father had a GI bleed on warfarin. Next?',
    counter: '58M CLBP 2y, father had a GI bleed. On warfarin for AF. Next?',
  },
  {
    // the person, then a pronoun of their sex: "came with her husband, he takes warfarin", "his daughter - she's on
    // sertraline"; "lives with his wife, he is on warfarin" is the patient (the pronoun is not the wife's)
    id: 'companion-he-takes',
    re: new RegExp(String.raw`\b(?:(her|his) )?${MALE}${AGE}${CAME}(?:,| -| and|;)? he${TAKES}`, 'g'),
    pronoun: 'male',
    example: '68F chronic LBP 2 yrs, came with her husband, he takes warfarin',
    counter: '68M chronic LBP 2 yrs, lives with his wife, he takes warfarin',
  },
  {
    // the person's own drug by possessive, said to be kept or had, no verb of the patient's before it: "her husband's
    // oxycodone is in the house", "son's tramadol is kept at home"; "she has been taking her husband's oxycodone",
    // "husband's Percocet 2 tabs most nights - helps", "her husband's tramadol ok with her sertraline?" are the patient's
    id: 'companion-possessive',
    re: new RegExp(String.raw`\b(?:(her|his|their) )?(?:${MALE}|${FEMALE}|${ANY})'s(?= )`, 'g'),
    patientTakesBefore: true,
    keptOnly: true,
    example: "68F CLBP 1 yr, naproxen no help. Her husband's oxycodone is in the house.",
    counter: "68F CLBP 1 yr, she has been taking her husband's oxycodone",
  },
  {
    // a family history section: "FAMILY HISTORY: Mother: dementia; Cousin: warfarin after a PE"
    id: 'family-history-section',
    re: new RegExp(String.raw`\b${FAMILY_SECTION}\s?[:–-]`, 'g'),
    section: true,
    example: '45F CLBP 1 yr. Family history: stroke in father; warfarin (mother). Naproxen 500 bd failed.',
    counter: '45F CLBP 1 yr, on warfarin. Family history: breast cancer. Naproxen 500 bd failed.',
  },
  {
    // the person, then their own medicine list by pronoun: "lives with her husband; his meds: tramadol, sertraline"
    id: 'companion-his-meds',
    re: new RegExp(
      String.raw`\b(?:(her|his) )?${MALE}${AGE}[^.;?!\n]{0,25}?[;,:-] his (?:meds|medications|medicines|tablets|drugs)(?:\s?:| include| are)`,
      'g',
    ),
    pronoun: 'male',
    example: '60F CLBP. Lives with husband; his meds: tramadol 50 qds, sertraline 50. She takes naproxen.',
    counter: '60M CLBP. Lives with his son; his meds: tramadol 50 qds, sertraline 50.',
  },
  {
    id: 'companion-her-meds',
    re: new RegExp(
      String.raw`\b(?:(her|his) )?${FEMALE}${AGE}[^.;?!\n]{0,25}?[;,:-] her (?:meds|medications|medicines|tablets|drugs)(?:\s?:| include| are)`,
      'g',
    ),
    pronoun: 'female',
    example: '70M CLBP. Lives with his wife; her meds: warfarin, sertraline. He takes naproxen.',
    counter: '70F CLBP. Lives with her daughter; her meds: warfarin, sertraline.',
  },
  {
    id: 'companion-she-takes',
    re: new RegExp(String.raw`\b(?:(her|his) )?${FEMALE}${AGE}${CAME}(?:,| -| and|;)? she${TAKES}`, 'g'),
    pronoun: 'female',
    example: '72M LBP 1 yr, brought by his daughter, she is on sertraline',
    counter: '72F LBP 1 yr, lives with her husband, she is on sertraline',
  },
];

/**
 * After the verb, signs that the companion handles the PATIENT's drug, which then stays the patient's (held: the safer
 * reading): a possessive first ("his partner takes his warfarin", "friend is using her tramadol"; "her own" is the
 * companion's), or the drug given to or set out for the patient ("carer takes warfarin to her every morning",
 * "daughter takes warfarin out of the blister pack for her"). "for her nerve pain" is the companion's own reason.
 */
const PATIENTS_POSSESSIVE = /^ (?:his|her|their|the patient'?s|the pt'?s|pt'?s|patient'?s)\b(?! own\b)/;
const HANDED_TO_PATIENT =
  /\bout\b|\b(?:to|for|with) (?:him|them|the patient|the pt|pt)\b|\b(?:to|for) her\b(?=\s?(?:[^\w\s]|$)|\s(?:each|every|daily|nightly|at|in|on|when|as|because|too|also|now|since|and|but|so|twice|once)\b)/;

const SPACED_DASH = /\s(?:-{1,2}|[–—])\s/;
/**
 * Before a possessive ("her husband's oxycodone"): the patient takes, uses or tried it ("taking her husband's", "on
 * his wife's", "borrowed some of her son's"). Then it is the patient's (companion-question.ts reads the same).
 */
const PATIENT_TAKES_BEFORE =
  /\b(?:tak(?:e|es|ing)|took|us(?:e|es|ing)|used|on|tried|trying|borrow\w*|had|having|stole|steal\w*|pinch\w*|nick\w*|shar(?:e|es|ed|ing)|help(?:s|ed|ing)? (?:him|her)self to|been given|given|gets|got|of)\s$/;
/**
 * After the possessive (keptOnly): the person's drug kept or had, said right after it ("husband's oxycodone is in the
 * house", "son's tramadol kept in the kitchen drawer", "daughter's got some spare tramadol", "wife's meds: ..."), with
 * no patient named before the verb ("husband's oxycodone 10 bd - she is taking 2" is the patient's). Bounded: linear.
 */
const MED_LIST =
  /^ (?:meds|medications|medicines|tablets|pills|drugs)(?:\s?:|\s(?:include|includes|including|incl|are|list)\b)/;
const KEPT_AFTER = new RegExp(
  String.raw`^ (?:got|has got|had|has)\b|${MED_LIST.source}|^(?:(?!\b(?:she|he|they|pt|patient|i)\b)[^,.;!?\n]){0,30}?\s(?:is|are|was|were|has been|have been|kept|sits?|sitting|lying|left|stored|stays?|at home|in the (?:house|home|cupboard|drawer|kitchen|bathroom|car|cabinet))\b`,
);
/**
 * Before the possessive (keptOnly): someone has the person's drug within reach, not the patient taking it ("son who has
 * access to his dad's oxycodone", "could get hold of her mum's tramadol"): the drug is the person's, as KEPT_AFTER.
 */
const KEPT_BEFORE =
  /\b(?:access to|get hold of|get at|got hold of|locks? up|locked up|keeps?|stores?|stored|hides?|hid)\s$/;
/**
 * A comma item after the companion's drug that is the patient's own trial, by an outcome word ("lives with son who
 * takes tramadol, naproxen 500 bd 6 wks failed"): it ends the companion's list. "wife is on tramadol, sertraline and
 * diazepam" has no outcome and stays the companion's; so does a duration alone ("husband is on warfarin, oxycodone
 * 10 mg bd for years": how long he has taken it).
 */
const PATIENT_TRIAL_ITEM =
  /,\s?[^,.;]*?\b(?:failed|helped|helps|no help|not helping|relief|benefit|partial\w*|tried|no better|no good|no change|no effect|worked|didn'?t work|did not work)\b/;
/** The companion's drug must start this close after the verb ("takes regular warfarin"); else the verb is another's. */
const FIRST_DRUG_WITHIN = 16;
/** The companion's list ends at the sentence's end or where the patient is named again (", she is on naproxen"). */
const LIST_END =
  /[.!?;\n]|,? (?:and |but |while |whereas )?(?:she|he|pt|patient|the patient|the pt)\b|\b(?:but|whereas|while) /;

/**
 * The spans of the text (normalized) that list a companion's own drugs, for the case reader to leave out; `starts`
 * are the drug mentions' start offsets, so a span is given only where a drug follows the verb.
 */
export function companionDrugSpans(norm: string, starts: readonly number[]): [number, number][] {
  return companionDrugLists(norm, starts).map((c) => c.span);
}

/** A companion's own drug list: its span of the text and the person, as said ("her husband", "wife"). */
export interface CompanionDrugList {
  span: [number, number];
  who: string;
  /** "her" or "his" when the person is tied to the patient by that pronoun ("her husband"), else undefined. */
  patientPronoun?: 'her' | 'his';
}

/** A question's own words in the last comma item: "wife takes warfarin, naproxen ok?". */
const ASKS_OK = /\b(?:ok|okay|safe|fine|alright|appropriate|suitable|reasonable)\b/;

/**
 * Where the companion's list ends when its sentence is a question: at a spaced dash ("his wife takes warfarin -
 * naproxen ok?"), or before a last comma item that asks ("wife takes warfarin, naproxen ok?"). The question is the
 * clinician's, about the patient; the drugs before it stay the companion's. A list said, not asked, runs on.
 */
function questionCut(list: string, asked: boolean): number {
  if (!asked) return list.length;
  const dash = list.search(SPACED_DASH);
  if (dash >= 0) return dash;
  const comma = list.lastIndexOf(',');
  return comma >= 0 && ASKS_OK.test(list.slice(comma)) ? comma : list.length;
}

/** The companion's list a drug named at `start` falls in, if any (the quick answers and the MME leave it out). */
export const companionListAt = (lists: readonly CompanionDrugList[], start: number): CompanionDrugList | undefined =>
  lists.find(({ span: [s, e] }) => start >= s && start < e);

/**
 * Every row's match holds a person word after a word boundary: a text naming none is not scanned row by row (most
 * questions name no companion, and each quick answer asks).
 */
export const PERSON_NAMED = new RegExp(String.raw`\b(?:${MALE}|${FEMALE}|${ANY}|${FAMILY_SECTION})`);

/** The person word in a row's match, with the possessive before it ("her husband"). */
const PERSON_IN_MATCH = new RegExp(String.raw`\b(?:(her|his) )?(${MALE}|${FEMALE}|${ANY})\b`);

/** companionDrugSpans with the person each list belongs to (the quick answers say whose the drug is). */
export function companionDrugLists(norm: string, starts: readonly number[]): CompanionDrugList[] {
  if (starts.length === 0 || !PERSON_NAMED.test(norm)) return [];
  const spans: CompanionDrugList[] = [];
  let patientSex: Sex | undefined | null = null;
  for (const row of COMPANION_DRUG_ROWS) {
    row.re.lastIndex = 0;
    for (let m = row.re.exec(norm); m; m = row.re.exec(norm)) {
      if (row.pronoun) {
        patientSex ??= describedSex(norm) ?? undefined;
        const owner = m[1] === undefined ? patientSex : m[1] === 'her' ? 'female' : 'male';
        if (owner === undefined || owner === row.pronoun) continue;
      }
      if (row.patientTakesBefore && PATIENT_TAKES_BEFORE.test(norm.slice(Math.max(0, m.index - 30), m.index))) continue;
      const from = m.index + m[0].length;
      if (row.section) {
        const close = norm.slice(from).search(SECTION_END);
        const to = close < 0 ? norm.length : from + close;
        if (starts.some((s) => s >= from && s < to)) spans.push({ span: [from, to], who: 'a relative' });
        continue;
      }
      if (
        row.keptOnly &&
        !KEPT_AFTER.test(norm.slice(from, from + 60)) &&
        !KEPT_BEFORE.test(norm.slice(Math.max(0, m.index - 20), m.index))
      )
        continue;
      // "wife's medications are apixaban ...": the list starts after its heading
      const heading = row.keptOnly ? (MED_LIST.exec(norm.slice(from, from + 30))?.[0].length ?? 0) : 0;
      if (!starts.some((s) => s >= from && s - from - heading <= FIRST_DRUG_WITHIN)) continue;
      const end = norm.slice(from).search(LIST_END);
      const listEnd = end < 0 ? norm.length : from + end;
      const trial = norm.slice(from, listEnd).search(PATIENT_TRIAL_ITEM);
      const to = trial < 0 ? listEnd : from + trial;
      // "wife takes pregabalin - worth trying for him?": after a spaced dash the question is the clinician's
      const list = norm.slice(from, to);
      const dash = list.search(SPACED_DASH);
      if (
        PATIENTS_POSSESSIVE.test(norm.slice(from, from + 20)) ||
        HANDED_TO_PATIENT.test(dash < 0 ? list : list.slice(0, dash))
      )
        continue;
      const person = PERSON_IN_MATCH.exec(norm.slice(Math.max(0, m.index - 4), m.index + m[0].length));
      const pronoun = person?.[1] === 'her' || person?.[1] === 'his' ? person[1] : undefined;
      spans.push({
        span: [from, from + questionCut(list, norm[listEnd] === '?')],
        who: person?.[1] ? person[0] : `the ${person?.[2] ?? 'companion'}`,
        ...(pronoun ? { patientPronoun: pronoun } : {}),
      });
    }
  }
  return spans;
}
