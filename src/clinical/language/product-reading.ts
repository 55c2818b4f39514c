import { combinationByBrand, combinationByOpioid, strengthsForName } from '../knowledge/combination-products.js';
import type { DrugId } from '../knowledge/drug-catalogue.js';
import {
  DESCRIBED_PRODUCT_ROWS,
  formulationProduct,
  naproxenBaseMg,
  productByName,
  type NamedProduct,
} from '../knowledge/named-products.js';
import type { DoseRegimen } from './dose-regimen.js';
import { parseFrequency } from './frequency.js';
import { leadingCount, perDose, tabletCount, type TabletCount } from './tablet-count.js';
import { typedStrength } from './tablet-regimen.js';

/**
 * What a product name adds to a drug mention (clinical-reference.md version 2, section 2): an extended-release word
 * after a generic ("tramadol ER"), a tablet count for a product whose name fixes the strength ("ultracet 2 q4h",
 * "anaprox ds bid"), naproxen sodium read as naproxen base, and the acetaminophen in each dose.
 */
export interface ProductFacts {
  /** "tramadol ER 100": an extended-release word followed the generic name. */
  extendedRelease?: boolean;
  /** Acetaminophen mg in one dose (a combination tablet or an acetaminophen product, times the tablets). */
  acetaminophenMg?: number;
  /** One tablet's strength as typed, for a combination whose strengths the reference does not list (co-codamol). */
  tablet?: { opioidMg: number; acetaminophenMg: number };
  /** Tablets a dose of a plain acetaminophen whose strength was not given: asked, never read as mg. */
  tablets?: number;
  /** Naproxen sodium mg per dose as typed or counted; the mention's dose is then in naproxen base. */
  saltMg?: number;
  /** A naproxen sodium amount that is not a whole number of the listed tablets: no dose is read from it. */
  saltUnresolved?: boolean;
}

export { FORMULATION_AFTER } from './formulation-words.js';

/**
 * The extended-release word written before the generic ("extended-release tramadol", "MR tramadol", "long-acting
 * morphine"). Bare "ER" is not read here: before a drug it is as often the emergency room ("seen in ER, tramadol
 * given"). Each alternative is a fixed word, so the pattern runs in linear time.
 */
export const FORMULATION_BEFORE =
  /\b(?:xr|sr|cr|xl|mr|ext(?:ended)?[- ]release|long[- ]acting|controlled[- ]release|sustained[- ]release|modified[- ]release|prolonged[- ]release|slow[- ]release) $/i;

export interface MentionLike {
  drug: DrugId;
  matched: string;
  extendedRelease?: boolean;
  describedAs?: string;
}

/** The named product or formulation a mention stands for, or undefined for a plain generic. */
export function productOf(m: MentionLike): NamedProduct | undefined {
  if (m.extendedRelease) return formulationProduct(m.drug);
  return productByName(m.matched) ?? (m.describedAs ? productByName(m.describedAs) : undefined);
}

/** The clause around a name, up to 30 characters each side: where its form words are ("weekly ... skin patch"). */
const CLAUSE_BREAK = /[.;?!\n]/;
const AFTER_WINDOW = /^[\s\S]{0,30}[a-z]*/;
/**
 * The product a generic's form words name ("once-weekly buprenorphine skin patch" is Butrans), by the rows of
 * DESCRIBED_PRODUCT_ROWS; undefined for a brand name or no form word.
 */
export function describedProduct(text: string, f: { drug: DrugId; start: number; end: number }): string | undefined {
  const rows = DESCRIBED_PRODUCT_ROWS.filter((r) => r.drug === f.drug);
  if (!rows.length || productByName(text.slice(f.start, f.end))) return undefined;
  const before =
    text
      .slice(Math.max(0, f.start - 30), f.start)
      .split(CLAUSE_BREAK)
      .pop() ?? '';
  // 30 characters and the rest of the word they end in ("weekly pick" is "weekly pickup", not a patch's "weekly")
  const after = (AFTER_WINDOW.exec(text.slice(f.end, f.end + 50))?.[0] ?? '').split(CLAUSE_BREAK)[0] ?? '';
  return rows.find((r) => r.words.test(before) || r.words.test(after))?.product;
}

/** A name that says more than its drug id: a combination brand, a named product or an ER word after a generic. */
export function isNamedProduct(m: MentionLike): boolean {
  return combinationByBrand(m.matched) !== undefined || productOf(m) !== undefined;
}

/** The product a case medication records for a mention (Medication.product), or undefined for a plain generic. */
export function productNameOf(m: MentionLike): string | undefined {
  if (!isNamedProduct(m)) return undefined;
  return productByName(m.matched) || !m.describedAs ? m.matched.toLowerCase().replace(/\s+/g, ' ') : m.describedAs;
}

/** One case medication per drug and product: "OxyContin 20 mg q12h + oxycodone IR 5 mg q4h" are two. */
export const medicationKey = (drug: string, product: string | undefined): string =>
  product ? `${drug}|${product}` : drug;

/** The strength typed right after a product's name ("220 mg", "(500)"): skipped to read the tablets after it. */
const OWN_STRENGTH = /^[\s:=@(-]*\d{1,4}(?:\.\d{1,2})?\s?(?:mg|milligrams?)?\)?/i;

/** A strength is read only right after the name ("norco 10/325"), not from later text. */
const LEADING_STRENGTH = /^\s*(?:[:=@-]\s*)?\d/;

const hasFrequency = (after: string): boolean => parseFrequency(after).timesPerDay !== undefined;

/**
 * Tablets per dose for a name that fixes one strength: a typed count ("2 tabs", "ii", bare "2 q4h"; "(500) 2 tabs"
 * when no amount was read), else one tablet when how often is given ("anaprox ds bid"). The lower end of a range, as
 * the case reader keeps. A day's count ("tylenol #3 4/day") is one tablet a dose, the count its doses a day.
 */
function fixedCount(after: string, hadDose: boolean): { tablets: number; timesPerDay?: number } | undefined {
  const typed: TabletCount | undefined = leadingCount(after, true) ?? (hadDose ? undefined : tabletCount(after));
  if (typed !== undefined) return perDose(typed, 'low');
  if (hadDose) return undefined;
  return hasFrequency(after) ? { tablets: 1 } : undefined;
}

/** The dose as `count` tablets of `mg` each; a day's count sets the doses a day (the daily total is worked out below). */
function setTablets(out: DoseRegimen, mg: number, count: { tablets: number; timesPerDay?: number }): void {
  out.doseMg = mg * count.tablets;
  out.unit = 'mg';
  if (count.timesPerDay !== undefined) {
    out.timesPerDay = count.timesPerDay;
    delete out.dailyMg;
  }
}

/**
 * Fills in the dose a product name implies and converts naproxen sodium to base. `regimen` is what the ordinary
 * reader found in `after`; the returned regimen replaces it.
 */
export function withProduct(
  m: MentionLike,
  after: string,
  regimen: DoseRegimen,
): { regimen: DoseRegimen; facts: ProductFacts } {
  const facts: ProductFacts = {};
  const combo = combinationByBrand(m.matched);
  const product = productOf(m);
  // A plain generic with no strength typed: nothing to add (the common case, kept cheap for long texts).
  if (!combo && !product && m.drug !== 'acetaminophen' && !combinationByOpioid(m.drug)) return { regimen, facts };
  const out: DoseRegimen = { ...regimen };
  const strengths = combo ? strengthsForName(combo, m.matched) : [];
  const hadDose = out.doseMg !== undefined || out.dailyMg !== undefined;
  if (combo && strengths.length === 1) {
    // A count right after the name wins over the ordinary reader's bare number ("ultracet 2 q4h" is 2 tablets).
    const s = strengths[0]!;
    const count = fixedCount(after, hadDose);
    if (count !== undefined) setTablets(out, s.opioidMg, count);
    if (out.doseMg !== undefined) facts.acetaminophenMg = s.acetaminophenMg * (out.doseMg / s.opioidMg);
  } else if (combo ?? combinationByOpioid(m.drug)) {
    // "norco 10/325 2 tabs": the strength's acetaminophen times the tablets, when the strength is a listed one.
    // Acetaminophen first ("APAP/codeine 300/30") or a dash ("5-325") is the same tablet: the parts are matched
    // either way round, and the opioid part times the tablets is the dose (the plain reader took the first part).
    const lead = LEADING_STRENGTH.exec(after);
    const found = lead ? typedStrength(after) : undefined;
    const typed = found && lead && found.index === lead[0].length - 1 ? found : undefined;
    // a product whose strengths the reference does not list (co-codamol 30/500) takes the strength as typed
    const listed =
      (combo ?? combinationByOpioid(m.drug))?.strengths.find(
        (s) => typed && s.opioidMg === typed.opioidMg && s.acetaminophenMg === typed.acetaminophenMg,
      ) ?? (combo?.typedStrengths ? typed : undefined);
    const firstPart = Number(/\d+(?:\.\d)?/.exec(after)?.[0]);
    if (typed && firstPart !== typed.opioidMg) {
      const count = leadingCount(after.slice(typed.end), true);
      setTablets(out, typed.opioidMg, count ? perDose(count, 'low') : { tablets: 1 });
    }
    // "5-325 mg tablet, 6 tablets per day" (an EHR line): a day's count later in the regimen, none given before it
    const day = typed && out.timesPerDay === undefined ? tabletCount(after.slice(typed.end)) : undefined;
    if (typed && day?.perDay) setTablets(out, typed.opioidMg, perDose(day, 'low'));
    if (listed && out.doseMg !== undefined)
      facts.acetaminophenMg = listed.acetaminophenMg * (out.doseMg / listed.opioidMg);
    if (combo?.typedStrengths && typed)
      facts.tablet = { opioidMg: typed.opioidMg, acetaminophenMg: typed.acetaminophenMg };
  }
  if (product?.tabletMg !== undefined) {
    // "extra strength tylenol (500) 2 tabs": the product's own strength typed, then the tablets.
    // "aleve 220 mg 2 bid": a bare count right after the product's own strength is its tablets.
    const own = hadDose && out.doseMg === product.tabletMg;
    const typed = own ? (tabletCount(after) ?? leadingCount(after.replace(OWN_STRENGTH, ''), true)) : undefined;
    const count = own ? (typed ? perDose(typed, 'low') : { tablets: 1 }) : fixedCount(after, hadDose);
    if (count !== undefined) setTablets(out, product.tabletMg, count);
  }
  if (m.drug === 'acetaminophen' && !combo && product?.tabletMg === undefined) {
    const tablets = plainAcetaminophenTablets(out, after);
    if (tablets !== undefined) facts.tablets = tablets;
  }
  if (product?.kind === 'buprenorphine-sublingual') buprenorphinePart(out, after);
  if (product?.kind === 'acetaminophen' || (m.drug === 'acetaminophen' && !combo)) {
    if (out.doseMg !== undefined) facts.acetaminophenMg = out.doseMg;
  }
  if (product?.kind === 'naproxen-sodium') convertSalt(out, facts);
  if (out.doseMg !== undefined && out.timesPerDay !== undefined && out.unit !== 'mcg/hr')
    out.dailyMg = Math.round(out.doseMg * out.timesPerDay * 1000) / 1000;
  return { regimen: out, facts };
}

/**
 * A plain acetaminophen name ("Panadol", "Tylenol", "paracetamol") comes in more than one strength, so a bare small
 * count is tablets, never mg: "panadol 2 qid" has no dose (its strength is asked), and "panadol 500mg 2 qid" is
 * 2 x 500 mg a dose. The count read as the dose is at most 4 (LEADING_BARE), far below any tablet's strength.
 * Returns the tablets a dose when no strength was given ("paracetamol 2 tabs qds": 2), for the strength to be asked.
 */
function plainAcetaminophenTablets(out: DoseRegimen, after: string): number | undefined {
  const bare = leadingCount(after, true);
  // "paracetamol 6 a day": the ordinary reader's 6 mg a day is 6 tablets
  const read = out.doseMg ?? out.dailyMg;
  if (bare && read !== undefined && read <= bare.high && !TYPED_UNIT.test(after.slice(0, bare.end + 8))) {
    delete out.doseMg;
    delete out.dailyMg;
    delete out.unit;
  }
  if (out.doseMg === undefined && out.dailyMg === undefined) {
    const count = bare ?? tabletCount(after);
    if (!count) return undefined;
    const each = perDose(count, 'low');
    if (each.timesPerDay !== undefined) out.timesPerDay = each.timesPerDay;
    return each.tablets;
  }
  const strength = OWN_STRENGTH.exec(after);
  if (!strength || out.doseMg === undefined || Number(/\d+(?:\.\d+)?/.exec(strength[0])?.[0]) !== out.doseMg) return;
  // "2 tabs" after the strength was already counted by the ordinary reader; only a bare count is read here
  const count = tabletCount(after) ? undefined : leadingCount(after.slice(strength[0].length), true);
  if (count) setTablets(out, out.doseMg, perDose(count, 'low'));
  return undefined;
}
const TYPED_UNIT = /\d\s?(?:mg|milligrams?|g|gm|grams?)\b/i;

/**
 * "Suboxone 8/2 mg", "buprenorphine/naloxone 16/4": the first part is the buprenorphine, the second the naloxone
 * (the plain reader took the number next to "mg"). Only a dose read, never one given.
 */
const BUPRENORPHINE_NALOXONE =
  /^\s?(?:[/+-]\s?naloxone\s?)?(?:[:=@-]\s?)?(\d{1,2}(?:\.\d{1,2})?)\s?\/\s?\d{1,2}(?:\.\d{1,2})?\s?(?:mg\b)?/i;
function buprenorphinePart(out: DoseRegimen, after: string): void {
  const m = BUPRENORPHINE_NALOXONE.exec(after);
  if (!m) return;
  out.doseMg = Number(m[1]);
  out.unit = 'mg';
}

/** Naproxen sodium mg -> naproxen base (label.naproxen-sodium); an amount that fits no listed tablet is dropped. */
function convertSalt(out: DoseRegimen, facts: ProductFacts): void {
  if (out.doseMg !== undefined) {
    const base = naproxenBaseMg(out.doseMg);
    facts.saltMg = out.doseMg;
    if (base === undefined) {
      facts.saltUnresolved = true;
      delete out.doseMg;
      delete out.dailyMg;
    } else out.doseMg = base;
  } else if (out.dailyMg !== undefined) {
    const base = naproxenBaseMg(out.dailyMg, 12);
    if (base === undefined) {
      facts.saltUnresolved = true;
      delete out.dailyMg;
    } else out.dailyMg = base;
  }
}
