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
    asked: [
      'Which non-drug treatments should be tried before opioids?',
      'best evidence non drug therapies for chronic back pain?',
      'non-pharm options w/ moderate evidence before going to opioids?',
      "of the things that aren't tablets, which have the better evidence?",
    ],
  }),
  nondrug({
    id: 'nondrug.exercise',
    text: 'Exercise therapy: aerobic, strengthening or flexibility-focused programmes (moderate-quality evidence).',
    cites: [1],
    evidence: 'moderate',
    quote: 'Exercise therapy (aerobic, strengthening, or flexibility-focused programs)',
    topics: ['exercise', 'physical therapy', 'aerobic', 'strengthening', 'flexibility'],
    asked: [
      'Does exercise help chronic low back pain?',
      'is physio worth it for chronic back pain?',
      'what kind of exercise program for chronic back pain',
      'Pt asking about pilates or the gym for her back?',
    ],
  }),
  nondrug({
    id: 'nondrug.multidisciplinary-rehab',
    text: 'Multidisciplinary rehabilitation combining physical therapy, psychological support and occupational therapy (moderate-quality evidence).',
    cites: [1],
    evidence: 'moderate',
    quote:
      'Multidisciplinary rehabilitation programs combining physical therapy, psychological support, and occupational therapy',
    topics: ['multidisciplinary rehabilitation', 'physical therapy', 'occupational therapy', 'psychological support'],
    asked: [
      'What is multidisciplinary rehabilitation for back pain?',
      "multidisciplinary rehab - what's involved?",
      'Is a pain management programme with physio, psychology and OT worth it?',
      'interdisciplinary rehab for chronic lbp, evidence?',
    ],
  }),
  nondrug({
    id: 'nondrug.acupuncture',
    text: 'Acupuncture, for patients open to it (moderate-quality evidence).',
    cites: [1],
    evidence: 'moderate',
    quote: 'Acupuncture for patients open to this modality',
    topics: ['acupuncture'],
    asked: [
      'Is acupuncture worth trying for chronic back pain?',
      'acupuncture for LBP?',
      'pt keen on acupuncture, any evidence?',
    ],
  }),
  nondrug({
    id: 'nondrug.mbsr',
    text: 'Mindfulness-based stress reduction programmes (moderate-quality evidence).',
    cites: [1],
    evidence: 'moderate',
    quote: 'Mindfulness-based stress reduction programs',
    topics: ['mindfulness', 'mbsr', 'stress reduction'],
    asked: [
      'Does mindfulness help chronic back pain?',
      'MBSR for chronic LBP - evidence?',
      'Would a meditation or mindfulness course be worth suggesting to him?',
    ],
  }),
  nondrug({
    id: 'nondrug.comprehensive-approach',
    text: 'Consider tai chi or yoga, CBT, spinal manipulation, massage and progressive relaxation as part of a comprehensive approach (low-quality evidence).',
    cites: [1],
    evidence: 'low',
    quote: 'Consider these therapies as part of a comprehensive approach',
    topics: ['non-drug', 'nonpharmacologic', 'low evidence', 'comprehensive approach'],
    asked: [
      'Which therapies only have low-quality evidence for chronic back pain?',
      'other non drug options with weaker evidence?',
      'What else can go into a comprehensive approach besides exercise?',
    ],
  }),
  nondrug({
    id: 'nondrug.tai-chi-yoga',
    text: 'Tai chi or yoga (low-quality evidence).',
    cites: [1],
    evidence: 'low',
    quote: 'Tai chi or yoga',
    topics: ['tai chi', 'yoga'],
    asked: [
      'Is yoga any good for chronic back pain?',
      'tai chi for LBP?',
      'pt wants to do yoga classes for her back, worth it?',
      'that slow Chinese movement exercise and the stretching classes at the gym - any evidence?',
    ],
  }),
  nondrug({
    id: 'nondrug.cbt',
    // Citation 1 from the list header, 4 on the item itself.
    text: 'Cognitive behavioural therapy targeting pain beliefs and catastrophising (low-quality evidence).',
    cites: [1, 4],
    evidence: 'low',
    quote: 'Cognitive behavioral therapy (CBT) specifically targeting pain beliefs and catastrophizing',
    topics: ['cbt', 'cognitive behavioral therapy', 'catastrophizing', 'pain beliefs', 'psychological'],
    asked: [
      'Does CBT help with chronic back pain?',
      'pt catastrophising about their back - psych therapy?',
      'Can I refer him for cognitive behavioural therapy for his pain beliefs?',
      'talking therapy for chronic back pain?',
    ],
  }),
  nondrug({
    id: 'nondrug.spinal-manipulation',
    text: 'Spinal manipulation (low-quality evidence).',
    cites: [1],
    evidence: 'low',
    quote: 'Spinal manipulation',
    topics: ['spinal manipulation', 'chiropractic', 'manual therapy'],
    asked: [
      'Is chiropractic manipulation worth trying?',
      'spinal manipulation for chronic LBP?',
      'pt seeing an osteopath for manipulation - any evidence?',
      'worth sending him to an osteo or chiro for manipulation, or just get a massage?',
      'should I send him to someone who cracks backs?',
      'pt keen on getting her back cracked by a chiro, worth it?',
    ],
  }),
  nondrug({
    id: 'nondrug.massage',
    text: 'Massage therapy (low-quality evidence).',
    cites: [1],
    evidence: 'low',
    quote: 'Massage therapy',
    topics: ['massage'],
    asked: [
      'Does massage help chronic back pain?',
      'massage therapy for LBP evidence?',
      'Pt asking if remedial massage is worth it',
      'is a massage worth it, or just more stretching at home?',
    ],
  }),
  nondrug({
    id: 'nondrug.progressive-relaxation',
    text: 'Progressive relaxation techniques (low-quality evidence).',
    cites: [1],
    evidence: 'low',
    quote: 'Progressive relaxation techniques',
    topics: ['progressive relaxation', 'relaxation'],
    asked: [
      'Do relaxation techniques help back pain?',
      'progressive muscle relaxation for chronic LBP?',
      'Any point teaching her progressive relaxation?',
    ],
  }),
  nondrug({
    id: 'nondrug.foundation',
    text: 'Non-drug therapy is the foundation of treatment; medications are adjuncts. Treating with medications alone is a critical pitfall.',
    cites: [1],
    quote:
      'A critical pitfall is treating chronic back pain with medications alone—nonpharmacologic therapies should be the foundation of treatment, with medications serving as adjuncts',
    topics: ['non-drug', 'foundation', 'medications alone', 'pitfall'],
    see: ['pitfall.medications-alone'],
    asked: [
      'Can I just manage chronic back pain with medication?',
      'meds alone enough for chronic LBP?',
      'Is drug treatment the mainstay for chronic low back pain?',
      'pt only wants tablets, no physio, is that ok?',
    ],
  }),
];
