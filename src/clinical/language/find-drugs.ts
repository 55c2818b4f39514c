import { saysForPain } from './stated-purpose.js';
import { isAspirinName } from '../knowledge/aspirin-dose-reading.js';
import { nonOralRouteAt } from './non-oral-route.js';
import type { DrugId } from '../knowledge/drug-catalogue.js';
import {
  DOSE_CHANGE_CLAUSE,
  type DoseRegimen,
  parseDoseRegimen,
  type DoseUnit,
  switchedToExtendedRelease,
} from './dose-regimen.js';
import { withoutScorePairs } from './score-pairs.js';
import { EXACT_NAMES, drugForName, fuzzyDrug } from './drug-lexicon.js';
import {
  describedProduct,
  FORMULATION_AFTER,
  FORMULATION_BEFORE,
  isNamedProduct,
  withProduct,
} from './product-reading.js';
import { opensNextListItem } from './numbered-list.js';
import { sharedReading } from './shared-readings.js';

export interface DrugMention {
  drug: DrugId;
  /** The text as typed (the name only). */
  matched: string;
  start: number;
  end: number;
  doseMg?: number;
  unit?: DoseUnit;
  timesPerDay?: number;
  prn?: boolean;
  dailyMg?: number;
  /** "tramadol ER": an extended-release word followed the generic (productOf gives the product). */
  extendedRelease?: boolean;
  /** "buprenorphine patch": the product a form word beside the generic names ("butrans"; describedProduct). */
  describedAs?: string;
  /** Acetaminophen mg in one dose, from a combination strength or an acetaminophen product, times the tablets. */
  acetaminophenMg?: number;
  /** One tablet's strength as typed, for a combination the reference lists no strengths of (co-codamol 30/500). */
  tablet?: { opioidMg: number; acetaminophenMg: number };
  /** Tablets a dose of a plain acetaminophen whose strength was not given ("paracetamol 2 tabs qds"). */
  tablets?: number;
  /** Naproxen sodium mg per dose as typed; `doseMg` is then naproxen base (clinical-reference.md section 2). */
  saltMg?: number;
  /** A naproxen sodium amount that is no whole number of the listed tablets: no dose was read from it. */
  saltUnresolved?: boolean;
  /** Aspirin said taken for pain ("aspirin 325 mg daily for pain"): an analgesic use whatever the frequency. */
  forPain?: true;
  /** A non-oral route typed at the dose ("10 mg iv q4h"): "IV", "IM", "SUBCUT" (non-oral-route.ts). */
  route?: string;
}

const WORD = /[a-z]{5,}/gi;
/** "epidural steroid injection", "steroid cream": not a systemic corticosteroid. */
const LOCAL_STEROID =
  /\b(?:epidural|esi|facet|intra-?articular|injections?|inj|shots?|topical|cream|ointment|inhaled|inhaler|nasal)\b/i;
const GENERIC_STEROID = /^(?:cortico)?steroids?$/i;
/**
 * After a name, a unit of comparison ("morphine equivalent", "morphine milligram equivalents", "morphine-equivalent
 * daily dose", "prednisolone equivalent"): the drug is the unit's yardstick, not a drug the patient takes or is
 * offered.
 */
const EQUIVALENT_AFTER = /^(?:\s?-\s?|\s)(?:(?:milligram|mg)s?\s)?(?:equivalen(?:t|ts|ce|cy)|eq)\b/i;
/** A dose typed before the name: "60 mg duloxetine", "500mg of naproxen", "1 gram acetaminophen". */
const DOSE_BEFORE = /(\d{1,5}(?:\.\d{1,3})?\s?(?:mg|milligrams?|g|gm|grams?|mcg\s?\/\s?hr?|mcg))\s?(?:of\s)?\s*$/i;
/**
 * Where a drug's regimen text stops: the end of the sentence or clause, or a score ("duloxetine 60 mg x 8 wk: NRS
 * 7 -> 4", "-> 6/10": the arrow is the score's, not a titration), or " + " before the next item ("tramadol 50 q6h x
 * 6 wks + acupuncture"), or a list's spaced dash or bullet before the next item, a name and its dose ("venlafaxine XR 150 mg PO
 * daily - sacubitril/valsartan 49/51 mg PO bid": a pasted list's lines, joined; not "60mg - no help, then 90 mg"), or the guideline quoted ("gralise 1800 nocte - guideline says 300-1200 tds": its dose is
 * not the patient's). A comma before how many and how often ("10 mg, one up to four times a day") does not end it.
 */
const REGIMEN_END =
  /[;\n]|\.(?!\d)|,\s(?!\d|(?:bid|tid|qid|daily|prn|q\d|then|->|increased|titrated|(?:went )?back to|back on|went (?:up|down) to|bumped up to|uptitrated to|escalated to|reduced to|decreased to|reduced from|(?:one|two) up to|one or two|up to))|\b(?:but|and|with|without|for)\b(?!\s\d|\s(?:nocte|pm|night|evening)\b)|\b(?:nrs|vas|odi|oswestry)\b|\bpain \d|\bguidelines?\b|\s\+\s|\s(?:-{1,2}|[–—•*])\s(?!(?:then|now|up|down|increased|reduced|decreased|titrated|went|back|to|takes?|taking|tk|give|use|apply|sig|per|max|prn|bid|tid|qid|bd|tds|qds|od|daily|nightly|nocte|mane|once|twice)\b)(?=[a-z][\w/-]*(?:\s[a-z][\w/-]*)?\s\d)|(?:->|→)\s?\d{1,2}\s?\/\s?10\b/i;

/**
 * Every drug named in the text (generic, brand, class member, known or fuzzy misspelling), in text order, each
 * with the dose and frequency written right after it (or an amount right before it). Read once per turn and text
 * (shared-readings.ts): the extraction, the patient-evidence check and the quick answers often read the same text.
 * Callers treat the mentions as read-only.
 */
/**
 * "T3"/"T4" said as a thyroid hormone even with a tablet sig after it ("Hypothyroid on T4 1 po daily", "T4 100 mcg
 * daily", "thyroxine ... T4 1 od"): thyroid words in its sentence, or a microgram strength, make the bare name the
 * hormone, never Tylenol #3/#4 (drug-lexicon.ts GUARDED_NAMES reads the sig). Rows with an example and a
 * counter-example (test/language/thyroid-t4.test.ts).
 */
export const THYROID_CONTEXT_ROWS: readonly { re: RegExp; example: string; counter: string }[] = [
  {
    re: /\b(?:hypothyroid(?:ism)?|hyperthyroid(?:ism)?|thyroid\w*|thyroxine|levothyroxine|liothyronine|l-?thyroxine|synthroid|eltroxin|euthyrox|levoxyl|tirosint|free t[34]|ft[34]|tsh|hashimoto'?s?|thyroidectomy)\b/i,
    example: 'Hypothyroid on T4 1 po daily',
    counter: 'T4 1 po q6h prn for back pain',
  },
  {
    re: /^\s?\d{1,3}(?:\.\d{1,2})?\s?(?:mcg|micrograms?|ug|µg)\b/i,
    example: 'T4 100 mcg 1 tab daily',
    counter: 'T4 2 tabs q6h',
  },
];
const [THYROID_WORDS, MICROGRAMS_AFTER] = THYROID_CONTEXT_ROWS.map((r) => r.re) as [RegExp, RegExp];
/**
 * A codeine tablet's sig in the name's own item, whatever thyroid word is near: more than one tablet a dose more than
 * once a day, every few hours, as needed, four times a day, or said for pain ("T3 2 tabs qid", "T3 2 tabs q6h prn for back pain", "T4 1
 * tab q6h prn"). A thyroid hormone is taken once a day by the tablet or in micrograms. Rows with an example and a
 * counter-example (test/language/thyroid-t4.test.ts).
 */
export const CODEINE_SIG_ROWS: readonly { re: RegExp; example: string; counter: string }[] = [
  {
    re: /^\s?(?:x\s?)?(?:[2-4]|ii|iii|iv|two|three|four)(?:\s?-\s?[2-4])?\s?(?:tabs?|tablets?|caps?|po)\b[^,;]{0,12}?\b(?:bd|bid|tds|tid|twice|three times|3 times)\b/i,
    example: 'Hypothyroidism, meds: T3 2 tabs tds',
    counter: 'Hypothyroidism, meds: T3 1 tab tds',
  },
  {
    re: /\b(?:prn|as needed|as required|qid|qds|q\.?\s?[2-6](?:\s?-\s?\d)?\s?h\w*|every [2-6](?:\s?-\s?\d)? ?h\w*|[2-6][- ]?hourly|for (?:the |her |his )?(?:back )?pain)\b/i,
    example: 'Hypothyroid on T4 1 po daily, also T3 1 tab q6h prn',
    counter: 'Hypothyroid on T4 1 po daily',
  },
];
/** The name's own item: up to a comma, a semicolon or a sentence's end, at most 40 characters. */
const ITEM_END = /[,;]|[.!?\n](?!\d)/;
const SENTENCE_BREAK = /[.;!?\n](?!\d)/;
const SENTENCE_BREAKS = new RegExp(SENTENCE_BREAK.source, 'g');

/** A bare "T3"/"T4" read as a thyroid hormone, not a codeine tablet. */
function isThyroidHormone(text: string, f: { start: number; end: number }): boolean {
  if (!/^t[34]$/i.test(text.slice(f.start, f.end))) return false;
  if (MICROGRAMS_AFTER.test(text.slice(f.end, f.end + 20))) return true;
  const own = text.slice(f.end, f.end + 40);
  const end = own.search(ITEM_END);
  const item = end < 0 ? own : own.slice(0, end);
  if (CODEINE_SIG_ROWS.some((r) => r.re.test(item))) return false;
  const before = text.slice(Math.max(0, f.start - 120), f.start);
  let cut = 0;
  for (const m of before.matchAll(SENTENCE_BREAKS)) cut = m.index + 1;
  const after = text.slice(f.end, f.end + 120);
  const stop = after.search(SENTENCE_BREAK);
  return THYROID_WORDS.test(`${before.slice(cut)} ${stop < 0 ? after : after.slice(0, stop)}`);
}

export function findDrugs(text: string): DrugMention[] {
  return sharedReading('findDrugs', findDrugsOnce, text);
}

function findDrugsOnce(text: string): DrugMention[] {
  const all = namedDrugs(text).filter((f) => !isThyroidHormone(text, f));
  // "OTC Aleve (naproxen sodium 220 mg) 2 tabs bid": one drug named twice, the second in a bracket with its strength
  // right after the first, is one medication: the first name, its regimen read through the bracket. A bracket with a
  // name only ("Conzip (tramadol) 100 mg daily") keeps both readings, as before.
  // When the bracket holds the more specific name ("tramadol (Ultram ER 100 mg) daily", "naproxen (Aleve 220 mg) 2
  // bid"), the bracketed product is kept instead: an ER/LA product is never read as its immediate-release generic,
  // and a salt product's tablets are counted (clinical-reference.md section 2).
  const renaming = new Set<(typeof all)[number]>();
  const insideBracket = new Set<(typeof all)[number]>();
  const dropped = new Set<(typeof all)[number]>();
  for (const [i, f] of all.entries()) {
    const prev = all[i - 1];
    const renames =
      prev !== undefined &&
      prev.drug === f.drug &&
      BRACKET_BETWEEN.test(text.slice(prev.end, f.start)) &&
      BRACKET_AFTER.exec(text.slice(prev.end, prev.end + 48))?.[1]?.match(/\d/) != null;
    if (!renames) continue;
    if (isNamedProduct(nameOnly(text, f)) && !isNamedProduct(nameOnly(text, prev))) {
      dropped.add(prev);
      insideBracket.add(f);
    } else {
      dropped.add(f);
      renaming.add(prev);
    }
  }
  const found = all.filter((f) => !dropped.has(f));
  return found.map((f, i) =>
    withRegimen(
      text,
      f,
      found[i + 1]?.start ?? text.length,
      renaming.has(f) ? 'renamed' : insideBracket.has(f) ? 'inside' : undefined,
    ),
  );
}

/** A name as a mention before its regimen is read: enough to ask whether it names a product. */
const nameOnly = (text: string, f: { drug: DrugId; start: number; end: number }) => {
  const matched = text.slice(f.start, f.end);
  return FORMULATION_AFTER.exec(text.slice(f.end, f.end + 24))?.[1]
    ? { drug: f.drug, matched, extendedRelease: true }
    : { drug: f.drug, matched };
};

/** Only an opening bracket between two names of one drug. */
const BRACKET_BETWEEN = /^\s?\(\s?$/;
/** The bracket after the name, holding its other name ("(naproxen sodium 220 mg)"): opened, its words kept. */
const BRACKET_AFTER = /^\s?\(([^()]{0,40})\)/;
/** The rest of the bracket a kept product name stands in ("Ultram ER 100 mg) daily"): closed, its words kept. */
const BRACKET_REST = /^([^()]{0,40})\)/;

/**
 * Whether the text names a drug: what `findDrugs(text).length > 0` says, without reading each drug's dose and
 * frequency (the regimen reading is most of findDrugs' work).
 */
export function namesADrug(text: string): boolean {
  return namedDrugs(text).length > 0;
}

/** The whole text is one drug's name ("warfarin", "benzos"): "relief from naproxen" names a drug, but is none. */
export function isOneDrugName(text: string): boolean {
  const found = namedDrugs(text);
  return found.length === 1 && found[0]!.start === 0 && found[0]!.end === text.length;
}

/**
 * A class word with no catalogue name of its own that names a drug the patient takes, by the words around it. The bare
 * "SNRI" asks about the guideline's SNRI, duloxetine ("SNRI for back pain?", guideline-intents.ts); said as taken
 * ("on an SNRI", "takes an SNRI") or for another use ("SNRI for depression") it is an SNRI the patient is on, which
 * with duloxetine is duplicate serotonergic therapy (clinical-reference.md section 3). Not when duloxetine itself is
 * said to be that SNRI right after it ("on an SNRI (duloxetine)"). Each row reads its example, not its counter-example
 * (test/language/find-drugs.test.ts).
 */
export interface TakenClassWordRow {
  id: string;
  re: RegExp;
  drug: DrugId;
  example: string;
  counter: string;
}
const NOT_DULOXETINE_AFTER = String.raw`(?![\s,:(-]{0,3}(?:duloxetine|cymbalta)\b)`;
export const TAKEN_CLASS_WORD_ROWS: readonly TakenClassWordRow[] = [
  {
    id: 'snri-taken',
    re: new RegExp(
      String.raw`(?<=\b(?:on|taking|takes|uses|using|started|prescribed|already on|currently on|been on|remains on|stays on|continues)\s(?:an?\s|the\s|(?:his|her|their)\s)?)snris?\b${NOT_DULOXETINE_AFTER}`,
      'gi',
    ),
    drug: 'other-snri',
    example: 'pt on an SNRI, add duloxetine?',
    counter: 'SNRI for back pain?',
  },
  {
    id: 'snri-other-use',
    re: new RegExp(
      String.raw`\bsnris?\b${NOT_DULOXETINE_AFTER}(?=\s(?:for|4)\s(?:(?:his|her|their)\s)?(?:depression|anxiety|low mood|mood|mdd|gad|ptsd|ocd|panic|hot flush(?:es)?|hot flashes)\b)`,
      'gi',
    ),
    drug: 'other-snri',
    example: 'SNRI for depression from psych, can I add duloxetine?',
    counter: 'is an SNRI for chronic back pain reasonable?',
  },
];

/** Where the drugs are named, in text order: findDrugs' mentions before their regimens are read. */
function namedDrugs(text: string): { drug: DrugId; start: number; end: number }[] {
  const found: { drug: DrugId; start: number; end: number }[] = [];
  const taken: [number, number][] = [];
  EXACT_NAMES.lastIndex = 0;
  for (let m = EXACT_NAMES.exec(text); m; m = EXACT_NAMES.exec(text)) {
    const drug = drugForName(m[0]);
    if (!drug) continue;
    taken.push([m.index, m.index + m[0].length]);
    if (EQUIVALENT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    if (
      drug === 'systemic-corticosteroid' &&
      GENERIC_STEROID.test(m[0]) &&
      isLocalSteroid(text, m.index, m.index + m[0].length)
    )
      continue;
    found.push({ drug, start: m.index, end: m.index + m[0].length });
  }
  for (const row of TAKEN_CLASS_WORD_ROWS) {
    row.re.lastIndex = 0;
    for (let m = row.re.exec(text); m; m = row.re.exec(text)) {
      if (taken.some(([a, b]) => a < m!.index + m![0].length && m!.index < b)) continue;
      taken.push([m.index, m.index + m[0].length]);
      found.push({ drug: row.drug, start: m.index, end: m.index + m[0].length });
    }
  }
  taken.sort((a, b) => a[0] - b[0]);
  WORD.lastIndex = 0;
  // Both lists run left to right: one pointer finds the exact names a word could overlap.
  let t = 0;
  for (let w = WORD.exec(text); w; w = WORD.exec(text)) {
    const start = w.index;
    const end = start + w[0].length;
    while (t < taken.length && taken[t]![1] <= start) t++;
    if (t < taken.length && taken[t]![0] < end) continue;
    if (/[a-z]/i.test(text[start - 1] ?? '') || /[a-z]/i.test(text[end] ?? '')) continue;
    const drug = fuzzyDrug(w[0]);
    if (drug) found.push({ drug, start, end });
  }
  found.sort((a, b) => a.start - b.start);
  return found.filter((f) => !classWordOfNamedNsaid(text, f, found));
}

/** The NSAID class word itself ("NSAID", "anti-inflammatories"): catalogued as "other NSAID". */
const NSAID_CLASS_WORD = /^(?:nsaids?|anti-?inflammator(?:y|ies))$/i;
/**
 * Words that make the class word this patient's named NSAID again, not a second one: what the trial of it is
 * called ("NSAID failure", "NSAID trial", "an adequate NSAID dose") or a word pointing back ("failed NSAIDs", "the
 * NSAID", "does that count as NSAID failure"). "another NSAID", "an NSAID as well" stay a second drug.
 */
const CLASS_WORD_NAMES_TRIAL_AFTER =
  /^\s?-?\s?(?:failures?|fail(?:ed|s)?|trials?|courses?|doses?|dosing|therapy|treatment|response|non-?responders?)\b/i;
const CLASS_WORD_POINTS_BACK_BEFORE = /\b(?:failed|failing|fails|tried|the|this|that|adequate|as)\s$/i;
const CLASS_WORD_HEADS_LIST = /^\s?[(:[]/;
const NAMED_NSAIDS: ReadonlySet<DrugId> = new Set(['naproxen', 'ibuprofen']);
/**
 * "also the NSAID her rheumatologist prescribed", "plus the anti-inflammatory from her GP": "the" names an NSAID the
 * patient takes besides the named one (another prescriber, or "also"): a second NSAID (test/language/longer-history.test.ts).
 */
const PRESCRIBER = String.raw`(?:rheumatolog\w*|rheum|gp|doctor|dr|specialist|consultant|dentist|surgeon|ortho\w*|pharmacist|neurolog\w*|pain clinic|hospital)`;
const SECOND_NSAID_BEFORE =
  /\b(?:also|plus|additionally|as well as|in addition to)\s(?:(?:takes|taking|on|uses|using)\s)?(?:the|that|this)\s$/i;
const SECOND_NSAID_AFTER = new RegExp(
  String.raw`^\s(?:(?:that|which)\s)?(?:(?:her|his|their|the|a|an)\s)?${PRESCRIBER}\b|^\s(?:prescribed|given|started|recommended|supplied)\s(?:by|from|at)\b|^\s(?:from|by)\s(?:(?:her|his|their|the)\s)?${PRESCRIBER}\b`,
  'i',
);

/**
 * "he takes ibuprofen OTC and says it doesn't work - does that count as NSAID failure?": one NSAID, ibuprofen. The
 * class word is dropped when another NSAID is named and the words around it name that drug's trial; otherwise an
 * NSAID named beside another stays a second NSAID (never two NSAIDs together: a warning the clinician must see).
 */
function classWordOfNamedNsaid(
  text: string,
  f: { drug: DrugId; start: number; end: number },
  all: (typeof f)[],
): boolean {
  if (f.drug !== 'other-nsaid' || !NSAID_CLASS_WORD.test(text.slice(f.start, f.end))) return false;
  const named = all.some(
    (o) =>
      o !== f &&
      (NAMED_NSAIDS.has(o.drug) || (o.drug === 'other-nsaid' && !NSAID_CLASS_WORD.test(text.slice(o.start, o.end)))),
  );
  // "failed NSAIDs (naproxen, meloxicam)", "NSAIDs: ibuprofen, naproxen": the class word heads a list, and the
  // case reader gives the list the outcome said with it, so it stays.
  if (!named || CLASS_WORD_HEADS_LIST.test(text.slice(f.end, f.end + 3))) return false;
  if (
    SECOND_NSAID_BEFORE.test(text.slice(Math.max(0, f.start - 30), f.start)) ||
    SECOND_NSAID_AFTER.test(text.slice(f.end, f.end + 40))
  )
    return false;
  return (
    CLASS_WORD_NAMES_TRIAL_AFTER.test(text.slice(f.end, f.end + 24)) ||
    CLASS_WORD_POINTS_BACK_BEFORE.test(text.slice(Math.max(0, f.start - 12), f.start))
  );
}

function isLocalSteroid(text: string, start: number, end: number): boolean {
  return LOCAL_STEROID.test(text.slice(Math.max(0, start - 25), Math.min(text.length, end + 25)));
}

function withRegimen(
  text: string,
  f: { drug: DrugId; start: number; end: number },
  nextStart: number,
  bracket?: 'renamed' | 'inside',
): DrugMention {
  // "1. off sertraline 2. duloxetine 30": the next item's number is no dose of this drug (numbered-list.ts)
  const raw = opensNextListItem(text, f.end) ? '' : text.slice(f.end, Math.min(nextStart, f.end + 80));
  // "Aleve (naproxen sodium 220 mg) 2 tabs bid": read as "Aleve naproxen sodium 220 mg 2 tabs bid";
  // "naproxen (Aleve 220 mg) 2 bid": as "Aleve 220 mg 2 bid"
  const opened =
    bracket === 'renamed'
      ? raw.replace(BRACKET_AFTER, ' $1 ')
      : bracket === 'inside'
        ? raw.replace(BRACKET_REST, '$1 ')
        : raw;
  // "naproxen 500 bd x 3 mo (7->7)", "qds x 6 wks: 8 -> 8": the outcome's scores are no titration of the dose
  let after = withoutScorePairs(regimenText(opened));
  // "tramadol ER 100 daily", "oxy IR 5": the formulation word is read, then skipped so the dose after it is found.
  const form = FORMULATION_AFTER.exec(after);
  if (form) after = after.slice(form[0].length);
  let regimen = parseDoseRegimen(after);
  if (regimen.doseMg === undefined && regimen.dailyMg === undefined) {
    const before = DOSE_BEFORE.exec(text.slice(Math.max(0, f.start - 20), f.start));
    if (before?.[1]) regimen = parseDoseRegimen(`${before[1]} ${after}`);
  }
  const mention: DrugMention = { drug: f.drug, matched: text.slice(f.start, f.end), start: f.start, end: f.end };
  if (
    form?.[1] ||
    FORMULATION_BEFORE.test(text.slice(Math.max(0, f.start - 24), f.start)) ||
    switchedToExtendedRelease(after)
  )
    mention.extendedRelease = true;
  const described = describedProduct(text, f);
  if (described) mention.describedAs = described;
  const product = withProduct(mention, after, regimen);
  regimen = product.regimen;
  Object.assign(mention, product.facts);
  if (regimen.doseMg !== undefined) mention.doseMg = regimen.doseMg;
  // A patch strength typed as plain mcg is per hour ("fentanyl 25 mcg").
  if (f.drug === 'fentanyl' && regimen.doseMg !== undefined && regimen.unit === 'mg' && regimen.doseMg < 1) {
    mention.doseMg = Math.round(regimen.doseMg * 1000);
    mention.unit = 'mcg/hr';
  } else if (regimen.unit) mention.unit = regimen.unit;
  // "how much tramadol a day?": "a day" right after a name with no amount is the unit of the question, not "daily".
  if (regimen.timesPerDay !== undefined && !unitOfQuestion(regimen, after)) mention.timesPerDay = regimen.timesPerDay;
  if (regimen.prn) mention.prn = true;
  if (regimen.dailyMg !== undefined && mention.unit !== 'mcg/hr') mention.dailyMg = regimen.dailyMg;
  // aspirin only: its purpose decides antiplatelet or analgesic use (aspirin-dose-reading.ts)
  // ("..., for pain in back he wants ibuprofen": a clause before the next drug's name is that drug's)
  if (isAspirinName(mention.matched) && saysForPain(raw, nextStart < text.length && nextStart <= f.end + 80))
    mention.forPain = true;
  const route = nonOralRouteAt(text, f.start, f.end);
  if (route) mention.route = route;
  return mention;
}

/** "a day" or "per day" right after the name, with no amount anywhere: "how much paracetamol a day". */
const PER_DAY_ONLY = /^[\s,]*(?:a|per|each) day\b/i;
const unitOfQuestion = (regimen: DoseRegimen, after: string): boolean =>
  regimen.doseMg === undefined && regimen.dailyMg === undefined && PER_DAY_ONLY.test(after);

/** The regimen part after a name: up to the end of its clause (a comma before a number or frequency continues it). */
/** "cut to 25 qid but pain flared, back on 50 qid": the dose returned to, later in the sentence, is the one now. */
const BACK_ON_LATER = /^[^.;\n?]{0,40}?\bback (?:on|up to) \d/;
/** Words that make the "back on" a plan: "want to get her back on 10 bd", "aim to be back on 5 qds by March". */
const PLANNED_BACK =
  /\b(?:want|wants|wanting|aim|aims|aiming|plan|plans|planning|hope|hoping|goal|target|would like|intend\w*)\b/;
function regimenText(after: string): string {
  const lead = /^[\s:(-]*/.exec(after)?.[0].length ?? 0;
  let from = lead;
  for (;;) {
    const stop = REGIMEN_END.exec(after.slice(from));
    if (!stop) return after;
    const at = from + stop.index;
    const back = BACK_ON_LATER.exec(after.slice(at));
    // "want to get her back on 10 bd by March": a dose planned, not taken now
    const backNow = !!back && !PLANNED_BACK.test(back[0]);
    if (!DOSE_CHANGE_CLAUSE.test(after.slice(at)) && !backNow) return after.slice(0, at);
    from = at + 1;
  }
}
