import { guidelineOf, type KnowledgeEntryInput } from './entry-schema.js';

const pitfall = guidelineOf('pitfall');
const monitoring = guidelineOf('monitoring');

/** Guideline: "Critical Pitfalls to Avoid" and "Monitoring and Follow-Up". */
export const pitfallMonitoringEntries: KnowledgeEntryInput[] = [
  pitfall({
    id: 'pitfall.opioids-without-adequate-trial',
    text: 'Do not escalate to opioids without an adequate trial of duloxetine and intensive non-drug therapy: it violates guideline recommendations and exposes patients to unnecessary harm.',
    cites: [1],
    quote:
      'Escalating to opioids without adequate trial of duloxetine and intensive nonpharmacologic therapy—this violates guideline recommendations and exposes patients to unnecessary harm',
    topics: ['pitfall', 'opioid', 'duloxetine', 'adequate trial'],
    drugs: ['duloxetine'],
    asked: [
      "Can I go straight to opioids if NSAIDs didn't work?",
      "pt wants opioids, hasn't tried duloxetine or physio - ok?",
      'Is it reasonable to skip duloxetine and start an opioid?',
    ],
  }),
  pitfall({
    id: 'pitfall.psychosocial-factors',
    text: 'Address psychosocial factors that perpetuate chronic pain: depression, anxiety, catastrophising, work dissatisfaction.',
    cites: [1, 4],
    quote:
      'Failing to address psychosocial factors (depression, anxiety, catastrophizing, work dissatisfaction) that perpetuate chronic pain',
    topics: ['pitfall', 'psychosocial', 'depression', 'anxiety', 'catastrophizing', 'work'],
    asked: [
      'Do depression and anxiety matter in chronic back pain?',
      'psychosocial factors in chronic LBP?',
      'she catastrophises a lot and hates her job, is that relevant?',
    ],
  }),
  pitfall({
    id: 'pitfall.continuing-ineffective',
    text: 'Do not continue ineffective medications indefinitely: systematically try alternatives or refer to specialist care.',
    cites: [1, 3],
    quote:
      'Continuing ineffective medications indefinitely rather than systematically trying alternatives or referring for specialist care',
    topics: ['pitfall', 'ineffective medication', 'alternatives', 'referral'],
    asked: [
      "How long do I keep going with a drug that isn't working?",
      'pt on same meds for a year, no benefit - continue?',
      "Should I keep repeating the same painkillers if they don't help?",
    ],
  }),
  pitfall({
    id: 'pitfall.routine-imaging',
    text: 'Do not order routine imaging without red flags: MRI findings often do not match pain severity and can lead to unnecessary interventions.',
    cites: [5, 3],
    quote:
      'Ordering routine imaging without red flags—MRI findings often do not correlate with pain severity and can lead to unnecessary interventions',
    topics: ['pitfall', 'imaging', 'mri', 'red flags'],
    see: ['imaging.reconciled'],
    asked: [
      'Should I order an MRI for chronic back pain without red flags?',
      'routine x-ray for chronic LBP?',
      'pt wants a scan for reassurance, no red flags',
    ],
  }),
  pitfall({
    id: 'pitfall.medications-alone',
    text: 'Do not treat chronic back pain with medications alone: non-drug therapy is the foundation, medications the adjunct.',
    cites: [1],
    quote:
      'A critical pitfall is treating chronic back pain with medications alone—nonpharmacologic therapies should be the foundation of treatment, with medications serving as adjuncts',
    topics: ['pitfall', 'medications alone', 'non-drug', 'foundation'],
    see: ['nondrug.foundation'],
    asked: [
      'Is it a mistake to rely on medication alone?',
      'meds only for chronic back pain - pitfall?',
      "What's wrong with treating back pain with tablets alone?",
    ],
  }),
  monitoring({
    id: 'monitor.reassess-2-4-weeks',
    text: 'Reassess pain and function every 2-4 weeks during medication adjustments.',
    cites: [1, 3],
    quote: 'Reassess pain and function every 2-4 weeks during medication adjustments',
    topics: ['monitoring', 'follow-up', 'reassess', '2-4 weeks'],
    asked: [
      'How often should I review after changing meds?',
      'f/u interval after med change?',
      'When do I see her again after starting duloxetine?',
      'how soon to reassess pain after a dose adjustment',
    ],
  }),
  monitoring({
    id: 'monitor.validated-tools',
    text: 'Track outcomes with validated tools (e.g. Oswestry Disability Index, pain intensity scales), not pain scores alone.',
    cites: [3],
    quote:
      'Use validated tools (e.g., Oswestry Disability Index, pain intensity scales) to track meaningful outcomes beyond just pain scores',
    topics: ['monitoring', 'oswestry', 'odi', 'pain scale', 'outcomes'],
    see: ['instrument.oswestry', 'instrument.mcid'],
    asked: [
      'How should I track progress in chronic back pain?',
      'what outcome measures for chronic back pain',
      'Which tools to monitor function besides the pain score?',
    ],
  }),
  monitoring({
    id: 'monitor.functional-goals',
    text: 'Focus on functional goals (return to work, better sleep, more activity) rather than complete pain elimination.',
    cites: [1],
    quote:
      'Focus on functional goals (return to work, improved sleep, increased activity) rather than complete pain elimination',
    topics: ['monitoring', 'functional goals', 'return to work', 'sleep', 'activity'],
    asked: [
      'What should the treatment goal be, pain-free?',
      'realistic goals for chronic LBP tx?',
      'pt expects zero pain, what goals should we set?',
      'her goal is to be totally pain free, what should I steer her towards?',
      'he wants to be completely pain-free, what do I aim for instead',
    ],
  }),
  monitoring({
    id: 'monitor.no-improvement-3-months',
    text: 'If there is no improvement after 3 months of optimised multimodal therapy, strongly consider referral to a multidisciplinary pain programme.',
    cites: [1],
    quote:
      'If no improvement after 3 months of optimized multimodal therapy, strongly consider multidisciplinary pain program referral',
    topics: ['monitoring', 'referral', '3 months', 'multidisciplinary', 'no improvement'],
    asked: [
      'No improvement after 3 months, what next?',
      '3 months of optimised therapy and still no better',
      "nothing's helped in three months - pain programme?",
    ],
  }),
];
