import type { DrugId } from '../knowledge/drug-catalogue.js';
import { companionDrugLists, PERSON_NAMED } from './companion-drugs.js';
import { findDrugs } from './find-drugs.js';
import { normalize } from './normalize.js';

/**
 * A question about a relative's or companion's OWN medicine ("His mother, who lives with him, is on morphine - does
 * that matter for his numbers?", "His mate takes pregabalin and swears by it - worth trying for him?", "My husband has
 * leftover Celebrex - can I take those instead?"). The case never counts it (companion-drugs.ts keeps it out); the
 * reply says so first, naming the person, then answers for the patient. Each person and verb is data with an example
 * (test/walkthrough/companion-medicine-question.test.ts).
 */
export interface CompanionMedicine {
  /** "his mother", "her mate", "my husband": as said, lower case. */
  who: string;
  /** "his", "her" or undefined when the owner of the person is not the patient's pronoun ("my husband"). */
  patientPronoun?: 'his' | 'her';
  drug: DrugId;
  /** The drug as typed ("celebrex"). */
  typed: string;
  /** The patient asks to take some of it ("he's asking to try hers", "can she borrow some?"). */
  sharing?: boolean;
}

/**
 * Asking to take the person's own supply: "asking to try hers", "can he have some of his wife's?", "wants to borrow
 * them", "take a few of his". Each phrasing is an example in test/walkthrough/companion-medicine-question.test.ts.
 */
const SHARING =
  /\b(?:try|take|have|use|borrow|share|pinch|nick)(?:ing|s)? (?:some of |a few of |one of |a couple of )?(?:hers|his|theirs|(?:her|his|their) (?:wife|husband|partner|mother|mum|mom|father|dad|son|daughter|friend|mate)'?s|(?:her|his|their) (?:tablets|pills|meds|medicines?|supply|prescription))\b|\bborrow(?:ing|s)?\b/i;

/** The person, with the possessive that ties them to the patient or the speaker. */
const PERSON =
  /\b(?:(his|her|their|my|the patient'?s|pt'?s) )?(husband|hubby|wife|partner|boyfriend|girlfriend|fiancee?|son|daughter|mother|mum|mom|father|dad|brother|sister|friend|mate|flatmate|housemate|roommate|neighbou?r|carer|caregiver|colleague|workmate|grandma|grandmother|grandfather|grandpa|gran|aunt|uncle|cousin)\b/gi;
/**
 * The verb that makes the drug the person's own, in the same sentence within 40 characters ("mother, who lives with
 * him, is on", "mate takes", "husband has leftover", "wife's got some").
 */
const OWNS =
  /^[^.?!;\n]{0,40}?\b(?:is on|'s on|was on|takes|took|is taking|was taking|uses|used|has been on|had been on|swears by|(?:has|had|'s got|has got|got) (?:some |a few |a box of |a bottle of )?(?:leftover|left-over|spare|old|extra|unused|her|his|their|own)?\s?|was prescribed|is prescribed|gets)\b/i;
/** Note style, right after the person (an age between at most): "wife on amitriptyline", "husband (80) on warfarin". */
const NOTE_ON = /^(?: \d{2,3},?| \([^()]{1,30}\))? (?:also )?on\b/i;
/** Between the person and the verb: the person reports the patient's drug ("his wife says he takes tramadol"). */
const REPORTS_PATIENTS =
  /\b(?:says?|said|reports?|reported|tells?|told|mentions?|mentioned|thinks?|he|she|pt|patient)\b/i;
/** The drug starts this close after the verb. */
const DRUG_WITHIN = 25;

/**
 * The drug is the patient's after all: hers by possessive between the verb and the drug ("her husband gets her
 * oxycodone from the pharmacy"), fetched for the patient ("gets oxycodone for her"), or taken by the patient later in
 * the sentence ("husband has leftover diazepam - she's been taking a few at night", "I've been taking them"). The
 * case counts it then (the safer reading), and no companion line is said.
 */
const PATIENTS_POSSESSIVE = /\b(?:the patient'?s|the pt'?s|pt'?s|patient'?s)\b/i;
const FOR_PATIENT = /^\s(?:[\w/]+\s){0,3}?for (?:him|her|them|the patient|the pt|pt|me)\b(?! own\b)/i;
/** The patient takes it, them or some (not another drug: "husband is on oxycodone and she takes naproxen"). */
const PATIENT_TAKES =
  /^[^.?!;\n]{0,60}?\b(?:she|he|they|pt|patient|i)(?:'s|'ve| is| has| have| was| had|'d)? ?(?:been |also |now |then |started |starting )?(?:taking|takes|took|using|uses|used|having|helping herself to|helping himself to)(?: (?:it|them|those|these|some|a few|one|two|a couple|his|hers|the odd|the leftovers?)\b|\s*(?:$|[,.;:)-]))/i;

/** "her husband gets her oxycodone": the owner's pronoun said again, built once. */
const OWNER_AGAIN: Record<string, RegExp> = { her: /\bher\b/i, his: /\bhis\b/i };

function patientsAfterAll(text: string, owner: string | undefined, from: number, drugStart: number, drugEnd: number) {
  const between = text.slice(from, drugStart);
  // "her husband gets her oxycodone": the owner's pronoun again names the patient
  if (PATIENTS_POSSESSIVE.test(between) || (owner !== undefined && OWNER_AGAIN[owner]?.test(between) === true))
    return true;
  const rest = text.slice(drugEnd, drugEnd + 80);
  return FOR_PATIENT.test(rest) || PATIENT_TAKES.test(rest);
}

type DrugMention = ReturnType<typeof findDrugs>[number];

/**
 * The person's drug named again outside what is theirs: asked about for the patient ("mum had serotonin syndrome on
 * tramadol. pt on sertraline - is tramadol ok for him?"), so no companion line.
 */
function namedAgain(mentions: readonly DrugMention[], drug: DrugMention, theirs: (m: DrugMention) => boolean): boolean {
  return mentions.some((m) => m.drug === drug.drug && !theirs(m));
}

export function companionMedicineAsked(text: string): CompanionMedicine | undefined {
  // both readings below need a person named: without one, the drugs are not read
  PERSON.lastIndex = 0;
  if (!PERSON.test(text) && !PERSON_NAMED.test(normalize(text))) return undefined;
  const mentions = findDrugs(text);
  if (!mentions.length) return undefined;
  PERSON.lastIndex = 0;
  for (let m = PERSON.exec(text); m; m = PERSON.exec(text)) {
    const after = m.index + m[0].length;
    const verb = OWNS.exec(text.slice(after, after + 80)) ?? NOTE_ON.exec(text.slice(after, after + 40));
    if (!verb || REPORTS_PATIENTS.test(verb[0])) continue;
    const from = after + verb.index + verb[0].length;
    const drug = mentions.find((d) => d.start >= from && d.start - from <= DRUG_WITHIN);
    if (!drug || namedAgain(mentions, drug, (d) => d === drug)) continue;
    const owner = m[1]?.toLowerCase();
    if (patientsAfterAll(text, owner, from, drug.start, drug.end)) continue;
    return {
      who: `${owner ? `${owner} ` : ''}${m[2]!.toLowerCase()}`,
      ...(owner === 'his' || owner === 'her' ? { patientPronoun: owner } : {}),
      drug: drug.drug,
      typed: text.slice(drug.start, drug.end),
      ...(SHARING.test(text.slice(drug.end)) ? { sharing: true } : {}),
    };
  }
  return companionInCase(text);
}

/**
 * The case reader's companion lists (companion-drugs.ts: "Father had a GI bleed on warfarin", "Wife's on
 * citalopram", "Lives with wife who is on phenelzine"): what the case leaves out is said as left out, by one reader.
 * The same drug named again outside the person's list is the patient's question (namedAgain).
 */
function companionInCase(text: string): CompanionMedicine | undefined {
  const norm = normalize(text);
  // every list names a person (companionDrugLists' own gate): without one, the drug reading is not needed
  if (!PERSON_NAMED.test(norm)) return undefined;
  const mentions = findDrugs(norm);
  for (const list of companionDrugLists(
    norm,
    mentions.map((m) => m.start),
  )) {
    const inList = (m: DrugMention) => m.start >= list.span[0] && m.start < list.span[1];
    const drug = mentions.find(inList);
    if (!drug || namedAgain(mentions, drug, inList)) continue;
    return {
      who: list.who,
      ...(list.patientPronoun ? { patientPronoun: list.patientPronoun } : {}),
      drug: drug.drug,
      typed: norm.slice(drug.start, drug.end),
    };
  }
  return undefined;
}
