import { guidelineOf, type KnowledgeEntryInput } from './entry-schema.js';

const referral = guidelineOf('referral');
const specialist = guidelineOf('specialist');

/** Guideline: "Multidisciplinary Pain Management Referral" (indications, and what specialists can offer). */
export const referralEntries: KnowledgeEntryInput[] = [
  referral({
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
  }),
  referral({
    id: 'referral.functional-disability',
    text: 'Refer when significant functional disability interferes with work or daily activities.',
    cites: [1],
    quote: 'Significant functional disability interferes with work or daily activities',
    topics: ['referral', 'functional disability', 'work', 'daily activities'],
  }),
  referral({
    id: 'referral.start-back-high-risk',
    text: 'Refer when screening tools show high-risk features (e.g. STarT Back high risk for chronicity).',
    cites: [1],
    quote: 'High-risk features on screening tools (e.g., STarT Back tool indicating high risk for chronicity)',
    topics: ['referral', 'start back', 'high risk', 'chronicity', 'screening'],
    see: ['instrument.start-back'],
  }),
  referral({
    id: 'referral.interventional-procedures',
    text: 'Refer when interventional procedures are being considered (epidural steroid injections, nerve blocks, spinal cord stimulation).',
    cites: [1, 5],
    quote:
      'Consideration of interventional procedures (epidural steroid injections, nerve blocks, spinal cord stimulation)',
    topics: ['referral', 'interventional', 'epidural steroid injection', 'nerve block', 'spinal cord stimulation'],
  }),
  specialist({
    id: 'specialist.biopsychosocial',
    text: 'Specialists offer a comprehensive biopsychosocial assessment of psychological, social and occupational factors.',
    cites: [1],
    quote: 'Comprehensive biopsychosocial assessment addressing psychological, social, and occupational factors',
    topics: ['specialist', 'biopsychosocial', 'psychological', 'occupational'],
  }),
  specialist({
    id: 'specialist.rehabilitation',
    text: 'Specialists give access to intensive multidisciplinary rehabilitation programmes with demonstrated effectiveness.',
    cites: [1, 6],
    quote: 'Access to intensive multidisciplinary rehabilitation programs with demonstrated effectiveness',
    topics: ['specialist', 'multidisciplinary rehabilitation', 'intensive'],
  }),
  specialist({
    id: 'specialist.epidural-injections',
    text: 'Interventional options such as epidural steroid injections for radicular pain, though evidence is mixed.',
    cites: [1, 5],
    quote: 'Interventional options such as epidural steroid injections for radicular pain (though evidence is mixed)',
    topics: ['specialist', 'epidural steroid injection', 'radicular', 'interventional'],
  }),
  specialist({
    id: 'specialist.neuromodulation',
    text: 'Advanced neuromodulation (spinal cord stimulation) for highly selected refractory cases.',
    cites: [1],
    quote:
      'Consideration of advanced neuromodulation techniques (spinal cord stimulation) for highly selected refractory cases',
    topics: ['specialist', 'neuromodulation', 'spinal cord stimulation', 'refractory'],
  }),
];
