import { guidelineOf, type KnowledgeEntryInput } from './entry-schema.js';

const gate = guidelineOf('opioid-gate');
const framework = guidelineOf('opioid-framework');

/** Guideline: "Opioid Consideration (Last Resort Only)" and "Opioid Prescribing Framework (If Deemed Necessary)". */
export const opioidEntries: KnowledgeEntryInput[] = [
  gate({
    id: 'opioid.last-resort',
    text: 'Consider opioids only after documented failure of the above therapies, and only when benefits clearly outweigh risks for this patient.',
    cites: [1],
    quote:
      'Opioids should only be considered after documented failure of the above therapies, and only when potential benefits clearly outweigh risks for the individual patient',
    topics: ['opioid', 'last resort', 'gate'],
  }),
  gate({
    id: 'opioid.gate.documented-failure',
    text: 'Document an inadequate response to NSAIDs, duloxetine or tramadol, and to multiple non-drug therapies.',
    cites: [1],
    quote: 'Document inadequate response to NSAIDs, duloxetine or tramadol, and multiple nonpharmacologic therapies',
    topics: ['opioid', 'gate', 'documented failure', 'treatment failure'],
    drugs: ['naproxen', 'ibuprofen', 'other-nsaid', 'duloxetine', 'tramadol'],
  }),
  gate({
    id: 'opioid.gate.risk-assessment',
    text: 'Do a thorough risk assessment: screen for substance use disorder, mental health conditions and concurrent sedative use.',
    cites: [1],
    quote:
      'Conduct a thorough risk assessment including screening for substance use disorder, mental health conditions, and concurrent sedative use',
    topics: ['opioid', 'gate', 'risk assessment', 'substance use disorder', 'mental health', 'sedatives'],
  }),
  gate({
    id: 'opioid.gate.discussion',
    text: 'Discuss explicitly with the patient: realistic benefits (modest pain reduction, not elimination), serious risks including overdose and dependence, and the monitoring plan.',
    cites: [1],
    quote:
      'Have an explicit discussion with the patient about realistic benefits (typically modest pain reduction, not elimination), serious risks including overdose and dependence, and the plan for ongoing monitoring',
    topics: ['opioid', 'gate', 'discussion', 'informed consent', 'overdose', 'dependence'],
  }),
  framework({
    id: 'opioid.framework.lowest-dose',
    text: 'Start with the lowest effective dose, e.g. a morphine equivalent of 20-30 mg daily.',
    cites: [1],
    quote: 'Start with the lowest effective dose (e.g., morphine equivalent of 20-30 mg daily)',
    topics: ['opioid', 'mme', 'starting dose', 'lowest effective dose'],
    see: ['mme.not-for-conversion', 'mme.thresholds'],
  }),
  framework({
    id: 'opioid.framework.immediate-release',
    text: 'Prescribe immediate-release formulations initially, not extended-release.',
    cites: [1],
    quote: 'Prescribe immediate-release formulations initially, not extended-release',
    topics: ['opioid', 'immediate-release', 'extended-release'],
  }),
  framework({
    id: 'opioid.framework.treatment-agreement',
    text: 'Establish a treatment agreement with clear expectations and a monitoring plan.',
    cites: [1],
    quote: 'Establish a treatment agreement with clear expectations and monitoring plan',
    topics: ['opioid', 'treatment agreement', 'monitoring'],
    see: ['opioid.cdc-pdmp', 'opioid.cdc-naloxone'],
  }),
  framework({
    id: 'opioid.framework.reassess',
    text: 'Reassess within 1-4 weeks; stop if function does not improve meaningfully (not just pain scores).',
    cites: [1],
    quote: 'Reassess within 1-4 weeks; discontinue if no meaningful improvement in function (not just pain scores)',
    topics: ['opioid', 'reassess', 'discontinue', 'function'],
    see: ['opioid.cdc-no-abrupt-taper'],
  }),
];
