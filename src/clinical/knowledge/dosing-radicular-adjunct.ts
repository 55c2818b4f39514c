import type { z } from 'zod';
import type { avoidDrugSchema, dosedDrugSchema } from './dosing-schema.js';
import { SOURCE } from './source-names.js';

type DosedDrugInput = z.input<typeof dosedDrugSchema>;

interface Band {
  label: string;
  crclMin?: number;
  crclBelow?: number;
  crclMax?: number;
}

const doses = (most?: number, least?: number): string => {
  if (most === undefined) return '';
  if (least !== undefined && least !== most) return ` in ${least}-${most} doses`;
  return most === 1 ? ' once daily' : ` in ${most} doses`;
};

const gabapentinTier = (band: Band, min: number, max: number, timesPerDay: number) => ({
  crclMin: band.crclMin,
  crclBelow: band.crclBelow,
  action: band.crclBelow === undefined ? ('no-change' as const) : ('reduce' as const),
  dailyMg: { min, max },
  timesPerDay,
  text: `Gabapentin with CrCl ${band.label}: ${min}-${max} mg/day${doses(timesPerDay)}.`,
  source: SOURCE.gabapentinLabel,
  knowledgeId: 'renal.gabapentin',
});

/** clinical-reference.md: the label's pregabalin rows share their edges (60, 30, 15); the lower row is used there. */
const PREGABALIN_EDGE = 'the lower, more cautious row is used (project reading).';

const pregabalinTier = (band: Band, min: number, max: number, most: number, least?: number) => ({
  crclMin: band.crclMin,
  crclBelow: band.crclBelow,
  crclMax: band.crclMax,
  ...(band.crclMax !== undefined ? { edgeText: PREGABALIN_EDGE } : {}),
  action: band.crclMax === undefined ? ('no-change' as const) : ('reduce' as const),
  dailyMg: { min, max },
  timesPerDay: most,
  minTimesPerDay: least,
  text: `Pregabalin with CrCl ${band.label}: ${min}-${max} mg/day${doses(most, least)}.`,
  source: SOURCE.pregabalinLabel,
  knowledgeId: 'renal.pregabalin',
});

/** Radicular branch (guideline "Assessment for Radicular Component", citation 1) and the adjunct acetaminophen. */
export const radicularAdjunctDosing: DosedDrugInput[] = [
  {
    drug: 'gabapentin',
    role: 'radicular',
    pathwaySteps: ['radicular.gabapentin'],
    guideline: {
      knowledgeId: 'radicular.gabapentin',
      cites: [1],
      perDoseMg: { min: 300, max: 1200 },
      timesPerDay: { min: 3, max: 3 },
      frequencyText: 'three times daily',
      meaning: 'range',
    },
    label: {
      knowledgeId: 'label.gabapentin',
      source: SOURCE.gabapentinLabel,
      startDailyMg: 300,
      maxDailyMg: 3600,
      maxScope: 'the epilepsy maximum',
      noAddedBenefitAboveDailyMg: 1800,
      noAddedBenefitScope: 'for neuropathic pain (post-herpetic neuralgia)',
      notes: [
        'Label: for neuropathic pain the target is 1,800 mg/day (no added benefit shown at higher doses); 3,600 mg/day is the epilepsy maximum.',
      ],
    },
    renal: [
      gabapentinTier({ label: '>= 60', crclMin: 60 }, 900, 3600, 3),
      gabapentinTier({ label: '30-59', crclMin: 30, crclBelow: 60 }, 400, 1400, 2),
      gabapentinTier({ label: '15-29', crclMin: 15, crclBelow: 30 }, 200, 700, 1),
      gabapentinTier({ label: '< 15', crclBelow: 15 }, 100, 300, 1),
    ],
    haemodialysis: {
      supplementMg: { min: 125, max: 350 },
      text: 'Gabapentin on haemodialysis: a supplemental 125-350 mg dose after each 4-hour session.',
      source: SOURCE.gabapentinLabel,
      knowledgeId: 'dialysis.gabapentin',
    },
    looserThanLabel: ['gap.gabapentinoid-renal'],
  },
  {
    drug: 'pregabalin',
    role: 'radicular',
    pathwaySteps: ['radicular.pregabalin'],
    guideline: {
      knowledgeId: 'radicular.pregabalin',
      cites: [1],
      perDoseMg: { min: 150, max: 300 },
      timesPerDay: { min: 2, max: 2 },
      frequencyText: 'twice daily',
      meaning: 'range',
    },
    label: {
      knowledgeId: 'label.pregabalin',
      source: SOURCE.pregabalinLabel,
      startDailyMg: 150,
      usualMaxDailyMg: 300,
      usualMaxScope: 'for diabetic neuropathic pain',
      maxDailyMg: 600,
      maxScope: 'only for some indications, after 2-4 weeks at 300',
      notes: [
        'Label: usual maximum 300 mg/day for diabetic neuropathic pain; 600 mg/day only for some indications after 2-4 weeks at 300.',
      ],
    },
    // clinical-reference.md: ">= 60", "30-60", "15-30", "< 15"; the rows share their edges (60, 30, 15) and the
    // project takes the lower row at an edge and says so. Stricter tiers first (first match wins), each up to and
    // including its upper edge.
    renal: [
      pregabalinTier({ label: '< 15', crclMax: 15 }, 25, 75, 1),
      pregabalinTier({ label: '15-30', crclMax: 30 }, 25, 150, 2, 1),
      pregabalinTier({ label: '30-60', crclMax: 60 }, 75, 300, 3, 2),
      pregabalinTier({ label: '>= 60', crclMin: 60 }, 150, 600, 3, 2),
    ],
    haemodialysis: {
      text: 'Pregabalin on haemodialysis: a supplemental dose after haemodialysis.',
      source: SOURCE.pregabalinLabel,
      knowledgeId: 'dialysis.pregabalin',
    },
    looserThanLabel: ['gap.pregabalin-dose', 'gap.gabapentinoid-renal'],
  },
  {
    drug: 'acetaminophen',
    role: 'adjunct',
    pathwaySteps: ['avoid.acetaminophen-monotherapy'],
    label: {
      knowledgeId: 'label.acetaminophen',
      source: SOURCE.acetaminophenLabel,
      maxDailyMg: 4000,
      notes: [
        'Count acetaminophen inside combination products (Ultracet, hydrocodone/APAP) toward the 4,000 mg/day maximum.',
      ],
    },
    liver: {
      condition: 'liver disease or regular alcohol use',
      action: 'caution',
      maxBelowDailyMg: 4000,
      text: 'Acetaminophen: use a maximum lower than 4,000 mg/day with liver disease or regular alcohol use.',
      source: SOURCE.acetaminophenLabel,
      knowledgeId: 'liver.acetaminophen',
    },
  },
];

/** The guideline's avoid list carries no dose at all: the bot must never be able to show one. */
export const avoidDosing: z.input<typeof avoidDrugSchema>[] = [
  { drug: 'benzodiazepine', role: 'avoid', knowledgeId: 'avoid.benzodiazepines' },
  { drug: 'systemic-corticosteroid', role: 'avoid', knowledgeId: 'avoid.systemic-corticosteroids' },
];
