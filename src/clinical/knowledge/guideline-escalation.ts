import type { KnowledgeEntryInput } from './entry-schema.js';

/** Guideline: overview, first-line escalation and medications to avoid (seed text, "Immediate Pharmacologic Escalation"). */
export const escalationEntries: KnowledgeEntryInput[] = [
  {
    id: 'overview',
    origin: 'guideline',
    kind: 'recommendation',
    text: 'When initial medications fail, escalate to duloxetine (30-60 mg daily) or NSAIDs while intensifying non-drug therapy (exercise, multidisciplinary rehabilitation, CBT).',
    cites: [1],
    quote:
      'For patients with chronic low back pain not responding to initial medications, escalate to duloxetine (30-60 mg daily) or NSAIDs as first-line pharmacologic options, while simultaneously intensifying nonpharmacologic therapies including exercise, multidisciplinary rehabilitation, and cognitive behavioral therapy',
    topics: ['overview', 'escalation', 'first-line', 'refractory'],
    drugs: ['duloxetine', 'naproxen', 'ibuprofen', 'other-nsaid'],
    asked: [
      "What does the guideline say to do when the first medications haven't worked?",
      'initial meds failed for chronic back pain, what now',
      'pt failed first line tx for LBP - next step?',
      "She's had paracetamol and codeine for months and her back is no better. Where do we go from here?",
    ],
  },
  {
    id: 'escalation.duloxetine',
    origin: 'guideline',
    kind: 'recommendation',
    text: 'Add duloxetine 30 mg daily, titrating to 60 mg daily: the preferred second-line agent after an inadequate response to initial therapy.',
    cites: [1, 2],
    quote:
      'Add duloxetine starting at 30 mg daily, titrating to 60 mg daily as the preferred second-line agent for chronic low back pain with inadequate response to initial therapy',
    topics: ['duloxetine', 'cymbalta', 'snri', 'second-line', 'dose', 'titration'],
    drugs: ['duloxetine'],
    see: ['label.duloxetine', 'renal.duloxetine', 'liver.duloxetine'],
    asked: [
      'How do I start duloxetine for chronic back pain?',
      'cymbalta starting dose?',
      'duloxetine for LBP - what dose do I titrate to',
      'Starting duloxetine for his back, thirty milligrams then sixty, is that right?',
    ],
  },
  {
    id: 'escalation.nsaid-adequate-dose',
    origin: 'guideline',
    kind: 'recommendation',
    text: 'Before declaring NSAID failure, make sure the dose was adequate: e.g. naproxen 500 mg twice daily or ibuprofen 600-800 mg three times daily.',
    cites: [1],
    quote:
      'If not already optimized, ensure NSAIDs are prescribed at adequate doses (e.g., naproxen 500 mg twice daily or ibuprofen 600-800 mg three times daily) before declaring treatment failure',
    topics: ['nsaid', 'naproxen', 'ibuprofen', 'adequate dose', 'treatment failure', 'dose'],
    drugs: ['naproxen', 'ibuprofen', 'other-nsaid'],
    see: ['label.nsaid-class', 'label.naproxen', 'label.ibuprofen'],
    asked: [
      'What counts as an adequate NSAID dose before I call it a failure?',
      'naproxen dose for back pain?',
      "nsaid didn't work - was the dose high enough? what's adequate",
      'ibuprofen dose for chronic low back pain',
    ],
  },
  {
    id: 'escalation.tramadol',
    origin: 'guideline',
    kind: 'recommendation',
    text: 'Tramadol 50-100 mg every 6-8 hours is a reasonable second-line option when duloxetine and NSAIDs are contraindicated or ineffective.',
    cites: [1, 2],
    quote:
      'Tramadol (50-100 mg every 6-8 hours) represents a reasonable second-line option if duloxetine and NSAIDs are contraindicated or ineffective',
    topics: ['tramadol', 'ultram', 'second-line', 'dose', 'opioid'],
    drugs: ['tramadol'],
    see: ['label.tramadol', 'renal.tramadol', 'age.tramadol', 'liver.tramadol', 'interaction.duloxetine-tramadol'],
    asked: [
      'When is tramadol appropriate for chronic back pain?',
      'tramadol dose for LBP',
      "Can't have NSAIDs or duloxetine, is tramadol an option?",
      'tramadol 50 q6h ok for chronic back pain?',
    ],
  },
  {
    id: 'avoid.benzodiazepines',
    origin: 'guideline',
    kind: 'avoid',
    text: 'Do not prescribe benzodiazepines for chronic back pain: evidence does not support them and they carry significant risk of dependence.',
    cites: [2, 3],
    quote:
      'Do not prescribe benzodiazepines for chronic back pain, as evidence does not support their use and they carry significant risks of dependence',
    topics: ['benzodiazepine', 'avoid', 'diazepam', 'dependence', 'muscle spasm'],
    drugs: ['benzodiazepine'],
    see: ['interaction.opioid-benzodiazepine'],
    asked: [
      'Should I give diazepam for back spasm?',
      'benzos for chronic back pain?',
      'pt asking for valium for her back spasms, ok?',
      'Any role for benzodiazepines in chronic low back pain?',
    ],
  },
  {
    id: 'avoid.systemic-corticosteroids',
    origin: 'guideline',
    kind: 'avoid',
    text: 'Avoid systemic corticosteroids: they have not shown superiority over placebo for chronic low back pain.',
    cites: [2, 3],
    quote:
      'Avoid systemic corticosteroids, which have not demonstrated superiority over placebo for chronic low back pain',
    topics: ['corticosteroid', 'steroid', 'prednisone', 'avoid'],
    drugs: ['systemic-corticosteroid'],
    asked: [
      'Is a course of oral prednisolone worth trying for chronic back pain?',
      'oral steroids for chronic LBP?',
      'pred burst for a back pain flare?',
      'Do systemic corticosteroids help chronic low back pain',
    ],
  },
  {
    id: 'avoid.acetaminophen-monotherapy',
    origin: 'guideline',
    kind: 'avoid',
    text: 'Do not rely on acetaminophen alone (limited evidence for chronic low back pain); it may be used as an adjunct.',
    cites: [1, 3],
    quote:
      'Acetaminophen should not be relied upon as monotherapy given limited evidence for chronic low back pain, though it may serve as adjunctive therapy',
    topics: ['acetaminophen', 'paracetamol', 'tylenol', 'monotherapy', 'adjunct', 'avoid'],
    drugs: ['acetaminophen'],
    see: ['label.acetaminophen'],
    asked: [
      'Is paracetamol on its own enough for chronic back pain?',
      'acetaminophen alone for chronic LBP?',
      'just tylenol ok for chronic back pain?',
      'Can I keep her on regular paracetamol as an add-on?',
    ],
  },
];
