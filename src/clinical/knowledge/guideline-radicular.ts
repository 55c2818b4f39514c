import { guidelineOf, type KnowledgeEntryInput } from './entry-schema.js';

const radicular = guidelineOf('radicular');

/** Guideline: "Assessment for Radicular Component". */
export const radicularEntries: KnowledgeEntryInput[] = [
  radicular({
    id: 'radicular.assess',
    text: 'Evaluate for neuropathic features when radicular symptoms (leg pain, paresthesias, weakness) are present or suspected.',
    cites: [5, 3],
    quote: 'If radicular symptoms (leg pain, paresthesias, weakness) are present or suspected',
    topics: ['radicular', 'sciatica', 'leg pain', 'paresthesia', 'weakness', 'neuropathic'],
    asked: [
      "What should I assess when there's leg pain with the back pain?",
      'back pain radiating down the leg, what now?',
      'pt has sciatica-type symptoms, tingling in foot - approach?',
      'How do I evaluate suspected radicular symptoms?',
    ],
  }),
  radicular({
    id: 'radicular.gabapentin',
    text: 'For neuropathic pain, consider gabapentin 300-1200 mg three times daily.',
    cites: [1],
    quote:
      'Consider gabapentin (300-1200 mg three times daily) or pregabalin (150-300 mg twice daily) for neuropathic pain',
    topics: ['gabapentin', 'neurontin', 'gabapentinoid', 'neuropathic', 'radicular', 'dose'],
    drugs: ['gabapentin'],
    see: ['label.gabapentin', 'renal.gabapentin', 'gap.gabapentinoid-renal'],
    asked: [
      'Gabapentin dose for sciatica?',
      'neurontin for radicular pain, dose',
      'What gabapentin dose for nerve pain down the leg?',
    ],
  }),
  radicular({
    id: 'radicular.pregabalin',
    text: 'For neuropathic pain, consider pregabalin 150-300 mg twice daily.',
    cites: [1],
    quote:
      'Consider gabapentin (300-1200 mg three times daily) or pregabalin (150-300 mg twice daily) for neuropathic pain',
    topics: ['pregabalin', 'lyrica', 'gabapentinoid', 'neuropathic', 'radicular', 'dose'],
    drugs: ['pregabalin'],
    see: ['label.pregabalin', 'renal.pregabalin', 'gap.pregabalin-dose', 'gap.gabapentinoid-renal'],
    asked: [
      'Pregabalin dose for sciatica?',
      'lyrica for radicular pain how much',
      'what dose of pregabalin for neuropathic leg pain',
    ],
  }),
  radicular({
    id: 'radicular.duloxetine',
    text: 'Duloxetine becomes even more appropriate: it addresses both neuropathic pain and chronic low back pain.',
    cites: [1, 2],
    quote: 'Duloxetine becomes even more appropriate as it addresses both neuropathic pain and chronic low back pain',
    topics: ['duloxetine', 'neuropathic', 'radicular'],
    drugs: ['duloxetine'],
    see: ['escalation.duloxetine'],
    asked: [
      'Is duloxetine good for sciatica?',
      'duloxetine for neuropathic leg pain plus back pain?',
      'pt with radicular pain, would cymbalta cover both?',
    ],
  }),
  radicular({
    // Reconciled with pitfall.routine-imaging as in clinical-reference.md section 7: the branch's MRI is for
    // persistent radicular symptoms where findings would change management, never a repeat.
    id: 'radicular.mri',
    text: 'With radicular symptoms and no prior MRI, obtain MRI when symptoms persist and findings would change management (e.g. a candidate for injection or surgery). Do not repeat an MRI because one exists.',
    cites: [5, 3],
    quote:
      'Obtain MRI if not previously done to evaluate for nerve root compression, spinal stenosis, or disc herniation requiring specific intervention',
    topics: ['mri', 'imaging', 'radicular', 'nerve root compression', 'stenosis', 'disc herniation'],
    see: ['imaging.reconciled', 'pitfall.routine-imaging'],
    asked: [
      'When should I get an MRI for sciatica?',
      'persistent radicular sx, no MRI yet - order one?',
      "Leg pain for eight weeks and she's considering an injection, does she need an MRI?",
    ],
  }),
];
