import type { NonDrugTherapyId } from '../case/case-facts.js';

/** Non-drug therapies by the names clinicians type (guideline's non-pharmacologic list, (1)). */
export const THERAPIES: readonly [NonDrugTherapyId, RegExp][] = [
  [
    'multidisciplinary-rehab',
    /\b(?:multi-?disciplinary|inter-?disciplinary|functional restoration|pain (?:rehab(?:ilitation)? |management )?program(?:me)?|(?:intensive )?rehab(?:ilitation)? program(?:me)?|mdr)\b(?: (?:rehab(?:ilitation)?|program(?:me)?|pain program(?:me)?|care))?/g,
  ],
  ['mbsr', /\b(?:mbsr|mindfull?ness(?:[- ]based stress reduction)?|meditation)\b/g],
  [
    'progressive-relaxation',
    /\b(?:progressive (?:muscle )?relaxation|relaxation (?:therapy|training|techniques?|exercises))\b/g,
  ],
  [
    'cbt',
    /\b(?:cbt|cognitive[- ]behaviou?ral(?: therapy)?|pain psycholog(?:y|ist)|pain psych\b|act\b(?= therapy)|acceptance and commitment therapy)/g,
  ],
  ['acupuncture', /\b(?:acc?upun\w*|acu)\b/g],
  ['massage', /\b(?:massage(?: therapy)?|rmt|myofascial release)\b/g],
  [
    'spinal-manipulation',
    /\b(?:chiro(?:practor|practic|practics)?(?: care| treatment| adjustments)?|spinal manipulation|manipulation|spinal manips?|smt|omt|osteopathic manipulati\w*|osteopath)\b/g,
  ],
  ['tai-chi-yoga', /\b(?:yoga|tai[- ]?chi|qigong|qi gong|pilates)\b/g],
  [
    'exercise',
    /\b(?:pt|physical therapy|physiotherapy|physio|physical therapist|home exercise program(?:me)?|(?:home |daily )?exercise(?:s| therapy| program(?:me)?)?|hep\b(?!\s?[abc]\b)|core (?:strengthening|stability)|mckenzie|aquatic therapy|hydrotherapy|pool therapy|walking program(?:me)?|walk(?:s|ing)? (?:daily|regularly|every day|most days|\d+ ?(?:min|minutes|miles?|km))|graded activity|stretching)\b/g,
  ],
];

export const THERAPY_LABEL: Record<NonDrugTherapyId, string> = {
  exercise: 'exercise / PT',
  'multidisciplinary-rehab': 'multidisciplinary rehab',
  acupuncture: 'acupuncture',
  mbsr: 'mindfulness (MBSR)',
  'tai-chi-yoga': 'yoga / tai chi',
  cbt: 'CBT',
  'spinal-manipulation': 'spinal manipulation',
  massage: 'massage',
  'progressive-relaxation': 'progressive relaxation',
};
