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

const gabapentinTier = (band: Band, min: number, max: number, timesPerDay?: number) => ({
  crclMin: band.crclMin,
  crclBelow: band.crclBelow,
  action: band.crclBelow === undefined ? ('no-change' as const) : ('reduce' as const),
  dailyMg: { min, max },
  timesPerDay,
  text: `Gabapentin with CrCl ${band.label}: ${min}-${max} mg/day${timesPerDay === 1 ? ' once daily' : timesPerDay ? ` in ${timesPerDay} doses` : ''}.`,
  source: SOURCE.gabapentinLabel,
  knowledgeId: 'renal.gabapentin',
});

const pregabalinTier = (band: Band, min: number, max: number) => ({
  crclMin: band.crclMin,
  crclBelow: band.crclBelow,
  crclMax: band.crclMax,
  action: 'reduce' as const,
  dailyMg: { min, max },
  text: `Pregabalin with CrCl ${band.label}: ${min}-${max} mg/day.`,
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
      notes: ['Label: titrate from 300 mg/day; taper over at least 1 week when stopping.'],
    },
    renal: [
      gabapentinTier({ label: '>= 60', crclMin: 60 }, 900, 3600, 3),
      gabapentinTier({ label: '30-59', crclMin: 30, crclBelow: 60 }, 400, 1400, 2),
      gabapentinTier({ label: '15-29', crclMin: 15, crclBelow: 30 }, 200, 700, 1),
      gabapentinTier({ label: '< 15', crclBelow: 15 }, 100, 300),
    ],
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
      maxDailyMg: 600,
      notes: ['Label: usual maximum 300 mg/day; 600 mg/day only for some indications after 2-4 weeks at 300.'],
    },
    // clinical-reference.md gives "30-60", "15-30" and "< 15" (no row above 60): CrCl 60 is inside "30-60", and
    // CrCl 30, named by two tiers, gets the stricter one. Stricter tiers first (first match wins).
    renal: [
      pregabalinTier({ label: '< 15', crclBelow: 15 }, 25, 75),
      pregabalinTier({ label: '15-30', crclMin: 15, crclMax: 30 }, 25, 150),
      pregabalinTier({ label: '30-60', crclMin: 30, crclMax: 60 }, 75, 300),
    ],
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
