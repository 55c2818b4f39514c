import { referenceOf, type KnowledgeEntryInput } from './entry-schema.js';
import { SOURCE } from './source-names.js';

const adjustment = referenceOf('adjustment');

/** Renal, age and liver adjustments from the labels (clinical-reference.md section 2). Numbers live in dosing-escalation.ts and dosing-radicular-adjunct.ts. */
export const adjustmentEntries: KnowledgeEntryInput[] = [
  adjustment({
    id: 'renal.gabapentin',
    text: 'Gabapentin by CrCl: >= 60: 900-3,600 mg/day in 3 doses; 30-59: 400-1,400 mg/day in 2 doses; 15-29: 200-700 mg/day once daily; < 15: 100-300 mg/day once daily.',
    source: SOURCE.gabapentinLabel,
    topics: ['gabapentin', 'renal', 'crcl', 'ckd', 'kidney'],
    drugs: ['gabapentin'],
  }),
  adjustment({
    id: 'renal.pregabalin',
    text: 'Pregabalin by CrCl: >= 60: 150-600 mg/day in 2-3 doses; 30-60: 75-300 mg/day in 2-3 doses; 15-30: 25-150 mg/day in 1-2 doses; < 15: 25-75 mg/day once daily. At a shared edge (60, 30, 15) the lower row is used.',
    source: SOURCE.pregabalinLabel,
    topics: ['pregabalin', 'renal', 'crcl', 'ckd', 'kidney'],
    drugs: ['pregabalin'],
  }),
  adjustment({
    id: 'dialysis.gabapentin',
    text: 'Gabapentin on haemodialysis: a supplemental 125-350 mg dose after each 4-hour session.',
    source: SOURCE.gabapentinLabel,
    topics: ['gabapentin', 'renal', 'dialysis', 'haemodialysis', 'hemodialysis', 'esrd'],
    drugs: ['gabapentin'],
  }),
  adjustment({
    id: 'dialysis.pregabalin',
    text: 'Pregabalin on haemodialysis: a supplemental dose after haemodialysis.',
    source: SOURCE.pregabalinLabel,
    topics: ['pregabalin', 'renal', 'dialysis', 'haemodialysis', 'hemodialysis', 'esrd'],
    drugs: ['pregabalin'],
  }),
  adjustment({
    id: 'renal.tramadol',
    text: 'Tramadol with CrCl < 30: every 12 hours, maximum 200 mg/day.',
    source: SOURCE.tramadolLabel,
    topics: ['tramadol', 'renal', 'crcl', 'ckd', 'kidney'],
    drugs: ['tramadol'],
  }),
  adjustment({
    id: 'renal.duloxetine',
    text: 'Avoid duloxetine if CrCl < 30.',
    source: SOURCE.duloxetineLabel,
    topics: ['duloxetine', 'renal', 'crcl', 'ckd', 'kidney'],
    drugs: ['duloxetine'],
  }),
  adjustment({
    id: 'renal.naproxen',
    text: 'Naproxen is not recommended if CrCl < 30.',
    source: SOURCE.naproxenLabel,
    topics: ['naproxen', 'nsaid', 'renal', 'crcl', 'ckd', 'kidney'],
    drugs: ['naproxen'],
  }),
  adjustment({
    id: 'renal.ibuprofen',
    text: "Ibuprofen is not recommended in advanced renal disease (CrCl < 30). The label gives no number: CrCl < 30 is this project's own reading of advanced renal disease.",
    source: SOURCE.ibuprofenLabel,
    topics: ['ibuprofen', 'nsaid', 'renal', 'crcl', 'ckd', 'kidney'],
    drugs: ['ibuprofen'],
  }),
  adjustment({
    id: 'age.tramadol',
    text: 'Tramadol over age 75: maximum 300 mg/day.',
    source: SOURCE.tramadolLabel,
    topics: ['tramadol', 'age', 'older adults', 'elderly', 'maximum'],
    drugs: ['tramadol'],
  }),
  adjustment({
    id: 'liver.tramadol',
    text: 'Tramadol in cirrhosis: 50 mg every 12 hours.',
    source: SOURCE.tramadolLabel,
    topics: ['tramadol', 'liver', 'cirrhosis', 'hepatic'],
    drugs: ['tramadol'],
  }),
  adjustment({
    id: 'liver.duloxetine',
    text: 'Avoid duloxetine in chronic liver disease or heavy alcohol use.',
    source: SOURCE.duloxetineLabel,
    topics: ['duloxetine', 'liver', 'hepatic', 'alcohol'],
    drugs: ['duloxetine'],
  }),
  adjustment({
    id: 'condition.nsaid-cirrhosis',
    text: 'Avoid NSAIDs in cirrhosis: renal failure and GI or variceal bleeding.',
    source: SOURCE.nsaidCirrhosis,
    topics: ['nsaid', 'naproxen', 'ibuprofen', 'cirrhosis', 'liver', 'hepatic', 'ascites', 'varices'],
    drugs: ['naproxen', 'ibuprofen', 'other-nsaid'],
  }),
  adjustment({
    id: 'condition.nsaid-heart-failure',
    text: 'Avoid NSAIDs in heart failure: fluid retention.',
    source: SOURCE.nsaidHeartFailure,
    topics: ['nsaid', 'naproxen', 'ibuprofen', 'heart failure', 'chf', 'fluid retention', 'oedema', 'edema'],
    drugs: ['naproxen', 'ibuprofen', 'other-nsaid'],
  }),
  adjustment({
    id: 'liver.acetaminophen',
    text: 'Acetaminophen: use a maximum lower than 4,000 mg/day with liver disease or regular alcohol use.',
    source: SOURCE.acetaminophenLabel,
    topics: ['acetaminophen', 'liver', 'hepatic', 'alcohol'],
    drugs: ['acetaminophen'],
  }),
];
