import { guidelineOf, type KnowledgeEntryInput } from './entry-schema.js';

const nondrug = guidelineOf('nondrug');

/** Guideline: "Mandatory Nonpharmacologic Intensification". The list headers carry citation 1 for every item. */
export const nondrugEntries: KnowledgeEntryInput[] = [
  nondrug({
    id: 'nondrug.prioritize-before-opioids',
    text: 'Exercise, multidisciplinary rehabilitation, acupuncture and mindfulness-based stress reduction have moderate-quality evidence: prioritise them before considering opioids.',
    cites: [1],
    evidence: 'moderate',
    quote:
      'The following interventions have moderate-quality evidence and should be prioritized before considering opioids',
    topics: ['non-drug', 'nonpharmacologic', 'moderate evidence', 'before opioids'],
  }),
  nondrug({
    id: 'nondrug.exercise',
    text: 'Exercise therapy: aerobic, strengthening or flexibility-focused programmes (moderate-quality evidence).',
    cites: [1],
    evidence: 'moderate',
    quote: 'Exercise therapy (aerobic, strengthening, or flexibility-focused programs)',
    topics: ['exercise', 'physical therapy', 'aerobic', 'strengthening', 'flexibility'],
  }),
  nondrug({
    id: 'nondrug.multidisciplinary-rehab',
    text: 'Multidisciplinary rehabilitation combining physical therapy, psychological support and occupational therapy (moderate-quality evidence).',
    cites: [1],
    evidence: 'moderate',
    quote:
      'Multidisciplinary rehabilitation programs combining physical therapy, psychological support, and occupational therapy',
    topics: ['multidisciplinary rehabilitation', 'physical therapy', 'occupational therapy', 'psychological support'],
  }),
  nondrug({
    id: 'nondrug.acupuncture',
    text: 'Acupuncture, for patients open to it (moderate-quality evidence).',
    cites: [1],
    evidence: 'moderate',
    quote: 'Acupuncture for patients open to this modality',
    topics: ['acupuncture'],
  }),
  nondrug({
    id: 'nondrug.mbsr',
    text: 'Mindfulness-based stress reduction programmes (moderate-quality evidence).',
    cites: [1],
    evidence: 'moderate',
    quote: 'Mindfulness-based stress reduction programs',
    topics: ['mindfulness', 'mbsr', 'stress reduction'],
  }),
  nondrug({
    id: 'nondrug.comprehensive-approach',
    text: 'Consider tai chi or yoga, CBT, spinal manipulation, massage and progressive relaxation as part of a comprehensive approach (low-quality evidence).',
    cites: [1],
    evidence: 'low',
    quote: 'Consider these therapies as part of a comprehensive approach',
    topics: ['non-drug', 'nonpharmacologic', 'low evidence', 'comprehensive approach'],
  }),
  nondrug({
    id: 'nondrug.tai-chi-yoga',
    text: 'Tai chi or yoga (low-quality evidence).',
    cites: [1],
    evidence: 'low',
    quote: 'Tai chi or yoga',
    topics: ['tai chi', 'yoga'],
  }),
  nondrug({
    id: 'nondrug.cbt',
    // Citation 1 from the list header, 4 on the item itself.
    text: 'Cognitive behavioural therapy targeting pain beliefs and catastrophising (low-quality evidence).',
    cites: [1, 4],
    evidence: 'low',
    quote: 'Cognitive behavioral therapy (CBT) specifically targeting pain beliefs and catastrophizing',
    topics: ['cbt', 'cognitive behavioral therapy', 'catastrophizing', 'pain beliefs', 'psychological'],
  }),
  nondrug({
    id: 'nondrug.spinal-manipulation',
    text: 'Spinal manipulation (low-quality evidence).',
    cites: [1],
    evidence: 'low',
    quote: 'Spinal manipulation',
    topics: ['spinal manipulation', 'chiropractic', 'manual therapy'],
  }),
  nondrug({
    id: 'nondrug.massage',
    text: 'Massage therapy (low-quality evidence).',
    cites: [1],
    evidence: 'low',
    quote: 'Massage therapy',
    topics: ['massage'],
  }),
  nondrug({
    id: 'nondrug.progressive-relaxation',
    text: 'Progressive relaxation techniques (low-quality evidence).',
    cites: [1],
    evidence: 'low',
    quote: 'Progressive relaxation techniques',
    topics: ['progressive relaxation', 'relaxation'],
  }),
  nondrug({
    id: 'nondrug.foundation',
    text: 'Non-drug therapy is the foundation of treatment; medications are adjuncts. Treating with medications alone is a critical pitfall.',
    cites: [1],
    quote:
      'A critical pitfall is treating chronic back pain with medications alone—nonpharmacologic therapies should be the foundation of treatment, with medications serving as adjuncts',
    topics: ['non-drug', 'foundation', 'medications alone', 'pitfall'],
    see: ['pitfall.medications-alone'],
  }),
];
