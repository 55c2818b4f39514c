import type { FactKey } from '../../src/clinical/case/case-facts.js';

export interface Question {
  /** Short name of the fact, e.g. in "Not known: duloxetine trial". */
  label: string;
  /** One short question; doses and thresholds stay in src/knowledge/, so none appear here. */
  ask: string;
  /** Typed-answer hint shown under the quick choices. */
  hint: string;
  /** Quick choices: each is sent as typed text through the same reader as a typed answer. */
  choices: string[];
}

const YES_NO: string[] = ['Yes', 'No', 'Not sure'];

/** The walk-through's question for each fact the pathway can ask for. */
export const QUESTIONS: Record<FactKey, Question> = {
  redFlags: {
    label: 'red flags',
    ask: 'Any red flags: cauda equina signs, suspected cancer, infection or fracture, or a progressive neurological deficit?',
    // "Not sure" or "not asked yet" leaves the screen not completed (reference section 6), never "none" or "present".
    hint: 'e.g. "none", "night pain and weight loss", "not asked yet"',
    choices: ['None', 'Yes', 'Not sure'],
  },
  painDurationWeeks: {
    label: 'pain duration',
    ask: 'How long has the back pain lasted?',
    hint: 'e.g. "9 months", "14 weeks"',
    choices: ['3 months', '6 months', '1 year'],
  },
  nsaidTrial: {
    label: 'NSAID trial',
    ask: 'Has an NSAID been tried? Which one, what dose, and how did it go?',
    hint: 'e.g. "naproxen 250 bid 6 weeks, no relief", "not tried", "contraindicated"',
    choices: ['Not tried', 'No relief', 'Not tolerated'],
  },
  duloxetineTrial: {
    label: 'duloxetine trial',
    ask: 'Has duloxetine been tried? At what dose, and how did it go?',
    hint: 'e.g. "60 mg daily 8 weeks, partial", "not tried", "stopped for nausea"',
    choices: ['Not tried', 'No relief', 'Not tolerated'],
  },
  tramadolTrial: {
    label: 'tramadol trial',
    ask: 'Has tramadol been tried, and how did it go?',
    hint: 'e.g. "50 q6h, no relief", "not tried", "contraindicated"',
    choices: ['Not tried', 'No relief', 'Not tolerated'],
  },
  // Derived from the medication list by the statechart; typed answers only, should it ever be asked.
  acetaminophenOnly: {
    label: 'acetaminophen only',
    ask: 'Is acetaminophen the only pain medicine so far?',
    hint: '"yes" or "no"',
    choices: [],
  },
  nonDrugTherapies: {
    label: 'non-drug therapies',
    ask: 'Which non-drug therapies has the patient done (exercise or PT, multidisciplinary rehab, acupuncture, mindfulness, CBT, yoga, manipulation, massage)?',
    hint: 'e.g. "8 weeks of PT, no change", "none yet"',
    choices: ['None yet', 'PT, no benefit', 'PT, partial'],
  },
  radicular: {
    label: 'radicular symptoms',
    ask: 'Any radicular symptoms: leg pain, paresthesias or weakness (present or suspected)?',
    hint: '"yes", "no", "not sure"',
    choices: YES_NO,
  },
  priorMri: {
    label: 'prior MRI',
    ask: 'Has the patient had a lumbar MRI already?',
    hint: '"yes", "no"',
    choices: YES_NO,
  },
  age: { label: 'age', ask: 'How old is the patient?', hint: 'a number of years, e.g. "58"', choices: [] },
  renalFunction: {
    label: 'kidney function',
    ask: 'Kidney function (CrCl, eGFR or CKD stage)?',
    hint: 'e.g. "CrCl 45", "eGFR 90", "normal"',
    choices: ['Normal', 'CKD', 'Not sure'],
  },
  conditions: {
    label: 'other conditions',
    ask: 'Any of: CKD, liver disease, heavy alcohol use, prior GI bleed, cardiovascular disease, seizures, COPD, substance use disorder?',
    hint: 'e.g. "none", "prior GI bleed"',
    choices: ['None', 'Not sure'],
  },
  psychosocial: {
    label: 'psychosocial factors',
    ask: 'Psychosocial factors: depression, anxiety, catastrophizing, work dissatisfaction?',
    hint: 'e.g. "none", "depression and fear of movement"',
    choices: ['None', 'Depression', 'Not sure'],
  },
  startBack: {
    label: 'STarT Back',
    ask: 'STarT Back score (total 0-9 and psychosocial subscale 0-5)?',
    hint: 'e.g. "6, psychosocial 4", "not done"',
    choices: ['Not done'],
  },
  oswestry: {
    label: 'Oswestry',
    ask: 'Oswestry Disability Index (%)?',
    hint: 'e.g. "ODI 48", "not done"',
    choices: ['Not done'],
  },
  weeksOptimizedTherapy: {
    label: 'weeks of optimized therapy',
    ask: 'How many weeks of optimized drug and non-drug therapy so far?',
    hint: 'e.g. "6 weeks", "12 weeks"',
    choices: ['4 weeks', '8 weeks', '12 weeks'],
  },
  functionalDisability: {
    label: 'functional disability',
    ask: 'Does the pain significantly interfere with work or daily activities?',
    hint: '"yes", "no"',
    choices: YES_NO,
  },
  consideringInterventional: {
    label: 'interventional procedure',
    ask: 'Is an interventional procedure being considered (epidural steroid injection, nerve block, spinal cord stimulation)?',
    hint: '"yes", "no"',
    choices: YES_NO,
  },
  opioidRiskAssessment: {
    label: 'opioid risk assessment',
    ask: 'Has a risk assessment been done: substance use disorder screen, mental health, concurrent sedatives?',
    hint: '"yes", "no"',
    choices: ['Yes', 'No'],
  },
  opioidDiscussion: {
    label: 'opioid discussion',
    ask: 'Has the patient been told the realistic benefits, the serious risks and the monitoring plan?',
    hint: '"yes", "no"',
    choices: ['Yes', 'No'],
  },
  improvedSinceLastVisit: {
    label: 'improvement since last visit',
    ask: 'Since the last change, have pain and function improved?',
    hint: '"yes", "partly", "no"',
    choices: ['Yes', 'Partly', 'No'],
  },
  // Asked at the opioid gate only: an adequate trial is the adequate dose for at least 4 weeks (reference v2).
  nsaidTrialWeeks: {
    label: 'NSAID trial duration',
    ask: 'For how many weeks was the NSAID taken at the adequate dose?',
    hint: 'e.g. "8 weeks", "3 months"',
    choices: ['2 weeks', '4 weeks', '8 weeks'],
  },
  duloxetineTrialWeeks: {
    label: 'duloxetine trial duration',
    ask: 'For how many weeks was duloxetine taken at 60 mg daily?',
    hint: 'e.g. "6 weeks", "3 months"',
    choices: ['2 weeks', '4 weeks', '8 weeks'],
  },
  tramadolTrialWeeks: {
    label: 'tramadol trial duration',
    ask: 'For how many weeks was tramadol taken?',
    hint: 'e.g. "6 weeks", "3 months"',
    choices: ['2 weeks', '4 weeks', '8 weeks'],
  },
  opioidSedativeAcknowledged: {
    label: 'sedative risk acknowledged',
    ask: 'The patient takes a benzodiazepine or other sedating drug: has the risk of combining it with an opioid (sedation, breathing, overdose) been explained and acknowledged?',
    hint: '"yes", "no"',
    choices: ['Yes', 'No'],
  },
};
