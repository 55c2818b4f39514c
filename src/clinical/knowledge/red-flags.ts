import { referenceOf, type KnowledgeEntryInput } from './entry-schema.js';
import { SOURCE } from './source-names.js';

/** Red flags stop the pathway and lead to urgent-evaluation advice (clinical-reference.md section 6). */
export type RedFlagGroupId = 'cauda-equina' | 'cancer' | 'infection' | 'fracture' | 'progressive-neuro-deficit';

export interface RedFlagGroup {
  readonly id: RedFlagGroupId;
  readonly knowledgeId: string;
  readonly suspected: string;
  readonly signs: readonly string[];
}

export const RED_FLAG_SOURCE = `${SOURCE.ahcpr1994}; ${SOURCE.acrLowBackPain}`;

export const redFlagGroups: readonly RedFlagGroup[] = Object.freeze([
  {
    id: 'cauda-equina',
    knowledgeId: 'redflag.cauda-equina',
    suspected: 'Cauda equina syndrome',
    signs: [
      'saddle anaesthesia',
      'new urinary retention or incontinence',
      'faecal incontinence',
      'bilateral or progressive leg weakness',
    ],
  },
  {
    id: 'cancer',
    knowledgeId: 'redflag.cancer',
    suspected: 'Cancer',
    signs: ['history of cancer', 'unexplained weight loss', 'age > 50 with no improvement', 'night pain'],
  },
  {
    id: 'infection',
    knowledgeId: 'redflag.infection',
    suspected: 'Infection',
    signs: ['fever', 'IV drug use', 'immunosuppression', 'recent bacterial infection'],
  },
  {
    id: 'fracture',
    knowledgeId: 'redflag.fracture',
    suspected: 'Fracture',
    signs: ['significant trauma', 'osteoporosis', 'long-term corticosteroids', 'older age with minor trauma'],
  },
  {
    id: 'progressive-neuro-deficit',
    knowledgeId: 'redflag.progressive-neuro-deficit',
    suspected: 'Progressive neurological deficit',
    signs: ['worsening weakness', 'foot drop'],
  },
]);

const redFlag = referenceOf('red-flag');

export const redFlagEntries: KnowledgeEntryInput[] = [
  redFlag({
    id: 'redflag.urgent-evaluation',
    text: 'A red flag is present: stop the chronic pain pathway and arrange urgent evaluation.',
    source: RED_FLAG_SOURCE,
    topics: ['red flag', 'urgent', 'emergency', 'evaluation'],
  }),
  ...redFlagGroups.map((group) =>
    redFlag({
      id: group.knowledgeId,
      text: `Suspected ${group.suspected.toLowerCase()}: ${group.signs.join(', ')}. Advise urgent evaluation.`,
      source: RED_FLAG_SOURCE,
      topics: ['red flag', group.suspected.toLowerCase(), ...group.signs.map((s) => s.toLowerCase())],
      see: ['redflag.urgent-evaluation'],
    }),
  ),
];
