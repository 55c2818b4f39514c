import { capital } from '../capital.js';
import type { FactKey, Medication } from '../../src/clinical/case/case-facts.js';
import type { OptionStatus } from '../../src/clinical/case/option-status.js';
import { drugNames } from '../../src/clinical/knowledge/drug-catalogue.js';
import { redFlagGroups, type RedFlagGroupId } from '../../src/clinical/knowledge/red-flags.js';
import { conceptHits } from '../../src/clinical/language/concept-hits.js';
import { normalize } from '../../src/clinical/language/normalize.js';
import { FACT_PRIORITY } from '../../machines/missing-facts.js';
import type { PathwayView } from '../../machines/pathway-view.js';

export interface Question {
  /** Short name of the fact, e.g. in "Not known: duloxetine trial". */
  label: string;
  /** One short question; doses and thresholds stay in src/knowledge/, so none appear here. */
  ask: string;
  /** The question in a few words, for the "Still needed" list of a step or plan (stillNeeded below). */
  short: string;
  /** Typed-answer hint shown under the quick choices. */
  hint: string;
  /** Quick choices: each is sent as typed text through the same reader as a typed answer. */
  choices: string[];
}

const YES_NO: string[] = ['Yes', 'No', 'Not sure'];

// ---------------------------------------------------------------------------------------------------------------
// The red-flag question, named sign by sign from the reference's groups (src/clinical/knowledge/red-flags.ts `ask`)

export interface RedFlagSign {
  group: RedFlagGroupId;
  /** The sign as the question names it ("saddle anaesthesia", "new bladder or bowel changes"). */
  text: string;
}

/** Every sign the red-flag question names, in the reference's order: each group's `ask`, one phrase per sign. */
export const RED_FLAG_SIGNS: readonly RedFlagSign[] = redFlagGroups.flatMap((g) =>
  g.ask.split(', ').map((text) => ({ group: g.id, text })),
);

/** The signs, grouped as the reference groups them: "a, b, c; d or e; ...". */
function signList(signs: readonly RedFlagSign[]): string {
  const groups = redFlagGroups
    .map((g) => signs.filter((s) => s.group === g.id).map((s) => s.text))
    .filter((texts) => texts.length);
  return groups.map((texts) => texts.join(', ')).join('; ');
}

/**
 * The red-flag question: every sign by name; with some already answered ("no saddle anaesthesia"), only the others.
 * `answered` holds sign texts of RED_FLAG_SIGNS (answeredRedFlagSigns).
 */
export function redFlagAsk(answered: ReadonlySet<string> = new Set()): string {
  const open = RED_FLAG_SIGNS.filter((s) => !answered.has(s.text));
  if (open.length === RED_FLAG_SIGNS.length) return `Any red flags on screening: ${signList(open)}?`;
  if (!open.length) return 'Any other red flag?';
  return `Red-flag screen, still to ask: ${signList(open)}?`;
}

/**
 * Words that answer a sign when a red-flag finding is denied ("no saddle numbness", "bowels normal", "afebrile"):
 * the denied phrase holds one of them. A sign with "or" ("new bladder or bowel changes") is answered only when each
 * alternative is. Each row's example is a denied phrase it must read (test/walkthrough/still-needed.test.ts).
 */
export const SIGN_WORDS: readonly { sign: string; alternatives: readonly (readonly string[])[]; example: string }[] = [
  { sign: 'saddle anaesthesia', alternatives: [['saddle', 'perineal', 'perianal']], example: 'no saddle numbness' },
  {
    sign: 'new bladder or bowel changes',
    alternatives: [
      ['bladder', 'urin', 'continent', 'retention', 'voiding'],
      ['bowel', 'faecal', 'fecal', 'stool'],
    ],
    example: 'no bladder or bowel change',
  },
  { sign: 'bilateral leg weakness', alternatives: [['weak', 'power', 'strength']], example: 'no leg weakness' },
  {
    sign: 'worsening weakness or new foot drop',
    alternatives: [
      ['weak', 'power'],
      ['foot drop', 'drop foot'],
    ],
    example: 'no worsening weakness or foot drop',
  },
  {
    sign: 'fever with IV drug use',
    alternatives: [['fever', 'febrile', 'pyrex', 'temp']],
    example: 'no fever',
  },
  {
    sign: 'immunosuppression or a recent infection',
    alternatives: [['immun'], ['infection']],
    example: 'not immunosuppressed, no recent infection',
  },
  {
    sign: 'cancer history',
    alternatives: [['cancer', 'malignan', 'carcinoma', 'ca hx', 'hx ca', 'mets']],
    example: 'no cancer history',
  },
  { sign: 'weight loss', alternatives: [['weight', 'wt']], example: 'no weight loss' },
  { sign: 'night pain', alternatives: [['night', 'nocturnal']], example: 'no night pain' },
  { sign: 'trauma', alternatives: [['trauma', 'fall', 'fell', 'accident']], example: 'no trauma' },
  { sign: 'osteoporosis', alternatives: [['osteopor']], example: 'no osteoporosis' },
  { sign: 'long-term steroids', alternatives: [['steroid', 'prednis']], example: 'no long-term steroids' },
];

/** The red-flag signs this text denies (the language layer's red-flag findings read as absent), by sign text. */
export function answeredRedFlagSigns(text: string): Set<string> {
  const norm = normalize(text);
  const denied = conceptHits(norm)
    // leg weakness denied is read as a radicular fact ("no leg weakness"): it answers the weakness signs too
    .filter((h) => (h.kind.fact === 'redFlag' || h.kind.fact === 'radicular') && h.polarity === 'absent')
    .map((h) => norm.slice(h.start, h.end).toLowerCase());
  const out = new Set<string>();
  for (const row of SIGN_WORDS) {
    const each = row.alternatives.every((words) => denied.some((d) => words.some((w) => d.includes(w))));
    if (each) out.add(row.sign);
  }
  return out;
}

/** The walk-through's question for each fact the pathway can ask for. */
export const QUESTIONS: Record<FactKey, Question> = {
  redFlags: {
    label: 'red flags',
    ask: redFlagAsk(),
    short: redFlagAsk(),
    // "Not sure" or "not asked yet" leaves the screen not completed (reference section 6), never "none" or "present".
    hint: 'e.g. "none", "night pain and weight loss", "not asked yet"',
    choices: ['None', 'Yes', 'Not sure'],
  },
  painDurationWeeks: {
    label: 'pain duration',
    ask: 'How long has the back pain lasted?',
    short: 'How long has the pain lasted?',
    hint: 'e.g. "9 months", "14 weeks"',
    choices: ['3 months', '6 months', '1 year'],
  },
  nsaidTrial: {
    label: 'NSAID trial',
    ask: 'Has an NSAID been tried? Which one, what dose, and how did it go?',
    short: 'Has an NSAID been tried (which, what dose, did it help)?',
    hint: 'e.g. "naproxen 250 bid 6 weeks, no relief", "not tried", "contraindicated"',
    choices: ['Not tried', 'No relief', 'Not tolerated'],
  },
  duloxetineTrial: {
    label: 'duloxetine trial',
    ask: 'Has duloxetine been tried? At what dose, and how did it go?',
    short: 'Has duloxetine been tried (what dose, did it help)?',
    hint: 'e.g. "60 mg daily 8 weeks, partial", "not tried", "stopped for nausea"',
    choices: ['Not tried', 'No relief', 'Not tolerated'],
  },
  heavyAlcohol: {
    label: 'heavy alcohol use',
    ask: 'Is the alcohol use heavy? (Duloxetine: avoid in heavy alcohol use; the reference sets no amount.)',
    short: 'Is the alcohol use heavy?',
    hint: '"heavy", "not heavy", "not sure"',
    choices: ['Heavy', 'Not heavy', 'Not sure'],
  },
  tramadolTrial: {
    label: 'tramadol trial',
    ask: 'Has tramadol been tried, and how did it go?',
    short: 'Has tramadol been tried, and did it help?',
    hint: 'e.g. "50 q6h, no relief", "not tried", "contraindicated"',
    choices: ['Not tried', 'No relief', 'Not tolerated'],
  },
  // Derived from the medication list by the statechart; typed answers only, should it ever be asked.
  acetaminophenOnly: {
    label: 'acetaminophen only',
    ask: 'Is acetaminophen the only pain medicine so far?',
    short: 'Acetaminophen the only pain medicine so far?',
    hint: '"yes" or "no"',
    choices: [],
  },
  nonDrugTherapies: {
    label: 'non-drug therapies',
    ask: 'Which non-drug therapies has the patient done (exercise or PT, multidisciplinary rehab, acupuncture, mindfulness, CBT, yoga, manipulation, massage)?',
    short: 'What exercise or other non-drug therapy has been done?',
    hint: 'e.g. "8 weeks of PT, no change", "none yet"',
    choices: ['None yet', 'PT, no benefit', 'PT, partial'],
  },
  radicular: {
    label: 'radicular symptoms',
    ask: 'Any radicular symptoms: leg pain, paresthesias or weakness (present or suspected)?',
    short: 'Radicular symptoms: leg pain, paresthesias (pins and needles) or weakness?',
    hint: '"yes", "no", "not sure"',
    choices: YES_NO,
  },
  priorMri: {
    label: 'prior MRI',
    ask: 'Has the patient had a lumbar MRI already?',
    short: 'Prior lumbar MRI?',
    hint: '"yes", "no"',
    choices: YES_NO,
  },
  age: {
    label: 'age',
    ask: 'How old is the patient?',
    short: 'Age?',
    hint: 'a number of years, e.g. "58"',
    choices: [],
  },
  renalFunction: {
    label: 'kidney function',
    ask: 'Kidney function (CrCl, eGFR or CKD stage)?',
    short: 'Kidney function: eGFR or CrCl?',
    hint: 'e.g. "CrCl 45", "eGFR 90", "normal"',
    choices: ['Normal', 'CKD', 'Not sure'],
  },
  conditions: {
    label: 'other conditions',
    ask: 'Any of: CKD, liver disease, heavy alcohol use, prior GI bleed, cardiovascular disease, seizures, COPD, substance use disorder?',
    short: 'Kidney, liver or heart disease, heart failure, GI bleed, seizures, alcohol or drug misuse?',
    hint: 'e.g. "none", "prior GI bleed"',
    choices: ['None', 'Not sure'],
  },
  psychosocial: {
    label: 'psychosocial factors',
    ask: 'Psychosocial factors: depression, anxiety, catastrophizing, work dissatisfaction?',
    short: 'Depression, anxiety or other psychosocial factors?',
    hint: 'e.g. "none", "depression and fear of movement"',
    choices: ['None', 'Depression', 'Not sure'],
  },
  startBack: {
    label: 'STarT Back',
    ask: 'STarT Back score (total 0-9 and psychosocial subscale 0-5)?',
    short: 'STarT Back score?',
    hint: 'e.g. "6, psychosocial 4", "not done"',
    choices: ['Not done'],
  },
  oswestry: {
    label: 'Oswestry',
    ask: 'Oswestry Disability Index (%)?',
    short: 'Oswestry (ODI %)?',
    hint: 'e.g. "ODI 48", "not done"',
    choices: ['Not done'],
  },
  weeksOptimizedTherapy: {
    label: 'weeks of optimized therapy',
    ask: 'How many weeks of optimized drug and non-drug therapy so far?',
    short: 'How many weeks of optimised therapy so far?',
    hint: 'e.g. "6 weeks", "12 weeks"',
    choices: ['4 weeks', '8 weeks', '12 weeks'],
  },
  functionalDisability: {
    label: 'functional disability',
    ask: 'Does the pain significantly interfere with work or daily activities?',
    short: 'Does the pain limit work or daily activities?',
    hint: '"yes", "no"',
    choices: YES_NO,
  },
  consideringInterventional: {
    label: 'interventional procedure',
    ask: 'Is an interventional procedure being considered (epidural steroid injection, nerve block, spinal cord stimulation)?',
    short: 'Is an injection or other procedure being considered?',
    hint: '"yes", "no"',
    choices: YES_NO,
  },
  opioidRiskAssessment: {
    label: 'opioid risk assessment',
    ask: 'Has a risk assessment been done: substance use disorder screen, mental health, concurrent sedatives?',
    short: 'Risk assessment done: substance use, mental health, benzodiazepines or other sedatives?',
    hint: '"yes", "no"',
    choices: ['Yes', 'No'],
  },
  opioidDiscussion: {
    label: 'opioid discussion',
    ask: 'Has the patient been told the realistic benefits, the serious risks and the monitoring plan?',
    short: 'Benefits, risks and monitoring discussed with the patient?',
    hint: '"yes", "no"',
    choices: ['Yes', 'No'],
  },
  improvedSinceLastVisit: {
    label: 'improvement since last visit',
    ask: 'Since the last change, have pain and function improved?',
    short: 'Pain and function better since the last change?',
    hint: '"yes", "partly", "no"',
    choices: ['Yes', 'Partly', 'No'],
  },
  // Asked at the opioid gate only: an adequate trial is the adequate dose for at least 4 weeks (reference v2).
  nsaidTrialWeeks: {
    label: 'NSAID trial duration',
    ask: 'For how many weeks was the NSAID taken at the adequate dose?',
    short: 'For how long was the NSAID taken at that dose?',
    hint: 'e.g. "8 weeks", "3 months"',
    choices: ['2 weeks', '4 weeks', '8 weeks'],
  },
  duloxetineTrialWeeks: {
    label: 'duloxetine trial duration',
    ask: 'For how many weeks was duloxetine taken at 60 mg daily?',
    short: 'For how long was duloxetine taken at 60 mg daily?',
    hint: 'e.g. "6 weeks", "3 months"',
    choices: ['2 weeks', '4 weeks', '8 weeks'],
  },
  tramadolTrialWeeks: {
    label: 'tramadol trial duration',
    ask: 'For how many weeks was tramadol taken?',
    short: 'For how long was tramadol taken?',
    hint: 'e.g. "6 weeks", "3 months"',
    choices: ['2 weeks', '4 weeks', '8 weeks'],
  },
  opioidSedativeAcknowledged: {
    label: 'sedative risk acknowledged',
    ask: 'The patient takes a benzodiazepine or other sedating drug: has the risk of combining it with an opioid (sedation, breathing, overdose) been explained and acknowledged?',
    short: 'Sedative with an opioid: risk explained and acknowledged?',
    hint: '"yes", "no"',
    choices: ['Yes', 'No'],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// "Still needed": every datum the case lacks that changes the plan, as short questions, most important first

export interface NeededItem {
  /** The facts the item asks for (a drug's trial and its duration are asked together). */
  keys: FactKey[];
  /** One short question, in this case's terms ("Naproxen: what dose, did it help, and for how long?"). */
  text: string;
}

type TrialOption = 'nsaid' | 'duloxetine' | 'tramadol' | 'gabapentin' | 'pregabalin';

/** The drug options whose trial the pathway reads, with the facts that hold it. */
const TRIALS: readonly { option: TrialOption; trial?: FactKey; weeks?: FactKey }[] = [
  { option: 'nsaid', trial: 'nsaidTrial', weeks: 'nsaidTrialWeeks' },
  { option: 'duloxetine', trial: 'duloxetineTrial', weeks: 'duloxetineTrialWeeks' },
  { option: 'tramadol', trial: 'tramadolTrial', weeks: 'tramadolTrialWeeks' },
  { option: 'gabapentin' },
  { option: 'pregabalin' },
];

/** The referral facts (and the psychosocial screen), each in a few words, asked together as one "For referral" item. */
const CONTEXT_PHRASES: Partial<Record<FactKey, string>> = {
  psychosocial: 'depression or anxiety',
  weeksOptimizedTherapy: 'weeks of optimised therapy',
  functionalDisability: 'work limits',
  startBack: 'STarT Back',
  oswestry: 'ODI',
  consideringInterventional: 'injection wanted',
  improvedSinceLastVisit: 'better since the last change',
};

/** Drugs asked without a frequency (taken once daily at the guideline dose). */
const ONCE_DAILY = new Set(['duloxetine']);

/** "what dose, did it help, and for how long": the parts of a trial not known, joined. */
function parts(list: readonly string[]): string {
  return list.length < 2 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')}, and ${list.at(-1)}`;
}

/** One drug's trial, asked of the record the case holds: only the parts it lacks. */
function trialItem(
  view: PathwayView,
  t: (typeof TRIALS)[number],
  missing: ReadonlySet<FactKey>,
): NeededItem | undefined {
  const status: OptionStatus | undefined = view.options.find((o) => o.option === t.option);
  const record: Medication | undefined = status?.record;
  const keys = [t.trial, t.weeks].filter((k): k is FactKey => k !== undefined && missing.has(k));
  const needsDose = status?.status === 'needs-data' && status.missing.includes('dose');
  const needsWeeks =
    (t.weeks !== undefined && missing.has(t.weeks)) ||
    (status?.status === 'needs-data' && status.missing.includes('duration'));
  const trialMissing = t.trial !== undefined && missing.has(t.trial);
  const current = record?.outcome === 'current';
  if (!keys.length && !needsDose && !needsWeeks && !current) return undefined;
  if (!record) {
    // no record of the drug: the trial question as it stands (only asked when the pathway needs it)
    return trialMissing && t.trial ? { keys, text: QUESTIONS[t.trial].short } : undefined;
  }
  const asked: string[] = [];
  const doseUnknown = record.doseMg === undefined && record.dailyMg === undefined;
  if ((trialMissing || needsDose) && doseUnknown) asked.push('what dose');
  else if (trialMissing && record.timesPerDay === undefined && !ONCE_DAILY.has(record.drug) && record.prn !== true)
    asked.push('how many times a day');
  // the guideline judges a trial by pain and function (reference v2: the minimal important change)
  if (trialMissing && record.outcome === undefined) asked.push('did it help pain and function');
  // taken now with its effect not judged yet: whether it helps, and since when, decide continue or escalate
  const judging =
    record.outcome === 'current' &&
    (status?.status === 'current-at-target' || status?.status === 'current-below-target');
  // a follow-up verdict the case holds ("ODI 60% -> 42%") answers it
  if (judging && view.improvement === undefined) asked.push('is it helping pain and function');
  if (judging && status?.weeks === undefined && !needsWeeks) asked.push('for how long');
  // a failed trial asked for its dose is asked for its length too: an adequate trial is both (reference v2)
  const failed = record.outcome === 'ineffective' || record.outcome === 'partial';
  const unjudged = failed || record.outcome === undefined;
  if (asked.includes('what dose') && unjudged && t.weeks && status?.weeks === undefined) asked.push('for how long');
  else if (needsWeeks) asked.push(asked.length ? 'for how long' : 'for how long at that dose');
  if (!asked.length) return undefined;
  const name = drugNames(record.drug).generic;
  return { keys: keys.length ? keys : t.trial ? [t.trial] : [], text: `${capital(name)}: ${parts(asked)}?` };
}

/**
 * What the case still lacks that would change the plan, as short questions in the pathway's priority order
 * (PathwayView.missing, machines/missing-facts.ts): the red-flag screen first, each drug's trial asked of the record
 * the case holds (the drug named, only the parts not known: dose, outcome, duration), then the other facts. A screen
 * said to be incomplete is asked even where the step does not need it yet. Nothing the case states is asked.
 * Empty while the pathway is paused (a red flag) or the pain is not chronic.
 */
export function stillNeeded(view: PathwayView, answeredSigns: ReadonlySet<string> = new Set()): NeededItem[] {
  if (view.status === 'urgent' || view.activeSteps.includes('notChronic')) return [];
  const missing = new Set(view.missing);
  const items: { at: number; item: NeededItem }[] = [];
  // the pathway's order (machines/missing-facts.ts), also for a drug's item whose trial is not itself missing
  const rank = (k: FactKey) => FACT_PRIORITY.indexOf(k);
  const covered = new Set<FactKey>();
  for (const t of TRIALS) {
    const item = trialItem(view, t, missing);
    if (!item) continue;
    for (const k of [t.trial, t.weeks]) if (k) covered.add(k);
    const at = t.trial ? rank(t.trial) : rank('radicular');
    items.push({ at, item });
  }
  // an opioid taken with no dose read (or one said two ways): its dose, for the MME
  for (const drug of view.opioidDoseUnknown ?? []) {
    const text = `${capital(drugNames(drug as Medication['drug']).generic)}: what dose each time, and how often?`;
    items.push({ at: rank('radicular'), item: { keys: [], text } });
  }
  // the facts that decide a referral, asked in one question
  const context = view.missing.filter((k) => k in CONTEXT_PHRASES);
  if (context.length > 1) {
    const text = `For referral: ${context.map((k) => CONTEXT_PHRASES[k]!).join(', ')}?`;
    items.push({ at: rank(context[0]!), item: { keys: context, text } });
    for (const k of context) covered.add(k);
  }
  // kidney function and the other conditions, asked together when both are missing
  if (missing.has('renalFunction') && missing.has('conditions')) {
    const text =
      'Kidney function (eGFR or CrCl); liver or heart disease, heart failure, GI bleed, seizures, alcohol or drug misuse?';
    items.push({
      at: Math.min(rank('renalFunction'), rank('conditions')),
      item: { keys: ['conditions', 'renalFunction'], text },
    });
    covered.add('renalFunction').add('conditions');
  }
  for (const k of view.missing) {
    if (covered.has(k) || k === 'acetaminophenOnly') continue;
    const text = k === 'redFlags' ? redFlagAsk(answeredSigns) : QUESTIONS[k].short;
    items.push({ at: rank(k), item: { keys: [k], text } });
  }
  // "not sure" about the screen: asked again now, first, though the step asks it only at the opioid gate
  if (!missing.has('redFlags') && view.warnings.includes('redflag.screen-not-completed'))
    items.push({ at: -1, item: { keys: ['redFlags'], text: redFlagAsk(answeredSigns) } });
  return items.sort((a, b) => a.at - b.at).map((x) => x.item);
}
