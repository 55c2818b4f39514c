import { escalationDosing } from './dosing-escalation.js';
import { referenceOf, type KnowledgeEntryInput } from './entry-schema.js';
import { SOURCE } from './source-names.js';

const label = referenceOf('label');

/**
 * "The guideline's tramadol 50-100 mg every 6-8 hours has no age, renal or liver cap; the label caps it (age > 75,
 * CrCl < 30, cirrhosis).": the guideline dose and the caps read from the tramadol record (dosing-escalation.ts).
 */
function tramadolCapsText(): string {
  const t = escalationDosing.find((d) => d.drug === 'tramadol');
  const [g, age, renal, liver] = [t?.guideline, t?.age?.[0], t?.renal?.[0], t?.liver];
  if (!g || !age || renal?.crclBelow === undefined || !liver)
    throw new Error('tramadol record: guideline dose and caps');
  const dose = `${g.perDoseMg.min}-${g.perDoseMg.max} mg ${g.frequencyText}`;
  return `The guideline's tramadol ${dose} has no age, renal or liver cap; the label caps it (age > ${age.olderThan}, CrCl < ${renal.crclBelow}, ${liver.condition}).`;
}

/** Label limits to show beside the guideline dose (clinical-reference.md section 2). */
export const labelEntries: KnowledgeEntryInput[] = [
  label({
    id: 'label.duloxetine',
    text: 'Label (chronic musculoskeletal pain): 30 mg daily for 1 week, then 60 mg daily; no added benefit above 60 mg. Label maximum 120 mg/day (studied for depression and anxiety only). Contraindicated with an MAOI (or within 14 days), linezolid or IV methylene blue; boxed warning: suicidality.',
    source: SOURCE.duloxetineLabel,
    topics: ['duloxetine', 'cymbalta', 'label', 'maximum', 'suicidality'],
    drugs: ['duloxetine'],
    asked: ['duloxetine max dose?', 'can I go above 60 mg of cymbalta?', 'duloxetine contraindications?'],
  }),
  label({
    id: 'label.naproxen',
    text: 'Label: 250-500 mg twice daily; up to 1,500 mg/day for limited periods. OTC Aleve is naproxen sodium 220 mg.',
    source: SOURCE.naproxenLabel,
    topics: ['naproxen', 'aleve', 'label', 'maximum'],
    drugs: ['naproxen'],
    asked: ['naproxen max dose?', "what's the label dose of naproxen", 'maximum daily naproxen?'],
  }),
  label({
    id: 'label.ibuprofen',
    text: 'Label: 400-800 mg per dose every 6-8 hours, at most 800 mg in a single dose; prescription maximum 3,200 mg/day.',
    source: SOURCE.ibuprofenLabel,
    topics: ['ibuprofen', 'motrin', 'advil', 'label', 'maximum'],
    drugs: ['ibuprofen'],
    asked: ['ibuprofen max daily dose?', 'max single dose of ibuprofen?', 'how much nurofen can he take a day?'],
  }),
  label({
    id: 'label.nsaid-class',
    text: 'All NSAIDs carry boxed warnings for cardiovascular thrombotic events (contraindicated around CABG) and GI bleeding. Ask about CKD, anticoagulant or antiplatelet use, prior GI bleed or ulcer, cardiovascular disease, heart failure, cirrhosis and age > 65 first.',
    source: SOURCE.nsaidLabels,
    topics: ['nsaid', 'boxed warning', 'gi bleeding', 'cardiovascular', 'cabg', 'older adults'],
    drugs: ['naproxen', 'ibuprofen', 'other-nsaid'],
    asked: ['NSAID risks?', 'what to check before starting an NSAID?', 'NSAID boxed warnings?'],
  }),
  label({
    id: 'label.tramadol',
    text: 'Label: maximum 400 mg/day. Contraindicated with an MAOI (or within 14 days). Seizure risk; serotonin syndrome with SSRIs or SNRIs such as duloxetine. Schedule IV.',
    source: SOURCE.tramadolLabel,
    topics: ['tramadol', 'ultram', 'label', 'maximum', 'seizure', 'serotonin syndrome'],
    drugs: ['tramadol'],
    asked: ['tramadol max dose?', 'tramadol seizure risk?', "what's the most tramadol per day?"],
  }),
  label({
    id: 'label.gabapentin',
    text: 'Label: titrate from 300 mg/day; with CrCl >= 60, 900-3,600 mg/day in 3 doses. For neuropathic pain the target is 1,800 mg/day (no added benefit shown at higher doses); 3,600 mg/day is the epilepsy maximum. Taper over at least 1 week.',
    source: SOURCE.gabapentinLabel,
    topics: ['gabapentin', 'neurontin', 'label', 'maximum', 'titration', 'taper'],
    drugs: ['gabapentin'],
    asked: ['gabapentin max dose?', 'how to titrate gabapentin?', 'how do I stop gabapentin - taper?'],
  }),
  label({
    id: 'label.pregabalin',
    text: 'Label: start 150 mg/day (e.g. 75 mg twice daily); usual maximum 300 mg/day for diabetic neuropathic pain, 600 mg/day only for some indications after 2-4 weeks at 300. Schedule V; taper over at least 1 week.',
    source: SOURCE.pregabalinLabel,
    topics: ['pregabalin', 'lyrica', 'label', 'maximum', 'starting dose', 'taper'],
    drugs: ['pregabalin'],
    asked: ['pregabalin max dose?', 'pregabalin starting dose per the label?', 'lyrica taper?'],
  }),
  label({
    id: 'label.acetaminophen',
    text: 'Adult maximum 4,000 mg/day from all sources (lower with liver disease or regular alcohol use); count acetaminophen inside combination products such as Ultracet or hydrocodone/APAP.',
    source: SOURCE.acetaminophenLabel,
    topics: ['acetaminophen', 'paracetamol', 'tylenol', 'label', 'maximum', 'combination products'],
    drugs: ['acetaminophen', 'tramadol', 'hydrocodone'],
    asked: ['paracetamol max dose?', 'max tylenol per day?', 'acetaminophen limit with combination products?'],
  }),
  // Where the guideline text is looser than the labels (clinical-reference.md section 2, last paragraph):
  // the bot shows the guideline dose with its citation AND these notes, never one silently replacing the other.
  // No `asked` on these gap.* notes: they are shown only inside a computed drug answer, beside the dose they
  // qualify, and the guideline search leaves them out (dialogs/answers/guideline-answer.ts).
  label({
    id: 'gap.pregabalin-dose',
    text: "The guideline's pregabalin 150-300 mg twice daily starts at twice the label starting dose (150 mg/day) and reaches 600 mg/day: above the usual label maximum of 300 mg/day for diabetic neuropathic pain, at the label maximum for some indications only.",
    source: SOURCE.pregabalinLabel,
    topics: ['pregabalin', 'lyrica', 'guideline vs label', 'starting dose', 'maximum'],
    drugs: ['pregabalin'],
    see: ['radicular.pregabalin', 'label.pregabalin'],
  }),
  label({
    id: 'gap.gabapentinoid-renal',
    text: 'The guideline gives gabapentin and pregabalin doses with no renal adjustment; the labels reduce both by creatinine clearance.',
    source: `${SOURCE.gabapentinLabel}; ${SOURCE.pregabalinLabel}`,
    topics: ['gabapentin', 'pregabalin', 'renal', 'crcl', 'guideline vs label'],
    drugs: ['gabapentin', 'pregabalin'],
    see: ['renal.gabapentin', 'renal.pregabalin'],
  }),
  label({
    id: 'gap.tramadol-caps',
    text: tramadolCapsText(),
    source: SOURCE.tramadolLabel,
    topics: ['tramadol', 'guideline vs label', 'age', 'renal', 'liver'],
    drugs: ['tramadol'],
    see: ['age.tramadol', 'renal.tramadol', 'liver.tramadol'],
  }),
  label({
    id: 'gap.duloxetine-tramadol',
    text: 'The guideline offers duloxetine and tramadol without mentioning their interaction (serotonin syndrome, seizures, weaker tramadol effect).',
    source: `${SOURCE.tramadolLabel}; ${SOURCE.duloxetineLabel}`,
    topics: ['duloxetine', 'tramadol', 'interaction', 'guideline vs label'],
    drugs: ['duloxetine', 'tramadol'],
    see: ['interaction.duloxetine-tramadol'],
  }),
];
