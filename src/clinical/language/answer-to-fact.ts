import {
  MAX_WEEKS,
  SCREENED_CONDITIONS,
  nonDrugTherapyIdSchema,
  type CaseFacts,
  type FactKey,
  type Medication,
  type TriState,
} from '../case/case-facts.js';
import { withoutScoreChanges } from './gate-facts.js';
import type { DrugId } from '../knowledge/drug-catalogue.js';
import { parseDoseRegimen } from './dose-regimen.js';
import { START_BACK_PARAMS } from '../calculators/clinical-params.js';
import { scoreStartBack } from '../calculators/start-back.js';
import { durationsIn } from './durations.js';
import { findDrugs } from './find-drugs.js';
import { startBackItemAnswers } from './measures.js';
import { extractCaseFacts } from './extract-case-facts.js';
import { drugNames } from '../knowledge/drug-catalogue.js';
import { normalize, stripTrailing } from './normalize.js';
import { drugOutcomeFromScores, outcomeIn } from './outcomes.js';
import { sharedReading } from './shared-readings.js';
import { pronounStops } from './stopped.js';

type Patch = Partial<CaseFacts>;

/** Checked before NO: "didn't ask" and "not checked" say the answer is not known, never "no". */
const UNKNOWN =
  /^(?:not sure|unsure|unknown|don'?t know|do not know|dunno|no idea|\?+|n\/?a|unclear|not known|skip|pass|can'?t say|(?:i |we )?(?:didn'?t|did not|haven'?t|have not|forgot to|never) (?:ask|asked|check|checked|screen|screened|examine|examined|assess|assessed)|not (?:asked|checked|screened|examined|assessed|documented)|(?:i |we )?(?:don'?t|do not|can'?t|cannot) remember|(?:(?:need|have) to|will) (?:ask|check))\b/;
/** "no longer on warfarin" is a medication update, never a "no" to the question pending. */
const NO =
  /^(?:no(?! longer)|n|nope|none|nil|negative|neg|absent|never|neither|nah|false|not done|not yet|none yet|not really|didn'?t|hasn'?t|has not|did not|denies)\b/;
const YES =
  /^(?:yes|y|yeah|yep|yup|yes,|correct|true|present|positive|done|confirmed|sure|affirmative|definitely|i think so|probably|suspected|possibly|possible)\b/;
/**
 * "did", "he has", "it was" answer yes only on their own ("did.", "she has, on the left"): as the start of a statement
 * they begin another fact ("did PT for 6 weeks" answered the red-flag question, and was read as red flags present).
 */
const AUXILIARY_YES = /^(?:(?:he|she|they|it) )?(?:has|have|did|does|was)\s?(?:[,.;!]|$)/;
const NOT_DONE = /^(?:not done|not yet|none|never|no(?! longer)|not (?:done|available|measured|assessed)|n\/?a|skip)\b/;

function word(t: string): TriState | undefined {
  if (UNKNOWN.test(t)) return 'unknown';
  if (NO.test(t)) return 'no';
  if (YES.test(t) || AUXILIARY_YES.test(t)) return 'yes';
  return undefined;
}

const TRI_KEYS = [
  'radicular',
  'priorMri',
  'functionalDisability',
  'consideringInterventional',
  'opioidRiskAssessment',
  'opioidDiscussion',
  'opioidSedativeAcknowledged',
] as const;
const TRIAL_DRUG: Partial<Record<FactKey, DrugId>> = {
  nsaidTrial: 'other-nsaid',
  duloxetineTrial: 'duloxetine',
  tramadolTrial: 'tramadol',
};
const NUMBER = /^(?:about |around |~|approx\.? )?(\d{1,3}(?:\.\d)?)\b/;
/**
 * Answers to "is the alcohol use heavy?" in the clinician's own words: "heavy", "yes heavy", "too much"; "not heavy",
 * "no, light", "moderate", "social only". Checked before the plain yes/no words ("no, light" is a no either way).
 */
const HEAVY_ANSWER =
  /^(?:(?:yes|yeah|yep|y)\W{0,3})?(?:heavy|heavily|very heavy|too much|excessive|excess|a lot|aud)\b/;
const NOT_HEAVY_ANSWER =
  /^(?:(?:no|nope|n|not really)\W{0,3})?(?:not heavy|not heavily|not a heavy|light|lightly|moderate|moderately|modest|minimal|small amounts?|social(?:ly)?(?: only)?|occasional(?:ly)?|within (?:recommended |safe |sensible )?limits)\b/;

/**
 * A typed answer to the walk-through's question about `key`: "yes", "no", "not sure", "48", "500 bid",
 * "8 weeks of PT". Undefined when the text does not answer that question (the caller re-asks).
 */
export function answerToFact(key: FactKey, text: string, receivedAt: string): Patch | undefined {
  return sharedReading('answerToFact', answerToFactOnce, key, text, receivedAt);
}

function answerToFactOnce(key: FactKey, text: string, receivedAt: string): Patch | undefined {
  if (typeof text !== 'string') return undefined;
  const t = stripTrailing(normalize(text).trim(), '.!');
  if (!t) return undefined;
  const ex = extractCaseFacts(text, receivedAt).patch;
  const w = word(t);
  if ((TRI_KEYS as readonly string[]).includes(key)) {
    const k = key as (typeof TRI_KEYS)[number];
    const v = ex[k] ?? w;
    return v ? { [k]: v } : undefined;
  }
  const drug = TRIAL_DRUG[key];
  if (drug) return trialAnswer(key, drug, t, ex);
  switch (key) {
    case 'redFlags':
      // the signs answered "not sure" go with the answer, so the reply names what is left to check
      if (ex.redFlagScreen)
        return {
          redFlagScreen: ex.redFlagScreen,
          redFlags: ex.redFlags ?? [],
          ...(ex.unsureRedFlags ? { unsureRedFlags: ex.unsureRedFlags } : {}),
        };
      return w === 'no' ? { redFlagScreen: 'no', redFlags: [] } : w ? { redFlagScreen: w } : undefined;
    case 'painDurationWeeks':
    case 'weeksOptimizedTherapy':
    case 'nsaidTrialWeeks':
    case 'duloxetineTrialWeeks':
    case 'tramadolTrialWeeks': {
      const weeks = ex[key] ?? durationsIn(t, receivedAt)[0]?.weeks ?? bareNumber(t, MAX_WEEKS);
      return weeks !== undefined ? { [key]: weeks } : undefined;
    }
    case 'age': {
      const age = ex.age ?? bareNumber(t, 120);
      return age !== undefined && Number.isInteger(age) ? { age } : undefined;
    }
    case 'renalFunction':
      if (ex.renal) return { renal: ex.renal, ...(ex.conditions ? { conditions: ex.conditions } : {}) };
      if (ex.conditions?.ckd) return { conditions: { ckd: ex.conditions.ckd } };
      if (/^(?:normal|fine|ok|okay|good|unremarkable|nl|wnl|no ckd|no(?! longer))\b/.test(t))
        return { conditions: { ckd: 'no' } };
      return w === 'yes'
        ? { conditions: { ckd: 'yes' } }
        : w === 'unknown'
          ? { conditions: { ckd: 'unknown' } }
          : undefined;
    case 'heavyAlcohol': {
      // "heavy drinker", "light drinker", "not a heavy drinker": the words read as in a narrative (alcohol.ts)
      const said = ex.conditions?.['heavy-alcohol'];
      if (said) return { conditions: { 'heavy-alcohol': said } };
      if (HEAVY_ANSWER.test(t)) return { conditions: { 'heavy-alcohol': 'yes' } };
      if (NOT_HEAVY_ANSWER.test(t)) return { conditions: { 'heavy-alcohol': 'no' } };
      // "not sure" is read by the walk-through as the question skipped: duloxetine still waits for the check
      return w === 'yes' || w === 'no' ? { conditions: { 'heavy-alcohol': w } } : undefined;
    }
    case 'conditions':
      if (ex.conditions && Object.keys(ex.conditions).length) return { conditions: ex.conditions };
      if (w === 'no') return { conditions: Object.fromEntries(SCREENED_CONDITIONS.map((c) => [c, 'no'])) };
      return undefined;
    case 'psychosocial':
      if (ex.psychosocial) return { psychosocial: ex.psychosocial };
      // A bare "yes" to "depression, anxiety, catastrophizing, work dissatisfaction?" says some are present without
      // naming them; CaseFacts has no "some" field, so all four are marked and the "I understood" list shows it
      // for the clinician to correct (the pitfall this serves, (1, 4), needs only one of them).
      return w
        ? { psychosocial: { depression: w, anxiety: w, catastrophizing: w, workDissatisfaction: w } }
        : undefined;
    case 'startBack':
      return startBackAnswer(t, ex);
    case 'oswestry': {
      const pct = ex.oswestryPercent ?? bareNumber(t, 100);
      if (pct !== undefined) return { oswestryPercent: pct };
      return NOT_DONE.test(t) ? { skipped: ['oswestry'] } : undefined;
    }
    case 'nonDrugTherapies':
      if (ex.nonDrugTherapies?.length) return { nonDrugTherapies: ex.nonDrugTherapies };
      if (w === 'no')
        return {
          nonDrugTherapies: nonDrugTherapyIdSchema.options.map((therapy) => ({
            therapy,
            status: 'not-tried' as const,
          })),
        };
      return undefined;
    case 'improvedSinceLastVisit':
      if (
        /^(?:partly|partial(?:ly)?|somewhat|a (?:bit|little)|slightly|some|a little better|a bit better|mildly)\b/.test(
          t,
        )
      )
        return { improvedSinceLastVisit: 'partial' };
      if (/^(?:better|improved|much better|yes|y|yeah|yep|significantly)\b/.test(t))
        return { improvedSinceLastVisit: 'yes' };
      if (
        /^(?:no(?! longer)|n|nope|worse|same|unchanged|no change|not really|not at all|not improved|no better)\b/.test(
          t,
        )
      )
        return { improvedSinceLastVisit: 'no' };
      return ex.improvedSinceLastVisit ? { improvedSinceLastVisit: ex.improvedSinceLastVisit } : undefined;
    default:
      return undefined;
  }
}

function bareNumber(t: string, max: number): number | undefined {
  const m = NUMBER.exec(t);
  const n = m?.[1] ? Number(m[1]) : NaN;
  return n >= 0 && n <= max ? n : undefined;
}

function trialAnswer(key: FactKey, drug: DrugId, t: string, ex: Patch): Patch | undefined {
  const cls = drugNames(drug).drugClass;
  const named = (ex.medications ?? []).filter((m) =>
    key === 'nsaidTrial' ? drugNames(m.drug).drugClass === cls : m.drug === drug,
  );
  if (named.length) return { medications: named };
  if (
    /^(?:not tried|never tried|never|no|none|not yet|hasn'?t|has not|didn'?t)\b(?!\s+(?:longer|relief|benefit|help|improvement|effect|side effects|adverse effects|problems))/.test(
      t,
    )
  )
    return { skipped: [key] };
  // "tramadol 50 q6h added" answering the NSAID question names another drug: it is not this trial's dose, nor is
  // "she'll be starting sertraline next week" or "starting gabapentin next week" (planned, proposed) its start
  if (ex.medications?.length || namesOtherDrug(t, key, drug)) return undefined;
  const regimen = parseDoseRegimen(withoutScoreChanges(t));
  // "60 mg 6 wks, pain 7->6": the scores judge the trial when no word does (minimal important change)
  const outcome = drugOutcomeFromScores(t, outcomeIn(t));
  if (regimen.doseMg === undefined && regimen.dailyMg === undefined && outcome === undefined) return undefined;
  const med: Medication = { drug };
  if (regimen.doseMg !== undefined) med.doseMg = regimen.doseMg;
  if (regimen.timesPerDay !== undefined) med.timesPerDay = regimen.timesPerDay;
  if (regimen.dailyMg !== undefined && regimen.doseMg === undefined) med.dailyMg = regimen.dailyMg;
  if (regimen.prn) med.prn = true;
  // "stopped it 10 days ago": the drug asked about was stopped then; the time is when, not how long it was taken
  const stopped = pronounStops(t).length > 0;
  const weeks = durationsIn(t, new Date(0).toISOString()).find((d) => d.weeks > 0)?.weeks;
  if (weeks !== undefined && !(stopped && /\bago\b/.test(t))) med.durationWeeks = weeks;
  if (outcome && !(stopped && outcome === 'current')) med.outcome = outcome;
  if (stopped) med.stopped = true;
  return { medications: [med] };
}

/** The answer names a drug that is not the one asked about (another NSAID answers the NSAID question). */
function namesOtherDrug(t: string, key: FactKey, drug: DrugId): boolean {
  const cls = drugNames(drug).drugClass;
  return findDrugs(t).some((m) => (key === 'nsaidTrial' ? drugNames(m.drug).drugClass !== cls : m.drug !== drug));
}

/** Nine item answers as 0/1 ("1 1 0 1 1 1 0 1 1"), not a total and subscale ("6 4"). */
const ZERO_ONE_RUN = /^[01](?:[\s,]{1,2}[01]){8}$/;

function startBackAnswer(t: string, ex: Patch): Patch | undefined {
  if (ex.startBack)
    return { startBack: ex.startBack, ...(ex.startBackRisk ? { startBackRisk: ex.startBackRisk } : {}) };
  // the nine item answers: "yes yes no ... very much", "agree, disagree, ...", "1 1 0 1 1 1 0 1 1"
  const zeroOne = ZERO_ONE_RUN.test(t)
    ? t
        .match(/[01]/g)!
        .map((d) => (d === '1' ? 'yes' : 'no'))
        .join(' ')
    : t;
  const byItem = startBackItemAnswers(zeroOne);
  if (byItem) {
    const scored = scoreStartBack({ items: byItem.items, item9: byItem.item9 }, START_BACK_PARAMS);
    if (scored.kind === 'ok')
      return { startBack: { total: scored.total, psychosocial: scored.psychosocial }, startBackRisk: scored.risk };
  }
  const nums = /^(\d)(?:\s?\/\s?9)?\b[^\d]{0,30}?(\d)(?:\s?\/\s?5)?\b/.exec(t);
  if (nums) {
    const total = Number(nums[1]);
    const psychosocial = Number(nums[2]);
    if (psychosocial <= 5 && psychosocial <= total) return { startBack: { total, psychosocial } };
  }
  if (ex.startBackRisk) return { startBackRisk: ex.startBackRisk };
  const risk = /^(high|medium|moderate|low)\b/.exec(t);
  if (risk?.[1]) return { startBackRisk: risk[1] === 'moderate' ? 'medium' : (risk[1] as 'high' | 'medium' | 'low') };
  return NOT_DONE.test(t) ? { skipped: ['startBack'] } : undefined;
}
