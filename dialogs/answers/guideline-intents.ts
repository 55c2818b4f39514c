import {
  DESCRIBED_THERAPIES,
  describedPhrases,
  STEROID_INTO_MUSCLE,
} from '../../src/clinical/language/described-therapies.js';
import { sharedReading, turnReceivedAt } from '../../src/clinical/language/shared-readings.js';
import { ON_A_LONGER_HISTORY } from '../../src/clinical/language/gate-facts.js';
import { NOT_AFTER_ORGAN } from '../../src/clinical/language/condition-failure.js';
import { dosingFor, drugCatalogue, findDrugs, isDosedDrug } from './ports.js';
import { namedProducts } from '../../src/clinical/knowledge/named-products.js';
import { SCORE_CHANGE_ROWS } from '../../src/clinical/language/score-changes.js';
import { functionNotBetter, OPIOID_NAMED as OPIOID_OR_TRAMADOL_NAMED } from './score-change.js';
import { opioidTakenNow } from './not-taken.js';
import { START_ASKED } from './start-asked.js';
import { TRIAL_OUTCOME_SAID, TRIAL_QUESTION } from '../../src/clinical/language/trial-questions.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { asksNoFigure, DRUG_TESTING, STABLE_ON_MEDICINE } from './no-figure.js';

/**
 * Intent rules for the guideline questions clinicians ask most. Each names the knowledge entries (ids from the
 * contracts, section A) that answer it, in display order; the words come from the entries, never from here.
 *
 * Scored (issue 14): every row that matches scores its tier; the best wins and rows of one tier that tie are offered
 * as "did you mean" buttons (dialogs/answers/route-scores.ts). A `requires` pattern must match too: the row is the
 * specific form of a broader topic ("opioid" + a dose word). `example` is the row's canonical phrasing: the button
 * value that reaches it, and what test/answers/did-you-mean.test.ts sends to check it reaches this row alone.
 */
export const INTENT_TIERS = {
  /** A precise question: a topic and what is asked about it ("opioid starting dose", "meaningful change"). */
  specific: 0.85,
  /** A named topic: a therapy, a drug class, an instrument, a procedure. */
  topic: 0.75,
  /** The red-flag topic: below a named topic ("MRI without red flags" is an imaging question). */
  'red-flag': 0.7,
  /** A broad word that names a topic among others ("opioids", "leg pain", "failed", "how often"). */
  broad: 0.65,
  /** "What next", "failed": the escalation answer when nothing more precise is named ("failed... start an opioid"). */
  'catch-all': 0.6,
  /** A word with another common meaning ("pt": physiotherapy or patient): answers alone, yields to any topic. */
  ambiguous: 0.55,
} as const;
export type IntentTier = keyof typeof INTENT_TIERS;

/**
 * The adequate-trial answer: one title and entries for the rows that ask about a trial, so a question both match
 * offers no "did you mean" between them (scoreIntents keeps one row per entry list).
 */
const ADEQUATE_TRIAL_ANSWER: Pick<GuidelineIntent, 'tier' | 'title' | 'ids'> = {
  tier: 'specific',
  title: 'What counts as an adequate trial',
  ids: [
    'reading.adequate-trial',
    'escalation.duloxetine',
    'escalation.nsaid-adequate-dose',
    'monitor.reassess-2-4-weeks',
  ],
};

export interface GuidelineIntent {
  name: string;
  pattern: RegExp;
  /** Must match as well as `pattern` (the specific form of a broader row). */
  requires?: RegExp;
  /** Must not match: the words that make it another row's question ("dose increase" is a reassessment). */
  unless?: RegExp;
  /** Must hold as well: a reading no pattern says ("an opioid taken now", not negated, stopped or a companion's). */
  holds?: (lower: string) => boolean;
  /** A global pattern that must find at least two different words: several therapies named, not one. */
  several?: RegExp;
  tier: IntentTier;
  /** The red-flag answer (red-flag-answer.ts) answers this row: the level of urgency from the signs named. */
  route?: 'red-flags';
  title: string;
  ids: string[];
  /** The canonical phrasing: reaches this row alone (the "did you mean" button value). */
  example: string;
  /**
   * The row gives a drug's place in the pathway, not this patient's answer: when the question also gives patient facts
   * that change a named drug's dose (eGFR 20, cirrhosis), a dose (its MME), or another medicine a named drug
   * interacts with (sertraline), the drug answer leads (answer-routes.ts defersToGuideline).
   */
  patientLeads?: true;
  /**
   * With patientLeads: the row's own rule, said after the drug answer when that leads (a short second message). Only
   * for a rule that holds whatever the drug answer found ("continue only if function improves"), never a dose.
   */
  followIds?: string[];
  /** Entries left out when the question says their drug failed or was not tolerated (never recommended back). */
  notRecommendedBack?: Readonly<Record<string, RegExp>>;
  /** Rows this one answers in full when it matches: they are not offered beside it (no "did you mean" between them). */
  supersedes?: readonly string[];
}

/**
 * Words that say a drug failed or was not tolerated, before its name ("couldn't tolerate duloxetine", "failed
 * naproxen") or after it ("cymbalta made her nauseous", "naproxen didn't help"). Fixed words and one optional
 * article between: linear.
 */
const FAILED_BEFORE_NAME = `(?:could ?n[o']?t|can ?n[o']?t|did ?n[o']?t|unable to|not able to) (?:tolerate|handle|stomach|take)|intoleran(?:t|ce) (?:of|to)|failed|tried|no (?:better|help|good|benefit) (?:on|with|from)|side[- ]effects? (?:on|from|with)|(?:sick|nauseous|nauseated|dizzy|drowsy) (?:on|with|from)`;
const FAILED_AFTER_NAME = String.raw`(?:was |has |had )?(?:failed|not tolerated|intolerance|poorly tolerated|didn'?t (?:work|help|agree|suit)|did not (?:work|help|agree|suit)|no (?:good|help|better|benefit|joy|luck|relief)|ineffective|useless|made (?:her|him|them) (?:sick|nauseous|nauseated|dizzy|drowsy|ill)|caused|gave (?:her|him|them))\b`;
const FAILED_NAMES = {
  duloxetine: String.raw`dulox\w*|cymbalta|drizalma|snris?`,
  nsaid: `naproxen|naprosyn|ibuprofen|ibu|advil|motrin|brufen|nurofen|aleve|meloxicam|diclofenac|celecoxib|celebrex|nsaids?|anti-?inflammator(?:y|ies)`,
  tramadol: `tramadol|ultram|tramal`,
} as const;
/**
 * Any of the failed names, as one item of a list the failure word covers ("failed naproxen and duloxetine", "dulox +
 * naproxen failed", "NSAID, SNRI and tramadol all failed"): up to two other items, each a fixed joiner and a name.
 */
const ANY_FAILED_NAME = `(?:${Object.values(FAILED_NAMES).join('|')})`;
const LIST_JOIN = String.raw`(?:,? ?(?:and|\+|&|or|then|plus|,) ?)`;
/** "couldn't tolerate duloxetine", "naproxen didn't help": the drug said failed or not tolerated. */
function failedSaid(drug: keyof typeof FAILED_NAMES): string {
  const names = FAILED_NAMES[drug];
  return String.raw`\b(?:${FAILED_BEFORE_NAME})(?: (?:the|her|his|a|an|on|of|to))? (?:${ANY_FAILED_NAME}\b${LIST_JOIN}){0,2}(?:${names})\b|\b(?:${names})\b(?:${LIST_JOIN}${ANY_FAILED_NAME}\b){0,2},? (?:(?:both|all|all three) )?(?:${FAILED_AFTER_NAME})`;
}

/** The catalogue's opioids past tramadol (tramadol is the guideline's second line; buprenorphine is not covered). */
const STRONG_OPIOID_NAMES = drugCatalogue
  .filter((d) => d.drugClass === 'opioid' && d.id !== 'tramadol' && d.id !== 'buprenorphine')
  .flatMap((d) => [d.generic, ...d.names, ...d.misspellings])
  .filter((name) => /^[a-z][a-z0-9 #/.-]*$/.test(name))
  .map((name) => name.replace(/[#/.-]/g, (c) => `\\${c}`));

/**
 * For the specific opioid rows: an opioid named by its class or by a drug ("taper oxycodone", "f/u after up-titrating oxy": "oxy" is oxycodone or
 * oxymorphone, an opioid either way, so a topic question may read it though a dose never does).
 */
const OPIOID_NAMED = new RegExp(
  String.raw`\bopioids?\b|narcotics?|\bopiates?\b|\b(?:${[...STRONG_OPIOID_NAMES, 'oxy'].join('|')})\b`,
);
/**
 * An opioid described by its class rather than named: "a morphine-type painkiller", "something opiate-based", "a
 * strong painkiller like morphine", "narcotic pain meds".
 */
const OPIOID_DESCRIBED =
  /\b(?:morphine|opioid|opiate|codeine|narcotic)[- ](?:type|like|based|family|class|style|derived)\b|\b(?:strong|stronger|heavy[- ]duty) (?:painkillers?|pain ?killers?|analgesi\w*|pain meds?|pain medications?)\b|\bnarcotic (?:painkillers?|analgesi\w*|pain meds?)\b/;
/** Asking what to screen or assess for risk: "which areas should I screen?", "risk assessment?", "what to check". */
const RISK_SCREEN_ASKED =
  /\bscreen(?:ing|ed)?\b(?! (?:tool|questionnaire))|\brisk assess(?:ment|ments|ing|ed)?\b(?! (?:done|completed|documented|recorded|ok|fine|clear|negative))|\bassess(?:ing)? (?:her |his |their |the )?risks?\b|\bwhat (?:do|should) (?:i|we) (?:check|ask about|look for|assess)\b|\bwhich areas\b/;
/** The class word only: a broad row ("opioids?") must not take a question that names an opioid as its context. */
const OPIOID = /\bopioids?\b|narcotics?|\bopiates?\b/;

/**
 * No non-drug therapy tried: "never done physio or any exercise", "hasn't had PT", "no exercise program yet". Up to four
 * words between the negation and the therapy, within a clause. A therapy tried without benefit ("didn't improve with
 * PT", "no better with physio", "not helped by exercise") was tried: a word of response between them turns it off.
 */
const NO_NONDRUG_TRIED =
  /\b(?:never|not|no|without|hasn'?t|haven'?t|didn'?t|zero|nil)(?: (?!improv|help|better|benefit|respon|relief|work|chang|gain|progress|success|effect)[a-z'/-]+){0,4} (?:physio\w*|exercis\w*|physical therap\w*|non-?drug|non-?pharm\w*|pt\b|rehab\w*|cbt)/;

/** Asking whether to keep a drug going ("keep going?", "continue or stop?", "worth keeping him on it?"). */
const OPIOID_CONTINUE =
  /\bkeep (?:going|on|taking|him on|her on|them on|it going)\b|\bcontinu(?:e|ing)\b|\bcarry(?:ing)? on\b|\bstay(?:ing)? on\b|\bworth (?:it|continuing|keeping)\b|\bstick(?:ing)? with\b/;

/** A pain or ODI score said with its two values ("pain 7 to 4", "ODI 40->44"): the language layer's rows. */
const SCORE_CHANGE = new RegExp(SCORE_CHANGE_ROWS.map((r) => r.re.source).join('|'));

/** Naloxone, by name or lay name ("the overdose-reversal nasal spray", "opioid antidote", "rescue spray"). */
const NALOXONE =
  /naloxone|narcan|\b(?:overdose|opioid)[- ](?:reversal|rescue|antidote)|\breversal (?:agent|spray|drug|medication)|\brescue (?:nasal )?spray|\bopioid antidote/;

/** The prescription drug monitoring programme, by its abbreviations or its name. */
const PDMP = /\b(?:pdmp|pmp|pdmps)\b|prescription (?:drug )?monitoring/;

/**
 * An opioid (tramadol included: an opioid for the framework's stopping rule, L43) said not to help: "tramadol isn't
 * helping function after 4 weeks", "no benefit from the oxycodone", "oxy not working". The words of response near the
 * name, within a clause.
 */
const OPIOID_OR_TRAMADOL = String.raw`\b(?:opioids?|narcotics?|opiates?|tramadol|ultram|${[...STRONG_OPIOID_NAMES, 'oxy'].join('|')})\b`;
const NOT_HELPING_WORDS = String.raw`(?:is ?n[o']?t|was ?n[o']?t|has ?n[o']?t|does ?n[o']?t|did ?n[o']?t|not|no longer|never) (?:really )?(?:helping|helped|help|working|worked|work|doing (?:much|anything)|making (?:a|any|much) difference|improving (?:his |her |their )?function)|\bno (?:functional |real |meaningful |significant )?(?:benefit|improvement|gain|difference)\b|\bineffective\b|\buseless\b`;
/** Up to five words between the opioid and what is said of it, none that opens another clause or names another drug. */
const SAME_CLAUSE_GAP = String.raw`(?: (?!if\b|and\b|but\b|or\b|when\b|because\b|so\b|nsaid|dulox|cymbalta|naprox|ibuprofen|gabapentin|pregabalin|lyrica|paracetamol|acetaminophen|tylenol)[a-z0-9'/-]{1,20}){0,5}`;
const OPIOID_NOT_HELPING = new RegExp(
  String.raw`${OPIOID_OR_TRAMADOL}${SAME_CLAUSE_GAP},? (?:${NOT_HELPING_WORDS})|\bno (?:functional |real |meaningful )?(?:benefit|improvement|help|relief) (?:from|with|on) (?:the |his |her |their )?${OPIOID_OR_TRAMADOL}`,
);

/** A higher dose asked for: "asking to go up", "increase the dose?", "a higher dose". */
const INCREASE_ASKED =
  /\b(?:go(?:ing)? up|increas(?:e|ed|ing)|rais(?:e|ing)|up (?:the|his|her|their) dose|higher dose|more of (?:it|the))\b/;
/**
 * An increase to an opioid-acetaminophen tablet strength, the opioid not named: "go up to 10/325 qid?", "bump it to
 * 7.5/325 tds?". Every x/325 and x/300 strength the reference lists is an opioid's (hydrocodone, oxycodone, codeine,
 * tramadol; clinical-reference.md section 4), so the increase is an opioid's.
 */
export const INCREASE_TO_COMBINATION =
  /\b(?:go(?:ing)? up|increas(?:e|ing)|rais(?:e|ing)|titrat(?:e|ing)(?: up)?|bump(?:ing)?(?: it| the dose)?(?: up)?|up(?:ping)? (?:it|the dose|the tabs?))(?: the dose)? to \d{1,2}(?:\.5)?\/(?:325|300)\b/;
/** A higher dose asked of an opioid with no functional gain: not a higher dose (function decides), taper gently. */
const NO_GAIN_ANSWER: Pick<GuidelineIntent, 'tier' | 'title' | 'ids'> = {
  tier: 'specific',
  title: 'No functional gain on an opioid: not a higher dose',
  ids: ['opioid.framework.reassess', 'pitfall.continuing-ineffective', 'opioid.cdc-no-abrupt-taper', 'mme.thresholds'],
};
/** What to do next: "what next", "now what", "where do we go from here", "options after that". */
const NEXT_ASKED =
  /\bwhat (?:next|now|else|then)\b|\bnow what\b|\bthen what\b|\bnext (?:step|option)s?\b|\bwhere (?:do|can|should) (?:we|i) go\b|\b(?:options?|do|try|offer) (?:next|after (?:that|this)|from here)\b/;
/** A strong opioid said failed or being tapered: "opioid trial failed", "tapering the oxycodone", "weaning off morphine". */
const STRONG_OPIOID_NAMED = String.raw`\b(?:opioids?|narcotics?|opiates?|${[...STRONG_OPIOID_NAMES, 'oxy'].join('|')})\b`;
const STRONG_OPIOID_FAILED = new RegExp(
  String.raw`${STRONG_OPIOID_NAMED}(?: (?:trial|treatment|therapy|course))? (?:has |have )?(?:failed|did ?n[o']?t (?:help|work))|\b(?:taper(?:ing)?|wean(?:ing)?|coming) (?:off |down )?(?:the |his |her |their )?${STRONG_OPIOID_NAMED}`,
);
/** A stronger opioid asked for: "a stronger opioid?", "something stronger", "step up to a strong opioid". */
const STRONGER_OPIOID =
  /\b(?:stronger|more potent|higher[- ]potency) (?:opioids?|painkillers?|analgesics?|narcotics?|opiates?)\b|\bsomething stronger\b|\bstep (?:up|him up|her up) to (?:an? )?(?:strong(?:er)? )?opioid/;
/** The answer after a failed or tapering opioid, shared by the two rows that read it. */
const AFTER_OPIOID_FAILED: Pick<GuidelineIntent, 'requires' | 'unless' | 'tier' | 'title' | 'ids' | 'supersedes'> = {
  requires: NEXT_ASKED,
  unless: new RegExp(`\\btramadol\\b|\\bultram\\b|${STRONGER_OPIOID.source}`),
  tier: 'specific',
  title: 'After an opioid fails: taper, then refer',
  ids: [
    'opioid.cdc-no-abrupt-taper',
    'pitfall.continuing-ineffective',
    'referral.persistent-pain-12-weeks',
    'specialist.rehabilitation',
  ],
  supersedes: ['opioid-not-helping', 'taper-opioid', 'stop-opioid', 'taper', 'first-line', 'opioid-gate'],
};

/** One non-drug therapy said, asked whether it is enough: "is that enough before opioids", "only had physio". */
const ONE_NONDRUG_ENOUGH =
  /\b(?:is (?:that|this|it)|was (?:that|this|it)|are (?:they|those)) (?:enough|sufficient|adequate)\b|\b(?:enough|sufficient) (?:non-?drug|physio|pt|therapy|exercise|of a trial)\b/;

/** Telling the patient what an opioid can and cannot do, before it starts (the framework's explicit discussion). */
const OPIOID_TALK =
  /\b(?:discuss\w*|conversation|counsel\w*|consent\w*|expectations?|talk (?:to|with|through|about)|cover with|go (?:over|through) with)\b|\b(?:tell|explain\w*|warn)\b[^.;?]{0,40}\b(?:before|prior to|benefits?|risks?|expect\w*)\b/;

/** Tramadol by name: an opioid, though the guideline's second line rather than its last resort. */
const TRAMADOL = /\btramadol\b|\bultram\b/;

/** Asking when to reassess a drug just started or changed ("f/u when", "when do I see her again?"). */
const REASSESS_ASKED =
  /reassess|re-?evaluat|follow[- ]?up|\bf\/u\b|\breview|check (?:in|back|on)|how often|how soon|see (?:him|her|them|the (?:patient|pt)|pt) again|when (?:do|should|can|must) (?:i|we) see/;

/** Asking when to see the patient again. */
const FOLLOW_UP =
  /follow[- ]?up|\bf\/u\b|reassess|re-?evaluat|see (?:him|her|them|the (?:patient|pt)|pt) again|check (?:in|back) with/;

/** The referral criteria: one answer, asked broadly ("referral?") or precisely ("when to refer?"). */
/**
 * Back pain said to have lasted under 12 weeks ("5 wks LBP", "back pain for 3 weeks", "LBP x 4/52", "10 days of
 * back pain", "2 months of low back pain"): not yet chronic, so the pathway-scope answer leads (clinical-reference.md
 * section 2: chronic is more than 12 weeks; with a shorter duration the bot says the pathway is for chronic pain).
 * "started 2 months ago" alone is not the pain's onset: a drug is often what started ("pregabalin ... started 2 months
 * ago"), so the onset words need the pain (or "it") as their subject.
 */
/** A number of weeks under 12, a month or two, in words or figures, with an optional "about". */
const UNDER_12_WEEKS = String.raw`(?:(?:about|around|roughly|approx\.?|nearly|almost|only|just|~) ?)?(?:(?:[1-9]|1[01]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|a few|a couple(?: of)?) ?(?:wks?|weeks?|\/52)|(?:a|one|1|two|2|a couple of) ?(?:months?|mos?|mths?)|a fortnight|(?:a|one|two|2|3|three) fortnights?|\d{1,2} ?days?)`;
const BACK_PAIN = String.raw`(?:lbp|(?:low(?:er)? )?back pain|(?:low(?:er)? )?back ache|backache|(?:his|her|their|the) back)`;
const SHORT_PAIN_DURATION = new RegExp(
  String.raw`\b${UNDER_12_WEEKS}(?:'s?)?(?: of| of (?:her|his|their|the))? ${BACK_PAIN}\b|\b${BACK_PAIN}(?: (?:for|x|since)| started| began| has been going on for|:)? ${UNDER_12_WEEKS}\b|\b(?:(?:it|pain|symptoms?|this|that) (?:started|began|came on)|onset(?: was)?) ${UNDER_12_WEEKS} ago\b`,
);

/**
 * Every pattern somewhere in the text, in any order: one pattern for a row's `unless` (a conjunction). Anchored at the
 * start, so each lookahead scans the text once: linear.
 */
function allOf(...patterns: readonly RegExp[]): RegExp {
  return new RegExp(`^${patterns.map((p) => `(?=[\\s\\S]*?(?:${p.source}))`).join('')}`);
}

/** Outside a turn (tests): the fixed date the quick answers read at. */
const EPOCH = '1970-01-01T00:00:00.000Z';

/**
 * The text reports one trial of a medicine with its own length and outcome ("duloxetine 60 for 5 weeks no change"), as
 * the case reader reads it: the weeks are the drug's, not the pain's ("6 months of pain, naproxen no help" is not).
 */
export function reportsTrialOutcome(lower: string): boolean {
  const { patch } = extractCaseFacts(lower, turnReceivedAt() ?? EPOCH);
  const trials = (patch.medications ?? []).filter((m) => m.durationWeeks !== undefined && m.outcome !== undefined);
  const m = trials[0];
  // one drug named: a second one is a switch or a pair, asked of the drug answers
  if (new Set(findDrugs(lower).map((d) => d.drug)).size !== 1) return false;
  // a drug the guideline doses (an opioid's "3 weeks, no change in function" is the review's question)
  const dosed = m !== undefined && isDosedDrug(m.drug) && dosingFor(m.drug).guideline !== undefined;
  return trials.length === 1 && dosed && m.outcome !== 'current' && m.outcome !== 'effective';
}

/** A trial reported with another question ("continue or stop?", "next?", "refer?"): not a bare report. */
const TRIAL_REPORT_ASKS_MORE =
  /\b(?:continue|stop|keep|taper|refer(?:ral)?|switch|next|increase|raise|add|start|what now|plan)\b/;

/** A trial's length ("10 days", "6/52", "a fortnight"). */
const TRIAL_LENGTH =
  /\b(?:\d{1,2}|one|two|three|four|five|six|eight|ten|twelve) ?(?:days?|d|wks?|weeks?|w|months?|mths?|mos?)\b|\b\d{1,2} ?\/ ?(?:52|12|7)\b|\bx ?\d{1,2} ?(?:days?|d|wks?|weeks?|w|months?|mths?|mos?|\/ ?(?:52|12|7))\b|\ba (?:week|month)\b|\bfortnight\b/;

/** Any of the patterns: one pattern for a row whose wordings live in two places (a fixed pattern and data rows). */
function anyOf(...patterns: readonly RegExp[]): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'));
}

/**
 * The extended-release or long-acting opioid products by name (named-products.ts). The fentanyl patch and the
 * buprenorphine products have answers of their own (opioid-tolerant only; buprenorphine not covered).
 */
const ER_LA_NAMED = new RegExp(
  String.raw`\b(?:${namedProducts
    .filter((p) => (p.kind === 'er-la' || p.kind === 'tramadol-er') && p.drug !== 'buprenorphine')
    .flatMap((p) => p.names)
    .map((n) => n.replace(/[.]/g, '\\.'))
    .join('|')})\b`,
);
/** A first opioid: "opioid-naive", "first opioid", "never had an opioid", "to start", "starting". */
const FIRST_OPIOID =
  /opioid[- ]na[iï]ve|\bfirst opioid|\bnew to opioids|\bnever (?:had|been on|taken|used) (?:an? |any )?opioids?|\bno (?:prior|previous) opioids?|\bto start\b|\bstarting\b|\binitiat\w*|\bfirst[- ]line\b/;
/**
 * Duloxetine said not tried: "duloxetine never tried", "cymbalta: not yet tried", "never had duloxetine", "hasn't
 * tried an SNRI". Within a few characters of the name, so "duloxetine 60 mg 8 wk, never tried PT" is not it.
 */
const DULOXETINE_NOT_TRIED =
  /\b(?:duloxetine|cymbalta|snris?)\b[ :,-]{0,3}(?:(?:was|has|is|been) )?(?:never|not(?: yet)?) (?:been )?(?:tried|taken|started|had|given|trialled|trialed|used)\b|\b(?:never|not(?: yet)?|has ?n[o']?t|have ?n[o']?t) (?:tried|had|taken|been on|started|trialled|trialed|used)(?: (?:the|any|a|an))? (?:duloxetine|cymbalta|snris?)\b/;
/** A stop refused ("refuses to stop it", "doesn't want to come off the tramadol"): the drug kept, no preference said. */
const STOP_REFUSAL = String.raw`(?:declin\w{0,4}|refus\w{0,4}|reluctant|not keen|(?:doesn'?t|does not|won'?t|will not) want|won'?t) (?:to )?(?:stop|stopping|come off|coming off)\b`;

/**
 * A neurological red flag named (saddle anaesthesia, cauda equina, incontinence or retention, foot drop, a progressive
 * deficit): the red-flag rows answer it, not an imaging row.
 */
const NEURO_RED_FLAG =
  /\b(?:saddle|cauda|incontinen\w*|retention|foot drop|progressive (?:weakness|deficit)|worsening weakness)\b/;
/** MRI or imaging asked for its indication (the rows that say when MRI is, or is not, indicated). */
const IMAGING_ASKED = /\bmri\b|imaging|\bscan\b/;
/**
 * The patient would not have an intervention: "would never have an injection or surgery", "doesn't want surgery",
 * "not a surgical candidate", "declines any procedure". Up to three words between the refusal and the procedure.
 */
const NOT_A_CANDIDATE =
  /\b(?:never|not|wo ?n[o']?t|would ?n[o']?t|does ?n[o']?t want|do ?n[o']?t want|refus\w*|declin\w*|against|no interest in|not interested in|not keen on|not fit for)(?: [\w'/-]{1,20}){0,3} (?:injections?|epidurals?|\besis?\b|surgery|surgical|operations?|an op\b|procedures?|interventions?)|\bnot an? (?:surgical |intervention )?candidate\b/;
/** Multidisciplinary rehabilitation, named or described ("a physio, a psychologist and an OT together"). */
const REHAB_NAMED = new RegExp(
  `\\brehab|multidisciplinary|interdisciplinary|pain management program|occupational therap|${describedPhrases('nondrug.multidisciplinary-rehab')}`,
);
/**
 * Rehabilitation with its evidence asked ("how good is the evidence ... when do I refer?"): then the referral answer
 * alone would leave half the question.
 */
const REHAB_EVIDENCE_ASKED = allOf(REHAB_NAMED, /\bevidence|\bgrade|how (?:good|effective|well)|does it work|\bworth/);

/**
 * A time of 12 weeks or more: "14/52", "16 weeks", "3 months", "4/12", "twelve weeks", "five months" (the referral
 * rule's time on optimised therapy).
 */
const TWELVE_WEEKS_OR_MORE =
  /\b(?:1[2-9]|[2-9]\d)\s?(?:\/52|wks?|weeks?)\b|\b(?:[3-9]|1[0-2])\s?(?:\/12|months?|mos?|mths?)\b|\b(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve) months?\b|\b(?:twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty) weeks?\b/;
/** Treatment words: the 12 weeks are of therapy only when one is said (not "off work for 3 months", "LBP for 6 months"). */
const THERAPY_SAID =
  /\b(?:optimi[sz]ed|everything|full works|therapy|treatment|meds|medications?|physio\w*|pt|cbt|duloxetine|cymbalta|naproxen|ibuprofen|nsaids?|exercise|programme|program|rehab\w*)\b/;
/**
 * Referral asked with 12 weeks or more and a treatment said: referral-after-12-weeks answers it (the rows it overlaps
 * step aside). Time off work or the pain's own duration alone is no time on optimised therapy.
 */
const REFERRAL_AFTER_12_WEEKS = allOf(
  /\brefer|pain (?:clinic|cent(?:er|re)|service|team|specialist)|multidisciplinary pain/,
  TWELVE_WEEKS_OR_MORE,
  THERAPY_SAID,
);
const REFERRAL_TITLE = 'When to refer to a multidisciplinary pain centre or specialist';
const REFERRAL_IDS = [
  'referral.persistent-pain-12-weeks',
  'referral.functional-disability',
  'referral.start-back-high-risk',
  'referral.interventional-procedures',
  'monitor.no-improvement-3-months',
];

/** The non-drug therapies, in the guideline's order (foundation first, then by evidence quality). */
const NONDRUG_IDS = [
  'nondrug.foundation',
  'nondrug.prioritize-before-opioids',
  'nondrug.exercise',
  'nondrug.multidisciplinary-rehab',
  'nondrug.acupuncture',
  'nondrug.mbsr',
  'nondrug.tai-chi-yoga',
  'nondrug.cbt',
  'nondrug.spinal-manipulation',
  'nondrug.massage',
  'nondrug.progressive-relaxation',
];
/** Asking how good the evidence is, or how the guideline grades it. */
const NONDRUG_EVIDENCE =
  /\b(?:rates?|rated|rating|grades?|graded|grading|ranks?|ranked|ranking)\b|evidence (?:for|behind|level|quality|grade|base)|quality of (?:the )?evidence|how (?:good|strong) is the evidence|strength of (?:the )?evidence|level of evidence/;
/** The best-graded therapies asked for in lay words: "which have the better evidence?", "most evidence behind it". */
const BEST_EVIDENCE =
  /(?:better|best|strongest|stronger|most|solid|highest|higher)[- ](?:quality )?evidence|moderate[- ]quality|(?:best|most|well)[- ](?:supported|evidenced|proven)/;
/** One grade of evidence named: a question about the therapies of that grade. */
const ONE_GRADE =
  /(?:low|moderate)[- ]quality|(?:better|best|strongest|stronger|most|solid|highest|higher)[- ](?:quality )?evidence/;
/** The non-drug therapies the guideline grades moderate-quality, after the rule that puts them before opioids. */
const MODERATE_NONDRUG_IDS = [
  'nondrug.prioritize-before-opioids',
  'nondrug.exercise',
  'nondrug.multidisciplinary-rehab',
  'nondrug.acupuncture',
  'nondrug.mbsr',
];
/**
 * The low-quality therapies by name, each with its entry: asked beside the moderate-quality group, the answer adds
 * that therapy's own line (its grade). `example` reaches the row (test/answers/did-you-mean.test.ts sends it).
 */
const LOW_GRADE_ASIDES = [
  {
    entry: 'nondrug.tai-chi-yoga',
    label: 'tai chi or yoga',
    pattern: /\byoga\b|tai ?chi/,
    example: 'which non-drug therapies are moderate-quality, and where does yoga sit?',
  },
  {
    entry: 'nondrug.cbt',
    label: 'CBT',
    pattern: /\bcbt\b|cognitive behaviou?ral/,
    example: 'best evidence non-drug options? is CBT one of them?',
  },
  {
    entry: 'nondrug.spinal-manipulation',
    label: 'spinal manipulation',
    pattern: /manipulat|chiropract|\bchiros?\b|osteopath|\bosteos?\b/,
    example: 'which therapies have moderate quality evidence - does chiro make the cut?',
  },
  {
    entry: 'nondrug.massage',
    label: 'massage',
    pattern: /massage/,
    example: 'strongest evidence therapies, and where is massage?',
  },
  {
    entry: 'nondrug.progressive-relaxation',
    label: 'progressive relaxation',
    pattern: /relaxation/,
    example: 'moderate-quality therapies? and relaxation techniques?',
  },
] as const;
/** Any of them named. */
const LOW_GRADE_NAMED = new RegExp(LOW_GRADE_ASIDES.map((a) => a.pattern.source).join('|'));
/** Non-drug therapy in lay words: "the things that aren't tablets", "other than pills", "apart from the meds". */
const NOT_TABLETS =
  /(?:aren'?t|are not|isn'?t|is not|other than|apart from|besides|beyond|except) (?:the |her |his )?(?:tablets|pills|meds|medications?|medicines?|drugs|painkillers)\b|non-?(?:tablet|medication|medicine)s?\b/;
/** The escalation rows' entries, in order: the escalation answer, and the ladder asked in order (opioids added). */
const ESCALATION_IDS = [
  'overview',
  'escalation.duloxetine',
  'escalation.nsaid-adequate-dose',
  'escalation.tramadol',
  'nondrug.foundation',
] as const;

/** Tai chi or yoga named, and a moderate-evidence therapy named (the yoga-counts and intensive-nondrug rows). */
const YOGA_NAMED = /\byoga\b|tai ?chi/;
const MODERATE_NAMED = /exercise|physio|acupuncture|mindfulness|\bmbsr\b|rehab|\bcbt\b/;
/**
 * The words that make a moderate-evidence therapy the standard tai chi or yoga is measured against, not one done:
 * each row's example is such a standard, its counter-example a therapy done (it still counts as named).
 */
export const MEASURED_AGAINST_ROWS = [
  { lead: 'as', example: 'does yoga count as exercise therapy?', counter: 'did physio as advised, and yoga' },
  {
    lead: 'instead of',
    example: 'is tai chi enough instead of exercise therapy?',
    counter: 'exercise instead of yoga',
  },
  { lead: 'rather than', example: 'yoga rather than physio, is that enough?', counter: 'physio rather than yoga' },
  { lead: 'in place of', example: 'tai chi in place of exercise therapy ok?', counter: 'physio in place of yoga' },
  { lead: 'replac\\w*', example: 'can yoga replace exercise therapy?', counter: 'physio replaced the yoga' },
  { lead: 'substitut\\w* for', example: 'yoga a substitute for physio?', counter: 'physio, with yoga' },
  {
    lead: '(?:equivalent|equal) to',
    example: 'is tai chi equivalent to exercise therapy?',
    counter: 'exercise and tai chi',
  },
  { lead: 'same as', example: 'is yoga the same as physio for this?', counter: 'physio and yoga' },
  { lead: 'than', example: 'is yoga better than exercise therapy?', counter: 'more physio than yoga' },
  { lead: 'vs\\.?|versus', example: 'yoga vs physio, which counts?', counter: 'physio, then yoga' },
] as const;
const MEASURED_AGAINST = new RegExp(
  `\\b(?:${MEASURED_AGAINST_ROWS.map((r) => r.lead).join('|')}) (?:(?:an?|the|formal|structured|supervised|proper|real|regular) )*(?:exercise|physio|acupuncture|mindfulness|mbsr|rehab|cbt)\\w*`,
  'g',
);
const NON_DRUG_NAMED = /non-?(?:drug|pharm)|conservative (?:therap|treatment|management)/;
/** A moderate-evidence therapy named as one done ("six weeks of physio exercise and some yoga"), not as a standard. */
export function moderateTherapyDone(lower: string): boolean {
  return MODERATE_NAMED.test(lower.replace(MEASURED_AGAINST, ' '));
}

/**
 * The non-drug therapies by name (global: `several` counts the distinct ones named). Tai chi is left out: "tai chi or
 * yoga" is one entry, so naming both is one therapy's question.
 */
const NONDRUG_THERAPY =
  /massage|\bchiros?\b|chiropract\w*|\bosteos?\b|osteopath\w*|manipulation|acupuncture|\byoga\b|exercise|physio\w*|mindfulness|\bcbt\b|relaxation|pilates/g;

/**
 * Two or more non-drug therapies weighed for one patient ("mindfulness or tai chi for someone who won't go to a gym?",
 * "multidisciplinary rehab or CBT alone for a catastrophiser?"): each therapy's own line, with the grade the guideline
 * gives it and what it targets. One row per entry: the words that name it, an example naming it in such a choice and a
 * counter-example that names it without a choice (that therapy's own row answers). The gym is left out of exercise:
 * "won't go to a gym" is the patient's setting, not a therapy weighed.
 */
export const NONDRUG_CHOICE_ROWS = [
  {
    entry: 'nondrug.exercise',
    label: 'exercise therapy',
    words: String.raw`\bexercis\w*|\bphysio\w*|physical therap\w*|strengthening|aerobic|pilates`,
    example: 'physio or acupuncture for her?',
    counter: 'physio for chronic back pain?',
  },
  {
    entry: 'nondrug.multidisciplinary-rehab',
    label: 'multidisciplinary rehabilitation',
    words: String.raw`multidisciplinary|interdisciplinary|\brehab\w*|pain management program\w*`,
    example: 'multidisciplinary rehab or CBT alone for a catastrophiser?',
    counter: 'multidisciplinary rehab?',
  },
  {
    entry: 'nondrug.acupuncture',
    label: 'acupuncture',
    words: String.raw`\bacc?upun\w*`,
    example: 'acupuncture vs massage, which is better?',
    counter: 'acupuncture for LBP?',
  },
  {
    entry: 'nondrug.mbsr',
    label: 'mindfulness-based stress reduction',
    words: String.raw`mindful\w*|\bmbsr\b|meditat\w*`,
    example: "mindfulness or tai chi for someone who won't go to a gym?",
    counter: 'MBSR for chronic LBP - evidence?',
  },
  {
    entry: 'nondrug.tai-chi-yoga',
    label: 'tai chi or yoga',
    words: String.raw`\byoga\b|\btai ?chi\b`,
    example: 'yoga or mindfulness, which would you pick for him?',
    counter: 'tai chi or yoga for LBP?',
  },
  {
    entry: 'nondrug.cbt',
    label: 'CBT',
    words: String.raw`\bcbt\b|cognitive behaviou?ral`,
    example: 'CBT or mindfulness for a pt who catastrophises?',
    counter: 'CBT?',
  },
  {
    entry: 'nondrug.spinal-manipulation',
    label: 'spinal manipulation',
    words: String.raw`manipulat\w*|chiropract\w*|\bchiros?\b|osteopath\w*|\bosteos?\b`,
    example: 'chiro or acupuncture, which has better evidence?',
    counter: 'spinal manipulation for chronic LBP?',
  },
  {
    entry: 'nondrug.massage',
    label: 'massage',
    words: String.raw`\bmassage\w*`,
    example: 'massage or yoga for her back?',
    counter: 'massage therapy for LBP evidence?',
  },
  {
    entry: 'nondrug.progressive-relaxation',
    label: 'progressive relaxation',
    words: String.raw`\brelaxation\b`,
    example: 'relaxation techniques or mindfulness?',
    counter: 'progressive relaxation?',
  },
] as const;
const NONDRUG_CHOICE_PATTERNS = NONDRUG_CHOICE_ROWS.map((r) => ({ ...r, pattern: new RegExp(r.words) }));
/** The words that weigh one option against another ("or", "vs", "which", "better", "CBT alone"). */
const CHOICE_WORD =
  /\b(?:or|vs\.?|versus|which|better|best|rather than|instead of|alone|compared?|prefer\w*|choose|choice|pick)\b/;
/** Therapies said as done or failed, or an opioid asked: another row's question (the opioid gate, a trial). */
const NOT_A_CHOICE = new RegExp(
  String.raw`\b(?:failed|tried|done|completed|did|didn'?t|despite|after|been doing)\b|${OPIOID_NAMED.source}`,
);
/** The non-drug therapies a choice question names, in the guideline's order (see NONDRUG_CHOICE_ROWS). */
export function nondrugChoices(lower: string): (typeof NONDRUG_CHOICE_ROWS)[number][] {
  return NONDRUG_CHOICE_PATTERNS.filter((r) => r.pattern.test(lower));
}
/** Psychological factors said of the patient: the guideline's pitfall line joins the answer. */
export const PSYCHOSOCIAL_SAID = /catastroph\w*|fear[- ]avoid\w*|\banxi\w*|\bdepress\w*|\bpsycholog\w*|\bpsych\b/;

/**
 * A described exercise programme asked whether it counts ("does twice-weekly gym strengthening for 8 weeks count as
 * the exercise therapy?"): the guideline's exercise line names what counts (aerobic, strengthening or flexibility),
 * no frequency or length; a drug or an intensive non-drug question is its own row's.
 */
const EXERCISE_PROGRAMME =
  /\bexercis\w*|\bphysio\w*|physical therap\w*|strengthening|aerobic|pilates|\bgym\b|stretch\w*|\bswim\w*|\bwalking\b|\bhydrotherap\w*/;
// "meds alone enough?" asks whether drugs suffice without non-drug therapy, not whether a programme counts
const COUNTS_ASKED =
  /\bcount(?:s|ed)?\b|\bqualif\w*|(?<!\b(?:alone|themselves|on their own|by itself|on its own) )\b(?:enough|sufficient)\b|\bdoes (?:that|this|it) do\b/;

/** The opioid gate's answer: last resort, the gate, then the prescribing framework. */
/** How MME is worked out ("how is MME calculated", "how do you add them up"): the mme-method rows' question. */
const MME_METHOD =
  /\bhow (?:do|to|is|are|should|would|can|does) (?:i |you |we |one |it |the )?(?:work(?:ed)? out|calculat\w*|comput\w*|figur\w*|add\w*|total\w*|sum\w*|count\w*|get)\b|\bhow(?:'s| is| are| do| does| d'you| would| should| can)? [^?.;\n]{0,30}?\b(?:work(?:ed)? out|calc\w*|comput\w*|summ?(?:ed|ing)|add(?:ed|ing)? (?:up|together|them)|totall?ed)\b|\b(?:calculat\w*|formula|add (?:them|it) up|add(?:ed|ing)? together|combin\w*|two opioids|2 opioids|both opioids|more than one opioid|several opioids)\b/;
const MME_WORD = /\bmmes?\b|morphine (?:milligram )?equivalen/;
const MME_CONVERSION =
  /conver(?:t|ts|sion|sions|ting)\b|switch(?:ing)? (?:between|from|to)|rotat(?:e|ing|ion)\b|equianalgesic/;

const OPIOID_GATE_IDS = [
  'opioid.last-resort',
  'opioid.gate.documented-failure',
  'opioid.gate.risk-assessment',
  'opioid.gate.discussion',
  'opioid.framework.lowest-dose',
  'opioid.framework.immediate-release',
  'opioid.framework.treatment-agreement',
  'opioid.framework.reassess',
] as const;

/** Non-drug therapy said in the question (done, tried or planned): not one global, so a plain test is safe. */
const NONDRUG_SAID = new RegExp(
  `${NONDRUG_THERAPY.source}|${NON_DRUG_NAMED.source}|rehab|tai ?chi|acupunct|\\bgym\\b|\\bmbsr\\b`,
);

/**
 * Medicines with nothing else, said with a verb: "can I just manage her with tablets", "only treat him with pills",
 * "simply rely on painkillers", "is it enough to just give the meds". Shared with the claim verdict (claim-verdicts.ts).
 */
export const JUST_MEDICINES =
  /\b(?:only|just|solely|purely|simply) (?:manag\w*|treat\w*|us(?:e|ing)|giv(?:e|ing)|do(?:ing)?|prescrib\w*|stick(?:ing)? (?:with|to)|rel(?:y|ying) on|keep(?:ing)?|go(?:ing)? with|continu\w*|tr(?:y|ying)|control\w*)(?: (?:her|him|them|it|this|the (?:patient|pt)|pt))?(?: (?:with|on|using|to))? (?:the |some |her |his )?(?:meds|medications?|medicines|drugs|tablets|pills|painkillers|analgesi\w*)\b|\b(?:meds|medications?|medicines|tablets|pills|painkillers)(?: (?:alone|only))? (?:be |is |are )?(?:enough|sufficient)\b/;

/**
 * The indirect descriptions of a therapy or a drug to avoid (src/clinical/language/described-therapies.ts), one
 * specific row per entry: the answer of the row that names it (its title and entries), so a description outranks the
 * broad words around it ("an 8-week stress course": mindfulness, not the psychosocial row). Added after the named
 * rows, so a named topic's own specific row still leads where both match.
 */
const DESCRIBED_FALLBACK: Readonly<Record<string, { title: string; ids: string[] }>> = {
  'avoid.acetaminophen-monotherapy': {
    title: 'Acetaminophen (paracetamol): an adjunct, not monotherapy',
    ids: ['avoid.acetaminophen-monotherapy', 'nondrug.foundation'],
  },
};
function withDescribedRows(rows: GuidelineIntent[]): GuidelineIntent[] {
  const entries = [...new Set(DESCRIBED_THERAPIES.map((r) => r.entry))];
  const described = entries.map((entry): GuidelineIntent => {
    const named = rows.find((r) => r.ids[0] === entry) ?? DESCRIBED_FALLBACK[entry];
    if (named === undefined) throw new Error(`described therapy ${entry}: no row answers it`);
    const first = DESCRIBED_THERAPIES.find((r) => r.entry === entry)!;
    return {
      name: `described:${entry}`,
      pattern: new RegExp(describedPhrases(entry) as string),
      // the named row's exclusions too ("... when do I refer?" is the referral question, not the therapy alone)
      ...('unless' in named && named.unless instanceof RegExp ? { unless: named.unless } : {}),
      tier: 'specific',
      title: named.title,
      ids: named.ids,
      example: first.examples[0]!,
    };
  });
  return [...rows, ...described];
}

/** The immediate-release-first answer, whether the release form is asked in words or as an abbreviation. */
const RELEASE_ANSWER_IDS = [
  'opioid.framework.immediate-release',
  'opioid.er-la-products',
  'opioid.cdc-er-la',
  'opioid.framework.lowest-dose',
];

export const GUIDELINE_INTENTS: GuidelineIntent[] = withDescribedRows([
  {
    // A patient stable on a medicine that works, asked how often to review ("stable on naproxen 5 months, how often do
    // I review?"): neither source gives an interval once stable (no-figure.ts says so first); the intervals they give
    // are for changes, quoted as what they do give. A change asked ("after I increase it") is the change's own row.
    name: 'stable-review-interval',
    pattern: STABLE_ON_MEDICINE,
    holds: asksNoFigure('stable-review-interval'),
    tier: 'specific',
    title: 'Reviewing a patient stable on a medicine',
    ids: ['monitor.reassess-2-4-weeks', 'opioid.cdc-reassess', 'monitor.validated-tools', 'monitor.functional-goals'],
    supersedes: ['follow-up', 'follow-up-after-change', 'tramadol-reassess', 'opioid-reassess', 'opioid-continue'],
    example: 'stable on naproxen for months, how often do I review?',
  },
  {
    // How long to keep a medicine that works, or when to try stopping it ("duloxetine working, how long do I keep her
    // on it?"): no length in either source (no-figure.ts says so first); the nearest they give is not to continue an
    // ineffective medicine indefinitely, and what to review. An opioid's own rule is the opioid-continue row's.
    name: 'continue-duration',
    pattern: /\bhow (?:long|many)\b|\bduration\b|\bwhen\b/,
    holds: asksNoFigure('continue-duration'),
    unless: OPIOID_NAMED,
    tier: 'specific',
    title: 'How long to continue a medicine that works',
    ids: [
      'pitfall.continuing-ineffective',
      'monitor.reassess-2-4-weeks',
      'monitor.functional-goals',
      'monitor.validated-tools',
    ],
    supersedes: ['follow-up'],
    example: 'naproxen helping, how long should she stay on it?',
  },
  {
    // Urine drug testing or pill counts ("UDS before oxycodone?"): neither source names them (no-figure.ts says so
    // first); what they do name for opioid monitoring: the risk assessment, the treatment agreement, the PDMP, reassessing.
    name: 'opioid-drug-testing',
    pattern: DRUG_TESTING,
    tier: 'specific',
    title: 'Opioid monitoring: what the sources name',
    ids: [
      'opioid.gate.risk-assessment',
      'opioid.framework.treatment-agreement',
      'opioid.cdc-pdmp',
      'opioid.framework.reassess',
    ],
    supersedes: [
      'opioid-gate',
      'opioid-risk-screen',
      'opioid-reassess',
      'tramadol-reassess',
      'pdmp',
      'treatment-agreement',
      'opioid-start',
      'follow-up',
    ],
    example: 'urine drug screen before starting an opioid?',
  },
  {
    // An imaging finding that does not match the symptoms ("bulge not touching the nerve, axial pain only"), asked as a
    // referral to surgery: findings often do not correlate, and the guideline's referral triggers.
    name: 'imaging-mismatch-referral',
    pattern:
      /\b(?:bulg\w*|protrusion|herniat\w*|prolaps\w*|disc|disk|degenerat\w*|annular (?:tear|fissure)|facet|spondylos\w*|findings?|mri (?:shows|showed|report))\b/,
    requires: /\b(?:refer\w*|surg\w*|spinal (?:team|surgeon|opinion)|neurosurg\w*|orthop\w*|ortho)\b/,
    unless: NEURO_RED_FLAG,
    tier: 'specific',
    title: 'Imaging findings that do not match the symptoms: when to refer',
    ids: [
      'pitfall.routine-imaging',
      'imaging.reconciled',
      'referral.persistent-pain-12-weeks',
      'referral.functional-disability',
      'referral.start-back-high-risk',
      'referral.interventional-procedures',
    ],
    example: 'MRI shows a disc bulge not touching the nerve, axial pain only: refer to surgeons?',
  },
  {
    name: 'imaging',
    pattern: /\bmri\b|imaging|x-?rays?|\bct\b|scan\b|radiograph/,
    tier: 'topic',
    title: 'Imaging',
    ids: ['imaging.reconciled', 'radicular.mri', 'pitfall.routine-imaging'],
    example: 'MRI?',
  },
  {
    // Radicular pain, no red flags, but the patient would never have an injection or surgery ("he'd never have an
    // injection or surgery - MRI?"): the guideline's MRI is for a candidate for intervention, so not indicated now;
    // said why. Red flags or a progressive deficit are another question (the red-flag rows).
    name: 'imaging-not-a-candidate',
    pattern: IMAGING_ASKED,
    requires: NOT_A_CANDIDATE,
    unless: NEURO_RED_FLAG,
    tier: 'specific',
    title: 'MRI not indicated now: not a candidate for injection or surgery, so the result would not change management',
    ids: ['imaging.reconciled', 'radicular.mri', 'pitfall.routine-imaging'],
    example: 'radicular pain, no red flags, he would never have an injection or surgery - MRI?',
  },
  {
    // Imaging asked with a procedure in view ("no prior MRI, pt keen on ESI. MRI?"): the radicular branch's rule, MRI
    // when an intervention such as an epidural is being considered.
    name: 'imaging-before-procedure',
    pattern: IMAGING_ASKED,
    requires: /epidural|\besi\b|injection|nerve block|\bsurg(?:ery|ical|eon)\b|procedure/,
    // the patient would never have one: imaging-not-a-candidate answers (the result would change nothing)
    unless: NOT_A_CANDIDATE,
    tier: 'specific',
    title: 'MRI when an intervention is being considered',
    ids: ['radicular.mri', 'imaging.reconciled', 'referral.interventional-procedures'],
    example: 'radicular symptoms, no prior MRI, considering an epidural: MRI?',
  },
  {
    name: 'red-flags',
    // "urgent care", "an urgent treatment centre": a place the patient went, not an urgent question
    pattern:
      /\bred ?flags?\b|cauda equina|saddle (?:an(?:a)?esthesia|numbness)|\burgent(?:ly)?\b(?! care\b| treatment cent)|emergency|same[- ]day (?:assessment|review|referral|admission|appointment|appt|eval\w*)|(?:seen|see|assessed) (?:the )?same[- ]day|\b(?:seen|seeing|see|reviewed|assessed) (?:\w+ )?(?:today|urgently)\b|\bto (?:the )?(?:ed|a&e|er|emergency department|emergency room|hospital)\b|warning signs|alarm (?:symptoms|signs|features)|worrying (?:symptoms|signs|features)/,
    tier: 'red-flag',
    route: 'red-flags',
    title: 'Red flags: stop the pathway and evaluate urgently',
    ids: [
      'redflag.urgent-evaluation',
      'redflag.cauda-equina',
      'redflag.cancer',
      'redflag.infection',
      'redflag.fracture',
      'redflag.progressive-neuro-deficit',
    ],
    example: 'what are the red flags?',
  },
  {
    // The suspected condition named as a question ("long-term steroids and new back pain, fracture?"): above a drug
    // or a drug class the question also names (route-scores.ts: a specific row takes a question naming a drug).
    name: 'red-flag-named',
    pattern:
      /\bfractures?\b|cauda equina|malignan\w*|spinal (?:infection|abscess)|osteomyelitis|discitis|epidural abscess/,
    unless: /\bmri\b|imaging|x-?rays?|\bct\b|scan\b/,
    tier: 'specific',
    route: 'red-flags',
    title: 'Red flags: stop the pathway and evaluate urgently',
    ids: [
      'redflag.urgent-evaluation',
      'redflag.fracture',
      'redflag.cauda-equina',
      'redflag.cancer',
      'redflag.infection',
    ],
    example: 'suspected fracture?',
  },
  {
    name: 'epidural',
    // lay words placed at the spine ("shots in her spine", "spinal injection", "back jab") are this procedure too
    pattern:
      /\bepidurals?\b|\besi\b|steroid injections?|nerve blocks?|interventional|\b(?:injections?|shots?|jabs?) (?:in|into|to) (?:the |her |his |my |their )?(?:spine|back|lower back)\b|\b(?:spinal|spine|back) (?:injections?|shots?|jabs?)\b/,
    // "MRI before an epidural?" asks about the imaging (imaging-before-procedure); a steroid into a muscle is systemic.
    unless: new RegExp(`\\bmri\\b|imaging|\\bscan\\b|${STEROID_INTO_MUSCLE.source}`),
    tier: 'specific',
    title: 'Epidural steroid injections and other procedures',
    ids: ['specialist.epidural-injections', 'referral.interventional-procedures'],
    example: 'epidural injections?',
  },
  {
    // A bare "injection" is often context ("considering an injection, does she need an MRI?"). Lay words for it:
    // "shots in the back", "jabs in the spine".
    name: 'injection',
    pattern: /\binjections?\b|\bshots?\b|\bjabs?\b/,
    tier: 'broad',
    title: 'Epidural steroid injections and other procedures',
    ids: ['specialist.epidural-injections', 'referral.interventional-procedures'],
    example: 'injections?',
  },
  {
    name: 'steroids',
    pattern: /\b(?:oral |systemic )?(?:cortico)?steroids?\b(?! injections?)|prednis|\bpred\b|medrol|dexamethasone/,
    tier: 'topic',
    title: 'Systemic corticosteroids: avoid',
    ids: ['avoid.systemic-corticosteroids'],
    example: 'oral steroids?',
  },
  {
    name: 'benzodiazepines',
    pattern: /\bbenzo(?:diazepine)?s?\b|diazepam|valium|lorazepam|alprazolam|xanax|clonazepam/,
    tier: 'topic',
    title: 'Benzodiazepines: do not prescribe',
    ids: ['avoid.benzodiazepines', 'interaction.opioid-benzodiazepine', 'opioid.cdc-naloxone'],
    example: 'benzodiazepines?',
  },
  {
    // Who does it, asked ("can I refer her straight for a stimulator or does she see the pain service first?"): the
    // guideline's referral row names the pain specialist or multidisciplinary pain centre.
    name: 'neuromodulation-referral',
    pattern: /spinal cord stim|\bscs\b|neuromodulation|stimulator/,
    requires:
      /\brefer|referral|pain (?:service|clinic|team|specialist|cent(?:er|re)|management)|specialist|who (?:does|do|can|puts?|implants?)/,
    tier: 'specific',
    title: 'Spinal cord stimulation: refer to a pain specialist or multidisciplinary pain centre',
    // the same entries as the neuromodulation row (one answer, so no "did you mean" between them): the title differs
    ids: ['specialist.neuromodulation', 'referral.interventional-procedures'],
    example: 'refer for spinal cord stimulation?',
  },
  {
    name: 'neuromodulation',
    pattern: /spinal cord stim|\bscs\b|neuromodulation|stimulator/,
    tier: 'specific',
    title: 'Spinal cord stimulation',
    ids: ['specialist.neuromodulation', 'referral.interventional-procedures'],
    example: 'spinal cord stimulation?',
  },
  {
    name: 'gabapentinoids',
    pattern:
      /gabapentinoids?|neuropathic (?:agents?|drugs?|meds?|medications?|medicines?)|nerve pain (?:meds?|medications?|medicines?|drugs?)/,
    tier: 'topic',
    title: 'Gabapentinoids for radicular (neuropathic) pain',
    ids: ['radicular.assess', 'radicular.gabapentin', 'radicular.pregabalin', 'interaction.gabapentin-pregabalin'],
    example: 'gabapentinoids?',
  },
  {
    name: 'radicular',
    // Lay and dictated descriptions: "shooting down one leg", "pins and needles below the knee", "tingling in his foot".
    pattern:
      /radicul|sciatica|leg pain|neuropathic|paresth|nerve pain|radiat|\bradic\b|pins and needles|shoot(?:s|ing)? (?:pain )?(?:down|into)|(?:down|into) (?:the (?:back|side|front|outside) of )?(?:the |one |his |her |their |both )?(?:leg|legs|buttock|thigh|calf)\b|below the knee/,
    tier: 'broad',
    title: 'Radicular symptoms',
    ids: ['radicular.assess', 'radicular.gabapentin', 'radicular.pregabalin', 'radicular.duloxetine', 'radicular.mri'],
    example: 'sciatica?',
  },
  {
    // Both asked in one message ("naloxone - at what MME? and do I need to check the PDMP?"): both answered.
    name: 'naloxone-and-pdmp',
    pattern: NALOXONE,
    requires: PDMP,
    tier: 'specific',
    title: 'Naloxone and the prescription drug monitoring programme',
    ids: ['opioid.cdc-naloxone', 'opioid.cdc-pdmp'],
    example: 'naloxone and PDMP?',
  },
  {
    name: 'naloxone',
    // Lay names for it: "the overdose-reversal nasal spray", "opioid antidote", "rescue spray".
    pattern: NALOXONE,
    unless: PDMP,
    tier: 'specific',
    title: 'Naloxone',
    ids: ['opioid.cdc-naloxone'],
    example: 'naloxone?',
  },
  {
    name: 'pdmp',
    pattern: PDMP,
    unless: NALOXONE,
    tier: 'specific',
    title: 'Prescription drug monitoring programme',
    ids: ['opioid.cdc-pdmp'],
    example: 'PDMP?',
  },
  {
    // An opioid that gives no functional gain, with a higher dose asked ("3-month review on oxycodone, no functional
    // gain, pt asking to go up"): function is what counts (continue only with meaningful functional gain), so not a
    // higher dose; taper, never abruptly.
    name: 'opioid-no-gain-increase',
    pattern: OPIOID_NOT_HELPING,
    requires: INCREASE_ASKED,
    unless: /\btramadol\b|\bultram\b/,
    ...NO_GAIN_ANSWER,
    example: '3 month review on oxycodone, no functional gain, pt asking to go up?',
    supersedes: ['opioid-not-helping', 'opioid-reassess', 'opioid-continue', 'stop-opioid', 'no-improvement'],
  },
  {
    // The same with the opioid not named, only the new tablet strength ("function no better. go up to 10/325 qid?",
    // "ODI 40 -> 42, up to 10/325?"): function decides, so not a higher dose
    name: 'opioid-no-gain-increase-unnamed',
    pattern: INCREASE_TO_COMBINATION,
    holds: functionNotBetter,
    ...NO_GAIN_ANSWER,
    example: 'function no better. go up to 10/325 qid?',
    supersedes: ['no-improvement', 'opioid-increase-unnamed'],
  },
  {
    // An increase to an opioid tablet strength, the opioid not named and function not said or measured no better
    // ("walking further, go up to 10/325 qid?"): what any increase asks for; the MME needs the opioid's name
    name: 'opioid-increase-unnamed',
    pattern: INCREASE_TO_COMBINATION,
    holds: (lower) => !functionNotBetter(lower),
    tier: 'specific',
    title: 'A higher opioid dose: reassess within 1-4 weeks, weigh the MME against 50 and 90',
    ids: ['opioid.cdc-reassess', 'opioid.framework.reassess', 'mme.thresholds', 'opioid.cdc-naloxone'],
    example: 'walking further, go up to 10/325 qid?',
  },
  {
    // After an opioid trial failed or is being tapered, what next ("oxycodone not helping, weaning him off - what
    // next?"): taper without an abrupt stop, and refer rather than continue ineffective medicines (pitfalls; referral).
    name: 'after-opioid-failed',
    pattern: OPIOID_NOT_HELPING,
    ...AFTER_OPIOID_FAILED,
    example: 'oxycodone not helping, weaning him off - what next?',
  },
  {
    // The same asked with the trial said failed or the taper under way ("opioid trial failed, now tapering - what
    // next?", "we're tapering the oxy - where do we go from here?"); a row of its own, so no pattern overlaps another.
    name: 'after-opioid-taper',
    pattern: STRONG_OPIOID_FAILED,
    ...AFTER_OPIOID_FAILED,
    example: 'opioid trial failed, now tapering - what next?',
  },
  {
    // "All failed, incl. tramadol - a stronger opioid?": no stronger opioid by default; the opioid gate (documented
    // failure of the options and of multiple non-drug therapies, benefits outweighing risks) and referral when pain
    // persists despite 12 weeks of optimised therapy.
    name: 'stronger-opioid',
    pattern: STRONGER_OPIOID,
    tier: 'specific',
    title: 'A stronger opioid: only through the opioid gate; consider referral',
    ids: [
      'opioid.last-resort',
      'opioid.gate.documented-failure',
      'referral.persistent-pain-12-weeks',
      'pitfall.continuing-ineffective',
    ],
    example: 'tried NSAIDs, duloxetine and tramadol, all failed - a stronger opioid?',
    // opioid-after-failed: the gate after failed drugs, asked as a stronger opioid, is this row's answer
    supersedes: [
      'tramadol-after-failed',
      'tramadol-instead',
      'first-line',
      'opioid-gate',
      'opioid-not-helping',
      'opioid-after-failed',
    ],
  },
  {
    name: 'taper-opioid',
    pattern: /\btaper|wean|discontinu|come off|get off/,
    requires: OPIOID_NAMED,
    tier: 'specific',
    title: 'Stopping or tapering opioids',
    ids: ['opioid.cdc-no-abrupt-taper', 'opioid.framework.reassess'],
    example: 'how do I taper opioids?',
  },
  {
    // An opioid review with its numbers ("oxycodone review pain 7->4 ODI 40->44 continue?", "on norco, pain 7 to 4,
    // ODI 40 to 44, keep going?"): the changes worked out and the framework's continuation rule (function decides)
    // answer it, not the general continue/reassess rows (guideline-answer.ts, score-change.ts).
    name: 'opioid-review-scores',
    pattern: SCORE_CHANGE,
    requires: OPIOID_OR_TRAMADOL_NAMED,
    holds: opioidTakenNow,
    tier: 'specific',
    title: 'Continue an opioid only if function improves meaningfully',
    ids: ['opioid.framework.reassess', 'instrument.mcid', 'opioid.cdc-no-abrupt-taper'],
    example: 'oxycodone review: pain 7 to 4, ODI 40 to 44 - continue?',
    supersedes: ['opioid-continue', 'opioid-reassess', 'tramadol-reassess', 'score-change', 'mcid', 'stop-opioid'],
  },
  {
    // Whether to keep an opioid going ("on oxy 3 weeks, no real change in what he can do - keep going?", "continue or
    // stop?"): the framework's rule, continue only with a meaningful gain in function, else taper off.
    name: 'opioid-continue',
    pattern: OPIOID_CONTINUE,
    requires: OPIOID_NAMED,
    holds: opioidTakenNow,
    unless: /\btaper|\bwean|(?:before|prior to) (?:starting|trying|an? )/,
    tier: 'specific',
    title: 'Continue an opioid only if function improves meaningfully',
    ids: [
      'opioid.framework.reassess',
      'pitfall.continuing-ineffective',
      'opioid.cdc-no-abrupt-taper',
      'instrument.mcid',
    ],
    example: 'oxycodone for 3 weeks, no change in function: continue or stop?',
    patientLeads: true,
    followIds: ['opioid.framework.reassess', 'opioid.cdc-no-abrupt-taper'],
  },
  {
    // Stopping or tapering tramadol ("how do I stop tramadol?", "taper schedule for tramadol"): an opioid for CDC 2022
    // (no abrupt stop or rapid taper) and for the framework's stopping rule, not its drug card alone.
    name: 'stop-tramadol',
    // the stop said of tramadol itself, not of another drug ("GP planning to stop it ... can I start tramadol?")
    pattern:
      /\b(?:stop(?:ping)?|taper(?:ing)?|wean(?:ing)?|come off|coming off|get (?:him|her|them) off|discontinu(?:e|ing))(?: (?:schedule|plan|rate|regimen) for)?(?: (?:the|his|her|their|off|down))? (?:tramadol|ultram)\b|\b(?:tramadol|ultram) (?:taper|wean)/,
    // a stop refused ("refuses to stop tramadol. ok to add duloxetine?") keeps tramadol taken: the question is the other
    unless: new RegExp(
      `reassess|re-?evaluat|follow[- ]?up|\\bf\\/u\\b|refus\\w*|declin\\w*|won'?t|doesn'?t want|not (?:willing|keen)|${OPIOID_NAMED.source}`,
    ),
    tier: 'specific',
    title: 'Stopping or tapering tramadol',
    ids: ['opioid.cdc-no-abrupt-taper', 'opioid.framework.reassess'],
    example: 'how do I stop tramadol?',
  },
  {
    // A bare "stop" asked with a reassessment is the reassessment's stopping rule ("first reassessment after starting
    // an opioid and when do I stop": stop if function does not improve), not a taper.
    name: 'stop-opioid',
    pattern: /\bstop(?:ping)?\b/,
    requires: OPIOID_NAMED,
    unless: new RegExp(`reassess|re-?evaluat|follow[- ]?up|\\bf\\/u\\b|${OPIOID_CONTINUE.source}`),
    tier: 'specific',
    title: 'Stopping or tapering opioids',
    ids: ['opioid.cdc-no-abrupt-taper', 'opioid.framework.reassess'],
    example: 'stopping oxycodone?',
  },
  {
    // Asked without the word "opioid": a pain contract is only ever the opioid treatment agreement here.
    name: 'treatment-agreement',
    pattern:
      /(?:pain|opioid|narcotic|treatment|patient|controlled[- ]substances?|medication) (?:contracts?|agreements?)|\bsign (?:a |an )?(?:contract|agreement)/,
    tier: 'specific',
    title: 'Opioid treatment agreement and monitoring',
    ids: ['opioid.framework.treatment-agreement', 'opioid.cdc-pdmp', 'opioid.framework.reassess'],
    example: 'do I need a pain contract?',
  },
  {
    // How MME is worked out, asked with an opioid to start ("can I start morphine for her? how is MME calculated"):
    // the gate first, then the method (mme-method alone answers it for the opioids taken, and supersedes opioid-start)
    name: 'mme-method-starting',
    pattern: START_ASKED,
    requires: MME_METHOD,
    unless: MME_CONVERSION,
    holds: (lower) => MME_WORD.test(lower),
    tier: 'specific',
    title: 'Starting an opioid (only after the gate), and how MME is worked out',
    supersedes: ['mme-method', 'opioid-start'],
    ids: [
      'opioid.last-resort',
      'opioid.gate.documented-failure',
      'opioid.framework.lowest-dose',
      'mme.how-calculated',
      'mme.thresholds',
    ],
    example: 'can I start morphine for her? how is MME calculated',
  },
  {
    name: 'opioid-start',
    pattern: OPIOID,
    // Not "starting" alone: "when do I reassess after starting opioids" asks about follow-up.
    requires: /\bdos(?:e|es|ing|age)\b|how much|starting (?:dose|mme|at)|initial|\bmme\b|what strength/,
    // naloxone asked with the patient's MME ("spray with his opioid script? on about 60 MME") is the naloxone row's
    unless: new RegExp(`increas|titrat|adjust|chang|reassess|\\breview|switch|conver|${NALOXONE.source}`),
    tier: 'specific',
    title: 'Starting an opioid (only after the gate)',
    ids: [
      'opioid.framework.lowest-dose',
      'opioid.framework.immediate-release',
      'opioid.cdc-reassess',
      'mme.thresholds',
      'opioid.last-resort',
    ],
    example: 'opioid starting dose?',
  },
  {
    name: 'opioid-formulation',
    pattern:
      /immediate[- ]release|extended[- ]release|long[- ]acting|short[- ]acting|(?:slow|modified|sustained|controlled)[- ]release|\b(?:er|ir|la) (?:or|vs\.?|versus) (?:er|ir|la)\b|\ber\/la\b|\b(?:er|ir) opioids?\b/,
    tier: 'specific',
    title: 'Immediate-release first, not extended-release',
    ids: RELEASE_ANSWER_IDS,
    example: 'extended-release or immediate-release opioid?',
  },
  {
    // A release abbreviation before an opioid's name ("ER oxy ok to start?", "SR morphine first?"): the same question.
    name: 'opioid-formulation-named',
    pattern: new RegExp(String.raw`\b(?:er|xr|cr|sr|mr|la)\b (?:${OPIOID_NAMED.source})`),
    tier: 'specific',
    title: 'Immediate-release first, not extended-release',
    ids: RELEASE_ANSWER_IDS,
    example: 'SR morphine to start?',
  },
  {
    // An extended-release or long-acting product as a first opioid ("Rx MS Contin 15 mg q12h, first opioid,
    // opioid-naive - ok?", "OxyContin to start?"): not yet, immediate-release first (guideline; CDC 2022). The fentanyl
    // patch is not in this list: its opioid-tolerant-only rule leads (opioid-tolerant).
    name: 'er-la-first-opioid',
    pattern: ER_LA_NAMED,
    requires: FIRST_OPIOID,
    tier: 'specific',
    title: 'Not as a first opioid: immediate-release first, not extended-release',
    ids: RELEASE_ANSWER_IDS,
    // this row's more precise question about the opioid after failed drugs
    supersedes: ['opioid-after-failed'],
    example: 'Rx OxyContin 10 mg q12h for an opioid-naive patient - ok?',
  },
  {
    // Tramadol asked for while duloxetine has not been tried and nothing rules it out ("Rx tramadol 50 mg q6h prn.
    // naproxen failed; duloxetine never tried. Ok to dispense?"): not yet, duloxetine is the preferred second line and
    // tramadol follows when duloxetine is contraindicated or ineffective.
    name: 'tramadol-before-duloxetine',
    pattern: /\btramadol\b|\bultram\b/,
    requires: DULOXETINE_NOT_TRIED,
    // ruled out ("duloxetine contraindicated", "allergic"), never "no contraindication recorded"
    unless: /(?<!\b(?:no|not|nil|no known) )contraindicat|not tolerat|intoleran|allerg|\bmaoi\b|phenelzine|linezolid/,
    tier: 'specific',
    title: 'Not yet: duloxetine has not been tried (tramadol comes after it)',
    ids: ['escalation.duloxetine', 'escalation.tramadol', 'pitfall.opioids-without-adequate-trial'],
    // this row's more precise question about the opioid after failed drugs
    supersedes: ['opioid-after-failed'],
    example: 'tramadol 50 mg q6h, naproxen failed, duloxetine never tried - ok to dispense?',
  },
  {
    name: 'opioid-tolerant',
    pattern: /opioid[- ]tolerant|opioid[- ]na[iï]ve|opioid tolerance/,
    // an ER/LA product named as a first opioid: er-la-first-opioid answers (immediate-release first)
    unless: allOf(ER_LA_NAMED, FIRST_OPIOID),
    tier: 'specific',
    title: 'Opioid-tolerant',
    ids: ['label.opioid-tolerant', 'opioid.er-la-products'],
    example: 'what counts as opioid tolerant?',
  },
  {
    // "couldn't tolerate duloxetine - ok to go straight to tramadol?", "naproxen didn't help, tramadol next?":
    // tramadol's line and rules, and the second-line step still open; a drug said failed is never recommended back.
    name: 'tramadol-after-failed',
    pattern: /\btramadol\b|\bultram\b/,
    requires: new RegExp(`${failedSaid('duloxetine')}|${failedSaid('nsaid')}`),
    // duloxetine said not tried: tramadol-before-duloxetine answers (not yet); tramadol itself said failed ("failed
    // duloxetine, naproxen and tramadol. time for oxycodone?"): the opioid gate (opioid-after-failed)
    unless: new RegExp(`${DULOXETINE_NOT_TRIED.source}|${failedSaid('tramadol')}`),
    tier: 'specific',
    title: 'Tramadol: second line, when duloxetine and NSAIDs are contraindicated or ineffective',
    ids: [
      'escalation.tramadol',
      'escalation.duloxetine',
      'escalation.nsaid-adequate-dose',
      'nondrug.prioritize-before-opioids',
      'label.tramadol',
    ],
    notRecommendedBack: {
      'escalation.duloxetine': new RegExp(failedSaid('duloxetine')),
      'escalation.nsaid-adequate-dose': new RegExp(failedSaid('nsaid')),
      // tramadol is an opioid: what the guideline asks of non-drug therapy first, unless the question says what was done
      'nondrug.prioritize-before-opioids': NONDRUG_SAID,
    },
    // this row's more precise question about the opioid after failed drugs
    supersedes: ['opioid-after-failed'],
    example: "couldn't tolerate duloxetine, ok to go to tramadol?",
    patientLeads: true,
  },
  {
    // Tramadol instead of duloxetine ("skip straight to tramadol if she'd rather not take duloxetine?"): the guideline
    // places it second line, when duloxetine and NSAIDs are contraindicated or ineffective.
    name: 'tramadol-instead',
    pattern: /\btramadol\b|\bultram\b/,
    requires:
      /straight to|\bskip|jump to|go (?:directly|right) to|instead (?:of|\?)|rather (?:not|than)|(?:doesn'?t|does not|don'?t|won'?t|wouldn'?t|will not) (?:want|like|take|tolerate)|declin|refus|reluctant|not keen|\bprefers?\b|before (?:trying|duloxetine|an? nsaid)/,
    // A drug said failed or not tolerated: the row above, which never recommends it back. A stop refused ("on
    // tramadol and refuses to stop it. start duloxetine?") is no preference for tramadol: the drug answer's pair.
    unless: new RegExp(`${failedSaid('duloxetine')}|${failedSaid('nsaid')}|${STOP_REFUSAL}`),
    tier: 'specific',
    title: 'Tramadol: second line, when duloxetine and NSAIDs are contraindicated or ineffective',
    ids: ['escalation.tramadol', 'escalation.duloxetine', 'escalation.nsaid-adequate-dose'],
    // this row's more precise question about the opioid after failed drugs
    supersedes: ['opioid-after-failed'],
    example: "skip straight to tramadol if she'd rather not take duloxetine?",
    patientLeads: true,
  },
  {
    // One non-drug therapy, asked whether it is enough before an opioid ("only had physio once a fortnight, is that
    // enough before opioids?"): the gate needs an inadequate response to multiple non-drug therapies.
    name: 'opioid-gate-one-nondrug',
    pattern: OPIOID_NAMED,
    requires: ONE_NONDRUG_ENOUGH,
    unless: NO_NONDRUG_TRIED,
    tier: 'specific',
    title: 'Before opioids: multiple non-drug therapies, not one',
    ids: [
      'opioid.gate.documented-failure',
      'nondrug.prioritize-before-opioids',
      'pitfall.opioids-without-adequate-trial',
    ],
    example: 'only had physio once a fortnight - is that enough before opioids?',
    supersedes: ['opioid-gate', 'exercise', 'exercise-pt', 'opioid-too-early'],
  },
  {
    // The drugs tried but no non-drug therapy ("proper trials of naproxen and duloxetine, never done physio; move to
    // oxycodone now?"): the gate also needs multiple non-drug therapies to have failed.
    name: 'opioid-gate-nondrug-missing',
    pattern: OPIOID_NAMED,
    requires: NO_NONDRUG_TRIED,
    tier: 'specific',
    title: 'Not yet: the opioid gate is not met without non-drug therapy (exercise, physio) first',
    ids: [
      'opioid.gate.documented-failure',
      'nondrug.prioritize-before-opioids',
      'pitfall.opioids-without-adequate-trial',
      'nondrug.exercise',
    ],
    example: 'tried naproxen and duloxetine but never any physio or exercise: oxycodone now?',
  },
  {
    name: 'opioid-too-early',
    pattern: OPIOID_NAMED,
    requires:
      /straight to|\bskip|jump to|go (?:directly|right) to|hasn'?t tried|not (?:yet )?tried|without (?:trying|an adequate)|instead of duloxetine|before (?:trying|duloxetine)/,
    unless: NO_NONDRUG_TRIED,
    tier: 'specific',
    title: 'Not opioids before an adequate trial of duloxetine and non-drug therapy',
    ids: [
      'pitfall.opioids-without-adequate-trial',
      'opioid.gate.documented-failure',
      'nondrug.prioritize-before-opioids',
      'escalation.duloxetine',
    ],
    // this row's more precise question about the opioid after failed drugs
    supersedes: ['opioid-after-failed'],
    example: 'can I go straight to opioids?',
  },
  {
    // An opioid asked after the drugs failed, nothing said of non-drug therapy ("failed naproxen and duloxetine. Time
    // for an opioid?", "dulox, naproxen and tramadol all failed - oxycodone now?"): the gate, with what it asks of
    // non-drug therapy first (the moderate-quality therapies, prioritised before opioids). Non-drug therapy said done
    // or not done: the gate rows above, or the gate without that line.
    name: 'opioid-after-failed',
    pattern: new RegExp(`${OPIOID_NAMED.source}|${OPIOID_DESCRIBED.source}`),
    requires: new RegExp(`${failedSaid('duloxetine')}|${failedSaid('nsaid')}|${failedSaid('tramadol')}`),
    unless: anyOf(NO_NONDRUG_TRIED, ONE_NONDRUG_ENOUGH, /\btaper|\bwean|naloxone|narcan|\bmme\b|\bstop/),
    tier: 'specific',
    title: 'Opioids: last resort, after the gate (non-drug therapy included)',
    // the gate's answer, with what it asks of non-drug therapy after its documented-failure line
    ids: [...OPIOID_GATE_IDS.slice(0, 2), 'nondrug.prioritize-before-opioids', ...OPIOID_GATE_IDS.slice(2)],
    notRecommendedBack: { 'nondrug.prioritize-before-opioids': NONDRUG_SAID },
    example: 'failed naproxen and duloxetine. time for an opioid?',
  },
  {
    // What to screen before an opioid ("starting a morphine-type painkiller - which areas should I screen?", "risk
    // assessment before oxy?"): the guideline's risk assessment (substance use, mental health, concurrent sedatives)
    // leads, then the gate it belongs to.
    name: 'opioid-risk-screen',
    pattern: new RegExp(`${OPIOID_NAMED.source}|${OPIOID_DESCRIBED.source}`),
    requires: RISK_SCREEN_ASKED,
    // the red-flag screen is another screen (its answer leads); STarT Back is a screening tool
    unless: /\btaper|\bwean|naloxone|narcan|start ?back|keele|red[- ]?flags?|\brfs?\b|cauda|saddle/,
    tier: 'specific',
    title: 'Before an opioid: the risk assessment',
    ids: ['opioid.gate.risk-assessment', 'opioid.last-resort', 'opioid.gate.discussion'],
    // this row's more precise question about the opioid after failed drugs
    supersedes: ['opioid-after-failed'],
    example: 'what should I screen for before starting an opioid?',
  },
  {
    // What the pre-opioid conversation covers ("what should I tell pt before starting oxycodone", "counselling before
    // opioids?"): the guideline's explicit discussion, the risk assessment, the agreement and the reassessment.
    name: 'opioid-discussion',
    pattern: OPIOID_TALK,
    requires: OPIOID_NAMED,
    unless: /\btaper|\bwean|naloxone|narcan/,
    tier: 'specific',
    title: 'Before an opioid: what the conversation covers',
    ids: [
      'opioid.gate.discussion',
      'opioid.gate.risk-assessment',
      'opioid.framework.treatment-agreement',
      'opioid.framework.reassess',
    ],
    // this row's more precise question about the opioid after failed drugs
    supersedes: ['opioid-after-failed'],
    example: 'what do I discuss with the patient before starting an opioid?',
  },
  {
    // An opioid, tramadol included, said not to help ("tramadol isn't helping function after 4 weeks, what now",
    // "no benefit from the oxycodone"): discontinue without a meaningful gain in function (L43), never abruptly
    // (CDC 2022). Whether to continue is the opioid-continue row's (the same rules).
    name: 'opioid-not-helping',
    pattern: OPIOID_NOT_HELPING,
    unless: new RegExp(`\\btaper|\\bwean|(?:before|prior to) (?:starting|trying|an? )|${OPIOID_CONTINUE.source}`),
    tier: 'specific',
    title: 'Stopping or tapering opioids',
    ids: ['opioid.cdc-no-abrupt-taper', 'opioid.framework.reassess'],
    // this row's more precise question about the opioid after failed drugs
    supersedes: ['opioid-after-failed'],
    example: "tramadol isn't helping his function after 4 weeks, what now?",
  },
  {
    // Tramadol started or changed ("just raised the tramadol dose, when should I reassess"): the guideline's 2-4 weeks
    // during medication adjustments, and CDC 2022's 1-4 weeks of starting or of any increase (an opioid, tramadol
    // included).
    name: 'tramadol-reassess',
    pattern: TRAMADOL,
    requires: REASSESS_ASKED,
    unless: OPIOID_NAMED,
    tier: 'specific',
    title: 'Reassessing tramadol',
    ids: ['monitor.reassess-2-4-weeks', 'opioid.cdc-reassess', 'opioid.framework.reassess'],
    example: 'when to reassess after raising the tramadol dose?',
  },
  {
    name: 'opioid-reassess',
    pattern: OPIOID_NAMED,
    // Not a bare "monitoring": "prescription monitoring program before opioids?" is the PDMP.
    requires: REASSESS_ASKED,
    tier: 'specific',
    title: 'Reassessing an opioid',
    ids: ['opioid.framework.reassess', 'opioid.cdc-reassess', 'opioid.framework.treatment-agreement', 'mme.thresholds'],
    // this row's more precise question about the opioid after failed drugs
    supersedes: ['opioid-after-failed'],
    example: 'when to reassess after starting opioids?',
  },
  {
    name: 'taper',
    pattern: /\btaper|wean|discontinu/,
    tier: 'broad',
    title: 'Stopping or tapering opioids',
    ids: ['opioid.cdc-no-abrupt-taper', 'opioid.framework.reassess'],
    example: 'how to taper?',
  },
  {
    name: 'opioid-gate',
    pattern: OPIOID,
    tier: 'broad',
    title: 'Opioids: last resort, after the gate',
    ids: [...OPIOID_GATE_IDS],
    example: 'opioids?',
  },
  {
    name: 'mme-conversion',
    pattern: /conver(?:t|ts|sion|sions|ting)\b|switch(?:ing)? (?:between|from|to)|rotat(?:e|ing|ion)\b|equianalgesic/,
    requires: /\bmme\b|morphine (?:milligram )?equivalen/,
    tier: 'specific',
    title: 'MME: an estimate of risk, not a conversion table',
    ids: ['mme.not-for-conversion', 'mme.thresholds'],
    example: 'can I use MME to convert between opioids?',
  },
  {
    // How MME is worked out, above all for two opioids ("how do you work out MME when a patient is on two opioids?"):
    // each opioid's daily dose times its factor, added up; an estimate. With doses given, the calculator answers.
    name: 'mme-method',
    pattern: MME_METHOD,
    requires: /\bmmes?\b|morphine (?:milligram )?equivalen/,
    unless: MME_CONVERSION,
    tier: 'specific',
    title: "MME: each opioid's daily dose x its factor, added up (an estimate)",
    ids: ['mme.how-calculated', 'mme.not-for-conversion', 'mme.thresholds'],
    // the opioids named are the patient's, not one to start
    supersedes: ['opioid-start'],
    example: 'how do you work out MME when a patient is on two opioids?',
  },
  {
    name: 'mme',
    pattern: /\bmme\b|morphine (?:milligram )?equivalen/,
    tier: 'topic',
    title: 'Morphine milligram equivalents (MME)',
    ids: ['mme.thresholds', 'mme.not-for-conversion', 'opioid.framework.lowest-dose'],
    example: 'what are the MME thresholds?',
  },
  {
    name: 'nsaids',
    pattern: /\bnsaids?\b|anti-?inflammator(?:y|ies)/,
    tier: 'topic',
    title: 'NSAIDs: a first-line option when initial medications fail, at an adequate dose',
    ids: ['overview', 'escalation.nsaid-adequate-dose', 'escalation.duloxetine', 'label.nsaid-class'],
    example: 'anti-inflammatories?',
  },
  {
    name: 'snri',
    pattern: /\bsnris?\b|antidepressants?\b/,
    tier: 'topic',
    title: 'Duloxetine (the SNRI the pathway uses)',
    ids: ['escalation.duloxetine', 'radicular.duloxetine', 'label.duloxetine'],
    example: 'SNRI for back pain?',
  },
  {
    name: 'pain-clinic',
    pattern: /pain (?:clinic|cent(?:er|re)|specialist|service|team|program)|specialists?\b/,
    requires: /\boffers?\b|provide|\bdo for\b|what (?:do|does|can|will|would) (?:they|a|the|it)\b|expect/,
    tier: 'specific',
    title: 'What a pain specialist or multidisciplinary pain centre offers',
    ids: [
      'specialist.biopsychosocial',
      'specialist.rehabilitation',
      'specialist.epidural-injections',
      'specialist.neuromodulation',
    ],
    example: 'what can a pain clinic offer?',
  },
  {
    // Referral asked with the time on optimised therapy, 12 weeks or more ("14/52 on optimised duloxetine + naproxen +
    // PT + CBT, still 7/10, refer?", "4 months of everything, no better - pain clinic?"): the guideline's 12-week
    // referral point leads. Under 12 weeks, the ordinary referral answer (its criteria) stays.
    name: 'referral-after-12-weeks',
    pattern: REFERRAL_AFTER_12_WEEKS,
    unless: /epidural|\besi\b|injection|nerve block|stimulat|neuromodulation|\bscs\b/,
    tier: 'specific',
    title: 'Refer: pain persists after 12 weeks of optimised therapy',
    ids: ['referral.persistent-pain-12-weeks', 'monitor.no-improvement-3-months', 'referral.functional-disability'],
    example: '14 weeks of optimised drug and non-drug therapy, still 7/10: refer?',
  },
  {
    // How long to wait before referring ("how long before i refer?", "how many weeks until a pain clinic referral?",
    // "how long do I keep going before referral"): the guideline's 12-week point leads. Not "how long is the wait
    // for a referral" (a service question: no time asked of the pathway).
    name: 'referral-how-long',
    pattern:
      /how (?:long|many (?:weeks|months)) (?:(?:do|should|must|would) (?:i|we|you) (?:wait|keep (?:going|trying)|try) )?(?:before|until|till|til) (?:(?:i|we|you) )?(?:(?:should|can|could|must) )?(?:refer|referr|a referral|referral|(?:a )?(?:pain )?(?:specialist|clinic))/,
    tier: 'specific',
    title: 'Refer: pain persists after 12 weeks of optimised therapy',
    ids: ['referral.persistent-pain-12-weeks', 'monitor.no-improvement-3-months', 'referral.functional-disability'],
    example: 'how long before I refer?',
  },
  {
    // "Refer him for CBT" asks about CBT: a bare "refer" is broad; asking when or whether to refer is this row.
    name: 'referral-when',
    pattern:
      /when (?:to|should i|do i|would you|do you) refer|refer(?:ral)? criteria|indications? for referral|should i refer|time (?:to refer|for (?:a )?(?:pain )?specialist)|when (?:is|does) (?:a )?referral/,
    // "When do I refer for an epidural?": the procedure's row answers, with its referral line. Rehabilitation's
    // evidence asked too: rehab-evidence-and-referral answers both.
    unless: new RegExp(
      `epidural|\\besi\\b|injection|nerve block|stimulat|neuromodulation|\\bscs\\b|start ?back|${REHAB_EVIDENCE_ASKED.source}|${REFERRAL_AFTER_12_WEEKS.source}`,
    ),
    tier: 'specific',
    title: REFERRAL_TITLE,
    ids: REFERRAL_IDS,
    example: 'when to refer?',
  },
  {
    name: 'referral',
    pattern: /\brefer|referral|specialist|pain (?:clinic|cent(?:er|re)|program|management)|multidisciplinary pain/,
    tier: 'broad',
    title: REFERRAL_TITLE,
    ids: REFERRAL_IDS,
    example: 'referral?',
  },
  {
    name: 'pitfalls',
    pattern: /pitfalls?|mistakes?|what (?:not|to avoid)|don'?ts\b|common errors?/,
    tier: 'topic',
    title: 'Critical pitfalls to avoid',
    ids: [
      'pitfall.opioids-without-adequate-trial',
      'pitfall.psychosocial-factors',
      'pitfall.continuing-ineffective',
      'pitfall.routine-imaging',
      'pitfall.medications-alone',
    ],
    example: 'what are the pitfalls?',
  },
  {
    // A described exercise programme asked whether it counts as the guideline's exercise therapy: the exercise line
    // (aerobic, strengthening or flexibility), the project's reading of intensive non-drug therapy, and the gate.
    name: 'exercise-counts',
    pattern: COUNTS_ASKED,
    requires: EXERCISE_PROGRAMME,
    // tai chi or yoga measured against exercise: yoga-counts; "intensive" or non-drug in general: intensive-nondrug; a
    // drug named: the trial rows
    unless: anyOf(
      YOGA_NAMED,
      NON_DRUG_NAMED,
      /\bintensive\b|\bfail/,
      OPIOID_NAMED,
      new RegExp(FAILED_NAMES.duloxetine),
      new RegExp(FAILED_NAMES.nsaid),
      /tramadol|gabapentin|pregabalin|\bmg\b/,
    ),
    tier: 'specific',
    title: 'Exercise therapy: an aerobic, strengthening or flexibility programme counts (no frequency or length set)',
    ids: ['nondrug.exercise', 'reading.intensive-nondrug', 'nondrug.prioritize-before-opioids'],
    // the weeks are the programme's, not a drug trial's
    supersedes: ['trial-failure', 'trial-reported', 'adequate-trial'],
    example: 'does twice-weekly gym strengthening for 8 weeks count as the exercise therapy?',
  },
  {
    // "been on naproxen 10 days, not helping, failed?", "2/52 of pregabalin, no better - move on?": a trial's length
    // with the question whether it failed; answered with the trial judged (trial-verdict.ts: under 4 weeks is too
    // short). The same entries as adequate-trial, so the two rows never offer each other as "did you mean".
    name: 'trial-failure',
    pattern: TRIAL_LENGTH,
    // the failure asked, not said ("Pt failed 3 months of meds, time for a pain specialist?" is a referral question)
    requires:
      /\bfail(?:ed|ure)? ?\?|\bfailed trial\b|\bcounts? as\b|\bcall(?:ing)? it (?:a )?fail|\bmove on\b|\bgive up\b|\btime to switch\b|\bswitch\?|\badequate\b|\blong enough\b|\bwritten off\b|\btry (?:something|another|the next)\b/,
    // the weeks are the pain's, not a trial's ("5 wks LBP, ibuprofen failed"): not-yet-chronic answers
    unless: SHORT_PAIN_DURATION,
    ...ADEQUATE_TRIAL_ANSWER,
    example: 'naproxen 10 days, no better, failed?',
  },
  {
    // "duloxetine 60 for 5 weeks no change", "Anaprox DS one bd x 6/52, nil effect": a trial reported with its length
    // and outcome and no question word; answered with the trial judged (a failed adequate trial: the next option).
    name: 'trial-reported',
    pattern: TRIAL_LENGTH,
    requires: TRIAL_OUTCOME_SAID,
    // a statement only: a question of its own ("switch to tramadol?", "continue or stop?") is that row's
    unless: anyOf(SHORT_PAIN_DURATION, TRIAL_REPORT_ASKS_MORE, /\?/),
    // the length and the outcome are the drug's own (the case reader reads them on one medicine), not the pain's
    holds: reportsTrialOutcome,
    ...ADEQUATE_TRIAL_ANSWER,
    example: 'duloxetine 60 for 5 weeks no change',
  },
  {
    name: 'adequate-trial',
    // the wordings of src/clinical/language/trial-questions.ts too ("define treatment failure", "call it a flop")
    pattern: anyOf(
      /adequate trial|trial (?:length|duration|period)|how long (?:is|should|must|do i|to) (?:a |an |the )?(?:adequate )?(?:trial|try)|how long (?:before|until) (?:i )?(?:call|declare|consider)|how long (?:to|should i|do i|do you|must i|should we|do we) (?:give|try|leave|persist with|stick with)|before (?:calling|declaring|labell?ing|deeming|considering|saying) (?:it|that|them|a (?:drug|med|medication)) (?:a )?(?:failure|failed|ineffective|useless|not working)|\bcount(?:s|ed)? as (?:an? )?(?:\w+ )?(?:failure|failed|fail|trial)\b|\bcount(?:s|ed)? as (?:an? )?(?:adequate|proper|fair|full)\b/,
      TRIAL_QUESTION,
    ),
    ...ADEQUATE_TRIAL_ANSWER,
    example: 'how long is an adequate trial?',
  },
  {
    // Pain said to have lasted under 12 weeks: the same answer as pathway-scope, its title says why it leads.
    name: 'not-yet-chronic',
    pattern: SHORT_PAIN_DURATION,
    tier: 'specific',
    title: 'Under 12 weeks: not yet chronic low back pain',
    ids: ['reading.chronic-pain', 'overview'],
    // "2 months of LBP on top of a 5 year history": a flare of a longer history is chronic pain
    unless: ON_A_LONGER_HISTORY,
    example: '5 weeks of low back pain, start duloxetine?',
  },
  {
    name: 'pathway-scope',
    pattern:
      /(?:does|do|will|would) (?:this|the) (?:pathway|guideline) (?:apply|cover)|\b(?:start|begin|use|commence|go on|put (?:her|him|them) on|enter|eligible for) (?:on |onto |for )?(?:the |this )?(?:pathway|guideline)\b|who is (?:this|the pathway|the guideline) for|what counts as chronic|definition of chronic|\bis (?:it|this|that) chronic|(?:sub)?acute (?:low )?back pain/,
    tier: 'specific',
    title: 'Who the pathway is for',
    ids: ['reading.chronic-pain', 'overview'],
    example: 'does this pathway apply?',
  },
  {
    name: 'continue-ineffective',
    pattern:
      /\bkeep (?:going|on|taking|repeating|using|giving|prescribing)\b|\bcontinu(?:e|ing)\b|\bcarry(?:ing)? on\b|\bstay(?:ing)? on\b|\bsame (?:meds|medications?|medicines?|painkillers|drugs?|tablets)\b/,
    requires:
      /\b(?:not|isn'?t|aren'?t|doesn'?t|don'?t|didn'?t|no|without) (?:working|helping|help|work|benefit|better|improvement|effect)\b|\bineffective\b|\buseless\b/,
    // "No improvement after 3 months" is the referral point (no-improvement); an opioid has its own rule
    // (opioid-continue).
    unless: new RegExp(String.raw`\b(?:3|three|6|six|12|twelve) ?(?:months?|mos?|mths?)\b|${OPIOID_NAMED.source}`),
    tier: 'specific',
    title: 'Not continuing ineffective medications',
    ids: ['pitfall.continuing-ineffective', 'monitor.reassess-2-4-weeks', 'monitor.no-improvement-3-months'],
    example: 'keep going with a drug that is not working?',
  },
  {
    name: 'no-improvement',
    pattern:
      /no improvement|not improv\w*|nothing(?:'s| is)? (?:working|helping|helps|works|helped|worked)|(?:not|no) (?:working|helping|better)/,
    // A number of months, or therapy said optimised: "for months" alone is a failed first step ("what next").
    requires: /\b(?:3|three|6|six|12|twelve) ?(?:months?|mos?|mths?)\b|everything|optimi[sz]ed|multimodal/,
    // referral asked after 12 weeks or more: referral-after-12-weeks answers, with this row's rule
    unless: REFERRAL_AFTER_12_WEEKS,
    tier: 'specific',
    title: 'No improvement after 3 months of optimised therapy',
    ids: ['monitor.no-improvement-3-months', 'referral.persistent-pain-12-weeks', 'pitfall.continuing-ineffective'],
    example: 'no improvement after 3 months of everything?',
  },
  {
    name: 'first-line',
    pattern:
      // heart, kidney or liver failure is a condition, not a failed drug (condition-failure.ts)
      new RegExp(
        String.raw`first[- ]line|second[- ]line|next step|what (?:now|next)|now what|\bnext\?|where (?:do|can|should) (?:we|i) go|no better\b|nothing(?:'s| is)? (?:working|helping|helps|works)|(?:recommend|try|do|give|add|options?) next|escalat|${NOT_AFTER_ORGAN}fail(?:s|ed|ure)?\b|didn'?t (?:work|help)|not (?:working|helping)|refractory|not responding`,
      ),
    tier: 'catch-all',
    title: 'Escalation when initial medications fail',
    ids: [...ESCALATION_IDS],
    example: 'what next when initial medications fail?',
  },
  {
    // The whole ladder asked in order ("order of escalation from first to last", "what's the treatment sequence?",
    // "the steps in order"): the escalation rows, then opioids as the last resort. Not "in what order do I taper".
    name: 'escalation-order',
    pattern:
      /\border of (?:escalation|treatments?|steps|drugs|medications|options)\b|\b(?:escalation|treatment|medication|drug) (?:order|sequence|ladder|steps in order)\b|\bfrom first to last\b|\bsteps? in order\b/,
    unless: /\btaper/,
    tier: 'specific',
    title: 'Escalation in order: duloxetine or an NSAID, then tramadol, opioids last',
    ids: [...ESCALATION_IDS, 'opioid.last-resort'],
    example: 'order of escalation from first to last?',
  },
  {
    name: 'outcome-measures',
    pattern:
      /outcome (?:measures?|tools?|scales?)|what (?:should i|to|do i|do we|should we) (?:track|measure|monitor|record)|track(?:ing)? (?:outcomes?|progress|response)|measur(?:e|ing) (?:progress|outcomes?|response|improvement)|validated (?:tools?|measures?|scales?|instruments?)|measur(?:e|ing) (?:whether|if|how)|(?:other than|beyond|rather than|not just|besides) (?:a |the |just )?pain (?:scores?|scales?|ratings?|intensity)|how (?:do|can|should|would) (?:i|we) (?:know|tell|judge|gauge|assess) (?:if|whether) (?:she|he|they|the (?:patient|pt)|pt)(?:'s| is| are|'re)? (?:improving|getting better|responding|progressing)/,
    tier: 'specific',
    title: 'Outcome measures to track',
    ids: ['monitor.validated-tools', 'instrument.oswestry', 'instrument.mcid', 'monitor.functional-goals'],
    example: 'what outcome measures should I track?',
  },
  {
    // The patient wants no pain at all: the goal is function with a modest reduction in pain (the guideline's
    // functional goals and its "modest pain reduction, not elimination"). Needs a wish or goal word, so "pain free
    // after two weeks of naproxen, stop it?" (an outcome) is not this row.
    name: 'pain-free-expectation',
    pattern:
      /\bpain[- ]?free\b|\b(?:zero|no|0(?:\/10)?) pain\b|\b0 ?\/ ?10\b|\bpain (?:is |at |to |gets to |(?:goes |gets )?down to |score (?:is |of )?)?(?:zero|nil|0)\b|\bcomplete(?:ly)? (?:pain )?(?:relief|resolution|elimination)|\b(?:rid of|eliminat(?:e|es|ed|ing)|cur(?:e|es|ed|ing)|resolution of|(?:all|any) of) (?:the |her |his |their |all )?pain|\bpain (?:to )?(?:go|be|is) (?:away|gone)/,
    requires:
      /\b(?:expect|want|wish|hop(?:e|es|ing)|insist|demand|goal|aim|target|realistic|expectations?|counsel|manag(?:e|ing) (?:her|his|their|the) expectations|set(?:ting)? expectations|until|(?:won'?t|wont|will not|not) be (?:happy|satisfied|content)|only (?:be )?(?:happy|satisfied)|what (?:do|should|can) i (?:tell|say to)|how (?:do|should|can) i (?:explain|tell))/,
    tier: 'specific',
    title: 'Expecting no pain: functional goals',
    ids: ['monitor.functional-goals', 'opioid.gate.discussion', 'monitor.validated-tools'],
    example: 'patient expects to be pain free, what goal should we set?',
  },
  {
    name: 'functional-goals',
    pattern: /functional goals?|treatment goals?|goals? of (?:care|treatment|therapy)|(?:set|setting) goals?/,
    tier: 'topic',
    title: 'Functional goals',
    ids: ['monitor.functional-goals', 'monitor.validated-tools'],
    example: 'functional goals?',
  },
  {
    // After a medicine is started or changed: when to see the patient again (an opioid's own row is opioid-reassess).
    name: 'follow-up-after-change',
    // "how often should I review while titrating duloxetine?": the interval while a dose is being adjusted
    pattern:
      /\b(?:after|while|during|when|whilst) (?:an? |the |each |any |i'?m |we'?re |i am |we are |she'?s |he'?s )?(?:start|chang|add|switch|increas|adjust|titrat|up-?titrat|dose|med|going up|uptitrat)/,
    requires: new RegExp(
      `${FOLLOW_UP.source}|\\breview|how soon|how often|how frequently|when (?:do|should|can|to) (?:i |we )?(?:see|review)`,
    ),
    unless: new RegExp(`${OPIOID_NAMED.source}|${TRAMADOL.source}`),
    tier: 'specific',
    title: 'Monitoring and follow-up',
    ids: [
      'monitor.reassess-2-4-weeks',
      'monitor.validated-tools',
      'monitor.functional-goals',
      'monitor.no-improvement-3-months',
    ],
    example: 'when to see her again after starting a new medicine?',
  },
  {
    name: 'follow-up',
    pattern: new RegExp(
      `${FOLLOW_UP.source}|how often|how long (?:to|should|before|do i)|before switching|monitor|check (?:back|in)`,
    ),
    tier: 'broad',
    title: 'Monitoring and follow-up',
    ids: [
      'monitor.reassess-2-4-weeks',
      'monitor.validated-tools',
      'monitor.functional-goals',
      'monitor.no-improvement-3-months',
    ],
    example: 'how often to follow up?',
  },
  {
    name: 'yoga',
    // Lay words too: "that slow Chinese movement exercise", "stretching classes".
    pattern:
      /\byoga\b|tai ?chi|chinese (?:movement|exercise|martial)|slow[- ]motion (?:exercise|martial)|stretch(?:ing)? class/,
    tier: 'topic',
    title: 'Tai chi or yoga',
    ids: ['nondrug.tai-chi-yoga', 'nondrug.prioritize-before-opioids'],
    example: 'yoga?',
  },
  {
    // Whether tai chi or yoga counts towards the non-drug therapy the pathway asks for ("does yoga count?", "tai chi
    // enough as non-drug tx?"): its own low-quality line, then what counts (the moderate-evidence therapies).
    name: 'yoga-counts',
    pattern: /\byoga\b|tai ?chi/,
    requires: /\bcounts?\b|\benough\b|\bqualif|\bsufficient\b|\breplac|\binstead of\b|\bsubstitut|\bin place of\b/,
    // a moderate-evidence therapy done beside it ("six weeks of physio exercise and some yoga"): intensive-nondrug;
    // one named as the standard ("does yoga count as exercise therapy?") leaves the question this row's
    holds: (lower) => !moderateTherapyDone(lower),
    tier: 'specific',
    title: 'Tai chi or yoga: listed, low-quality evidence; the moderate-evidence therapies count',
    ids: ['nondrug.tai-chi-yoga', 'reading.intensive-nondrug', 'nondrug.prioritize-before-opioids'],
    // it answers the pair it names: not offered beside the general choice between therapies
    supersedes: ['nondrug-choice'],
    example: 'does yoga count as non-drug therapy?',
  },
  {
    // One therapy refused or impossible ("needle-phobic, no acupuncture - what else counts?", "won't do CBT, other
    // options?"): the other therapies that count, not the refused one's line alone.
    name: 'nondrug-one-declined',
    pattern:
      /needle[- ]?phob|(?:scared|afraid|terrified) of needles|\b(?:refuses?|refused|declines?|declined|won'?t (?:do|have|try)|doesn'?t want|not keen on|no)\s(?:\w+\s)?(?:acupuncture|cbt|yoga|mindfulness|mbsr|physio|rehab|exercise|massage|manipulation)/,
    requires: /\belse\b|\bother\b|\binstead\b|\balternatives?\b|\boptions?\b|\bcounts?\b/,
    tier: 'specific',
    title: 'Other non-drug therapies that count',
    ids: ['reading.intensive-nondrug', 'nondrug.prioritize-before-opioids', 'nondrug.foundation'],
    // it answers the pair it names: not offered beside the general choice between therapies
    supersedes: ['nondrug-choice'],
    example: 'needle-phobic, no acupuncture - what else counts?',
  },
  {
    name: 'cbt',
    // Lay descriptions of the psychosocial factors too: "mood and stress stuff", "psych factors", "hates her job".
    pattern:
      /\bcbt\b|cognitive behaviou?ral|catastrophi|psycholog|depression|anxiety|psychosocial|\bpsych\b|\bmood\b|\bstress(?:es|ed|ful)?\b(?! reduction)|emotional|fear[- ]avoidance|yellow flags?|\bwork (?:issues|stress|problems|dissatisfaction)|\bjob (?:stress|dissatisfaction|satisfaction)|\b(?:hates?|hating) (?:her|his|their|the|my) (?:job|work)|mental health/,
    tier: 'topic',
    title: 'Psychological therapy and psychosocial factors',
    ids: [
      'nondrug.cbt',
      'pitfall.psychosocial-factors',
      'specialist.biopsychosocial',
      'nondrug.prioritize-before-opioids',
    ],
    example: 'CBT?',
  },
  {
    name: 'acupuncture',
    // typed short or misspelt: "acupunk", "acupunture", "accupuncture"
    pattern: /\bacc?upun\w*/,
    tier: 'topic',
    title: 'Acupuncture',
    ids: ['nondrug.acupuncture', 'nondrug.prioritize-before-opioids'],
    example: 'acupuncture?',
  },
  {
    name: 'mbsr',
    pattern: /mindful|\bmbsr\b|meditat/,
    tier: 'topic',
    title: 'Mindfulness-based stress reduction',
    ids: ['nondrug.mbsr', 'nondrug.prioritize-before-opioids'],
    example: 'mindfulness?',
  },
  {
    name: 'manipulation',
    // "chiro", "osteo": UK and AU shorthand for the practitioners; "someone who cracks backs", "get her back cracked";
    // "SMT"/"OMT" (spinal or osteopathic manipulative therapy), "spinal manip".
    pattern:
      /manipulat|\bmanips?\b|\b[so]mt\b|chiropract|osteopath|\bchiros?\b|\bosteos?\b|\bcracks? (?:backs?|(?:his|her|my|their|your) back)\b|\bback (?:cracked|cracking)\b|\bback-?crack/,
    tier: 'topic',
    title: 'Spinal manipulation',
    ids: ['nondrug.spinal-manipulation', 'nondrug.prioritize-before-opioids'],
    example: 'spinal manipulation?',
  },
  {
    // Both hands-on therapies weighed together ("osteo or chiro, or just a massage?"): both answers, each with its grade.
    name: 'manipulation-and-massage',
    pattern: /manipulat|chiropract|osteopath|\bchiros?\b|\bosteos?\b/,
    requires: /massage/,
    // How the guideline grades them as a group is nondrug-evidence-several's question (the whole graded list).
    unless: NONDRUG_EVIDENCE,
    tier: 'specific',
    title: 'Spinal manipulation and massage',
    ids: ['nondrug.spinal-manipulation', 'nondrug.massage'],
    // it answers the pair it names: not offered beside the general choice between therapies
    supersedes: ['nondrug-choice'],
    example: 'chiro or massage?',
  },
  {
    name: 'massage',
    pattern: /massage/,
    tier: 'topic',
    title: 'Massage therapy',
    ids: ['nondrug.massage', 'nondrug.prioritize-before-opioids'],
    example: 'massage?',
  },
  {
    name: 'relaxation',
    pattern: /relaxation/,
    tier: 'topic',
    title: 'Progressive relaxation',
    ids: ['nondrug.progressive-relaxation', 'nondrug.prioritize-before-opioids'],
    example: 'progressive relaxation?',
  },
  {
    // A programme that joins the disciplines ("pain management programme with physio, psychology and OT").
    name: 'rehab-programme',
    pattern: /pain management program(?:me)?s?\b|interdisciplinary|\bot\b|occupational therap/,
    // With another discipline ("physio, psychology and OT"): OT alone is the rehab topic.
    requires: /pain management program|interdisciplinary|physio|physical therap|psycholog|\bcbt\b/,
    unless: /\brefer/,
    tier: 'specific',
    title: 'Multidisciplinary rehabilitation',
    ids: ['nondrug.multidisciplinary-rehab', 'specialist.rehabilitation'],
    example: 'pain management programme with physio and psychology?',
  },
  {
    name: 'rehab',
    pattern: /rehab|multidisciplinary|occupational therap/,
    tier: 'topic',
    title: 'Multidisciplinary rehabilitation',
    ids: ['nondrug.multidisciplinary-rehab', 'specialist.rehabilitation'],
    example: 'multidisciplinary rehab?',
  },
  {
    // Rehabilitation asked with its evidence and its referral point together ("that programme where a physio, a
    // psychologist and an OT work together - how good is the evidence and when do I refer?"): both answered. After
    // the rehab rows, so a description of the programme alone keeps their answer (withDescribedRows).
    name: 'rehab-evidence-and-referral',
    pattern: REHAB_EVIDENCE_ASKED,
    requires: /\brefer/,
    tier: 'specific',
    title: 'Multidisciplinary rehabilitation: its evidence and when to refer',
    ids: [
      'nondrug.multidisciplinary-rehab',
      'referral.persistent-pain-12-weeks',
      'monitor.no-improvement-3-months',
      'specialist.rehabilitation',
    ],
    example: 'team-based rehab with physio, psychology and OT: how good is the evidence, and when do I refer?',
  },
  {
    name: 'exercise',
    pattern: /exercis|physio|physical therap|strengthening|aerobic|stretch|\bswim|\bwalking\b|pilates|\bgym\b/,
    tier: 'broad',
    title: 'Exercise therapy',
    ids: ['nondrug.exercise', 'nondrug.prioritize-before-opioids'],
    example: 'exercise?',
  },
  {
    // "pt" is physiotherapy or the patient ("pt wants opioids"): any other topic named wins.
    name: 'exercise-pt',
    pattern: /\bpt\b/,
    tier: 'ambiguous',
    title: 'Exercise therapy',
    ids: ['nondrug.exercise', 'nondrug.prioritize-before-opioids'],
    example: 'PT?',
  },
  {
    // The project's reading of "intensive" non-drug therapy (the opioid gate): what counts, and whether it was enough.
    name: 'intensive-nondrug',
    pattern: /\bintensive\b|\benough\b|\badequate\b|\bsufficient\b|\bcounts? as\b|\bqualif/,
    // an intensive programme asked of a specialist or pain team is the specialist row's ("via specialist?")
    unless: /\bspecialists?\b|\bpain (?:team|clinic|service|cent(?:re|er)|specialist)s?\b|\brefer/,
    // non-drug therapy named, or "intensive" said of a moderate-evidence therapy done ("six weeks of physio exercise
    // and some yoga, does that tick the intensive box?"); tai chi or yoga alone asked about: yoga-counts answers (its
    // own line, then what counts); with a moderate-evidence therapy done beside it, this row
    holds: (lower) =>
      YOGA_NAMED.test(lower)
        ? moderateTherapyDone(lower)
        : NON_DRUG_NAMED.test(lower) || (/\bintensive\b/.test(lower) && moderateTherapyDone(lower)),
    tier: 'specific',
    title: 'Intensive non-drug therapy: what counts',
    ids: ['reading.intensive-nondrug', 'nondrug.prioritize-before-opioids', 'nondrug.foundation'],
    // it answers the pair it names: not offered beside the general choice between therapies
    supersedes: ['nondrug-choice'],
    example: 'what counts as intensive non-drug therapy?',
  },
  {
    // Heat described by its setting ("heat packs", "a hot tub", "sauna"): not one of the guideline's non-drug rows, so
    // the list it does give (never "not covered": heat is asked as a non-drug therapy).
    name: 'heat',
    pattern:
      /\bheat(?:ed)? (?:packs?|pads?|wraps?|therapy|patch(?:es)?|lamps?)\b|\bhot water bottles?\b|\bsaunas?\b|\bhot tubs?\b|\bjacuzzis?\b|\bspa (?:baths?|pools?)\b|\b(?:warm|hot) (?:baths?|compress(?:es)?|packs?)\b/,
    tier: 'topic',
    title: "Heat: not one of the guideline's non-drug therapies; those it lists",
    ids: NONDRUG_IDS,
    example: 'heat packs?',
  },
  {
    // Medicines alone, no non-drug therapy ("pt only wants tablets", "meds alone enough?").
    name: 'medications-alone',
    pattern: new RegExp(
      `\\b(?:meds?|medications?|medicines?|drugs?|tablets?|pills?|painkillers?) (?:alone|only)\\b|\\b(?:only|just) (?:wants? |takes? |wanting )?(?:meds|medications?|medicines|drugs|tablets|pills|painkillers)\\b|${JUST_MEDICINES.source}`,
    ),
    tier: 'specific',
    title: 'Non-drug therapies: the foundation',
    ids: ['nondrug.foundation', 'pitfall.medications-alone', 'nondrug.exercise'],
    example: 'are medications alone enough?',
  },
  {
    name: 'comprehensive-approach',
    pattern: /comprehensive (?:approach|plan|care|management)/,
    tier: 'specific',
    title: 'Other non-drug therapies (low-quality evidence)',
    ids: ['nondrug.comprehensive-approach', 'nondrug.foundation'],
    example: 'what goes into a comprehensive approach?',
  },
  {
    // How the guideline grades the non-drug therapies as a group ("does it rate chiro/osteo/massage?", "quality of the
    // evidence for the non-drug options?"): the whole list, each with its evidence quality. The evidence of one named
    // therapy stays that therapy's row ("CBT evidence grade?").
    name: 'nondrug-evidence',
    pattern: NONDRUG_EVIDENCE,
    // "Which therapies have only low-quality evidence?" asks for one grade: the rows of that grade answer it.
    unless: ONE_GRADE,
    requires: /non-?drug|non-?pharm|alternative|complementary|manual therap|\btherapies\b/,
    tier: 'specific',
    title: 'Non-drug therapies and the quality of their evidence',
    ids: NONDRUG_IDS,
    // it answers the pair it names: not offered beside the general choice between therapies
    supersedes: ['nondrug-choice'],
    example: 'quality of the evidence for the non-drug therapies?',
  },
  {
    // The best-graded group only ("of the things that aren't tablets, which have the better evidence?").
    name: 'nondrug-best-evidence',
    pattern: BEST_EVIDENCE,
    requires: new RegExp(
      `non-?drug|non-?pharm|conservative|alternative|complementary|\\btherapies\\b|\\boptions\\b|${NOT_TABLETS.source}`,
    ),
    // A lower-graded therapy named too ("...and where does yoga sit?"): the rows below answer both.
    unless: LOW_GRADE_NAMED,
    tier: 'specific',
    title: 'Non-drug therapies with moderate-quality evidence',
    ids: MODERATE_NONDRUG_IDS,
    // it answers the pair it names: not offered beside the general choice between therapies
    supersedes: ['nondrug-choice'],
    example: "of the things that aren't tablets, which have the better evidence?",
  },
  // The best-graded group and one lower-graded therapy asked about together ("which are moderate-quality, and where
  // does yoga sit?"): the moderate list, then that therapy's own line with its grade. Both parts answered.
  ...LOW_GRADE_ASIDES.map(
    (aside): GuidelineIntent => ({
      name: `nondrug-best-evidence-and-${aside.entry.slice('nondrug.'.length)}`,
      pattern: BEST_EVIDENCE,
      requires: aside.pattern,
      tier: 'specific',
      title: `Non-drug therapies with moderate-quality evidence; ${aside.label}: low-quality`,
      ids: [...MODERATE_NONDRUG_IDS, aside.entry],
      supersedes: ['nondrug-choice'],
      example: aside.example,
    }),
  ),
  {
    name: 'nondrug-evidence-several',
    pattern: NONDRUG_EVIDENCE,
    unless: ONE_GRADE,
    several: NONDRUG_THERAPY,
    tier: 'specific',
    title: 'Non-drug therapies and the quality of their evidence',
    ids: NONDRUG_IDS,
    // it answers the pair it names: not offered beside the general choice between therapies
    supersedes: ['nondrug-choice'],
    example: 'how does the guideline grade chiro, osteo and massage?',
  },
  {
    // Two non-drug therapies weighed for one patient: each named therapy's line with its grade (intentAnswer builds
    // the list from the question; these ids are the line that closes it). After the rows that weigh particular pairs.
    name: 'nondrug-choice',
    pattern: CHOICE_WORD,
    unless: NOT_A_CHOICE,
    holds: (lower) => nondrugChoices(lower).length > 1,
    tier: 'specific',
    title: 'Choosing between non-drug therapies',
    ids: ['nondrug.prioritize-before-opioids'],
    example: NONDRUG_CHOICE_ROWS[3].example,
  },
  {
    name: 'nondrug',
    pattern: new RegExp(
      `non-?(?:drug|pharm\\w*)|without (?:drugs|medication)|alternative therap|conservative|${NOT_TABLETS.source}`,
    ),
    tier: 'topic',
    title: 'Non-drug therapies: the foundation',
    ids: NONDRUG_IDS,
    example: 'non-drug therapies?',
  },
  {
    // "on the STarT Back the bothersome question she said moderately - does that score?": item 9's scoring rule.
    name: 'start-back-item9',
    pattern: /start ?back|keele|bothersome/,
    requires:
      /bothersome|\bitem (?:9|nine)\b|\bq ?9\b|\bquestion (?:9|nine)\b|\blast question\b|\b(?:not at all|slightly|moderately|very much|extremely)\b/,
    unless: /\btotal\b|\bpsych|sub-?scale/,
    tier: 'specific',
    title: 'STarT Back item 9: scores 1 only for "very much" or "extremely"',
    ids: ['instrument.start-back-item9', 'instrument.start-back'],
    example: 'STarT Back bothersome question answered moderately: does it score?',
  },
  {
    name: 'start-back-referral',
    pattern: /start ?back/,
    requires: /\brefer|referral|specialist|high[- ]risk|high score|what now|what next/,
    tier: 'specific',
    title: 'STarT Back high risk: refer',
    ids: ['referral.start-back-high-risk', 'instrument.start-back', 'referral.persistent-pain-12-weeks'],
    example: 'high risk on STarT Back: refer?',
  },
  {
    name: 'start-back-what',
    pattern: /start ?back/,
    tier: 'topic',
    title: 'STarT Back',
    ids: ['instrument.start-back', 'referral.start-back-high-risk'],
    example: 'what is STarT Back?',
  },
  {
    // STarT Back described, not named: "quick questionnaire for who is likely to get stuck with chronic pain".
    name: 'start-back-described',
    pattern:
      /questionnaire|screening (?:tool|questions?|instrument)|\bscreen(?:ing)? (?:for|who)\b|risk (?:tool|score|stratif)|stratif|\bpredict|prognos/,
    requires:
      /chronic|\bstuck\b|persist|long[- ]term|poor (?:outcome|recovery)|who (?:will|is likely|might|may)|\blikely\b|\bat risk\b|high[- ]risk/,
    unless: /oswestry|\bodi\b|disabilit|function|improv|progress|red ?flags?|opioid|overdose|misuse|addict/,
    tier: 'topic',
    title: 'STarT Back',
    ids: ['instrument.start-back', 'referral.start-back-high-risk'],
    example: 'quick questionnaire to predict who will go on to chronic pain?',
  },
  {
    name: 'oswestry-what',
    pattern: /oswestry|\bodi\b|disability index/,
    tier: 'topic',
    title: 'Oswestry Disability Index',
    ids: ['instrument.oswestry', 'monitor.validated-tools'],
    example: 'what is the Oswestry?',
  },
  {
    // A pain or ODI score said with two values and asked about ("pain from 8 to 5 - a win?"): the change worked out
    // against the minimal important change (guideline-answer.ts).
    name: 'score-change',
    pattern: SCORE_CHANGE,
    // asked about the change itself: a review note that ends "where to from here?" is the case's to answer; or pain
    // and the ODI said together ("pain 6 to 4 but ODI 40 to 52"): both are worked out
    requires:
      /\b(?:win|success\w*|working|worth\w*|meaningful|enough|good|better|improv\w*|progress|counts?|real|significant)\b|^(?=[\s\S]*\b(?:odi|oswestry)\b)[\s\S]*\b(?:pain|nrs|vas)\b/,
    tier: 'specific',
    title: 'What counts as a meaningful change',
    ids: ['instrument.mcid', 'monitor.functional-goals', 'monitor.validated-tools'],
    example: 'pain from 8 to 5 but doing nothing more at home - a win?',
  },
  {
    name: 'mcid',
    pattern:
      /\bmcid\b|\bmic\b|minimal(?:ly)? (?:clinically )?important|minimum (?:clinically )?(?:important|meaningful|significant)|meaningful (?:change|improvement|difference|response)|clinically (?:important|significant|meaningful)|(?:significant|important) (?:change|improvement|difference)|(?:counts? as|before it(?:'s| is)|to be) (?:an? )?(?:real|true|genuine|worthwhile|relevant) (?:change|improvement|difference|drop|reduction|response|fall)|how (?:many points|big an?|large an?|much of an?) (?:of (?:an? )?)?(?:drop|change|improvement|reduction|fall|decrease|difference)|(?:drop|change|improvement|reduction|fall|decrease|difference) (?:on|in) (?:the |an? |her |his |their )?(?:oswestry|odi|pain)[^.?!]{0,40}\b(?:counts?|matters?|means? something|is (?:meaningful|significant|worthwhile|worth))/,
    tier: 'specific',
    title: 'What counts as a meaningful change',
    ids: ['instrument.mcid', 'monitor.functional-goals'],
    example: 'what is a meaningful change?',
  },
]);

export interface ScoredIntent {
  intent: GuidelineIntent;
  score: number;
}

/**
 * One text's verdict per pattern, for one pass over the rows: many rows share a pattern (OPIOID_NAMED is the pattern,
 * requirement or exception of several), so each is run once. Only `pattern`, `requires` and `unless` are kept here
 * (none is global: a global pattern's test would depend on its lastIndex).
 */
type Verdicts = Map<RegExp, boolean>;

function verdict(re: RegExp, lower: string, seen: Verdicts): boolean {
  let v = seen.get(re);
  if (v === undefined) {
    v = re.test(lower);
    seen.set(re, v);
  }
  return v;
}

const matches = (i: GuidelineIntent, lower: string, seen: Verdicts): boolean =>
  verdict(i.pattern, lower, seen) &&
  (i.requires === undefined || verdict(i.requires, lower, seen)) &&
  !(i.unless !== undefined && verdict(i.unless, lower, seen)) &&
  (i.holds === undefined || i.holds(lower)) &&
  (i.several === undefined || namesSeveral(i.several, lower));

/** At least two different words of a global pattern ("chiro/osteo/massage" names three). */
function namesSeveral(pattern: RegExp, lower: string): boolean {
  const found = new Set<string>();
  for (const m of lower.matchAll(pattern)) if (found.add(m[0]).size > 1) return true;
  return false;
}

/**
 * Every row that matches, best first (a tie keeps the data order), one per answer (rows sharing ids count once).
 * Read once per turn (shared-readings.ts): the drug route's deferral, the scored candidates and the red-flag and
 * guideline answers all ask for the same text's rows. Callers treat the list as read-only.
 */
export function scoreIntents(lower: string): readonly ScoredIntent[] {
  return sharedReading('scoreIntents', scoreIntentsOnce, lower);
}

function scoreIntentsOnce(lower: string): ScoredIntent[] {
  const seen = new Set<string>();
  const verdicts: Verdicts = new Map();
  const matched = GUIDELINE_INTENTS.filter((i) => matches(i, lower, verdicts));
  const superseded = new Set(matched.flatMap((i) => i.supersedes ?? []));
  return matched
    .filter((i) => !superseded.has(i.name))
    .map((intent) => ({ intent, score: INTENT_TIERS[intent.tier] }))
    .sort((a, b) => b.score - a.score)
    .filter(({ intent }) => {
      const key = intent.ids.join(' ');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * The best-scoring row if it is a `specific` one, without scoring the other rows: `specific` is the top tier, so that
 * is the first specific row that matches (what `scoreIntents(lower)[0]` is whenever its tier is specific).
 */
export function topSpecificIntent(lower: string): GuidelineIntent | undefined {
  return sharedReading('topSpecificIntent', topSpecificIntentOnce, lower);
}

/** Each row's name -> the rows that supersede it (built once: topSpecificIntent skips a row one of them matches). */
const SUPERSEDED_BY = new Map<string, GuidelineIntent[]>();
for (const i of GUIDELINE_INTENTS)
  for (const name of i.supersedes ?? []) SUPERSEDED_BY.set(name, [...(SUPERSEDED_BY.get(name) ?? []), i]);

/** The first specific row that matches and that no matching row supersedes (as scoreIntents leaves it out). */
function topSpecificIntentOnce(lower: string): GuidelineIntent | undefined {
  const seen: Verdicts = new Map();
  return GUIDELINE_INTENTS.find(
    (i) =>
      i.tier === 'specific' &&
      matches(i, lower, seen) &&
      !(SUPERSEDED_BY.get(i.name) ?? []).some((by) => matches(by, lower, seen)),
  );
}

/** The best-scoring row (a tie keeps the data order). */
export function matchIntent(lower: string): GuidelineIntent | undefined {
  return scoreIntents(lower)[0]?.intent;
}
