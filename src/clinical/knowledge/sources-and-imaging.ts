import { referenceOf, type KnowledgeEntryInput } from './entry-schema.js';
import { SOURCE } from './source-names.js';

const source = referenceOf('source');
const imaging = referenceOf('imaging');

/**
 * The guideline text has no reference list. These are the sources its numbers most likely point to
 * (clinical-reference.md section 1): always shown as "probable", never as certain.
 */
const probableSources: { n: number | 'cdc-2022'; text: string }[] = [
  {
    n: 1,
    text: 'ACP 2017 guideline: Noninvasive treatments for acute, subacute and chronic low back pain (Ann Intern Med 2017;166:514-530).',
  },
  {
    n: 2,
    text: 'Chou et al. 2017: Systemic pharmacologic therapies for low back pain (Ann Intern Med 2017;166:480-492).',
  },
  { n: 3, text: 'VA/DoD Low Back Pain guideline (2017/2022) or NICE NG59.' },
  { n: 4, text: 'A review of cognitive behavioural therapy for chronic pain (not identified).' },
  { n: 5, text: 'ACR Appropriateness Criteria: Low Back Pain (imaging).' },
  {
    n: 6,
    text: 'Kamper et al., Cochrane review of multidisciplinary biopsychosocial rehabilitation (BMJ 2015;350:h444).',
  },
  {
    n: 'cdc-2022',
    text: 'The opioid section follows the CDC 2022 Clinical Practice Guideline for Prescribing Opioids for Pain (MMWR Recomm Rep 2022;71(RR-3)).',
  },
];

export const sourceAndImagingEntries: KnowledgeEntryInput[] = [
  // No `asked` on the sources.* entries: they are reached only through the sources answer (one rule for any
  // "what are your sources?" question, dialogs/answers/sources-answer.ts), which lists them all together, and the
  // guideline search leaves them out.
  ...probableSources.map(({ n, text }) =>
    source({
      id: `sources.${n}`,
      text: `Probable source${typeof n === 'number' ? ` of citation ${n}` : ''}: ${text}`,
      source: SOURCE.clinicalReference,
      probable: true,
      topics: ['sources', 'references', 'citation', String(n)],
    }),
  ),
  imaging({
    // The guideline says both "obtain MRI if not previously done" and "no routine imaging without red flags".
    id: 'imaging.reconciled',
    text: 'No imaging for non-radicular pain without red flags. With radicular symptoms and no MRI yet, recommend MRI when symptoms persist and findings would change management (a candidate for injection or surgery after about 6 weeks of optimal care). Never repeat an MRI because one exists.',
    source: `${SOURCE.acrLowBackPain}; ${SOURCE.clinicalReference}`,
    topics: ['imaging', 'mri', 'red flags', 'radicular', 'routine imaging'],
    see: ['radicular.mri', 'pitfall.routine-imaging'],
    asked: ['Does chronic back pain need imaging?', 'when to image chronic LBP?', 'MRI for back pain?'],
  }),
];
