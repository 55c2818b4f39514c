import { capital } from '../capital.js';
import {
  consideringInterventional,
  functionalDisability,
  persistentPain12Weeks,
  startBackHighRisk,
} from '../../machines/case-guards.js';
import { caseNaloxoneReasons, caseWarnings } from '../../machines/case-warnings.js';
import { gateConditions, requiredTrials, sedativeWarnings } from '../../machines/opioid-gate.js';
import { NALOXONE_RISK, naloxoneLabel } from '../../src/clinical/knowledge/mme-factors.js';
import {
  judgeTrial,
  readTrial,
  trialsOf,
  trialWeeks,
  type TrialGroup,
} from '../../src/clinical/case/adequate-trial.js';
import type { CaseFacts, ConditionId, Medication } from '../../src/clinical/case/case-facts.js';
import { interactionRules } from '../../src/clinical/knowledge/reference-interactions.js';
import { courseWaitText } from '../../src/clinical/case/course-wait.js';
import { caseInteractions, conditionsNamed } from '../../src/clinical/case/case-interactions.js';
import { caseOpioids, isOpioidMedication, opioidLine, type OpioidLine } from '../../src/clinical/case/case-opioids.js';
import {
  combinationTablets,
  missingTabletDetails,
  tabletName,
  uncountedReason,
} from '../../src/clinical/case/tablet-change.js';
import { tabletStrengthsText } from '../../src/clinical/knowledge/named-products.js';
import {
  acetaminophenDailyMg,
  acetaminophenUncounted,
  drugClassOf,
  hasFailed,
  isHeld,
  isOpioid,
  medicationName,
} from '../../src/clinical/case/medication-facts.js';
import {
  caseKidney,
  drugOptionStatus,
  pairChecks,
  patientRowExcess,
  type DrugOptionId,
  type OptionStatus,
} from '../../src/clinical/case/option-status.js';
import {
  ADEQUATE_TRIAL,
  CHRONIC_PAIN,
  OPIOID_START_MME,
  taperRuleFor,
  FINDING_NOTES,
} from '../../src/clinical/knowledge/case-readings.js';
import { drugNames, type DrugId } from '../../src/clinical/knowledge/drug-catalogue.js';
import { redFlagGroupsOf, redFlagHeadline } from '../../src/clinical/knowledge/red-flags.js';
import { MCID, OSWESTRY } from '../../src/clinical/knowledge/instruments.js';
import { OPTION_GUIDELINE_LINE } from '../../src/clinical/knowledge/option-rules.js';
import { labelName, medicationLabel, weeksText } from '../../src/clinical/language/understood.js';
import type { CompanionMedicine } from '../../src/clinical/language/companion-question.js';
import { companionMedicineAsked } from '../../src/clinical/language/companion-question.js';
import { pdmpDrugText, pdmpOtherPrescriber, pdmpRiskFinding } from '../../src/clinical/language/pdmp-finding.js';
import type { OutputMessage } from '../turn-types.js';
import { EntryCitations } from './citations.js';
import { DUPLICATE_THERAPY, openOptionsText, rowExcessText, rowId } from './option-lines.js';
import { focusIds, focusLines } from './step-focus.js';
import { screenPending } from './step-message.js';
import { evaluatePathway, findDrugs, getEntry, parseDoseRegimen, type Extraction, type PathwayView } from './ports.js';
import { fmt } from '../answers/number-format.js';
import { statedUseText } from '../answers/tablet-mme.js';
import { interactionFindings } from '../answers/interactions.js';
import { WHICH_OPTION } from '../answers/either-option.js';
import { pairFlag, strictFinding } from '../answers/safety-lines.js';
import { functionNotBetter, readScoreChanges, weighed } from '../answers/score-change.js';
import { dosingFor, isDosedDrug } from '../answers/ports.js';
import { labelExcess } from './above-label.js';
import { TRIAL_QUESTION } from '../../src/clinical/language/trial-questions.js';
import { ASKS_TRIAL_VERDICT, guidelineDoseText, trialJudgementText, trialLength } from '../answers/trial-verdict.js';

/**
 * The part of a case reply that comes before "I understood" (issue 13): the answer to the question the message
 * closes with, using the case ("Wants to try Neurontin - dose?" gets this patient's renal row; "should I refer?"
 * yes/no with the trigger; "safe to start?" safe or not with the reason), then what the case's own words require
 * now: a pain that is not chronic, the case's opioids in MME/day, a proposed opioid judged against the gate and the
 * framework, referral triggers the short step does not show. Every line is cited in its own message.
 */
export interface LeadInput {
  facts: CaseFacts;
  view: PathwayView;
  /** What this message said (its question, proposals and patch); absent for a reply with no text to read. */
  ex?: Pick<Extraction, 'patch' | 'proposals' | 'question' | 'questionContext' | 'dailyTablets'>;
  /** The message as typed, for findings said outside the question (a PDMP finding of another prescriber). */
  text?: string;
}

/** What the closing question asks, first match wins; each row with an example it must read. */
export type QuestionIntent =
  | 'refer'
  | 'imaging'
  | 'dose'
  | 'increase'
  | 'opioid'
  | 'continue'
  | 'stop'
  | 'concerns'
  | 'safe'
  | 'next'
  | 'review'
  | 'failed';

export const QUESTION_INTENTS: readonly { intent: QuestionIntent; example: string; counter?: string; re: RegExp }[] = [
  {
    // before 'safe' ("when should I review"): the follow-up interval and what to measure, from the case
    intent: 'review',
    example: 'if I start tramadol 50 bd, when should I review and what should I measure?',
    re: /\b(?:when (?:should|do|shall|would|will|can|to)(?: i| we)? (?:review|reassess|re-?assess|follow[- ]?up|recheck|see (?:him|her|them) (?:again|back))|when'?s (?:the )?(?:review|follow[- ]?up)|follow[- ]?up (?:when|interval|timing|plan)|review (?:in|interval|timing)|how (?:will|do|would|can|should) (?:i|we) (?:know|tell) (?:if |whether )?(?:it'?s|it is|this is|the (?:drug|medication|treatment) is) (?:working|helping)|(?:what|how) (?:should|do|shall|would|will)(?: i| we)? (?:measure|monitor|track)|what to (?:measure|monitor|track))\b/,
  },
  {
    intent: 'refer',
    example: 'should I refer?',
    re: /\b(?:refer(?:ral)?|pain (?:clinic|cent(?:re|er)|specialist|service|team)|specialist)\b/,
  },
  {
    intent: 'imaging',
    example: 'Would you get an MRI while we wait?',
    re: /\b(?:mri|mris|scan|scans|imaging|image (?:him|her|them|it)|x-?rays?|ct)\b/,
  },
  {
    // stopping asked outright ("can I just stop the gabapentin?", "he wants off all of it, can we stop everything?"):
    // the sources' tapering rules; "stop it?" alone is whether to keep it going ('continue' below)
    intent: 'stop',
    example: 'He wants off all of it, can we just stop everything this week?',
    re: /\b(?:(?:can|could|shall|may) (?:i|we|he|she) (?:just |simply )?(?:stop|discontinue|cease|come off)|stop (?:everything|all (?:of )?(?:it|them|his|her|the)|it all)|wants? (?:to (?:come |get )?)?off (?:all|everything)|come off (?:all|everything))\b/,
  },
  {
    intent: 'dose',
    example: 'Wants to try Neurontin - dose?',
    re: /\b(?:dose|doses|dosing|dosage|how much|what mg)\b/,
  },
  {
    intent: 'increase',
    example: '?increase duloxetine',
    // "double the oxycodone?", "can we double it?": a raise said as a multiple
    re: /\b(?:increase|titrate|up-?titrate|raise|go up|higher dose|bump(?: up)?|double|doubling)\b/,
  },
  {
    intent: 'increase',
    example: 'up to 10 mg qid?',
    // a question that is only the dose to go to ("up to 10 mg qid?", "go to 10 qid?"): anchored, so "pain up to 8"
    // or "ibuprofen up to 800 mg ok?" inside a longer question is not read as a raise
    re: /^\W{0,3}(?:(?:and|so|then|ok|or)\W{1,3})?(?:go(?:ing)? |titrate |bump(?: it)? |push )?(?:up )?to \d{1,4}(?:\.\d)?\s?(?:mg|mcg)?\b/,
  },
  {
    intent: 'increase',
    example: 'oxycodone 10 bid -> 20 bid?',
    // an arrow between two regimens, the second with how often ("10 bid -> 20 bid?"); a score pair ("pain 7->4") has
    // no frequency after it
    re: /\d(?:\.\d)? ?(?:mg )?[a-z]{0,5} ?(?:->|\u2192|=>) ?\d{1,4}(?:\.\d)? ?(?:mg )?(?:bid|bd|tid|tds|qid|qds|q\d|daily|od|nocte|qhs|twice|three times|four times)\b/,
  },
  { intent: 'opioid', example: 'can I start opioids?', re: /\b(?:opioids?|opiates?|narcotics?)\b/ },
  {
    intent: 'opioid',
    example: 'He asks whether stronger painkillers would help',
    re: /\b(?:strong(?:er)? pain ?killers?|something stronger|strong(?:er)? analgesi[ac]s?)\b/,
  },
  {
    // whether a trial failed ("counts as failed?", "not helping - move on?"): judged by its length and dose, a trial
    // under 4 weeks is too short (trial-verdict.ts); a drug the case has not tried falls to the rows below
    intent: 'failed',
    example: 'duloxetine 60 x 2 wk - counts as failed?',
    // ... and what counts as one ("how many weeks before I can say it didn't work?", trial-questions.ts)
    re: new RegExp(
      String.raw`${ASKS_TRIAL_VERDICT.source}|\b(?:move on|give up|write it off|call it a day)\b|${TRIAL_QUESTION.source}`,
    ),
  },
  {
    intent: 'continue',
    example: 'should he stay on the percocet long term?',
    re: /\b(?:continue|carry on|keep (?:him|her|them|going|it)|stay on|long[- ]term)\b/,
  },
  {
    // a short question that opens with stopping ("stop it?", "stop or keep going?"): the drug kept or not
    intent: 'continue',
    example: 'stop it?',
    re: /^\W{0,3}(?:(?:so|ok|or|and)\W{1,3})?stop\b/,
  },
  {
    intent: 'concerns',
    example: 'Any med concerns?',
    re: /\b(?:issues?|concerns?|problems?|unsafe|worries|worried|red flags? in)\b/,
  },
  {
    // before 'safe' ("anything else I should be doing?" is no yes/no about a drug): what else the pathway offers now
    intent: 'next',
    example: 'anything else I should be doing?',
    re: /\b(?:anything|something|what) else (?:(?:i|we) (?:should|could|can|need to|ought to) (?:do|try|offer|consider|be doing)|to (?:do|try|offer|consider))\b/,
  },
  {
    intent: 'safe',
    example: 'safe to start?',
    re: /\b(?:safe|ok|okay|alright|fine|reasonable|appropriate|can (?:i|we)|could (?:i|we)|should (?:i|we)|may (?:i|we))\b/,
  },
  {
    intent: 'safe',
    example: 'could duloxetine be started?',
    // "restart it?": whether the drug goes back on, as "start it?" is read
    re: /\b(?:whether|(?:re-?)?start(?:s|ed|ing)?|add(?:ing)?|try(?:ing)?|switch(?:ing)?|agree|what about|instead)\b/,
  },
  {
    intent: 'next',
    example: 'cymbalta next?',
    re: /\b(?:next|now what|what (?:now|do i do|(?:should|shall|can) (?:i|we) (?:do|try|be doing)|else|to do)|options?|what do you (?:suggest|recommend)|how (?:to|do i|should i) proceed)\b/,
  },
  {
    intent: 'next',
    example: 'Plan?',
    re: /\b(?:plan|thoughts?|suggest(?:ions?)?|recommend(?:ations?)?|advi[cs]e|back to the pathway|what would you)\b|^\s*p\s*:/,
  },
  {
    // a review of the regimen asked openly ("optimise her meds?", "anything to change before discharge?", "where do
    // we go from here?", "your view?"): the case's next step; a change to one named thing ("change the patch?")
    // stays with the rows above or the drug asked
    intent: 'next',
    example: 'Anything to change before discharge?',
    counter: 'any change in her bowels?',
    re: /\b(?:optimi[sz](?:e|ing|ation)|anything (?:to|you'?d|we should|i should) (?:change|alter|adjust|tweak)|(?:should|would|could) (?:anything|something) (?:be )?(?:changed|altered|adjusted)|any (?:changes|tweaks|adjustments) (?:you'?d|to make|we should|needed)|any tweaks|tweak (?:anything|the (?:meds|regimen|plan))|where (?:do|can|should|shall) (?:we|i) go|where to (?:from here|now|next)|way forward|ideas|look(?:s)? right|(?:on )?the right track|your (?:view|opinion|input|take|thoughts)|value your|how (?:would|should|do|shall|can) (?:you|i|we) (?:manage|approach|handle)|management|room to improve|improve (?:his|her|their|the) (?:meds|medications?|regimen|analgesia|pain control))\b/,
  },
];

/** "?tramadol", "Plan: ?tramadol": a drug queried with no other word, asked as an option for this patient. */
const QUERIED_DRUG = /(?:^|[\s:])\?\s?[a-z]/i;
/**
 * "naproxen or duloxetine for her?", "ibuprofen vs duloxetine?": a choice between two guideline options is the
 * comparison's to answer (drug-answer.ts judges both against this case), never one of them alone here.
 */
const CHOICE = /\b(?:or|vs\.?|versus|which|rather than|instead of)\b/;

/**
 * A choice between two guideline options ("Naprosyn or Cymbalta for her?"), the bracketed case summary left out:
 * the comparison's to answer (drug-answer.ts), judged against the case, never one option alone in the lead.
 */
export function asksOptionChoice(question: string): boolean {
  const asking = question.replace(CASE_SUMMARY_BRACKET, ' ').toLowerCase();
  const options = new Set(findDrugs(asking).flatMap((m) => OPTION_OF[m.drug] ?? []));
  return options.size >= 2 && CHOICE.test(asking);
}

export function questionIntent(question: string, skip?: QuestionIntent): QuestionIntent | undefined {
  const q = question.toLowerCase();
  return QUESTION_INTENTS.find((row) => row.intent !== skip && row.re.test(q))?.intent;
}

/**
 * "what should I do next for her?", "What should we do with him now?": the question asks for the next step, though
 * an earlier row ("should I": safe) reads it first. A paused case answers it with the urgent evaluation.
 */
function asksNextStep(question: string): boolean {
  const q = question.toLowerCase();
  return QUESTION_INTENTS.some((row) => row.intent === 'next' && row.re.test(q));
}

const OPTION_OF: Partial<Record<DrugId, DrugOptionId>> = {
  naproxen: 'nsaid',
  ibuprofen: 'nsaid',
  'other-nsaid': 'nsaid',
  duloxetine: 'duloxetine',
  tramadol: 'tramadol',
  gabapentin: 'gabapentin',
  pregabalin: 'pregabalin',
};

/** The guideline line that doses each option. */
const GUIDELINE_LINE = OPTION_GUIDELINE_LINE;

const name = (d: DrugId) => drugNames(d).generic;

class Lines {
  readonly book = new EntryCitations();
  readonly out: string[] = [];
  /** The entries' citation markers, each once, in number order. */
  marks(...ids: (string | undefined)[]): string {
    const all = ids.flatMap((id) => (id ? (this.book.entry(id)?.marks.match(/\[\d+\]/g) ?? []) : []));
    return [...new Set(all)].sort((a, b) => Number(a.slice(1, -1)) - Number(b.slice(1, -1))).join('');
  }
  /** The entry's own text with its markers. */
  entry(id: string): string {
    const shown = this.book.entry(id);
    return shown ? `${shown.text} ${shown.marks}` : '';
  }
  add(line: string): void {
    if (line.trim()) this.out.push(line.trim());
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Referral triggers (guideline lines 47-50)

interface Trigger {
  id: string;
  label: string;
}

export function referralTriggers(f: CaseFacts): Trigger[] {
  const out: Trigger[] = [];
  if (persistentPain12Weeks(f)) {
    const weeks = f.weeksOptimizedTherapy ?? 0;
    const change =
      f.improvedSinceLastVisit === 'no' ? ', no meaningful improvement (below the minimal important change)' : '';
    out.push({
      id: 'referral.persistent-pain-12-weeks',
      label: `pain persists after ${fmt(weeks)} weeks of optimised therapy${change}`,
    });
  }
  if (functionalDisability(f)) {
    const odi = f.oswestryPercent;
    const band = odi !== undefined ? OSWESTRY.bands.find((b) => odi >= b.min && odi <= b.max)?.label : undefined;
    const byOdi = f.functionalDisability !== 'yes' && odi !== undefined;
    out.push({
      id: 'referral.functional-disability',
      label: byOdi
        ? `significant functional disability (ODI ${fmt(odi)}%: ${band})`
        : 'significant functional disability',
    });
  }
  if (startBackHighRisk(f)) {
    const s = f.startBack;
    out.push({
      id: 'referral.start-back-high-risk',
      label: s ? `STarT Back high risk (${s.total}/9, psychosocial ${s.psychosocial}/5)` : 'STarT Back high risk',
    });
  }
  if (consideringInterventional(f))
    out.push({ id: 'referral.interventional-procedures', label: 'an interventional procedure is being considered' });
  return out;
}

function triggerLine(l: Lines, triggers: Trigger[]): string {
  return `${triggers.map((t) => t.label).join('; ')} ${l.marks(...triggers.map((t) => t.id))}`;
}

// ---------------------------------------------------------------------------------------------------------------
// The opioid gate, in this case's terms

const GROUP_NAME: Record<TrialGroup, string> = { nsaid: 'NSAID', duloxetine: 'duloxetine', tramadol: 'tramadol' };

function trialGap(f: CaseFacts, group: TrialGroup): string | undefined {
  const meds = trialsOf(f, group);
  const readings = meds.map((m) => ({ m, r: readTrial(m, f) }));
  if (readings.some(({ r }) => r === 'adequate' || r === 'excluded')) return undefined;
  // a label rule that takes the option out for this patient lets the next option step up, but documents no failure
  // for the gate on the bot's say-so: the clinician records it
  const status = drugOptionStatus(f, group);
  if (status.status === 'not-for-this-patient' && readings.every(({ r }) => r === 'not-failed'))
    return `${GROUP_NAME[group]} not for this patient (${status.reasons.map((r) => r.label).join('; ')}): record it as contraindicated to document it`;
  if (group === 'tramadol' && !meds.length)
    return 'duloxetine was ruled out, so tramadol is tried (or ruled out) first';
  if (!meds.length) return `no ${GROUP_NAME[group]} trial recorded`;
  const pick =
    readings.find(({ r }) => r === 'duration-unknown') ??
    readings.find(({ r }) => r === 'too-short') ??
    readings.find(({ r }) => r === 'below-dose') ??
    readings[0]!;
  const label = medicationLabel({ ...pick.m, outcome: undefined } as Medication);
  switch (pick.r) {
    case 'duration-unknown':
      return `${label}: for how many weeks? (asked)`;
    case 'too-short':
      return `${label}: shorter than ${ADEQUATE_TRIAL.minWeeks} weeks, not an adequate trial`;
    case 'below-dose':
      return `${label}: not an adequate dose`;
    default:
      return `${label}: not failed (still taken or helping)`;
  }
}

/** One line per unmet gate condition, said of this case. */
function gateGaps(f: CaseFacts, l: Lines): string[] {
  const gaps: string[] = [];
  for (const c of gateConditions(f)) {
    if (c.met) continue;
    switch (c.id) {
      case 'documented-failure':
        for (const g of requiredTrials(f)) {
          const gap = trialGap(f, g);
          if (gap) gaps.push(`${gap} ${l.marks('reading.adequate-trial')}`);
        }
        break;
      case 'nondrug-tried':
        gaps.push(
          `non-drug therapy: two or more tried, one of them moderate-evidence (exercise, rehabilitation, acupuncture, mindfulness) tried or declined ${l.marks('nondrug.prioritize-before-opioids', 'reading.intensive-nondrug')}`,
        );
        break;
      case 'risk-assessment':
        gaps.push(
          f.pdmpRiskFinding === 'yes'
            ? `PDMP or pharmacy risk finding (another prescriber, early refills or several pharmacies): opioids only if you judge the benefits clearly outweigh the risks ${l.marks('opioid.last-resort')}`
            : `risk assessment not documented: substance use disorder, mental health conditions, concurrent sedatives; then whether benefits clearly outweigh risks for this patient ${l.marks('opioid.gate.risk-assessment', 'opioid.last-resort')}`,
        );
        break;
      case 'discussion':
        gaps.push(
          `the pre-opioid discussion not yet documented: realistic benefits, serious risks (overdose, dependence), the monitoring plan ${l.marks('opioid.gate.discussion')}`,
        );
        break;
      case 'sedatives-acknowledged':
        gaps.push('a benzodiazepine or other sedative is taken: its risk with an opioid not yet acknowledged (below)');
        break;
      case 'red-flags-screened':
        gaps.push('red-flag screen not completed');
        break;
    }
  }
  return gaps;
}

// ---------------------------------------------------------------------------------------------------------------
// Opioids: MME/day, extended-release, the framework

export function mmeText(line: OpioidLine): string {
  const what = medicationLabel({ ...line.medication, outcome: undefined } as Medication);
  const generic = name(line.medication.drug);
  // "OxyContin 20 mg twice daily": the product as the case names it, with the dose read
  // a buprenorphine product's label names it already ("Suboxone (buprenorphine sublingual) 8 mg daily")
  const named = what.toLowerCase().startsWith(line.name.toLowerCase())
    ? `${line.name}${what.slice(line.name.length)}`
    : line.name.toLowerCase() !== generic && what.startsWith(generic)
      ? `${line.name}${what.slice(generic.length)}`
      : what;
  if (line.mme === undefined) {
    if (line.noMme === 'no-factor') return `${named}: no MME (a partial agonist has no CDC factor)`;
    if (line.noMme === 'non-oral')
      return `${named} ${line.medication.nonOralRoute}: no MME (the CDC 2022 factors are for oral doses)`;
    // "co-codamol 30/500 now", "on Norco 10/325": the strength is known, the tablets a day are asked (tablet-detail.ts)
    const ask = missingTabletDetails({ medications: [line.medication] }).find((d) => d.kind === 'tablets-a-day');
    return ask?.kind === 'tablets-a-day'
      ? `${tabletName(ask.medication, ask.strength)}: how many tablets a day? No MME until then`
      : `${named}: dose or frequency not given, no MME`;
  }
  if (line.takenAbove)
    return `${named}: ${fmt(line.dailyAmount!)} mg a day as taken (above the prescription's maximum) is ${fmt(line.mme)} MME/day (factor ${line.factor})`;
  if (line.atMost) {
    // a range or as-needed regimen: the most it allows (clinical-reference.md section 4)
    const typed = line.medication.product;
    const who = typed ? `${typed.charAt(0).toUpperCase()}${typed.slice(1)}` : generic;
    return `${who}: at most ${fmt(line.dailyAmount!)} mg ${generic} a day (the most the prescription allows) is ${fmt(line.mme)} MME/day (factor ${line.factor})`;
  }
  // "Percocet 5/325 6/day": the tablets a day, the opioid they hold and its factor (reference section 4)
  const tablets = combinationTablets(line.medication);
  if (tablets && line.dailyAmount !== undefined)
    return `${tablets.name}, ${fmt(tablets.tablets)} tablet${tablets.tablets === 1 ? '' : 's'} a day (${fmt(line.dailyAmount)} mg ${generic}) is ${fmt(line.mme)} MME/day (factor ${line.factor})`;
  return `${named} is ${fmt(line.mme)} MME/day (factor ${line.factor})`;
}

/** A proposed opioid start judged against the framework: the dose in MME/day, immediate-release first. */
function proposalLines(l: Lines, proposal: Medication): void {
  const line = opioidLine(proposal);
  const range = `${OPIOID_START_MME.min}-${OPIOID_START_MME.max} MME/day`;
  const above = line.mme !== undefined && line.mme > OPIOID_START_MME.max;
  const head = mmeText(line);
  if (proposal.drug === 'fentanyl') {
    l.add(`- Proposed: ${head}: ${l.entry('label.fentanyl-patch')}`);
    return;
  }
  if (above || line.extendedRelease)
    l.add(
      `- Proposed: ${head}${line.extendedRelease ? ' and extended-release' : ''}: the guideline starts immediate-release at ${range} ${l.marks(OPIOID_START_MME.entry, 'opioid.framework.immediate-release', line.extendedRelease ? 'opioid.cdc-er-la' : undefined)}`,
    );
  else if (line.mme !== undefined)
    l.add(
      `- Proposed: ${head}: immediate-release, within the guideline's start of ${range} ${l.marks(OPIOID_START_MME.entry)}`,
    );
  else
    l.add(
      `- Proposed: ${name(proposal.drug)} (no dose given): the guideline starts immediate-release at ${range} ${l.marks(OPIOID_START_MME.entry, 'opioid.framework.immediate-release')}`,
    );
}

function thresholdLines(l: Lines, meds: readonly Medication[]): void {
  const total = caseOpioids(meds);
  if (total.totalMme === undefined) return;
  const sum = `${fmt(total.totalMme)} MME/day${total.incomplete ? ' or more' : ''}`;
  if (total.atOrAboveAvoid)
    l.add(
      `- ${sum}: at or above ${total.thresholds.avoid}, avoid or carefully justify; offer naloxone ${l.marks('mme.thresholds', 'opioid.cdc-naloxone')}`,
    );
  else if (total.atOrAboveReassess)
    l.add(
      `- ${sum}: at or above ${total.thresholds.reassess}, reassess benefits and risks and offer naloxone ${l.marks('mme.thresholds', 'opioid.cdc-naloxone')}`,
    );
}

/** The opioid gate's verdict for a start (asked, or proposed by a colleague or the patient). */
function opioidStartLines(l: Lines, f: CaseFacts, view: PathwayView, asked: boolean, proposing: boolean): void {
  const lead = asked ? '**Answer: opioid start' : '**Opioid start';
  if (view.gate.open) {
    l.add(`${lead}: the gate's conditions are documented** ${l.marks('opioid.last-resort')}`);
    if (!proposing) {
      l.add(`- ${l.entry('opioid.framework.lowest-dose')}`);
      l.add(`- ${l.entry('opioid.framework.immediate-release')}`);
    }
    // the rest of the framework goes with any start, proposed or not
    l.add(`- ${l.entry('opioid.framework.treatment-agreement')}`);
    l.add(`- ${l.entry('opioid.framework.reassess')}`);
  } else {
    l.add(`${lead}: not yet, the opioid gate is closed** ${l.marks('opioid.last-resort')}`);
    for (const gap of gateGaps(f, l).slice(0, 5)) l.add(`- ${gap}`);
  }
  // a current sedative: its warning sits on the opioid-start line itself
  for (const id of sedativeWarnings(f)) l.add(`- ⚠️ ${l.entry(id)}`);
}

/**
 * The use said of each opioid on a range or as-needed prescription ("oxycodone 5 mg 1-2 tabs q6h prn, she only uses
 * about 3 a day"), beside the prescription's maximum, each with its MME (statedUseText, as the quick answers say it).
 * A combination product's count replaces its regimen instead (tablet-change.ts).
 */
export function statedUseLines(held: readonly Medication[]): string[] {
  return held.flatMap((m) => statedUseText(m) ?? []);
}

function opioidSection(l: Lines, f: CaseFacts, view: PathwayView, ex: LeadInput['ex'], asked: boolean): void {
  const proposals = (ex?.proposals ?? []).filter((m) => isOpioidMedication(m) && m.drug !== 'tramadol');
  const held = f.medications.filter((m) => isHeld(m) && isOpioid(m.drug));
  // "actually takes 4 a day" names no drug, yet it changed the opioid's use: its MME is shown as for a named one
  const said = (ex?.patch.medications ?? []).some((m) => isOpioid(m.drug)) || ex?.dailyTablets !== undefined;
  if (asked || proposals.length) opioidStartLines(l, f, view, asked, proposals.length > 0);
  for (const p of proposals) proposalLines(l, p);
  if (held.length && (said || asked || proposals.length)) {
    // the strictest pair the opioids make with the case's medicines leads their MME (safety-lines.ts)
    const meds = f.medications.filter(isHeld);
    const nameOf = (d: DrugId): string => {
      const m = meds.find((x) => x.drug === d);
      return m ? labelName(m) : drugNames(d).generic;
    };
    const strict = strictFinding(interactionFindings([...new Set(meds.map((m) => m.drug))], undefined, [], nameOf));
    if (strict && held.some((m) => strict.pair.includes(nameOf(m.drug))))
      l.add(`⚠️ **${capital(pairFlag(strict))}** ${l.marks(strict.rule.id)}`);
    l.add(
      `**Opioids taken now:** ${caseOpioids(held).lines.map(mmeText).join('; ')} ${l.marks('mme.not-for-conversion')}`,
    );
    for (const taken of statedUseLines(held))
      l.add(`- **Taken now (as said):** ${taken} ${l.marks('mme.not-for-conversion')}`);
  }
  if (held.length || proposals.length) thresholdLines(l, [...held, ...proposals]);
}

// ---------------------------------------------------------------------------------------------------------------
// Drug options asked about

function statusLine(l: Lines, s: OptionStatus, drug: DrugId, view?: PathwayView): string {
  const n = name(drug);
  const reasons = s.reasons.map((r) => `${r.label} ${l.marks(r.knowledgeId)}`).join('; ');
  // taken now beside an anticoagulant or antiplatelet: the check first, never "continue" as if the pair were absent
  const pair = pairChecks(s);
  if (pair.length)
    return `${n} is taken now: check before continuing: ${pair.map((r) => `${r.label} ${l.marks(r.knowledgeId)}`).join('; ')}; if unsuitable, say "NSAID contraindicated"`;
  switch (s.status) {
    case 'not-for-this-patient':
      return `${n} is not for this patient: ${reasons}`;
    case 'not-tolerated':
      return `${n} was not tolerated`;
    case 'failed':
      // "switch to naproxen?" after ibuprofen failed: the trial taken is named; the class has failed, not naproxen
      return s.record && s.record.drug !== drug
        ? `the NSAID option already failed after an adequate trial of ${name(s.record.drug)} ${l.marks('reading.adequate-trial')}: another NSAID is not the next step`
        : `${n} already failed after an adequate trial ${l.marks('reading.adequate-trial')}`;
    case 'effective':
      return `${n} is effective (helping): continue`;
    case 'current-at-target':
      // an adequate trial already run, no failure said: continue, judged on function at each review
      return `${n} is taken at the guideline dose${takenDoseText(s.dailyMg, s.targetDailyMg)}: continue, ${s.weeks !== undefined && s.weeks >= ADEQUATE_TRIAL.minWeeks ? `${fmt(s.weeks)} weeks in; keep judging it on function` : `and judge it after ${ADEQUATE_TRIAL.minWeeks} weeks`} ${l.marks(GUIDELINE_LINE[s.option as DrugOptionId], 'reading.adequate-trial')}`;
    case 'current-below-target':
      return `${n} is below the adequate dose${s.dailyMg && s.targetDailyMg ? ` (${fmt(s.dailyMg)} of ${fmt(s.targetDailyMg)} mg/day)` : ''}: raise it ${l.marks(GUIDELINE_LINE[s.option as DrugOptionId])}`;
    case 'needs-data':
      return s.missing.includes('confirm')
        ? `${n}: check first: ${reasons}`
        : `${n}: the ${s.missing.join(' and ')} is needed first`;
    case 'not-indicated':
      return drug === 'gabapentin' || drug === 'pregabalin'
        ? `${n} is for radicular (neuropathic) symptoms, not recorded for this patient ${l.marks(GUIDELINE_LINE[s.option as DrugOptionId])}`
        : `${n} is not the next step yet: ${(view && openOptionsText(view, s.option, l.book)) ?? 'earlier options are still open'}`;
    default:
      // before the red-flag screen the plan is provisional: the option stands once the screen is clear (step-message)
      return `${n} is an option ${view && screenPending(view) ? 'once the red-flag screen is clear' : 'now'}: ${l.entry(GUIDELINE_LINE[s.option as DrugOptionId])}`;
  }
}

/**
 * "When do I review him and how will I know it's working?": the guideline's interval (2-4 weeks during medication
 * changes; within 1-4 weeks of starting or raising an opioid, tramadol too), what to measure (function on a
 * validated tool such as the ODI, not pain alone) and the minimal important change, from this case's baseline when
 * it holds one; the named drug's dose rows for this patient follow.
 */
function reviewAnswer(l: Lines, f: CaseFacts, drug: DrugId | undefined): void {
  const opioid = (drug !== undefined && isOpioid(drug)) || f.medications.some((m) => isHeld(m) && isOpioid(m.drug));
  l.add(
    `**Answer: review in 2-4 weeks${opioid ? ' (within 1-4 weeks of an opioid start or increase)' : ''}; judge it on function, not pain alone.**`,
  );
  l.add(`- ${l.entry('monitor.reassess-2-4-weeks')}`);
  if (opioid) l.add(`- ${l.entry('opioid.framework.reassess')}`);
  l.add(`- ${l.entry('monitor.validated-tools')}`);
  const baseline = [
    f.oswestryPercent !== undefined && f.oswestryPercent >= MCID.oswestryPoints
      ? `ODI ${f.oswestryPercent}% now: ${f.oswestryPercent - MCID.oswestryPoints}% or lower is a minimal important change`
      : '',
    f.painScore !== undefined && f.painScore >= MCID.painScalePoints
      ? `pain ${f.painScore}/10 now: ${f.painScore - MCID.painScalePoints}/10 or lower`
      : '',
  ].filter(Boolean);
  l.add(`- ${l.entry('instrument.mcid')}${baseline.length ? ` For this patient: ${baseline.join('; ')}.` : ''}`);
  l.add(`- ${l.entry('monitor.functional-goals')}`);
  const option = drug !== undefined ? OPTION_OF[drug] : undefined;
  if (option) for (const line of adjustmentLines(l, f, drugOptionStatus(f, option))) l.add(line);
}

/**
 * "Counts as failed?", "not helping, failed?", "no better - move on?": the trial the question is about (the drug it
 * names, else the one this message describes, else the last one that did not help) judged by its length and dose
 * (trial-verdict.ts, worded as the quick answer words it). False when the case holds no such trial.
 */
function failedAnswer(l: Lines, f: CaseFacts, named: DrugId | undefined, said: readonly Medication[]): boolean {
  const dosed = (m: Medication) => guidelineDoseText(m.drug) !== undefined;
  const fromText = said.filter((m) => dosed(m) && (named === undefined || m.drug === named));
  // a class named ("the NSAID") is the case's drug of that class
  const ofNamed = (x: Medication) => x.drug === named || (named === 'other-nsaid' && OPTION_OF[x.drug] === 'nsaid');
  const m =
    (named !== undefined ? f.medications.findLast((x) => ofNamed(x) && dosed(x)) : undefined) ??
    (fromText.length ? f.medications.findLast((x) => fromText.some((s) => s.drug === x.drug)) : undefined) ??
    (named === undefined
      ? (f.medications.findLast((x) => dosed(x) && hasFailed(x, f)) ??
        f.medications.findLast((x) => dosed(x) && isHeld(x)))
      : undefined);
  const text = m && trialJudgementText(m.drug, name(m.drug), judgeTrial(m, f));
  if (!m || !text) return false;
  const { outcome: _outcome, durationWeeks: _weeks, ...regimen } = m;
  const weeks = trialWeeks(m, f);
  const label = `${medicationLabel(regimen)}${weeks !== undefined ? ` for ${trialLength(weeks)}` : ''}`;
  l.add(`**Answer: ${label}: ${text.verdict}${text.verdict.endsWith('?') ? '' : '.'}**`);
  for (const line of text.lines) l.add(`- ${line.text} ${l.marks(line.id)}`);
  return true;
}

/** This patient's label rows for a dosed drug (renal, age, liver), cited. */
function adjustmentLines(l: Lines, f: CaseFacts, s: OptionStatus): string[] {
  const kidney = caseKidney(f);
  return s.adjustments.map((row) => {
    const who =
      row.kind === 'renal' && kidney
        ? `This patient (${kidney.label}${kidney.from === 'egfr' ? ', read as CrCl' : ''})`
        : 'This patient';
    return `- ${who}: ${row.text} ${l.marks(row.knowledgeId)}`;
  });
}

/** The sedative pairs' headline words: the boxed warning when a pair is one, else the warning and its pair. */
const SEDATIVE_LEADS: Readonly<Record<string, string>> = {
  'interaction.opioid-gabapentinoid': 'warning (opioid + gabapentinoid: serious breathing problems); ',
  'interaction.opioid-cns-depressant': 'warning (opioid + another CNS depressant: sedation, respiratory depression); ',
};
function sedativeLead(ids: readonly string[]): string {
  const boxed = ids.some((id) => interactionRules.find((r) => r.id === id)?.severity === 'boxed-warning');
  if (boxed) return 'boxed warning (opioid + benzodiazepine or other sedative); ';
  return ids.length ? (SEDATIVE_LEADS[ids[0]!] ?? '') : '';
}

/** The patient's adjustment whose daily maximum is below the guideline's lowest daily dose ("CrCl 15-30: 25-150"). */
function cappedBelowGuideline(
  s: OptionStatus,
  drug: DrugId,
): { row: OptionStatus['adjustments'][number]; max: number } | undefined {
  const g = isDosedDrug(drug) ? dosingFor(drug).guideline : undefined;
  if (!g) return undefined;
  const lowest = g.perDoseMg.min * g.timesPerDay.min;
  for (const row of s.adjustments) {
    const max = row.action === 'reduce' ? (row.maxDailyMg ?? row.dailyMg?.max) : undefined;
    if (max !== undefined && max < lowest) return { row, max };
  }
  return undefined;
}

/** Interactions the drug would add to what the case holds. */
function newInteractionLines(l: Lines, f: CaseFacts, drug: DrugId, conditionSaid = false): string[] {
  return newInteractionIds(f, drug)
    .filter((id) => !conditionSaid || !caseConditionsOfRule(f, id).length)
    .map((id) => `- ⚠️ ${l.entry(id)}`);
}

/** The case's conditions that an interaction rule names ("COPD" for opioid + gabapentinoid). */
function caseConditionsOfRule(f: CaseFacts, id: string): string[] {
  const has = (Object.keys(f.conditions) as ConditionId[]).filter((c) => f.conditions[c] === 'yes');
  return has.length ? conditionsNamed(interactionRules.find((r) => r.id === id)?.topics ?? [], has) : [];
}

function newInteractionIds(f: CaseFacts, drug: DrugId): string[] {
  const before = new Set(caseInteractions(f));
  return caseInteractions(f, [drug]).filter((id) => !before.has(id));
}

function drugAnswer(l: Lines, f: CaseFacts, view: PathwayView, intent: QuestionIntent, drug: DrugId): void {
  const option = OPTION_OF[drug];
  if (!option) {
    l.add(`**Answer:** ${name(drug)} is not one of the pathway's options; no dose is given for it here.`);
    return;
  }
  const s = drugOptionStatus(f, option);
  const out = s.status === 'not-for-this-patient' || s.status === 'not-tolerated' || s.status === 'failed';
  if (intent === 'dose') {
    if (out) l.add(`**Answer:** ${statusLine(l, s, drug)}.`);
    else if (cappedBelowGuideline(s, drug)) {
      // a renal (or other) cap below the guideline's dose: the cap is the answer, the guideline's dose said above it
      const cap = cappedBelowGuideline(s, drug)!;
      l.add(
        `**Answer: ${name(drug)} for this patient: at most ${fmt(cap.max)} mg/day (${cap.row.kind}), below the guideline's dose.**`,
      );
      l.add(`- Guideline (above this patient's maximum): ${l.entry(GUIDELINE_LINE[option])}`);
    } else {
      l.add(`**Answer: ${name(drug)} for this patient:** ${l.entry(GUIDELINE_LINE[option])}`);
      // a dose asked is what the case lacks ("Pregabalin it is. Starting dose?"): the answer gives it, not asks it
      const asksDose = s.status === 'needs-data' && s.missing.every((m) => m === 'dose');
      if (s.status === 'not-indicated' || (s.status === 'needs-data' && !asksDose))
        l.add(`- ${statusLine(l, s, drug)}`);
    }
    for (const line of adjustmentLines(l, f, s)) l.add(line);
    return;
  }
  if (intent === 'increase') {
    const yes = s.status === 'current-below-target';
    l.add(`**Answer: ${yes ? 'yes' : 'no'}.** ${statusLine(l, s, drug)}.`);
    if (yes) for (const line of adjustmentLines(l, f, s)) l.add(line);
    return;
  }
  if (intent === 'continue') {
    const keep =
      (s.status === 'effective' || s.status === 'current-at-target' || s.status === 'current-below-target') &&
      !pairChecks(s).length;
    l.add(
      `**Answer: ${keep ? 'yes' : out || s.status === 'failed' ? 'no' : 'not yet'}.** ${statusLine(l, s, drug, view)}.`,
    );
    return;
  }
  // safe / next: offered, or not, with the reason. A warning that names a condition the case has ("opioid +
  // gabapentin: especially with COPD") is said first, whatever the answer.
  const offered = s.status === 'recommended' || s.status === 'current-below-target';
  const patientWarnings = out ? [] : conditionWarningLines(l, f, drug);
  for (const line of patientWarnings) l.add(line);
  // taken and helping, or at target: "yes", as its line says continue
  const kept = (s.status === 'effective' || s.status === 'current-at-target') && !pairChecks(s).length;
  // a pair with a medicine the case holds ("what about tramadol - btw he's on sertraline"): a yes with its caution
  const pairs = offered ? newInteractionIds(f, drug) : [];
  // a screen not completed ("didn't get to ask about bladder or saddle numbness"): those questions first (reference
  // section 6), then the drug's answer
  // duplicate therapy with a drug taken now ("on gabapentin 600 tds ... add pregabalin?"): the strictest finding, not in
  // addition; a switch, the one taken tapered first
  const switchFrom = duplicateTaken(f, drug, pairs);
  const yes = switchFrom
    ? `not in addition to ${switchFrom}: switch instead (${name(switchFrom as DrugId)}: ${
        taperRuleFor(switchFrom as DrugId)?.rule ?? 'stop it'
      } first, then ${name(drug)})`
    : screenIncomplete(f)
      ? `not yet: first complete the red-flag screen (${screenGap(l, f)})`
      : pairs.length
        ? 'yes, with caution'
        : 'yes';
  // ruled out by a pair with a course ("on ciprofloxacin for 5 days"): not now; the start can wait until it ends
  const held = f.medications.filter(isHeld).map((m) => m.drug);
  const waits = (out ? newInteractionIds(f, drug) : []).flatMap((id) => {
    const wait = courseWaitText(id, held, drug);
    return wait ? [{ id, wait }] : [];
  });
  const no = waits.length ? 'not now' : 'no';
  l.add(`**Answer: ${offered || kept ? yes : out ? no : 'not yet'}.** ${statusLine(l, s, drug, view)}.`);
  for (const { id, wait } of waits) l.add(`- ${l.entry(id)} ${wait}`);
  if (offered) for (const line of adjustmentLines(l, f, s)) l.add(line);
  // offered, or waiting on the clinician's check ("ibuprofen with his aspirin 300 mg od?"): what it would add to the
  // held drugs comes next, so the check names the pair's own rows (ibuprofen can blunt aspirin's antiplatelet effect)
  if (offered || s.status === 'needs-data')
    for (const line of newInteractionLines(l, f, drug, patientWarnings.length > 0)) l.add(line);
}

/** The drug taken now that the asked one would duplicate (DUPLICATE_THERAPY: one gabapentinoid only), if any. */
function duplicateTaken(f: CaseFacts, drug: DrugId, pairs: readonly string[]): string | undefined {
  const row = DUPLICATE_THERAPY.find((d) => pairs.includes(d.entry) && d.drugs.includes(drug));
  const other = row?.drugs.find((d) => d !== drug);
  return other && f.medications.some((m) => m.drug === other && isHeld(m)) ? other : undefined;
}

/** The new interactions whose rule names a condition the case has, first in the answer ("⚠️ Case has COPD: ..."). */
function conditionWarningLines(l: Lines, f: CaseFacts, drug: DrugId): string[] {
  return newInteractionIds(f, drug).flatMap((id) => {
    const named = caseConditionsOfRule(f, id);
    return named.length ? [`⚠️ **Case has ${named.join(', ')}:** ${l.entry(id)}`] : [];
  });
}

/**
 * "Shall I go up to 60?": the case's held option drug the number is a dose of (its adequate daily dose, or above
 * what is taken now and no more than that dose), else the one held below its adequate dose.
 */
function raisedDrug(f: CaseFacts, question: string): DrugId | undefined {
  // "go up to 10 qds?" with oxycodone 5 qds held: the medicine taken as often at a lower dose is the one raised
  const asked = askedRegimen(question);
  const sameRhythm = asked?.doseMg
    ? f.medications.filter(
        (m) => isHeld(m) && m.timesPerDay === asked.timesPerDay && m.doseMg !== undefined && m.doseMg < asked.doseMg!,
      )
    : [];
  if (sameRhythm.length === 1) return sameRhythm[0]!.drug;
  const n = Number(/\b(\d{1,4})\s*(?:mg)?\b/i.exec(question)?.[1] ?? Number.NaN);
  const held = f.medications
    .filter((m) => isHeld(m) && OPTION_OF[m.drug] !== undefined)
    .map((m) => ({ drug: m.drug, s: drugOptionStatus(f, OPTION_OF[m.drug]!) }));
  const fits = held.find(
    ({ s }) =>
      !Number.isNaN(n) &&
      s.targetDailyMg !== undefined &&
      (n === s.targetDailyMg || (s.dailyMg !== undefined && n > s.dailyMg && n <= s.targetDailyMg)),
  );
  return (fits ?? held.find(({ s }) => s.status === 'current-below-target') ?? held[0])?.drug ?? caseOpioidDrug(f);
}

/** The last opioid (not tramadol, an option of its own) the case records and has not ruled out. */
function caseOpioidDrug(f: CaseFacts): DrugId | undefined {
  return caseOpioidTaken(f)?.drug;
}

function caseOpioidTaken(f: CaseFacts, drug?: DrugId): Medication | undefined {
  return f.medications.findLast(
    (m) =>
      isOpioid(m.drug) &&
      m.drug !== 'tramadol' &&
      (drug === undefined || m.drug === drug) &&
      m.outcome !== 'not-tolerated' &&
      m.outcome !== 'contraindicated',
  );
}

/** "to" or an arrow before the amount asked for ("up to 10 qid", "increase it to 10 mg qid", "10 bid -> 20 bid?"). */
const TO_DOSE = /(?:\bto |->|\u2192|=>) ?(?=\d)/g;
/** "10/325" after "to": a combination tablet's opioid mg, then its acetaminophen mg (left out of the opioid's regimen). */
const COMBINATION_STRENGTH = /^(\d{1,4}(?:\.\d{1,2})?)\s?\/\s?\d{2,4}\b/;

/**
 * The regimen a raise asks for ("go up to 10 qid?": 10 mg four times a day), in mg; undefined when the question gives
 * no amount with how often.
 */
function askedRegimen(question: string): ReturnType<typeof parseDoseRegimen> | undefined {
  // the regimen after the last "to" ("3-month review ... go up to 10 qid?": 10 qid, never the 3 of "3-month")
  const to = [...question.matchAll(TO_DOSE)].at(-1);
  // a combination's strength ("up to 10/325 qid"): the opioid's mg is the first figure
  const r = parseDoseRegimen(
    (to ? question.slice(to.index + to[0].length) : question).replace(COMBINATION_STRENGTH, '$1'),
  );
  if (r.unit === 'mcg/hr' || (r.dailyMg === undefined && (r.doseMg === undefined || r.timesPerDay === undefined)))
    return undefined;
  return r;
}

/**
 * "up to 10 mg qid?" of the opioid taken: the dose asked for, as a regimen of that opioid (its MME is shown against
 * the thresholds); undefined when the question gives no amount with how often.
 */
function proposedOpioid(question: string, drug: DrugId): Medication | undefined {
  const r = askedRegimen(question);
  if (!r) return undefined;
  return {
    drug,
    ...(r.doseMg !== undefined ? { doseMg: r.doseMg } : {}),
    ...(r.timesPerDay !== undefined ? { timesPerDay: r.timesPerDay } : {}),
    ...(r.dailyMg !== undefined ? { dailyMg: r.dailyMg } : {}),
  } as Medication;
}

/**
 * "up to 10 mg qid?" of an opioid: the guideline stops an opioid that has not improved function meaningfully
 * (reassess within 1-4 weeks), so a trial without that gain is not raised: taper, never abruptly (CDC 2022); a
 * trial that helped is reassessed before any raise. The dose asked for is given in MME/day with its threshold.
 */
/** The lead of a raise asked while a supply risk finding (early refill, another prescriber) holds the opioid gate. */
const SUPPLY_HOLD_LEAD =
  '**Answer: not now: the early refill, other prescriber or several pharmacies reported holds the opioid gate; weigh it before any raise.**';

function opioidIncreaseAnswer(l: Lines, f: CaseFacts, question: string, drug: DrugId | undefined, context = ''): void {
  const taken = caseOpioidTaken(f, drug);
  // function said or measured no better in the question itself ("ODI same as last month, double it?") or in the
  // sentence before it ("function no better. go up to 20 bd?") counts too
  const noGain =
    taken?.outcome === 'ineffective' ||
    f.improvedSinceLastVisit === 'no' ||
    functionNotBetter(`${context} ${question}`.toLowerCase());
  if (f.pdmpRiskFinding === 'yes') {
    // "ran out a week early again - up to 10 qds?": a supply risk finding holds the gate before any raise is weighed
    l.add(`${SUPPLY_HOLD_LEAD} ${l.entry('opioid.last-resort')}`);
    const total = caseOpioids(f.medications.filter((m) => isHeld(m) && isOpioid(m.drug)));
    if (total.totalMme !== undefined) l.add(`- Now ${fmt(total.totalMme)} MME/day. ${l.entry('mme.thresholds')}`);
    l.add(`- ${l.entry('opioid.framework.reassess')}`);
  } else if (taken && noGain) {
    l.add(
      `**Answer: no, do not raise ${name(taken.drug)}:** no meaningful improvement in function (below the minimal important change), so the guideline stops it; taper rather than stop abruptly ${l.marks('opioid.framework.reassess', 'instrument.mcid', 'opioid.cdc-no-abrupt-taper')}`,
    );
    l.add(`- ${l.entry('opioid.framework.reassess')}`);
    l.add(`- Now: ${mmeText(opioidLine(taken))} ${l.marks('mme.not-for-conversion')}`);
  } else {
    const held = f.medications.filter((m) => isHeld(m) && isOpioid(m.drug));
    const total = caseOpioids(held);
    // the strictest finding leads: an opioid raised beside a benzodiazepine is the boxed-warning pair
    // (only the benzodiazepine pair is a boxed warning; a gabapentinoid or other CNS depressant is a warning)
    const boxed = sedativeLead(sedativeWarnings(f));
    l.add(
      `**Answer: ${boxed}reassess before raising.** ${total.totalMme !== undefined ? `Now ${fmt(total.totalMme)} MME/day. ` : ''}${l.entry('mme.thresholds')}`,
    );
    // the rule any review weighs a raise against: continue only with a meaningful gain in function
    l.add(`- ${l.entry('opioid.framework.reassess')}`);
  }
  const proposed = taken && proposedOpioid(question, taken.drug);
  if (proposed) {
    l.add(`- Asked: ${mmeText(opioidLine(proposed))} ${l.marks('mme.not-for-conversion')}`);
    const others = f.medications.filter((m) => isHeld(m) && isOpioid(m.drug) && m !== taken);
    thresholdLines(l, [...others, proposed]);
  }
  sedativeLines(l, f);
}

/**
 * A benzodiazepine or other CNS depressant the case holds with its opioid: the pair's warning (the benzodiazepine's is
 * the FDA boxed warning) and naloxone with its reasons (clinical-reference.md sections 3-4), whatever the dose asked.
 */
function sedativeLines(l: Lines, f: CaseFacts): void {
  const warnings = caseWarnings(f, []);
  const pair = NALOXONE_RISK.withPairs.find((id) => warnings.includes(id));
  if (!pair) return;
  const label = pair === 'interaction.opioid-benzodiazepine' ? 'Boxed warning' : 'Interaction';
  l.add(`- **${label}:** ${l.entry(pair)}`);
  l.add(`- **${naloxoneLabel(caseNaloxoneReasons(f, []))}:** ${l.entry(NALOXONE_RISK.entry)}`);
}

function notChronicText(l: Lines, f: CaseFacts): string {
  return `Pain for ${weeksText(f.painDurationWeeks ?? 0)}: ${l.entry(CHRONIC_PAIN.entry)} No chronic-pain plan is given; correct the duration if it is wrong.`;
}

/** The first "Do now" line of the case, as the short step shows it. */
function firstDoNow(view: PathwayView, l: Lines): string | undefined {
  return focusLines(view, l.book)[0]?.replace(/^- /, '');
}

/** What the answer line calls the question's subject when it names no drug. */
const SUBJECT: Record<QuestionIntent, string> = {
  refer: 'referral',
  imaging: 'imaging',
  dose: 'a dose',
  increase: 'a dose increase',
  opioid: 'an opioid',
  continue: 'the current plan',
  stop: 'stopping a medicine',
  concerns: 'this case',
  safe: 'a change of treatment',
  next: 'next step',
  review: 'follow-up',
  failed: 'a trial',
};

/**
 * A red flag pauses the pathway: whatever was asked, the answer is "not now", with the flag and its level
 * ("tramadol: not now — the pathway is paused: suspected infection: emergency: same-day assessment").
 */
function pausedAnswer(l: Lines, view: PathwayView, subject: string, intent: QuestionIntent): void {
  const groups = redFlagGroupsOf(view.recommendations);
  const marks = l.marks(...groups.map((g) => g.knowledgeId), groups.length ? undefined : 'redflag.urgent-evaluation');
  // each group with the reference's own urgency ("prompt evaluation before going on; emergency if there is a
  // neurological deficit"); a flag said but not named: the level depends on it
  const why = groups.length
    ? groups.map((g) => `suspected ${g.suspected.toLowerCase()}: ${g.urgencyText}`).join('; ')
    : redFlagHeadline([]);
  // "red flag" said in words, then the level, then what resumes the pathway: the clinician reads the safety fact
  // first and knows how to come back to the plan (the statechart resumes when the red flags are ruled out)
  const head =
    intent === 'concerns'
      ? '**Answer: yes, a red flag** — the pathway is paused'
      : intent === 'imaging'
        ? '**Answer: imaging: as part of the urgent evaluation** — a red flag pauses the pathway'
        : subject === SUBJECT.next
          ? '**Answer: the urgent evaluation first** — a red flag pauses the pathway'
          : `**Answer:** ${subject}: not now — a red flag pauses the pathway`;
  l.add(`${head}: ${why} ${marks}. ${RESUMES}`);
}

/** What takes a paused case back to the pathway (the statechart leaves urgent evaluation when no red flag holds). */
const RESUMES = 'The pathway resumes once the evaluation rules the red flag out: say "red flags ruled out".';

/** The red-flag screen was said to be incomplete: its signs come before the next step (reference section 6). */
const screenIncomplete = (f: CaseFacts) => f.redFlagScreen === 'unknown' && f.redFlags.length === 0;

/**
 * Why the screen is not completed: the signs answered "not sure", named with what they may be (reference section 6),
 * or its signs asked below when none was named.
 */
function screenGap(l: Lines, f: CaseFacts): string {
  const unsure = redFlagGroupsOf(f.unsureRedFlags ?? []);
  if (!unsure.length) return 'not completed: its signs are asked below';
  const signs = unsure.map((g) => `${g.ask} (${g.suspected.toLowerCase()})`).join('; ');
  return `not completed: check ${signs}, answered not sure ${l.marks('redflag.screen-not-completed', ...unsure.map((g) => g.knowledgeId))}`;
}

/**
 * Asking to chart the screen negative or to go on past it ("ok to chart RF neg and proceed?", "can I proceed?", "ok to
 * document red flags negative?"): answered with the screen's gap while it is not completed. Each part bounded.
 */
const CLEARS_SCREEN =
  /\b(?:chart|document|record|mark|write (?:up|down)|call|put)\w*\b[^.?!]{0,20}\b(?:red[- ]?flags?|rfs?|screen)\b|\b(?:red[- ]?flags?|rfs?)\b[^.?!]{0,12}\b(?:neg|negative|clear|nil|none|ok)\b|\b(?:proceed|go ahead|move on|carry on with the (?:plan|pathway))\b/;

export const CLEARS_SCREEN_EXAMPLES = [
  'ok to chart RF neg and proceed?',
  'can I proceed?',
  'ok to document red flags negative?',
  'fine to record the red flag screen as clear?',
] as const;

/** "Ok to chart red flags negative?" while the screen is not completed: not yet, and what to check first. */
function screenAnswer(l: Lines, f: CaseFacts, view: PathwayView): void {
  const next = firstDoNow(view, l);
  l.add(`**Answer: not yet: the red-flag screen is ${screenGap(l, f)}.**${next ? ` Then: ${next}` : ''}`);
}

/**
 * "next", "plan", "thoughts?": the first Do-now line, after the red-flag screen when it is not completed, and after
 * the opioids the case holds when their total is at or above the level that calls for reassessment.
 */
function nextAnswer(l: Lines, f: CaseFacts, view: PathwayView): void {
  const total = caseOpioids(f.medications.filter((m) => isHeld(m) && isOpioid(m.drug)));
  const opioidsFirst = total.totalMme !== undefined && (total.atOrAboveReassess || total.atOrAboveAvoid);
  if (opioidsFirst) {
    const level = total.atOrAboveAvoid
      ? `at or above ${total.thresholds.avoid}: avoid or carefully justify`
      : `at or above ${total.thresholds.reassess}: reassess benefits and risks`;
    l.add(
      `**Answer: the opioids first:** ${fmt(total.totalMme ?? 0)} MME/day${total.incomplete ? ' or more' : ''}, ${level}, and offer naloxone ${l.marks('mme.thresholds', 'opioid.cdc-naloxone')}`,
    );
  }
  // after the opioid line, the rest of the answer is a bullet under it
  const head = (bold: string) =>
    opioidsFirst ? `- ${bold.charAt(0).toUpperCase()}${bold.slice(1)}` : `**Answer: ${bold}**`;
  const next = firstDoNow(view, l);
  if (screenIncomplete(f)) {
    l.add(`${head('first complete the red-flag screen')} (${screenGap(l, f)})${next ? `; then: ${next}` : ''}`);
    return;
  }
  if (!next) {
    l.add(`${head('the next step needs the missing facts')} asked below.`);
    return;
  }
  l.add(`${head(`next step${screenPending(view) ? ' (once the red-flag screen is clear)' : ''}:`)} ${next}`);
  // the drug the step starts, with what it adds to what the case holds (tramadol after duloxetine or with an SSRI:
  // serotonin syndrome) under it: the answer carries the strictest finding, not only the plan's safety notes
  const started = stepDrug(next);
  if (started) for (const line of newInteractionLines(l, f, started)) l.add(line);
}

/** The drug the case's next step starts ("Add duloxetine 30 mg daily ..."), if its first Do-now line starts one. */
export function proposedDrug(facts: CaseFacts): DrugId | undefined {
  const next = firstDoNow(evaluatePathway(facts), new Lines());
  return next ? stepDrug(next) : undefined;
}

/** The drug option a Do-now line starts ("Tramadol 50-100 mg every 6-8 hours ..."); an NSAID line names no one drug. */
function stepDrug(line: string): DrugId | undefined {
  for (const [option, id] of Object.entries(GUIDELINE_LINE) as [DrugOptionId, string][]) {
    if (option !== 'nsaid' && line.startsWith(getEntry(id).text)) return option;
  }
  return undefined;
}

/** "Would you get an MRI?": the radicular branch's MRI when the case has it, else no imaging, with the reason. */
function imagingAnswer(l: Lines, f: CaseFacts, view: PathwayView): void {
  if (view.recommendations.includes('radicular.mri')) {
    l.add(`**Answer: MRI: yes, if the findings would change management.** ${l.entry('radicular.mri')}`);
    if (f.consideringInterventional === undefined) l.add('- Would the patient consider an injection or surgery?');
    return;
  }
  if (f.priorMri === 'yes') {
    l.add(`**Answer: no repeat MRI:** one is on record. ${l.entry('imaging.reconciled')}`);
    return;
  }
  if (f.radicular === 'yes') {
    l.add(`**Answer: MRI only if the findings would change management.** ${l.entry('imaging.reconciled')}`);
    return;
  }
  const unknown = f.radicular === undefined || f.radicular === 'unknown';
  l.add(
    `**Answer: no imaging now:** ${unknown ? 'no radicular symptoms recorded' : 'no radicular symptoms'} and no red flag. ${l.entry('pitfall.routine-imaging')}`,
  );
  if (unknown) l.add('- Any leg pain, paresthesias (pins and needles) or weakness?');
}

/** "Any issues?", "anything unsafe?": what the case rules out among what it holds, then its warnings. */
function concernsAnswer(l: Lines, f: CaseFacts, view: PathwayView): void {
  const held = [...new Set(f.medications.filter(isHeld).map((m) => m.drug))];
  const out = held.flatMap((drug) => {
    const option = OPTION_OF[drug];
    const s = option && drugOptionStatus(f, option);
    return s && s.status === 'not-for-this-patient'
      ? [`stop ${name(drug)}: ${s.reasons.map((r) => `${r.label} ${l.marks(r.knowledgeId)}`).join('; ')}`]
      : [];
  });
  const warnings = view.warnings.filter((id) => id !== 'redflag.screen-not-completed');
  if (out.length) l.add(`**Answer: yes.** ${out.join('; ')}.`);
  else if (warnings.length)
    l.add(
      `**Answer: yes, ${warnings.length} safety note${warnings.length === 1 ? '' : 's'}:** ${l.entry(warnings[0]!)}`,
    );
  else l.add('**Answer: no safety issue found in what the case holds.**');
}

/**
 * The case's own numbers for judging a drug kept going: what is taken and for how long, and the scores now with the
 * minimal important change from them (reference section 5); undefined when the case holds none.
 */
function caseNumbers(f: CaseFacts, taken: Medication | undefined): string | undefined {
  const parts = [
    taken ? medicationLabel({ ...taken, outcome: undefined }) : '',
    f.oswestryPercent !== undefined
      ? `ODI ${f.oswestryPercent}% now${f.oswestryPercent >= MCID.oswestryPoints ? ` (${f.oswestryPercent - MCID.oswestryPoints}% or lower is a minimal important change)` : ''}`
      : '',
    f.painScore !== undefined
      ? `pain ${f.painScore}/10 now${f.painScore >= MCID.painScalePoints ? ` (${f.painScore - MCID.painScalePoints}/10 or lower)` : ''}`
      : '',
  ].filter(Boolean);
  return parts.length > (taken ? 1 : 0) ? `${parts.join('; ')}.` : undefined;
}

const asksToContinue = (question: string) =>
  QUESTION_INTENTS.some((row) => row.intent === 'continue' && row.re.test(question.toLowerCase()));

/** "Continue?": the drug asked, or what the case holds, judged now. */
function continueAnswer(l: Lines, f: CaseFacts, view: PathwayView, drug: DrugId | undefined): void {
  // an opioid its scores judged ineffective ("oxy 5 q6h x 2/52, pain 7 -> 6") is still taken unless said stopped:
  // keeping it is what is asked
  const failedOpioid = (m: Medication) =>
    m.stopped !== true && m.outcome === 'ineffective' && isOpioid(m.drug) && m.drug !== 'tramadol';
  const held = f.medications.filter((m) => isHeld(m) || failedOpioid(m));
  const opioid = drug
    ? isOpioid(drug) && drug !== 'tramadol'
    : held.some((m) => isOpioid(m.drug) && m.drug !== 'tramadol');
  if (opioid) {
    const taken = held.find((m) => (drug ? m.drug === drug : isOpioid(m.drug) && m.drug !== 'tramadol'));
    // the trial's own scores judge it when no follow-up improvement was said ("oxycodone 5 q6h x 2 wk, pain 7->6")
    const judged = taken?.outcome === 'ineffective' ? 'no' : taken?.outcome === 'effective' ? 'yes' : undefined;
    const improved = f.improvedSinceLastVisit ?? judged;
    const head =
      improved === 'yes'
        ? '**Answer: yes, at the lowest effective dose:** function has improved'
        : improved === 'no'
          ? '**Answer: no:** no meaningful improvement in function, so do not escalate; taper rather than stop abruptly'
          : '**Answer: only if function has improved meaningfully;** if not, taper rather than stop abruptly';
    l.add(
      `${head} ${l.marks('opioid.framework.reassess', improved === 'yes' ? undefined : 'opioid.cdc-no-abrupt-taper')}`,
    );
    l.add(`- ${l.entry('opioid.framework.reassess')}`);
    const numbers = caseNumbers(f, taken);
    if (numbers) l.add(`- For this patient: ${numbers} ${l.marks('instrument.mcid')}`);
    return;
  }
  const target = drug ?? held.find((m) => OPTION_OF[m.drug] !== undefined)?.drug;
  if (target && OPTION_OF[target]) {
    drugAnswer(l, f, view, 'continue', target);
    return;
  }
  nextAnswer(l, f, view);
}

/**
 * "Can I just stop the gabapentin?", "he wants off all of it, can we stop everything this week?": each drug asked (else
 * each the case holds) with the sources' tapering rule, those with none named once.
 */
function stopAnswer(l: Lines, f: CaseFacts, asked: readonly DrugId[] | undefined): void {
  const drugs = [...new Set(asked?.length ? asked : f.medications.filter(isHeld).map((m) => m.drug))];
  const tapered = drugs.filter((d) => taperRuleFor(d));
  if (!drugs.length) {
    l.add('**Answer:** the case holds no medicine taken now. Say which one to stop.');
    return;
  }
  l.add(
    tapered.length
      ? `**Answer: ${drugs.length > 1 ? 'not all at once' : 'taper rather than stop'}:** ${tapered.map(name).join(' and ')} must be tapered, not stopped abruptly ${l.marks(...tapered.map((d) => taperRuleFor(d)!.entry))}`
      : `**Answer:** the pathway's sources give no tapering rule for ${drugs.map(name).join(' or ')}.`,
  );
  for (const d of tapered) l.add(`- ${capital(name(d))}: ${taperRuleFor(d)!.rule} ${l.marks(taperRuleFor(d)!.entry)}`);
  const untapered = drugs.filter((d) => !taperRuleFor(d));
  if (tapered.length && untapered.length)
    l.add(`- ${capital(untapered.map(name).join(', '))}: no tapering rule in the pathway's sources.`);
}

/**
 * Whether a finding just said matters: "does that matter?", "does it change things?", "still ok?", "is that a
 * problem?", "should I worry?". Each phrasing is an example in test/walkthrough/new-facts-asked.test.ts.
 */
export const ASKS_IF_IT_MATTERS =
  /\b(?:does (?:that|this|it) (?:matter|change (?:things|anything|the plan|much)|make a difference|affect (?:things|anything|the plan))|(?:is|still) (?:that |this |it )?(?:ok|okay|fine|safe|alright)\b|(?:is (?:that|this|it)|any) (?:a )?(?:problem|issue|concern)|should (?:i|we) (?:worry|be worried)|significant|relevant|implications?)/i;

const NSAID_DRUGS: ReadonlySet<DrugId> = new Set(['naproxen', 'ibuprofen', 'other-nsaid'] as DrugId[]);

/** The drugs the case holds now or recommends (its "Do now" options), by the FINDING_NOTES drug names. */
function concernedDrugs(f: CaseFacts, view: PathwayView): Set<string> {
  const held = f.medications.filter(isHeld).map((m) => m.drug as string);
  const offered = view.options
    .filter(
      (s) => s.status === 'recommended' || s.status === 'current-below-target' || s.status === 'current-at-target',
    )
    .flatMap((s) => (s.option === 'nsaid' ? ['nsaid'] : [s.option as string]));
  return new Set([...held.map((d) => (NSAID_DRUGS.has(d as DrugId) ? 'nsaid' : d)), ...offered]);
}

/**
 * "her sodium came back at 128, does that matter?", "LFTs deranged", "he is 80 now, still ok?": the finding
 * recorded, and each note the sources give about it for a drug this patient takes or is offered (FINDING_NOTES).
 * The finding is never judged against a cut-off the sources do not give.
 */
function findingsSection(l: Lines, f: CaseFacts, view: PathwayView, patch: Partial<CaseFacts>): void {
  const drugs = concernedDrugs(f, view);
  const said: [string, keyof typeof FINDING_NOTES][] = [];
  if (patch.sodiumMmolL !== undefined) said.push([`Sodium ${patch.sodiumMmolL} mmol/L`, 'sodium']);
  if (patch.liverTestsAbnormal === 'yes') said.push(['Abnormal liver tests', 'liver-tests']);
  if (patch.age !== undefined && said.length === 0) said.push([`Age ${patch.age}`, 'age']);
  for (const [what, finding] of said) {
    const notes = FINDING_NOTES[finding].filter((n) => n.drugs.some((d) => drugs.has(d)));
    const hedge =
      finding === 'liver-tests' ? ' (the sources speak of liver disease and cirrhosis, not a test result)' : '';
    l.add(
      notes.length
        ? `**${what}, recorded: it matters for ${[...new Set(notes.flatMap((n) => n.drugs))].map((d) => (d === 'nsaid' ? 'NSAIDs' : d)).join(', ')}${hedge}.**`
        : `**${what}, recorded:** the pathway's sources say nothing about it for this patient's medicines.`,
    );
    for (const n of notes) l.add(`- ${l.entry(n.entry)}`);
  }
}

/** A case summary in square brackets at the start of a question ("[case so far: ...]"): bounded, linear. */
const CASE_SUMMARY_BRACKET = /^\s*\[[^\]]{0,800}\]/;

function answerSection(l: Lines, input: LeadInput, question: string, requested?: DrugId): void {
  const { facts: f, view, ex } = input;
  // "[case so far: ... duloxetine 60 mg ...] anything else?": the bracketed summary is the case, not the question
  const asking = question.replace(CASE_SUMMARY_BRACKET, ' ');
  const asked = requested ? [requested] : findDrugs(asking.toLowerCase()).map((m) => m.drug);
  // a drugless question is about the drug the sentence before names ("I wondered about gabapentin. What dose?")
  const context = asked.length ? [] : findDrugs((ex?.questionContext ?? '').toLowerCase()).map((m) => m.drug);
  const proposed = (ex?.proposals ?? []).map((m) => m.drug);
  // "?tramadol", "tramadol?", "what about gabapentin for him?": a pathway drug asked with no other intent is asked
  // as an option for this patient
  const option = [...asked, ...context].some((d) => OPTION_OF[d] !== undefined || isOpioid(d));
  if (view.status !== 'urgent' && screenIncomplete(f) && CLEARS_SCREEN.test(question.toLowerCase())) {
    screenAnswer(l, f, view);
    return;
  }
  // "counts as failed?": the trial judged; a question naming no trial the case holds is read for its other intent
  // (what counts as a failure is asked whatever word comes first: "how much week before I can say it failed")
  const asksFailed = questionIntent(question) === 'failed' || TRIAL_QUESTION.test(question.toLowerCase());
  if (asksFailed && view.status !== 'urgent' && failedAnswer(l, f, asked.at(-1), ex?.patch.medications ?? [])) return;
  const intent =
    questionIntent(question, asksFailed ? 'failed' : undefined) ??
    (option || (asked.length && QUERIED_DRUG.test(question)) ? 'safe' : undefined);
  if (!intent) return;
  const options = new Set(asked.flatMap((d) => OPTION_OF[d] ?? []));
  if (!requested && asksOptionChoice(question)) return;
  // "she's on fluvoxamine now - does that change which one?": the choice is the comparison's, judged against the case
  if (!options.size && WHICH_OPTION.test(asking.toLowerCase())) return;
  // "can he take duloxetine with the aspirin?": of a pair, the pathway's drug is answered (its pairs with the case's
  // medicines said with it), never "aspirin is not one of the pathway's options"
  const pathwayAsked = asked.length > 1 ? asked.findLast((d) => OPTION_OF[d] !== undefined) : undefined;
  const drug =
    pathwayAsked ??
    asked.at(-1) ??
    context.at(-1) ??
    proposed.at(-1) ??
    (intent === 'increase' ? raisedDrug(f, question) : undefined);
  const named = asked.length > 0 || context.length > 0;
  if (view.status === 'urgent') {
    // "should I ..." reads as a change of treatment; with no drug named and the next step asked for, the answer is
    // what comes first in a paused case: the urgent evaluation
    const paused = intent === 'safe' && !named && asksNextStep(question) ? 'next' : intent;
    pausedAnswer(l, view, drug && (named || paused !== 'next') ? name(drug) : SUBJECT[paused], paused);
    return;
  }
  if (view.activeSteps.includes('notChronic')) {
    l.add(`**Answer: not from this pathway.** ${notChronicText(l, f)}`);
    return;
  }
  if (intent === 'refer') {
    // "Continue? refer anyway?": both asked; the drug's verdict first, then the referral's
    const both = asksToContinue(question);
    if (both) continueAnswer(l, f, view, named ? drug : undefined);
    const head = both ? '**Referral:' : '**Answer:';
    const triggers = referralTriggers(f);
    if (triggers.length) l.add(`${head} refer, yes.** ${triggerLine(l, triggers)}`);
    else
      l.add(
        `${head} not yet on what the case holds.** The guideline refers after 12 weeks of optimised therapy without meaningful improvement, for significant functional disability, STarT Back high risk, or when an interventional procedure is considered ${l.marks('referral.persistent-pain-12-weeks')}`,
      );
    return;
  }
  if (intent === 'imaging') {
    imagingAnswer(l, f, view);
    return;
  }
  if (intent === 'review') {
    reviewAnswer(l, f, drug);
    return;
  }
  if (intent === 'concerns' && !named) {
    concernsAnswer(l, f, view);
    return;
  }
  if (intent === 'continue') {
    continueAnswer(l, f, view, named ? drug : undefined);
    return;
  }
  if (intent === 'stop') {
    stopAnswer(l, f, named ? asked.concat(context) : undefined);
    return;
  }
  const opioidAsked = intent === 'opioid' || (drug !== undefined && isOpioid(drug) && drug !== 'tramadol');
  if (opioidAsked && intent !== 'dose' && intent !== 'increase') {
    opioidSection(l, f, view, ex, true);
    return;
  }
  if (opioidAsked && intent === 'increase') {
    opioidIncreaseAnswer(l, f, question, drug, ex?.questionContext);
    return;
  }
  if (drug !== undefined && (intent !== 'next' || named)) {
    drugAnswer(l, f, view, intent, drug);
    return;
  }
  if (intent === 'increase') {
    l.add('**Answer: no drug the case holds is below its adequate dose.** Say which drug, or its dose.');
    return;
  }
  nextAnswer(l, f, view);
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * "Percocet 5/325 1-2 tabs q6h prn (max 8/day)" with "Tylenol Extra Strength 500 mg 2 tabs tid": the case's
 * acetaminophen added up across its products with each named (clinical-reference section 2), against the adult
 * maximum; a range or as-needed regimen counts the most it allows (section 4). Shown when more than one product
 * carries it or the total is over the maximum; a product whose doses a day are not recorded is named, the total a floor.
 */
function acetaminophenSection(l: Lines, f: CaseFacts, said: readonly Medication[] = []): void {
  const held = f.medications.filter(isHeld);
  const { counted, total, max } = acetaminophenCounted(f);
  // a combination tablet (its acetaminophen hidden in it) or acetaminophen counted in tablets ("2 tabs qds" with the
  // strength answered) named in this message: its daily amount is shown (reference section 2)
  const named = said.some(
    (m) =>
      (m.drug === 'acetaminophen' ? m.tablets !== undefined : m.acetaminophenMg !== undefined) &&
      held.some((h) => sameMedication(h, m)),
  );
  const uncounted = held.filter(acetaminophenUncounted);
  if (!counted.length || (!named && counted.length + uncounted.length < 2 && total <= max)) return;
  const name = (m: Medication): string => {
    const n = m.product ?? medicationName(m);
    return n.charAt(0).toUpperCase() + n.slice(1);
  };
  const parts = counted.map(({ m, mg }) => `${name(m)} ${m.mostDailyMg !== undefined ? 'up to ' : ''}${fmt(mg)}`);
  const atMost = counted.some(({ m }) => m.mostDailyMg !== undefined) ? ' (the most the prescriptions allow)' : '';
  const where = total > max ? 'above' : total === max ? 'at' : 'within';
  const floor = uncounted.length
    ? `; not counted: ${uncounted.map((m) => `${name(m)} (${uncountedReason(m)})`).join(', ')}, so at least this`
    : '';
  l.add(
    `**Acetaminophen taken now:** ${parts.length > 1 ? `${parts.join(' + ')} = ` : `${parts[0]!.replace(/ [\d,]+$/, '')} `}${fmt(total)} mg/day${atMost}: ${where} the adult maximum of ${fmt(max)} mg/day from all sources${floor} ${l.marks('label.acetaminophen')}`,
  );
}

/** The case's acetaminophen a day in each product that carries it, their total, and the adult maximum. */
function acetaminophenCounted(f: CaseFacts): { counted: { m: Medication; mg: number }[]; total: number; max: number } {
  const counted = f.medications.filter(isHeld).flatMap((m) => {
    const mg = acetaminophenDailyMg(m);
    return mg === undefined ? [] : [{ m, mg }];
  });
  const total = counted.reduce((s, c) => s + c.mg, 0);
  return { counted, total, max: dosingFor('acetaminophen').label.maxDailyMg ?? 4000 };
}

/** The case's acetaminophen, all products added up, is over the adult maximum. */
function acetaminophenOverMax(f: CaseFacts): boolean {
  const { total, max } = acetaminophenCounted(f);
  return total > max;
}

/**
 * "f/u: pain 6 to 4 but ODI 40 to 52": pain and the ODI said together, each against its minimal important change
 * (reference section 5), and the guideline's weight on function when they disagree (monitoring lines, cited).
 */
function scoresSection(l: Lines, text: string): void {
  const changes = readScoreChanges(text.toLowerCase());
  if (changes.length < 2) return;
  const { worked, disagree, weighs } = weighed(changes);
  const weigh = disagree
    ? ` ${weighs.charAt(0).toUpperCase()}${weighs.slice(1)} ${l.marks('monitor.functional-goals', 'monitor.validated-tools')}`
    : '';
  l.add(
    `**Scores:** ${worked.map((w) => `${w.said}: ${w.verdict}`).join('; ')} ${l.marks('instrument.mcid')}.${weigh}`,
  );
}

/** Same drug and product: one case medication. */
const sameMedication = (a: Medication, b: Medication): boolean => a.drug === b.drug && a.product === b.product;

/**
 * "paracetamol 2 tabs qds": plain acetaminophen counted in tablets with no strength. The strength is asked, never
 * guessed (clinical-reference.md section 2); the reply "500 mg" or "the extra strength ones" counts it
 * (tablet-detail.ts). Shown when this message named it.
 */
function strengthAskSection(l: Lines, f: CaseFacts, said: readonly Medication[]): void {
  for (const d of missingTabletDetails(f)) {
    if (d.kind !== 'strength' || !said.some((m) => sameMedication(m, d.medication))) continue;
    const how = medicationLabel({ ...d.medication, outcome: undefined } as Medication).replace(
      / \(strength not given\)/,
      '',
    );
    l.add(
      `**${how.charAt(0).toUpperCase()}${how.slice(1)}: what strength is each tablet?** ${tabletStrengthsText('acetaminophen')}, e.g. "500 mg". No acetaminophen total until then ${l.marks('label.acetaminophen')}`,
    );
  }
}

/**
 * A held drug taken above its label's single-dose or daily maximum ("ibuprofen 3 x 400mg tds", "ibuprofen 1200 mg
 * tds"): said first, as the quick dose check says it (clinical-reference section 2). Acetaminophen has its own
 * all-sources line above.
 */
function aboveLabelSection(l: Lines, f: CaseFacts): void {
  for (const m of f.medications.filter(isHeld)) {
    const over = labelExcess(m);
    if (!over) continue;
    const name = medicationName(m);
    const parts = [
      over.overDayMaxMg !== undefined ? `above the label maximum of ${fmt(over.overDayMaxMg)} mg/day` : '',
      over.overDoseMaxMg !== undefined
        ? `${fmt(m.doseMg!)} mg a dose is above the single-dose maximum of ${fmt(over.overDoseMaxMg)} mg`
        : '',
    ].filter(Boolean);
    l.add(
      `**${name.charAt(0).toUpperCase()}${name.slice(1)} taken now:** ${fmt(m.doseMg!)} mg x ${m.timesPerDay}/day = ${fmt(over.daily)} mg/day: ${parts.join('; ')} ${l.marks(over.knowledgeId)}`,
    );
  }
  rowExcessSection(l, f);
}

/**
 * A held drug within its label but past this patient's own row ("tramadol 50 mg qds" with CrCl < 30: every 12 h,
 * at most 200 mg/day): said first, as the quick dose check says it. `was`: the facts before this turn, when only a
 * change this turn made (a creatinine, an age) is said.
 */
function rowExcessSection(l: Lines, f: CaseFacts, was?: CaseFacts): void {
  for (const m of f.medications.filter(isHeld)) {
    const x = labelExcess(m) ? undefined : patientRowExcess(f, m);
    if (!x) continue;
    const before = was?.medications.find((b) => sameMedication(b, m) && b.doseMg === m.doseMg);
    if (was && before && patientRowExcess(was, before)?.row.text === x.row.text) continue;
    const name = medicationName(m);
    l.add(
      `**${name.charAt(0).toUpperCase()}${name.slice(1)} taken now:** ${fmt(m.doseMg!)} mg x ${m.timesPerDay}/day = ${fmt(m.doseMg! * m.timesPerDay!)} mg/day: ${rowExcessText(x)} ${l.marks(rowId(x))}`,
    );
  }
}

/** A later turn's fact (a creatinine with age and weight, an age) that puts a drug taken now past its row: first. */
export function rowExcessMessage(was: CaseFacts, now: CaseFacts): OutputMessage | undefined {
  const l = new Lines();
  rowExcessSection(l, now, was);
  if (!l.out.length) return undefined;
  const citations = l.book.list();
  return { text: joinLines(l.out), ...(citations.length ? { citations } : {}) };
}

/**
 * A relative's or companion's own medicine asked about ("His mother is on morphine - does that matter for his
 * numbers?"): said first, naming the person, that the case does not count it (the case holds only the patient's own
 * medicines); the answer for the patient follows.
 */
export function companionMedicineLine(c: CompanionMedicine): string {
  const whose = c.patientPronoun ?? "the patient's";
  const own = c.patientPronoun ? `${c.patientPronoun} own` : "the patient's own";
  const owner = `${c.who.charAt(0).toUpperCase()}${c.who.slice(1)}`;
  const person = c.who.includes(' ') ? c.who : `the ${c.who}`;
  // "he's asking to try hers": no, it is the person's prescription, not the patient's
  if (c.sharing)
    return `**No: ${person}'s ${c.typed} is prescribed for ${person}, not for ${c.patientPronoun === 'his' ? 'him' : c.patientPronoun === 'her' ? 'her' : 'the patient'}:** it is not added to ${whose} case, which holds only ${own} medicines.`;
  return `**${owner}'s ${c.typed} is not counted in ${whose} ${isOpioid(c.drug) ? 'MME' : 'case'}:** the case holds only ${own} medicines.`;
}

/**
 * A pathway drug the patient declined ("refused duloxetine (worried about side effects)"): a refusal is neither a
 * contraindication nor a failed trial, so the option stays open for discussion; non-drug therapy goes on meanwhile.
 * Tramadol is for when duloxetine and NSAIDs are contraindicated or ineffective (guideline): after a refusal of one of
 * them, starting it is the clinician's judgement, said so.
 */
function declinedLine(l: Lines, drug: DrugId): void {
  const first = OPTION_OF[drug] === 'duloxetine' || drugClassOf(drug) === 'nsaid';
  l.add(
    `**${name(drug).charAt(0).toUpperCase()}${name(drug).slice(1)}: declined by the patient.** A refusal is neither a contraindication nor a failed trial, so it stays open: discuss the concern. Meanwhile, non-drug therapy ${l.marks('nondrug.exercise')}.${first ? ` Tramadol is for when duloxetine and NSAIDs are contraindicated or ineffective ${l.marks(GUIDELINE_LINE.tramadol)}: after a refusal, that is a judgement call.` : ''}`,
  );
}

/** The text's last `n` sentences (a question and the statement before it). */
function lastSentences(text: string, n: number): string {
  const ends = [...text.trimEnd().matchAll(/[.?!](?:\s|$)/g)].map((m) => m.index + 1);
  const from = ends.length > n ? ends[ends.length - n - 1]! : 0;
  return text.slice(from).trim();
}

/** The message before the step: undefined when there is nothing to say first. */
export function leadMessage(input: LeadInput): OutputMessage | undefined {
  const { facts: f, view, ex } = input;
  const l = new Lines();
  // the relative's medicine said in the question, or in the sentence just before it ("His wife is on gabapentin
  // and he wants to try it. Thoughts?")
  // and, with no question, a relative's medicine said in a description ("her husband takes sertraline"): said so too
  const companion = ex?.question
    ? (companionMedicineAsked(`${ex.questionContext ?? ''} ${ex.question}`.trim()) ??
      (input.text ? companionMedicineAsked(lastSentences(input.text, 2)) : undefined))
    : input.text
      ? companionMedicineAsked(input.text)
      : undefined;
  if (companion) l.add(companionMedicineLine(companion));
  for (const m of ex?.patch.medications ?? []) if (m.declined && OPTION_OF[m.drug]) declinedLine(l, m.drug);
  const pdmp = input.text ? pdmpOtherPrescriber(input.text) : undefined;
  if (pdmp)
    l.add(
      `**PDMP: ${pdmpDrugText(pdmp)} from another prescriber, counted in this case's MME.** ${l.entry('opioid.cdc-pdmp')}`,
    );
  // "her daughter is on tramadol - any interaction?": the relative's drug with this patient's own medicines
  if (companion && ex?.question && /\binteract/i.test(ex.question)) {
    const before = new Set(caseInteractions(f));
    const ids = caseInteractions(f, [companion.drug]).filter((id) => !before.has(id));
    const who = companion.patientPronoun === 'his' ? 'he' : companion.patientPronoun === 'her' ? 'she' : 'the patient';
    l.add(
      ids.length
        ? `**If ${who} took it:** ${ids.map((id) => l.entry(id)).join(' ')}`
        : `**If ${who} took it:** no interaction with ${companion.patientPronoun ?? "the patient's"} own medicines in this pathway's list; use a full interaction reference.`,
    );
  }
  // a finding said with its question ("her sodium came back at 128, does that matter?"): what the sources say of it
  // for this patient's drugs, first
  if (ex?.patch && ex.question && ASKS_IF_IT_MATTERS.test(ex.question)) findingsSection(l, f, view, ex.patch);
  // a drugless question about the relative's medicine is asked of it, for this patient
  if (ex?.question)
    // ("His wife takes pregabalin - worth trying?"); "Next?" still asks the case's next step, not about that drug
    answerSection(
      l,
      input,
      ex.question,
      companion && !findDrugs(ex.question).length && !asksNextStep(ex.question) ? companion.drug : undefined,
    );
  else {
    // a request with no question ("wants to try Cymbalta, friend takes it"): the drug proposed, judged for this
    // patient; a proposed opioid is judged against the gate below
    const requested = (ex?.proposals ?? []).map((m) => m.drug).find((d) => OPTION_OF[d] !== undefined);
    if (requested) answerSection(l, input, '', requested);
  }
  const answeredOpioids = l.out.some(
    (line) => line.startsWith('**Answer: opioid start') || line.startsWith(SUPPLY_HOLD_LEAD),
  );
  // a PDMP risk finding said now and not yet weighed: why the gate waits, when no opioid answer above says it
  if (!answeredOpioids && f.pdmpRiskFinding === 'yes' && input.text && pdmpRiskFinding(input.text) === 'yes')
    l.add(
      `**PDMP or pharmacy risk finding: the opioid gate waits for your judgement.** ${l.entry('opioid.last-resort')}`,
    );
  if (view.status !== 'urgent' && view.activeSteps.includes('notChronic')) {
    if (!l.out.length) l.add(`**Not chronic pain.** ${notChronicText(l, f)}`);
  } else if (view.status !== 'urgent') {
    if (input.text) scoresSection(l, input.text);
    const said = ex?.patch.medications ?? [];
    // the acetaminophen total over the adult maximum leads the MME ("oh and she takes co-codamol 30/500 2 qds")
    const overMax = acetaminophenOverMax(f);
    if (overMax) acetaminophenSection(l, f, said);
    if (!answeredOpioids) opioidSection(l, f, view, ex, false);
    strengthAskSection(l, f, said);
    if (!overMax) acetaminophenSection(l, f, said);
    aboveLabelSection(l, f);
    const triggers = referralTriggers(f);
    // the short step's referral line shows one trigger's words: every trigger present is named here
    const shown = focusIds(view).some((ids) => ids.some((id) => id.startsWith('referral.')));
    const answered = l.out.some((line) => line.startsWith('**Answer: refer'));
    if (triggers.length && (!shown || triggers.length > 1) && !answered)
      l.add(`**Referral indicated:** ${triggerLine(l, triggers)}`);
  }
  if (!l.out.length) return undefined;
  mmeNote(l);
  const citations = l.book.list();
  return { text: joinLines(l.out), ...(citations.length ? { citations } : {}) };
}

/** A figure in MME/day ("80 MME/day", "Now 45 MME/day"). */
const MME_FIGURE = /\d MME\/day/;
/**
 * Every MME figure goes with what it is (clinical-reference.md section 4: "say that on every result"): once, after
 * the last line that shows one, unless a line already says it.
 */
function mmeNote(l: Lines): void {
  const last = l.out.findLastIndex((line) => MME_FIGURE.test(line));
  if (last < 0 || l.out.some((line) => line.includes('conversion table'))) return;
  l.out.splice(
    last + 1,
    0,
    `- MME estimates overdose risk; it is not a conversion table for switching opioids. ${l.marks('mme.not-for-conversion')}`,
  );
}

/**
 * A later turn's question about this patient ("Shall I go up to 60?", "Could I add tramadol?"): its answer with the
 * case, alone (the quick answer may follow); undefined when the question has no intent the case answers.
 */
export function caseAnswerMessage(input: LeadInput): OutputMessage | undefined {
  const l = new Lines();
  if (input.ex?.question) answerSection(l, input, input.ex.question);
  if (!l.out.length) return undefined;
  mmeNote(l);
  const citations = l.book.list();
  return { text: joinLines(l.out), ...(citations.length ? { citations } : {}) };
}

/** Bullets stay together under their heading; other lines are paragraphs. */
function joinLines(lines: readonly string[]): string {
  return lines.reduce((out, line, i) => (i === 0 ? line : `${out}${line.startsWith('- ') ? '\n' : '\n\n'}${line}`), '');
}

/**
 * The dose taken beside the adequate dose it is judged by: "(400 mg/day; adequate from 150)", so the adequate
 * threshold is never read as the patient's own dose.
 */
function takenDoseText(dailyMg: number | undefined, targetDailyMg: number | undefined): string {
  if (dailyMg !== undefined)
    return ` (${fmt(dailyMg)} mg/day${targetDailyMg !== undefined && dailyMg !== targetDailyMg ? `; adequate from ${fmt(targetDailyMg)}` : ''})`;
  return targetDailyMg !== undefined ? ` (adequate from ${fmt(targetDailyMg)} mg/day)` : '';
}
