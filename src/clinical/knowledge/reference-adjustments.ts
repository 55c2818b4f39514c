import { escalationDosing } from './dosing-escalation.js';
import { radicularAdjunctDosing } from './dosing-radicular-adjunct.js';
import { labelRowsOf } from './dosing-schema.js';
import { referenceOf, type KnowledgeEntryInput } from './entry-schema.js';
import { SOURCE } from './source-names.js';

const adjustment = referenceOf('adjustment');

interface LabelRow {
  knowledgeId: string;
  text: string;
  source: string;
  reading?: string | undefined;
}
const LABEL_ROWS: readonly LabelRow[] = [...escalationDosing, ...radicularAdjunctDosing].flatMap((d) =>
  labelRowsOf<LabelRow>(d),
);

/**
 * The words and source of the dosing records' label row that this entry cites (dosing-escalation.ts,
 * dosing-radicular-adjunct.ts), with the row's reading of a cut-off after it: one row says the rule, its entry
 * repeats nothing. Every row naming the entry must say the same (the NSAID class rows stand on each NSAID).
 */
function rowSays(id: string): { text: string; source: string } {
  const said = LABEL_ROWS.filter((r) => r.knowledgeId === id).map((r) => ({
    text: r.reading ? `${r.text} ${r.reading}` : r.text,
    source: r.source,
  }));
  const [first] = said;
  if (!first || said.some((r) => r.text !== first.text || r.source !== first.source))
    throw new Error(`adjustment entry ${id}: expected one label row wording and source`);
  return first;
}

/** Renal, age and liver adjustments from the labels (clinical-reference.md section 2). Numbers live in dosing-escalation.ts and dosing-radicular-adjunct.ts. */
export const adjustmentEntries: KnowledgeEntryInput[] = [
  adjustment({
    id: 'renal.gabapentin',
    text: 'Gabapentin by CrCl: >= 60: 900-3,600 mg/day in 3 doses; 30-59: 400-1,400 mg/day in 2 doses; 15-29: 200-700 mg/day once daily; < 15: 100-300 mg/day once daily.',
    source: SOURCE.gabapentinLabel,
    topics: ['gabapentin', 'renal', 'crcl', 'ckd', 'kidney'],
    drugs: ['gabapentin'],
    asked: ['gabapentin renal dosing?', 'gabapentin in kidney impairment?', 'neurontin renal adjustment'],
  }),
  adjustment({
    id: 'renal.pregabalin',
    text: 'Pregabalin by CrCl: >= 60: 150-600 mg/day in 2-3 doses; 30-60: 75-300 mg/day in 2-3 doses; 15-30: 25-150 mg/day in 1-2 doses; < 15: 25-75 mg/day once daily. At a shared edge (60, 30, 15) the lower row is used.',
    source: SOURCE.pregabalinLabel,
    topics: ['pregabalin', 'renal', 'crcl', 'ckd', 'kidney'],
    drugs: ['pregabalin'],
    asked: ['pregabalin in CKD?', 'lyrica renal dose adjustment?', 'pregabalin dose for poor kidney function'],
  }),
  adjustment({
    id: 'dialysis.gabapentin',
    ...rowSays('dialysis.gabapentin'),
    topics: ['gabapentin', 'renal', 'dialysis', 'haemodialysis', 'hemodialysis', 'esrd'],
    drugs: ['gabapentin'],
    asked: ['gabapentin on dialysis?', 'gabapentin dose post haemodialysis', 'HD pt on neurontin - dosing?'],
  }),
  adjustment({
    id: 'dialysis.pregabalin',
    ...rowSays('dialysis.pregabalin'),
    topics: ['pregabalin', 'renal', 'dialysis', 'haemodialysis', 'hemodialysis', 'esrd'],
    drugs: ['pregabalin'],
    asked: ['pregabalin on dialysis?', 'lyrica in a haemodialysis pt', 'pregabalin supplemental dose after dialysis?'],
  }),
  adjustment({
    id: 'renal.tramadol',
    ...rowSays('renal.tramadol'),
    topics: ['tramadol', 'renal', 'crcl', 'ckd', 'kidney'],
    drugs: ['tramadol'],
    asked: ['tramadol in CKD?', 'tramadol renal dosing', 'tramadol dose with poor kidney function'],
  }),
  adjustment({
    id: 'renal.duloxetine',
    ...rowSays('renal.duloxetine'),
    topics: ['duloxetine', 'renal', 'crcl', 'ckd', 'kidney'],
    drugs: ['duloxetine'],
    asked: ['duloxetine in CKD?', 'cymbalta in renal impairment?', 'duloxetine with low eGFR?'],
  }),
  adjustment({
    id: 'renal.naproxen',
    ...rowSays('renal.naproxen'),
    topics: ['naproxen', 'nsaid', 'renal', 'crcl', 'ckd', 'kidney'],
    drugs: ['naproxen'],
    asked: ['naproxen in CKD?', 'naproxen renal impairment', 'naproxen with a low crcl'],
  }),
  adjustment({
    id: 'renal.ibuprofen',
    ...rowSays('renal.ibuprofen'),
    topics: ['ibuprofen', 'nsaid', 'renal', 'crcl', 'ckd', 'kidney'],
    drugs: ['ibuprofen'],
    asked: ['ibuprofen in CKD?', 'ibuprofen with kidney disease', 'nurofen in renal impairment?'],
  }),
  adjustment({
    id: 'age.tramadol',
    ...rowSays('age.tramadol'),
    topics: ['tramadol', 'age', 'older adults', 'elderly', 'maximum'],
    drugs: ['tramadol'],
    asked: ['tramadol in the elderly?', 'tramadol max dose over 75?', 'tramadol for an 80 year old?'],
  }),
  adjustment({
    id: 'age.duloxetine',
    ...rowSays('age.duloxetine'),
    topics: ['duloxetine', 'age', 'older adults', 'elderly', 'hyponatraemia', 'hyponatremia', 'sodium'],
    drugs: ['duloxetine'],
    asked: ['duloxetine in a 78 year old?', 'cymbalta 30mg for 72F', 'duloxetine for an 82 yo, any concerns?'],
  }),
  adjustment({
    id: 'liver.tramadol',
    ...rowSays('liver.tramadol'),
    topics: ['tramadol', 'liver', 'cirrhosis', 'hepatic'],
    drugs: ['tramadol'],
    asked: ['tramadol in cirrhosis?', 'tramadol liver disease dose', 'tramadol in hepatic impairment'],
  }),
  adjustment({
    id: 'liver.duloxetine',
    ...rowSays('liver.duloxetine'),
    topics: ['duloxetine', 'liver', 'hepatic', 'alcohol'],
    drugs: ['duloxetine'],
    asked: ['duloxetine in liver disease?', 'cymbalta with heavy alcohol use?', 'duloxetine hepatic impairment'],
  }),
  adjustment({
    id: 'condition.duloxetine-glaucoma',
    ...rowSays('condition.duloxetine-glaucoma'),
    topics: ['duloxetine', 'glaucoma', 'narrow-angle glaucoma', 'angle-closure glaucoma'],
    drugs: ['duloxetine'],
    asked: [
      'duloxetine in narrow-angle glaucoma?',
      'cymbalta with angle closure glaucoma?',
      'is duloxetine ok in NAG?',
    ],
  }),
  adjustment({
    id: 'condition.nsaid-cirrhosis',
    ...rowSays('condition.nsaid-cirrhosis'),
    topics: ['nsaid', 'naproxen', 'ibuprofen', 'cirrhosis', 'liver', 'hepatic', 'ascites', 'varices'],
    drugs: ['naproxen', 'ibuprofen', 'other-nsaid'],
    asked: ['NSAIDs in cirrhosis?', 'ibuprofen with liver cirrhosis?', 'naproxen in a pt with ascites?'],
  }),
  adjustment({
    id: 'condition.nsaid-heart-failure',
    ...rowSays('condition.nsaid-heart-failure'),
    topics: ['nsaid', 'naproxen', 'ibuprofen', 'heart failure', 'chf', 'fluid retention', 'oedema', 'edema'],
    drugs: ['naproxen', 'ibuprofen', 'other-nsaid'],
    asked: ['NSAIDs in heart failure?', 'ibuprofen with CHF?', 'naproxen in someone with heart failure and oedema?'],
  }),
  adjustment({
    id: 'condition.nsaid-cabg',
    ...rowSays('condition.nsaid-cabg'),
    topics: ['nsaid', 'naproxen', 'ibuprofen', 'cabg', 'bypass', 'cardiac surgery', 'boxed warning'],
    drugs: ['naproxen', 'ibuprofen', 'other-nsaid'],
    asked: ['NSAIDs after CABG?', 'ibuprofen post-CABG ok?', 'naproxen in a pt 2 wks post bypass surgery'],
  }),
  adjustment({
    id: 'liver.acetaminophen',
    ...rowSays('liver.acetaminophen'),
    topics: ['acetaminophen', 'liver', 'hepatic', 'alcohol'],
    drugs: ['acetaminophen'],
    asked: ['paracetamol in liver disease?', 'tylenol max with alcohol use?', 'acetaminophen dose in cirrhosis?'],
  }),
];
