import type { CaseFacts, Medication, RedFlagId } from '../case/case-facts.js';
import { isCoMedication } from '../case/medication-facts.js';
import type { DrugId } from '../knowledge/drug-catalogue.js';
import { askedPart, asideFollows, withoutAsides } from './aside.js';
import { sentencesStartingWith } from './clauses.js';
import { companionDrugSpans } from './companion-drugs.js';
import { conceptHits, conceptHitsSoFar, mayHaveRedFlagHit } from './concept-hits.js';
import { doseChanges } from './dose-change.js';
import {
  withOwnDailyTablets,
  withStatedUse,
  type DailyTabletsChange,
  type TabletChange,
} from '../case/tablet-change.js';
import { dailyTabletsSaid } from './daily-tablets.js';
import { type Duration, durationsIn } from './durations.js';
import { entityFacts, mergeMedicationsByKey, stoppedMedication } from './entities.js';
import { stopReferents } from './stop-referent.js';
import type { Entity } from './entity.js';
import { factsFromHits } from './facts-from-hits.js';
import { findDrugs } from './find-drugs.js';
import { gateFacts, painDuration, scoredTrial } from './gate-facts.js';
import { pdmpRiskFinding } from './pdmp-finding.js';
import { labFindingsIn } from './lab-findings.js';
import { looksLikeIdentifiers } from './identifiers.js';
import { measuresIn, oswestrySectionsIn } from './measures.js';
import { statedSex } from './stated-patient.js';
import { noOtherConditions } from './no-conditions.js';
import { normalize } from './normalize.js';
import { populationsIn } from './populations.js';
import { mostDailyOpioidMg, oneStrength } from './most-daily.js';
import { medicationKey, productNameOf } from './product-reading.js';
import { proposedDrugs } from './proposals.js';
import { sharedReading } from './shared-readings.js';
import { askingClause, caseQuestion, isQuestion, isRequest } from './question-shape.js';
import { planSpans } from './entity-cues.js';
import { therapiesIn } from './therapy-mentions.js';
import { understoodLabels } from './understood.js';
import { ALCOHOL_STOPPED_ALL, alcoholStopped, pronounStops } from './stopped.js';
import { alcoholAmountText, alcoholSpans, blankSpans, drinkingInPast, saidLight } from './alcohol.js';
import type { Hit } from './concept-hits.js';

/** A stop said of a pronoun whose medicine the text leaves unclear (`names`: the ones it may be) or names nowhere. */
export interface StopToPlace {
  names?: string[];
  daysAgo?: number;
}

export interface Extraction {
  /** Only what the text says; medications and non-drug therapies are lists to merge by drug / therapy. */
  patch: Partial<CaseFacts>;
  /** Short clinician-facing labels of what was read; never the clinician's own sentences. */
  understood: string[];
  /** The text looks like it holds a name, a record number or a date of birth. */
  identifiers: boolean;
  /** The text describes a patient rather than asking a question. */
  isCaseNarrative: boolean;
  /**
   * Drugs proposed, planned or asked about, not taken ("colleague suggests OxyContin 20 mg bid", "wants to try
   * Neurontin - dose?"): never in `patch`; the walk-through judges them against the case.
   */
  proposals: Medication[];
  /**
   * Stops said of "it" or "that" whose medicine the text does not make clear ("on phenelzine and sertraline, stopped
   * it 10 days ago") or does not name ("it's been 3 weeks since she stopped it", said of the open case): never applied
   * to a guessed medicine; the walk-through places it in the case or asks which.
   */
  stopsToPlace?: StopToPlace[];
  /** The question the message asks ("should I refer?"), at its end or mid-text, answered first by the walk-through. */
  question?: string;
  /** The request just before the question ("I wondered about gabapentin. What dose would be safe?"): what it is about. */
  questionContext?: string;
  /**
   * Red flags asked about, not said ("is she losing weight?", "does he have saddle numbness"): never in `patch`; the
   * answers name their level of urgency.
   */
  askedRedFlags?: RedFlagId[];
  /**
   * Drugs whose dose the text says was changed ("gabapentin increased to 600 tds", "dulox now 60"): a fact about the
   * patient even inside a question, which the open case records (dialogs/walkthrough/walkthrough-routes.ts).
   */
  doseChanged?: DrugId[];
  /**
   * Changes said in tablets of a product with no one strength ("oxycodone now 2 tabs q6h", "norco now 2 tabs"): the
   * open case's strength for it gives the mg (src/clinical/case/tablet-change.ts), else the strength is asked.
   */
  tabletChanges?: TabletChange[];
  /**
   * Tablets a day said of the patient ("actually takes 4 a day", "using 4 Percocet a day, not 6"): the open case's
   * tablet strength gives the dose (src/clinical/case/tablet-change.ts, withDailyTablets), else it is asked.
   */
  dailyTablets?: DailyTabletsChange;
  /**
   * Red-flag signs answered "not sure" or "unknown" ("bladder question answered 'not sure'"), with the words that
   * named each: the screen is not completed until they are checked (reference 6).
   */
  unknownRedFlags?: { id: RedFlagId; words: string }[];
  /** An Oswestry section list with more than the reference's maximum unanswered: no score, the rest is asked. */
  oswestryNotScored?: { answered: number; missing: number };
}

/** Longer texts are cut: a pasted note's first 20,000 characters hold the case (keeps the work bounded). */
const MAX_CHARS = 20_000;
const RENAL_NORMAL =
  /\b(?:(?:renal|kidney) function (?:is )?(?:normal|nl|ok|fine|intact|good)|normal (?:renal|kidney) function|renal(?: function)?:? wnl)\b/;

/** Free text -> case facts, deterministically (no clock: "since March" counts back from receivedAt). */
/**
 * Whether the text can name a red flag at all (said, denied or asked): the red flags of an extraction come only from
 * its red-flag concept hits, so a turn can skip the whole extraction when the concept reading (shared with it) has none.
 */
export function mayNameRedFlags(text: string): boolean {
  return sharedReading('mayNameRedFlags', mayNameRedFlagsOnce, text);
}

function mayNameRedFlagsOnce(text: string): boolean {
  const raw = typeof text === 'string' ? text.slice(0, MAX_CHARS) : '';
  const norm = normalize(raw);
  const isRedFlag = (h: Hit) => h.kind.fact === 'redFlag';
  // the concept reading already made this turn (the extraction's) answers without the pre-check's scan
  const made = conceptHitsSoFar(norm);
  if (made) return made.some(isRedFlag);
  return mayHaveRedFlagHit(norm) && conceptHits(norm).some(isRedFlag);
}

export function extractCaseFacts(text: string, receivedAt: string): Extraction {
  return sharedReading('extractCaseFacts', extractCaseFactsOnce, text, receivedAt);
}

function extractCaseFactsOnce(text: string, receivedAt: string): Extraction {
  const raw = typeof text === 'string' ? text.slice(0, MAX_CHARS) : '';
  const read = sharedReading('extractNormalised', extractNormalised, normalize(raw), receivedAt);
  return {
    ...read,
    identifiers: looksLikeIdentifiers(raw),
    isCaseNarrative: isNarrative(raw, read.understood.length, read.patch),
  };
}

/**
 * Everything but what only the raw text tells (identifiers, narrative form): read from the normalised text, so a text
 * and its lower-case form ("Pt on phenelzine" as typed, as the quick answers read it) share one reading in a turn.
 */
function extractNormalised(norm: string, receivedAt: string): Omit<Extraction, 'identifiers' | 'isCaseNarrative'> {
  const found = caseQuestion(norm);
  // "what about tramadol - btw he's on sertraline 100": what is asked ends where the aside starts (aside.ts)
  const question = found?.question && askedPart(found.question);
  // an aside the question carries ("what about tramadol - btw he's on sertraline 100") is the patient's (aside.ts)
  const asked = withoutAsides(norm, [
    ...questionSpans(norm),
    ...closingSpan(norm, question),
    ...(found?.before && isRequest(found.before) ? requestSpan(norm, found.before) : []),
    // "tramadol next? fyi he takes sertraline": the asked part before an aside is asked about, never taken
    ...(found && (question !== found.question || asideFollows(norm, found.question))
      ? requestSpan(norm, question!)
      : []),
  ]);
  // an amount of alcohol is never a drug's dose, frequency or duration: the drug readers read it blanked (alcohol.ts)
  const drugText = blankSpans(norm, alcoholSpans(norm, [ALCOHOL_STOPPED_ALL]));
  const mentions = findDrugs(drugText);
  // the most a day per case medication (drug and product) and, for proposals, per drug
  const mostDaily = new Map<string, number>();
  const mostDailyByDrug = new Map<string, number>();
  mentions.forEach((m, i) => {
    const most = mostDailyOpioidMg(norm, m, mentions[i + 1]?.start ?? norm.length);
    if (most === undefined) return;
    mostDaily.set(medicationKey(m.drug, productNameOf(m)), most);
    mostDailyByDrug.set(m.drug, most);
  });
  // "gabapentin increased to 600 tds", "dulox now 60": taken now, at the new dose (dose-change.ts); a change not made
  // yet ("if no better, gabapentin increased to 600 tds at next review") says nothing of what the patient takes
  const changes = doseChanges(norm, mentions);
  // a companion's own medicines ("came with her husband, he takes warfarin") are not the patient's
  const notPatients = [
    ...changes.flatMap((c) =>
      c.notYet ? [[mentions[c.index]!.start, mentions[c.index]!.end] as [number, number]] : [],
    ),
    ...asked,
    ...companionDrugSpans(
      norm,
      mentions.map((m) => m.start),
    ),
  ];
  const drugs: Entity[] = mentions
    .filter((m) => !notPatients.some(([s, e]) => m.start >= s && m.start < e))
    .map((mention) => ({ type: 'drug', start: mention.start, end: mention.end, mention }));
  const entities = [...drugs, ...therapiesIn(norm, drugs)].sort((a, b) => a.start - b.start);
  const durations = durationsIn(drugText, receivedAt);
  const read = entityFacts(drugText, entities, durations);
  const { therapies, claimed } = read;
  // "was on phenelzine; it's been 3 weeks since she stopped it": a stop said of a pronoun is the medicine it stands
  // for (stop-referent.ts); unclear, or named nowhere in the text, the walk-through places it or asks which
  const referents = stopReferents(
    drugText,
    pronounStops(drugText),
    drugs.flatMap((d) => (d.type === 'drug' ? [d.mention] : [])),
    entities.flatMap((e) => (e.type === 'therapy' ? [e.start] : [])),
  );
  const medications = mergeMedicationsByKey([
    ...read.medications,
    ...referents.flatMap((r) => (r.kind === 'named' ? r.mentions.map((m) => stoppedMedication(m, r.daysAgo)) : [])),
  ]);
  const stopsToPlace = referents.flatMap((r): StopToPlace[] =>
    r.kind === 'named'
      ? []
      : [
          {
            ...(r.kind === 'unclear' ? { names: r.names } : {}),
            ...(r.daysAgo !== undefined ? { daysAgo: r.daysAgo } : {}),
          },
        ],
  );
  // a therapy named but not done ("hasn't done PT") is no part of a treatment course
  const done = (therapy: string) =>
    therapies.some((t) => t.therapy === therapy && t.status !== 'not-tried' && t.status !== 'declined');
  const gate = gateFacts(norm, durations, claimed, entities, done);
  // drinking said of the past ("used to drink 6 beers a night") is no alcohol use now
  const hits = conceptHits(norm).filter(
    (h) => !(h.kind.fact === 'condition' && h.kind.id === 'regular-alcohol' && drinkingInPast(norm, h.start, h.end)),
  );
  const patch: Partial<CaseFacts> = { ...factsFromHits(hits, norm), ...measuresIn(norm), ...labFindingsIn(norm) };
  // the sex the description states: with a creatinine, age and weight it gives CrCl by Cockcroft-Gault
  const sex = statedSex(norm)?.sex;
  if (sex) patch.sex = sex;
  // "no glaucoma" rules nothing in or out, and must not read as the conditions question answered
  for (const id of UNASKED_GLAUCOMA) if (patch.conditions?.[id] === 'no') delete patch.conditions[id];
  if (patch.conditions && Object.keys(patch.conditions).length === 0) delete patch.conditions;
  const askedRedFlags = [
    ...new Set(hits.flatMap((h) => (h.polarity === 'asked' && h.kind.fact === 'redFlag' ? [h.kind.id] : []))),
  ];
  const unknownRedFlags = hits.flatMap((h) =>
    h.polarity === 'unknown' && h.kind.fact === 'redFlag' ? [{ id: h.kind.id, words: norm.slice(h.start, h.end) }] : [],
  );
  // the signs answered "not sure" stay with the case, so a later "ok to chart red flags negative?" names them
  if (patch.redFlagScreen === 'unknown' && unknownRedFlags.length)
    patch.unsureRedFlags = [...new Set(unknownRedFlags.map((u) => u.id))];
  // a PDMP check that found another prescriber, early refills or several pharmacies holds the opioid gate
  const pdmpRisk = pdmpRiskFinding(norm);
  if (pdmpRisk) patch.pdmpRiskFinding = pdmpRisk;
  for (const [k, v] of Object.entries(gate.facts))
    if ((patch as Record<string, unknown>)[k] === undefined) (patch as Record<string, unknown>)[k] = v;
  // "morphine ER", "tramadol XR": the extended-release word read with the name stays with the medication
  // "Percocet 10/325 1-2 tabs q4-6h prn, max 6 a day": the most a day, for the MME (clinical-reference.md section 4)
  for (const med of medications) {
    const key = medicationKey(med.drug, med.product);
    if (mentions.some((m) => m.extendedRelease && medicationKey(m.drug, productNameOf(m)) === key))
      med.extendedRelease = true;
    const most = mostDaily.get(key);
    if (most !== undefined) med.mostDailyMg = most;
  }
  // "Follow up 4 wks after increasing duloxetine to 60 mg: pain 6/10 from 8/10": the change the visit follows up is
  // judged by the improvement since the last visit, when nothing else is said of the drug.
  const improved = patch.improvedSinceLastVisit;
  if (improved !== undefined) {
    for (const m of mentions) {
      if (!CHANGE_FOLLOWED_UP.test(norm.slice(Math.max(0, m.start - 40), m.start))) continue;
      const key = medicationKey(m.drug, productNameOf(m));
      const med = medications.find((x) => medicationKey(x.drug, x.product) === key);
      if (med && med.stopped !== true && (med.outcome === undefined || med.outcome === 'current'))
        med.outcome = improved === 'yes' ? 'effective' : improved === 'partial' ? 'partial' : 'ineffective';
    }
  }
  const doseChanged = new Set<DrugId>();
  const tabletChanges: TabletChange[] = [];
  for (const change of changes) {
    const m = mentions[change.index]!;
    if (change.notYet || notPatients.some(([s, e]) => m.start >= s && m.start < e)) continue;
    const key = medicationKey(m.drug, productNameOf(m));
    const med = medications.find((x) => medicationKey(x.drug, x.product) === key);
    if (!med) continue;
    // the outcome is left as the case has it: "ibuprofen now 800 tds, pain 7/10 to 6/10" is still a failed trial
    if (change.doseMg !== undefined) med.doseMg = change.doseMg;
    else if (change.tablets !== undefined) {
      // "now 2 tabs q6h": a count of tablets, never mg; the mg come from the product's one strength or the case's
      const strength = oneStrength(m.matched);
      if (strength) {
        med.doseMg = strength.opioidMg * change.tablets;
        med.acetaminophenMg = strength.acetaminophenMg * change.tablets;
      } else {
        delete med.doseMg;
        delete med.acetaminophenMg;
        delete med.dailyMg;
        tabletChanges.push({
          drug: med.drug,
          ...(med.product ? { product: med.product } : {}),
          tablets: change.tablets,
        });
      }
    }
    doseChanged.add(med.drug);
  }
  // "has the warfarin been stopped for the procedure?", "did she tolerate gabapentin?": a question about the drug says
  // it is in the case (kept, so a safety fact such as an anticoagulant still counts) but not how it went
  const polar = polarQuestionSpans(norm);
  if (polar.length) {
    const inPolar = (start: number) => polar.some(([s, e]) => start >= s && start < e);
    for (const med of medications) {
      const key = medicationKey(med.drug, med.product);
      const said = mentions.filter((m) => medicationKey(m.drug, productNameOf(m)) === key);
      if (said.length && said.every((m) => inPolar(m.start))) {
        delete med.outcome;
        delete med.stopped;
      }
    }
  }
  markScoredTrial(medications, drugs, scoredTrial(norm, claimed));
  // "he's now on apixaban, 6 wks later still sore": a co-medication (anticoagulant, antiplatelet, SSRI, MAOI) treats
  // no pain, so the pain's "no better" and its weeks are never its failed trial: it stays taken and its safety lines
  // apply
  for (const med of medications)
    if (isCoMedication(med) && med.outcome === 'ineffective') {
      med.outcome = 'current';
      delete med.durationWeeks;
    }
  if (medications.length) patch.medications = medications;
  if (therapies.length) patch.nonDrugTherapies = therapies;
  const pain = painDuration(norm, durations, claimed, gate.used);
  if (pain !== undefined) patch.painDurationWeeks = pain;
  if (patch.renal?.ckdStage !== undefined) patch.conditions = { ...patch.conditions, ckd: 'yes' };
  else if (RENAL_NORMAL.test(norm) && patch.conditions?.ckd === undefined)
    patch.conditions = { ...patch.conditions, ckd: 'no' };
  // "no longer drinks (abstinent 3 years)": heavy alcohol use is over, when affirmed, sustained and not current
  if (alcoholStopped(norm, receivedAt)) {
    patch.conditions = { ...patch.conditions, 'heavy-alcohol': 'no' };
    delete patch.conditions['regular-alcohol'];
  }
  alcoholReading(patch, hits, norm);
  const conditions = noOtherConditions(norm, patch);
  if (conditions) patch.conditions = conditions;
  const daily = dailyTabletsSaid(norm, mentions);
  const said: DailyTabletsChange | undefined = daily && {
    tablets: daily.tablets,
    ...(daily.mention ? { drug: daily.mention.drug } : {}),
    ...(daily.mention && productNameOf(daily.mention) ? { product: productNameOf(daily.mention)! } : {}),
    ...(daily.strength ? { strength: daily.strength } : {}),
  };
  // "percocet 10/325, uses about 4 a day": the count is of this message's own product, whose strength it holds; else
  // it is the use of the open case's product (intake.ts)
  const own = said && patch.medications ? withOwnDailyTablets(patch.medications, said) : undefined;
  if (own) patch.medications = own;
  // "oxycodone 5 mg 1-2 q4h prn, actually takes 2 a day": the use kept beside the prescription's maximum
  const statedUse = !own && said && patch.medications ? withStatedUse(patch.medications, said) : undefined;
  if (statedUse) patch.medications = statedUse;
  const dailyTablets = own ? undefined : said;
  const odi = oswestrySectionsIn(norm);
  if (odi?.kind === 'incomplete') patch.oswestryNotScored = { answered: odi.answered, missing: odi.missing };
  const population = populationsIn(norm);
  if (population.length) patch.population = population;
  const understood = understoodLabels(patch);
  return {
    patch,
    understood,
    proposals: proposedDrugs(norm, mentions, { asked, plans: planSpans(norm) }).map((p) =>
      mostDailyByDrug.has(p.drug) ? { ...p, mostDailyMg: mostDailyByDrug.get(p.drug)! } : p,
    ),
    ...(question ? { question } : {}),
    ...(found?.before && isRequest(found.before) ? { questionContext: found.before } : {}),
    ...(askedRedFlags.length ? { askedRedFlags } : {}),
    ...(doseChanged.size ? { doseChanged: [...doseChanged] } : {}),
    ...(tabletChanges.length ? { tabletChanges } : {}),
    ...(dailyTablets ? { dailyTablets } : {}),
    ...(odi?.kind === 'incomplete' ? { oswestryNotScored: { answered: odi.answered, missing: odi.missing } } : {}),
    ...(unknownRedFlags.length ? { unknownRedFlags } : {}),
    ...(stopsToPlace.length ? { stopsToPlace } : {}),
  };
}

/**
 * Alcohol use short of heavy (alcohol.ts): only said, never denied ("no regular alcohol" carries nothing: not asked);
 * said to be light or moderate, it is not heavy, unless heavy use is said too.
 */
function alcoholReading(patch: Partial<CaseFacts>, hits: readonly Hit[], norm: string): void {
  const c = patch.conditions;
  if (!c) return;
  if (c['regular-alcohol'] !== undefined && c['regular-alcohol'] !== 'yes') delete c['regular-alcohol'];
  const light = hits.some(
    (h) =>
      h.kind.fact === 'condition' &&
      h.kind.id === 'regular-alcohol' &&
      (h.polarity === 'present' || h.polarity === 'uncertain') &&
      saidLight(norm.slice(h.start, h.end)),
  );
  if (light && c['regular-alcohol'] === 'yes' && c['heavy-alcohol'] === undefined) c['heavy-alcohol'] = 'no';
  // the amount as written, for the duloxetine line's check ("first confirm the drinking (3 units/week) is not heavy")
  const amount = c['regular-alcohol'] === 'yes' ? hits.find((h) => isAlcoholAmount(h, norm)) : undefined;
  if (amount) patch.alcoholSaid = alcoholAmountText(norm.slice(amount.start, amount.end));
  if (Object.keys(c).length === 0) delete patch.conditions;
}

/** A drinking phrase read as said now with a number in it ("alcohol 3 units/week", "drinks 6 beers a night"). */
const isAlcoholAmount = (h: Hit, norm: string) =>
  h.kind.fact === 'condition' &&
  h.kind.id === 'regular-alcohol' &&
  h.polarity === 'present' &&
  /\d/.test(norm.slice(h.start, h.end));

/** Glaucoma readings added for the type question: said absent, they carry nothing (case-facts.ts). */
const UNASKED_GLAUCOMA = ['glaucoma-type-unknown', 'open-angle-glaucoma'] as const;

/** "after increasing", "since starting": a drug change that a follow-up visit reports on (text before the name). */
const CHANGE_FOLLOWED_UP =
  /\b(?:after|since)\s(?:starting|started|increasing|increased|adding|added|raising|titrating|uptitrating|switching to|changing to|the (?:increase|switch|change) (?:in|of|to))\s$/;

/** Sentences that ask something ("what is the max dose of naproxen?"): the drugs in them are not the patient's. */
const QUESTION_HEAD = /(?:what|how|which|when|why|is|are|can|could|should|does|do|max|maximum|any)\b(?!')[^.!?\n]*/y;

/**
 * "<case> ... cymbalta next?": the asking part of the question a case message closes with is not the patient's
 * either. A message that is only a question ("MME for oxycodone 10 mg q6h?") keeps its drugs: they are the
 * question's context for the answers.
 */
function closingSpan(text: string, question: string | undefined): [number, number][] {
  if (!question) return [];
  const clause = askingClause(question);
  const at = text.lastIndexOf(clause);
  return at <= 0 || !text.slice(0, at).trim() ? [] : [[at, at + clause.length]];
}

/** "He's asking about tramadol in the meantime. Reasonable?": the request before the question is asked about too. */
function requestSpan(text: string, sentence: string): [number, number][] {
  const at = text.lastIndexOf(sentence);
  return at < 0 ? [] : [[at, at + sentence.length]];
}

/**
 * A yes/no question about the patient or a drug, to its "?": "has the warfarin been stopped for the procedure?", "was
 * the naproxen stopped because of the bleed?", "did she tolerate gabapentin?". A subject follows the verb, so a
 * statement that starts the same way ("was on naproxen, stopped - what next?", "did PT for 6 weeks?") is not one. The
 * character class excludes "?", so the lookahead can only hold at the class's end: linear.
 */
const POLAR_QUESTION_HEAD =
  /(?:has|have|had|was|were|did|is|does)\s(?:the|she|he|they|it|pt|patient|her|his|their)\b[^.!?\n]*(?=\?)/y;

function polarQuestionSpans(text: string): [number, number][] {
  return sentencesStartingWith(text, '.!?\n', POLAR_QUESTION_HEAD);
}

/**
 * A short question naming a drug with no dose and no word of use: "tramadol?", "tramadol ok?", "tramadol safe?". The
 * drug is asked about, not taken ("tramadol? on sertraline 100": sertraline is taken, tramadol is the question). Not
 * "on tramadol?", "still taking it?" (a word of use), nor "tramadol 50 qid?" (a dose: a regimen checked).
 */
const SHORT_DRUG_QUESTION =
  /(?![^?.!\n]{0,40}\b(?:on|taking|takes|took|using|uses|used|still|current|currently|continue|continuing)\b)[a-z][a-z /-]{0,40}(?=\?)/y;

function questionSpans(text: string): [number, number][] {
  // a message that is only a short question keeps its drugs: they are the question's context
  // the head starts at a letter (a leading `\s*` in it would backtrack): spaces at the text's start are skipped here
  const lead = text.length - text.trimStart().length;
  const short = sentencesStartingWith(text.slice(lead), '.!?\n', SHORT_DRUG_QUESTION)
    .map(([s, e]): [number, number] => [s === 0 ? 0 : s + lead, e + lead])
    .filter(([s, e]) => text.slice(0, s).trim() !== '' || text.slice(e + 1).trim() !== '');
  return [...sentencesStartingWith(text, '.!?\n', QUESTION_HEAD), ...short];
}

function isNarrative(text: string, facts: number, patch: Partial<CaseFacts>): boolean {
  if (facts === 0) return false;
  const question = isQuestion(text.trim());
  if (patch.age !== undefined && (!question || facts >= 3)) return true;
  // a drug tried with an outcome is the patient's history, not a question's context (the asked drug is left out)
  const tried = (patch.medications ?? []).some((m) => m.outcome !== undefined);
  return question ? facts >= 4 || (tried && facts >= 3) : facts >= 2;
}

/**
 * The trial a score change follows ("naproxen 500 bd for 8 wk. Pain 7 -> 6, ODI 40 -> 38"): the drug named last
 * before that time (or right after it: "8 wk of naproxen"), with that time and no outcome, is marked scored, so the
 * case's "no better" is its outcome and no other timed trial's (medication-facts.ts hasFailed).
 */
function markScoredTrial(medications: Medication[], drugs: readonly Entity[], d: Duration | undefined): void {
  if (!d) return;
  let named: Entity | undefined;
  for (const e of drugs) if (e.end <= d.start || (e.start >= d.end && e.start - d.end <= 16 && !named)) named = e;
  if (named?.type !== 'drug') return;
  const drug = named.mention.drug;
  for (const [i, m] of medications.entries())
    if (m.drug === drug && m.outcome === undefined && m.durationWeeks === d.weeks)
      medications[i] = { ...m, scored: true };
}
