import { guidelineOf, type KnowledgeEntryInput } from './entry-schema.js';

const referral = guidelineOf('referral');
const specialist = guidelineOf('specialist');

/** Guideline: "Multidisciplinary Pain Management Referral" (indications, and what specialists can offer). */
export const referralEntries: KnowledgeEntryInput[] = [
  referral({
    // No `asked`: the heading of the list below ("when any of the indications below applies"), read only as the
    // lead-in to the indications; a question about referral is answered by the indications themselves.
    id: 'referral.indications',
    text: 'Refer to a multidisciplinary pain centre or pain specialist when any of the indications below applies.',
    cites: [1],
    quote: 'Refer to a multidisciplinary pain center or pain specialist when',
    topics: ['referral', 'pain specialist', 'multidisciplinary pain center', 'indications'],
  }),
  referral({
    id: 'referral.persistent-pain-12-weeks',
    text: 'Refer to a multidisciplinary pain centre or pain specialist when pain persists despite 12 weeks of optimised drug and non-drug therapy.',
    cites: [1],
    quote: 'Pain persists despite 12 weeks of optimized pharmacologic and nonpharmacologic therapy',
    topics: ['referral', 'pain specialist', '12 weeks', 'persistent pain'],
    asked: [
      'Pain still there after 12 weeks of everything, should I refer?',
      'when to refer to the pain clinic?',
      'Pt failed 3 months of meds and physio, time for a pain specialist?',
    ],
  }),
  referral({
    id: 'referral.functional-disability',
    text: 'Refer when significant functional disability interferes with work or daily activities.',
    cites: [1],
    quote: 'Significant functional disability interferes with work or daily activities',
    topics: ['referral', 'functional disability', 'work', 'daily activities'],
    asked: [
      "Should I refer if she can't work because of her back?",
      'off work with chronic back pain, refer to pain service?',
      'significant disability from LBP - referral indicated?',
    ],
  }),
  referral({
    id: 'referral.start-back-high-risk',
    text: 'Refer when screening tools show high-risk features (e.g. STarT Back high risk for chronicity).',
    cites: [1],
    quote: 'High-risk features on screening tools (e.g., STarT Back tool indicating high risk for chronicity)',
    topics: ['referral', 'start back', 'high risk', 'chronicity', 'screening'],
    see: ['instrument.start-back'],
    asked: [
      'STarT Back high risk, should I refer?',
      'does a high STarT Back score mean referral?',
      'pt scored high risk on start back - what now?',
    ],
  }),
  referral({
    id: 'referral.interventional-procedures',
    text: 'Refer when interventional procedures are being considered (epidural steroid injections, nerve blocks, spinal cord stimulation).',
    cites: [1, 5],
    quote:
      'Consideration of interventional procedures (epidural steroid injections, nerve blocks, spinal cord stimulation)',
    topics: ['referral', 'interventional', 'epidural steroid injection', 'nerve block', 'spinal cord stimulation'],
    asked: [
      'When should I refer for an epidural?',
      'refer for a nerve block?',
      'pt wants a spinal cord stimulator, when do I refer?',
    ],
  }),
  specialist({
    id: 'specialist.biopsychosocial',
    text: 'Specialists offer a comprehensive biopsychosocial assessment of psychological, social and occupational factors.',
    cites: [1],
    quote: 'Comprehensive biopsychosocial assessment addressing psychological, social, and occupational factors',
    topics: ['specialist', 'biopsychosocial', 'psychological', 'occupational'],
    asked: [
      'What does a pain specialist actually offer?',
      'what will the pain clinic do for them?',
      'biopsychosocial assessment - who does it?',
    ],
  }),
  specialist({
    id: 'specialist.rehabilitation',
    text: 'Specialists give access to intensive multidisciplinary rehabilitation programmes with demonstrated effectiveness.',
    cites: [1, 6],
    quote: 'Access to intensive multidisciplinary rehabilitation programs with demonstrated effectiveness',
    topics: ['specialist', 'multidisciplinary rehabilitation', 'intensive'],
    asked: [
      'Can the pain team get her into an intensive rehab programme?',
      'intensive multidisciplinary rehab via specialist?',
      'does the pain service run rehab programs',
    ],
  }),
  specialist({
    id: 'specialist.epidural-injections',
    text: 'Interventional options such as epidural steroid injections for radicular pain, though evidence is mixed.',
    cites: [1, 5],
    quote: 'Interventional options such as epidural steroid injections for radicular pain (though evidence is mixed)',
    topics: ['specialist', 'epidural steroid injection', 'radicular', 'interventional'],
    asked: [
      'Do epidural steroid injections work for sciatica?',
      'ESI for radicular pain?',
      'Is an epidural worth it for her leg pain?',
      'shots in her spine for the sciatica, does the pathway support it?',
      'would a spinal injection help his leg pain?',
    ],
  }),
  specialist({
    id: 'specialist.neuromodulation',
    text: 'Advanced neuromodulation (spinal cord stimulation) for highly selected refractory cases.',
    cites: [1],
    quote:
      'Consideration of advanced neuromodulation techniques (spinal cord stimulation) for highly selected refractory cases',
    topics: ['specialist', 'neuromodulation', 'spinal cord stimulation', 'refractory'],
    asked: [
      'Is a spinal cord stimulator an option?',
      'SCS for refractory back pain?',
      'neuromodulation for chronic LBP - who qualifies?',
    ],
  }),
];
