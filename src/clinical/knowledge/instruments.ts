import { referenceOf, type KnowledgeEntryInput } from './entry-schema.js';
import { SOURCE } from './source-names.js';

/** Scoring parameters only; the questionnaires' wording is licensed and never reproduced (clinical-reference.md section 5). */
export const START_BACK = Object.freeze({
  items: 9,
  /** Items 1-8 score 1 for "agree"; item 9 (bothersomeness) scores 1 only for "very much" or "extremely". */
  bothersomenessItem: 9,
  bothersomenessScoringAnswers: ['very much', 'extremely'] as const,
  totalRange: [0, 9] as const,
  /** Psychosocial subscale: items 5-9 in Keele's published order. */
  psychosocialItems: [5, 6, 7, 8, 9] as const,
  lowRiskMaxTotal: 3,
  highRiskMinPsychosocial: 4,
  source: SOURCE.keeleStartBack,
});

export const OSWESTRY = Object.freeze({
  sections: 10,
  maxPerSection: 5,
  /** More unanswered sections than this: no score, ask for the rest (reference §5, project working reading). */
  maxUnanswered: 2,
  /** Score % = sum / (5 x sections answered) x 100. */
  bands: Object.freeze([
    { min: 0, max: 20, label: 'minimal disability' },
    { min: 21, max: 40, label: 'moderate disability' },
    { min: 41, max: 60, label: 'severe disability' },
    { min: 61, max: 80, label: 'very severe disability' },
    { min: 81, max: 100, label: 'most severe disability' },
  ]),
  source: SOURCE.oswestry,
});

/** Minimal important change. */
export const MCID = Object.freeze({
  painScalePoints: 2,
  painScaleMax: 10,
  oswestryPoints: 10,
  percentFromBaseline: 30,
  source: SOURCE.clinicalReference,
});

const instrument = referenceOf('instrument');

export const instrumentEntries: KnowledgeEntryInput[] = [
  instrument({
    id: 'instrument.start-back',
    text: 'STarT Back (9 items, total 0-9; psychosocial subscale items 5-9, 0-5): low risk if total 0-3, high risk if subscale 4-5, otherwise medium.',
    source: SOURCE.keeleStartBack,
    topics: ['start back', 'screening', 'risk stratification', 'chronicity'],
    asked: ['How is STarT Back scored?', 'start back cut-offs?', "what's a high risk STarT Back score"],
  }),
  instrument({
    // clinical-reference.md section 5: "Items 1-8 agree = 1; item 9 (bothersomeness) scores 1 only for "very much"
    // or "extremely"".
    id: 'instrument.start-back-item9',
    text: 'STarT Back scoring: items 1-8 score 1 for "agree"; item 9 (how bothersome) scores 1 only for "very much" or "extremely", otherwise 0.',
    source: SOURCE.keeleStartBack,
    topics: ['start back', 'bothersome', 'item 9', 'scoring'],
    asked: [
      'does moderately score on the STarT Back bothersome question?',
      'how is STarT Back item 9 scored?',
      'keele item 9 very much: 1 or 0?',
    ],
  }),
  instrument({
    id: 'instrument.oswestry',
    text: 'Oswestry Disability Index: 10 sections scored 0-5; % = sum / (5 x sections answered) x 100. Bands: 0-20 minimal, 21-40 moderate, 41-60 severe, 61-80 very severe, 81-100 most severe.',
    source: SOURCE.oswestry,
    topics: ['oswestry', 'odi', 'disability', 'function'],
    asked: ['How do I score the Oswestry?', 'ODI bands?', 'what does an Oswestry score of 45% mean?'],
  }),
  instrument({
    id: 'instrument.mcid',
    text: 'Minimal important change: 2 points on a 0-10 pain scale, 10 points on the ODI, or 30% from baseline.',
    source: SOURCE.clinicalReference,
    topics: ['mcid', 'minimal important change', 'pain scale', 'oswestry', 'odi'],
    asked: [
      "What's a meaningful change in pain score?",
      'MCID for ODI?',
      'how much improvement counts as clinically important?',
      'What drop on the Oswestry counts as a real change, and what about on a 0-10 pain score?',
      'how many points of improvement on the NRS is worthwhile?',
    ],
  }),
];
