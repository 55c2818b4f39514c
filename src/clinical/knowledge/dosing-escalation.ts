import type { z } from 'zod';
import type { dosedDrugSchema } from './dosing-schema.js';
import { SOURCE } from './source-names.js';

type DosedDrugInput = z.input<typeof dosedDrugSchema>;

/**
 * The age rules are exported so the statechart's warnings (machines/case-warnings.ts) read the same ages as the
 * dose check: one definition of "over 65" and "over 75" (NSAID labels; tramadol label).
 */
export const nsaidAgeCaution = {
  olderThan: 65,
  action: 'caution',
  text: 'Age > 65: ask about CKD, anticoagulant or antiplatelet use, prior GI bleed or ulcer and cardiovascular disease before calling an NSAID appropriate.',
  source: SOURCE.nsaidLabels,
  knowledgeId: 'label.nsaid-class',
} as const;

export const tramadolAgeCap = {
  olderThan: 75,
  action: 'reduce',
  maxDailyMg: 300,
  text: 'Tramadol over age 75: maximum 300 mg/day.',
  source: SOURCE.tramadolLabel,
  knowledgeId: 'age.tramadol',
} as const;

/**
 * Duloxetine: "Hyponatraemia risk in older adults" (clinical-reference.md section 2). The reference gives no age;
 * "older" is read as the reference's own age > 65 (All NSAIDs), the project's one definition of older. A note, not
 * a question: it neither rules duloxetine out nor asks the case to confirm it (machines/case-warnings.ts shows it).
 */
export const duloxetineAgeNote = {
  olderThan: 65,
  action: 'note',
  text: 'Duloxetine: hyponatraemia risk in older adults.',
  source: SOURCE.duloxetineLabel,
  knowledgeId: 'age.duloxetine',
} as const;

/**
 * NSAIDs in cirrhosis and in heart failure (clinical-reference.md section 2, "All NSAIDs"): avoid; around CABG:
 * contraindicated (the cardiovascular boxed warning). A class rule: every NSAID record carries it, and an NSAID
 * without a record of its own (meloxicam) gets it from them. In a case, recent CABG is read by its option rule
 * (option-rules.ts), which rules the NSAID option out; these rows give the quick answers the same rule.
 */
export const nsaidConditions = [
  {
    condition: 'heart-failure',
    named: 'heart failure',
    action: 'avoid',
    text: 'Avoid NSAIDs in heart failure: fluid retention.',
    source: SOURCE.nsaidHeartFailure,
    knowledgeId: 'condition.nsaid-heart-failure',
  },
  {
    condition: 'cirrhosis',
    named: 'cirrhosis',
    action: 'avoid',
    text: 'Avoid NSAIDs in cirrhosis: renal failure and GI or variceal bleeding.',
    source: SOURCE.nsaidCirrhosis,
    knowledgeId: 'condition.nsaid-cirrhosis',
  },
  {
    condition: 'recent-cabg',
    named: 'around CABG',
    action: 'avoid',
    text: 'NSAIDs are contraindicated around CABG: boxed warning for cardiovascular thrombotic events.',
    source: SOURCE.nsaidLabels,
    knowledgeId: 'condition.nsaid-cabg',
  },
] as const;

/** First-line escalation drugs (guideline "First-Line Medication Adjustments", citations 1, 2). */
export const escalationDosing: DosedDrugInput[] = [
  {
    drug: 'duloxetine',
    role: 'escalation',
    pathwaySteps: ['escalation.duloxetine', 'radicular.duloxetine'],
    guideline: {
      knowledgeId: 'escalation.duloxetine',
      cites: [1, 2],
      perDoseMg: { min: 30, max: 60 },
      timesPerDay: { min: 1, max: 1 },
      frequencyText: 'once daily',
      meaning: 'range',
      titration: { startDailyMg: 30, targetDailyMg: 60 },
    },
    label: {
      knowledgeId: 'label.duloxetine',
      source: SOURCE.duloxetineLabel,
      startDailyMg: 30,
      noAddedBenefitAboveDailyMg: 60,
      noAddedBenefitScope: 'for chronic musculoskeletal pain',
      maxDailyMg: 120,
      maxScope: 'studied for depression and anxiety only',
      notes: ['Label: 30 mg daily for 1 week, then 60 mg daily; no added benefit above 60 mg.'],
    },
    renal: [
      {
        crclBelow: 30,
        action: 'avoid',
        text: 'Avoid duloxetine if CrCl < 30.',
        source: SOURCE.duloxetineLabel,
        knowledgeId: 'renal.duloxetine',
      },
    ],
    age: [duloxetineAgeNote],
    liver: {
      condition: 'chronic liver disease or heavy alcohol use',
      action: 'avoid',
      text: 'Avoid duloxetine in chronic liver disease or heavy alcohol use.',
      source: SOURCE.duloxetineLabel,
      knowledgeId: 'liver.duloxetine',
    },
    conditions: [
      {
        condition: 'narrow-angle-glaucoma',
        named: 'uncontrolled narrow-angle glaucoma',
        action: 'avoid',
        text: 'Avoid duloxetine in uncontrolled narrow-angle glaucoma.',
        source: SOURCE.duloxetineLabel,
        knowledgeId: 'condition.duloxetine-glaucoma',
      },
    ],
    looserThanLabel: ['gap.duloxetine-tramadol'],
  },
  {
    drug: 'naproxen',
    role: 'escalation',
    pathwaySteps: ['escalation.nsaid-adequate-dose'],
    guideline: {
      knowledgeId: 'escalation.nsaid-adequate-dose',
      cites: [1],
      perDoseMg: { min: 500, max: 500 },
      timesPerDay: { min: 2, max: 2 },
      frequencyText: 'twice daily',
      meaning: 'minimum',
    },
    label: {
      knowledgeId: 'label.naproxen',
      source: SOURCE.naproxenLabel,
      perDoseMg: { min: 250, max: 500 },
      maxDailyMg: 1500,
      maxScope: 'for limited periods',
      notes: ['Label: 250-500 mg twice daily; up to 1,500 mg/day for limited periods only.'],
    },
    renal: [
      {
        crclBelow: 30,
        action: 'not-recommended',
        text: 'Naproxen is not recommended if CrCl < 30.',
        source: SOURCE.naproxenLabel,
        knowledgeId: 'renal.naproxen',
      },
    ],
    age: [nsaidAgeCaution],
    conditions: [...nsaidConditions],
    // clinical-reference.md: ask about CKD, anticoagulants, GI bleed, CV disease, age > 65 before calling an NSAID appropriate.
    safetyNotes: ['label.nsaid-class'],
  },
  {
    drug: 'ibuprofen',
    role: 'escalation',
    pathwaySteps: ['escalation.nsaid-adequate-dose'],
    guideline: {
      knowledgeId: 'escalation.nsaid-adequate-dose',
      cites: [1],
      perDoseMg: { min: 600, max: 800 },
      timesPerDay: { min: 3, max: 3 },
      frequencyText: 'three times daily',
      meaning: 'minimum',
    },
    label: {
      knowledgeId: 'label.ibuprofen',
      source: SOURCE.ibuprofenLabel,
      perDoseMg: { min: 400, max: 800 },
      maxSingleDoseMg: 800,
      maxDailyMg: 3200,
    },
    renal: [
      {
        crclBelow: 30,
        action: 'not-recommended',
        text: 'Ibuprofen is not recommended in advanced renal disease (CrCl < 30).',
        reading: "The label gives no number: CrCl < 30 is this project's own reading of advanced renal disease.",
        source: SOURCE.ibuprofenLabel,
        knowledgeId: 'renal.ibuprofen',
      },
    ],
    age: [nsaidAgeCaution],
    conditions: [...nsaidConditions],
    // clinical-reference.md: ask about CKD, anticoagulants, GI bleed, CV disease, age > 65 before calling an NSAID appropriate.
    safetyNotes: ['label.nsaid-class'],
  },
  {
    drug: 'tramadol',
    role: 'escalation',
    pathwaySteps: ['escalation.tramadol'],
    guideline: {
      knowledgeId: 'escalation.tramadol',
      cites: [1, 2],
      perDoseMg: { min: 50, max: 100 },
      timesPerDay: { min: 3, max: 4 },
      frequencyText: 'every 6-8 hours',
      meaning: 'range',
    },
    label: { knowledgeId: 'label.tramadol', source: SOURCE.tramadolLabel, maxDailyMg: 400 },
    renal: [
      {
        crclBelow: 30,
        action: 'reduce',
        intervalHours: 12,
        maxDailyMg: 200,
        text: 'Tramadol with CrCl < 30: every 12 hours, maximum 200 mg/day.',
        source: SOURCE.tramadolLabel,
        knowledgeId: 'renal.tramadol',
      },
    ],
    age: [tramadolAgeCap],
    liver: {
      condition: 'cirrhosis',
      action: 'reduce',
      perDoseMg: 50,
      intervalHours: 12,
      text: 'Tramadol in cirrhosis: 50 mg every 12 hours.',
      source: SOURCE.tramadolLabel,
      knowledgeId: 'liver.tramadol',
    },
    looserThanLabel: ['gap.tramadol-caps', 'gap.duloxetine-tramadol'],
  },
];
