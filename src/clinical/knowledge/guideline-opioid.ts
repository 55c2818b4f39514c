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
    asked: [
      'When can I consider opioids for chronic back pain?',
      'opioids for chronic LBP?',
      'Is there ever a place for strong opioids in chronic low back pain?',
    ],
  }),
  gate({
    id: 'opioid.gate.documented-failure',
    text: 'Document an inadequate response to NSAIDs, duloxetine or tramadol, and to multiple non-drug therapies.',
    cites: [1],
    quote: 'Document inadequate response to NSAIDs, duloxetine or tramadol, and multiple nonpharmacologic therapies',
    topics: ['opioid', 'gate', 'documented failure', 'treatment failure'],
    drugs: ['naproxen', 'ibuprofen', 'other-nsaid', 'duloxetine', 'tramadol'],
    asked: [
      'What needs to have failed before I start an opioid?',
      'what do I have to document before starting opioids',
      'prereqs before an opioid trial?',
    ],
  }),
  gate({
    id: 'opioid.gate.risk-assessment',
    text: 'Do a thorough risk assessment: screen for substance use disorder, mental health conditions and concurrent sedative use.',
    cites: [1],
    quote:
      'Conduct a thorough risk assessment including screening for substance use disorder, mental health conditions, and concurrent sedative use',
    topics: ['opioid', 'gate', 'risk assessment', 'substance use disorder', 'mental health', 'sedatives'],
    asked: [
      'What risk screening do I do before starting opioids?',
      'opioid risk assessment - what to screen for?',
      'Do I need to screen for substance misuse before prescribing an opioid?',
    ],
  }),
  gate({
    id: 'opioid.gate.discussion',
    text: 'Discuss explicitly with the patient: realistic benefits (modest pain reduction, not elimination), serious risks including overdose and dependence, and the monitoring plan.',
    cites: [1],
    quote:
      'Have an explicit discussion with the patient about realistic benefits (typically modest pain reduction, not elimination), serious risks including overdose and dependence, and the plan for ongoing monitoring',
    topics: ['opioid', 'gate', 'discussion', 'informed consent', 'overdose', 'dependence'],
    asked: [
      'What should I tell the patient before starting an opioid?',
      'opioid consent conversation - key points?',
      'how do I counsel about realistic benefit from opioids',
    ],
  }),
  framework({
    id: 'opioid.framework.lowest-dose',
    text: 'Start with the lowest effective dose, e.g. a morphine equivalent of 20-30 mg daily.',
    cites: [1],
    quote: 'Start with the lowest effective dose (e.g., morphine equivalent of 20-30 mg daily)',
    topics: ['opioid', 'mme', 'starting dose', 'lowest effective dose'],
    see: ['mme.not-for-conversion', 'mme.thresholds'],
    asked: [
      'What opioid dose should I start with?',
      'starting MME for an opioid trial?',
      'Lowest starting dose if I do start an opioid?',
    ],
  }),
  framework({
    id: 'opioid.framework.immediate-release',
    text: 'Prescribe immediate-release formulations initially, not extended-release.',
    cites: [1],
    quote: 'Prescribe immediate-release formulations initially, not extended-release',
    topics: ['opioid', 'immediate-release', 'extended-release'],
    asked: [
      'Should I start with slow-release or immediate-release opioids?',
      'IR vs ER opioid to start?',
      'modified-release opioid first up, or not?',
    ],
  }),
  framework({
    id: 'opioid.framework.treatment-agreement',
    text: 'Establish a treatment agreement with clear expectations and a monitoring plan.',
    cites: [1],
    quote: 'Establish a treatment agreement with clear expectations and monitoring plan',
    topics: ['opioid', 'treatment agreement', 'monitoring'],
    see: ['opioid.cdc-pdmp', 'opioid.cdc-naloxone'],
    asked: [
      'Do I need an opioid contract?',
      'opioid treatment agreement - what goes in it?',
      'pain contract before opioids?',
    ],
  }),
  framework({
    id: 'opioid.framework.reassess',
    text: 'Reassess within 1-4 weeks; stop if function does not improve meaningfully (not just pain scores).',
    cites: [1],
    quote: 'Reassess within 1-4 weeks; discontinue if no meaningful improvement in function (not just pain scores)',
    topics: ['opioid', 'reassess', 'discontinue', 'function'],
    see: ['opioid.cdc-no-abrupt-taper'],
    asked: [
      'When do I review after starting an opioid?',
      'opioid not improving function after 4 weeks - stop it?',
      'how soon to reassess an opioid trial',
    ],
  }),
];
