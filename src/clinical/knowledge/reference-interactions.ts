import { z } from 'zod';
import { drugCatalogue, drugClassSchema, drugIdSchema, type DrugId } from './drug-catalogue.js';
import { askedSchema, referenceOf, type KnowledgeEntryInput } from './entry-schema.js';
import { SOURCE } from './source-names.js';

/** Conditions that take part in an interaction (a drug + condition pair). Same spelling as machines/case-facts.ts. */
export const interactionConditionSchema = z.enum(['ckd']);
export type InteractionCondition = z.infer<typeof interactionConditionSchema>;

const sideSchema = z
  .strictObject({
    drugs: z.array(drugIdSchema).optional(),
    classes: z.array(drugClassSchema).optional(),
    conditions: z.array(interactionConditionSchema).optional(),
    /** Product names as typed (lower case), for what a drug id cannot tell apart: Percocet contains acetaminophen. */
    names: z.array(z.string()).optional(),
  })
  .refine(
    (s) => (s.drugs?.length ?? 0) + (s.classes?.length ?? 0) + (s.conditions?.length ?? 0) + (s.names?.length ?? 0) > 0,
    'empty side',
  );
export type InteractionSide = z.infer<typeof sideSchema>;

export const interactionSeveritySchema = z.enum(['contraindicated', 'boxed-warning', 'avoid', 'warning']);
export type InteractionSeverity = z.infer<typeof interactionSeveritySchema>;

export const interactionRuleSchema = z.strictObject({
  id: z.string().startsWith('interaction.'),
  a: sideSchema,
  b: sideSchema,
  /**
   * The reference's own word for the pair: "contraindicated", "avoid" (or "not recommended"), else a warning. The
   * answers rank findings by it (dialogs/answers/interactions.ts SEVERITY_RANK).
   */
  severity: interactionSeveritySchema,
  /** A stricter word the reference gives for some partners only (an SSRI or SNRI with duloxetine: not recommended). */
  stricterWith: z
    .strictObject({ classes: z.array(drugClassSchema).min(1), severity: interactionSeveritySchema })
    .optional(),
  text: z.string(),
  source: z.string(),
  topics: z.array(z.string()).min(1),
  /** Questions clinicians ask about this pair, in their own words (entry-schema.ts, askedSchema). */
  asked: askedSchema.optional(),
});
export type InteractionRule = z.infer<typeof interactionRuleSchema>;

/** Combination products that contain acetaminophen (clinical-reference.md section 2, products and strengths). */
export const ACETAMINOPHEN_PRODUCTS = [
  'percocet',
  'endocet',
  'norco',
  'vicodin',
  'lortab',
  'hydrocodone/apap',
  'ultracet',
  'tylenol #3',
  'tylenol 3',
  'tylenol with codeine',
] as const;

/**
 * Aspirin as clinicians type it (members of the antiplatelet class row, drug-catalogue.ts): the ibuprofen label's
 * pair is with aspirin itself, not with clopidogrel or another antiplatelet.
 */
export const ASPIRIN_NAMES = ['aspirin', 'asa', 'asprin'] as const;

/**
 * The interruptive pairs of clinical-reference.md section 3 (version 2), plus two label pairs from section 2. A pair
 * not listed here has not been checked: answers say so, never "no interaction".
 */
export const interactionRules: readonly InteractionRule[] = z.array(interactionRuleSchema).parse([
  {
    id: 'interaction.duloxetine-tramadol',
    a: { drugs: ['duloxetine'] },
    b: { drugs: ['tramadol'] },
    severity: 'warning',
    text: "Duloxetine + tramadol: risk of serotonin syndrome and seizures; duloxetine (a CYP2D6 inhibitor) also weakens tramadol's analgesic metabolite.",
    source: `${SOURCE.tramadolLabel}; ${SOURCE.duloxetineLabel}`,
    topics: ['duloxetine', 'tramadol', 'serotonin syndrome', 'seizure', 'cyp2d6'],
    asked: [
      'Can I give tramadol with duloxetine?',
      'cymbalta and tramadol together ok?',
      'pt on duloxetine, adding tramadol - any issues?',
    ],
  },
  {
    id: 'interaction.opioid-benzodiazepine',
    a: { classes: ['opioid'] },
    // a hypnotic (zopiclone, zolpidem, a sleeping tablet) is one of the row's "other CNS depressants"
    b: { classes: ['benzodiazepine', 'hypnotic'] },
    // The reference's source column: FDA boxed warning 2016 (the label's strongest warning short of a contraindication).
    severity: 'boxed-warning',
    text: 'Any opioid (tramadol included) + a benzodiazepine or other CNS depressant: profound sedation, respiratory depression and death. CDC 2022 recommendation 11: particular caution.',
    source: `${SOURCE.fdaOpioidBenzodiazepine2016}; ${SOURCE.cdc2022}`,
    topics: ['opioid', 'benzodiazepine', 'sedation', 'respiratory depression', 'cns depressant'],
    asked: [
      'oxycodone with diazepam?',
      'opioid plus benzo risk?',
      'pt on lorazepam, can I start tramadol?',
      'on tramadol, also takes zopiclone at night - ok?',
    ],
  },
  {
    id: 'interaction.opioid-gabapentinoid',
    a: { classes: ['opioid'] },
    b: { classes: ['gabapentinoid'] },
    severity: 'warning',
    text: 'Opioid + gabapentin or pregabalin: serious breathing problems, especially with COPD or older age.',
    source: SOURCE.fdaGabapentinoid2019,
    topics: ['opioid', 'gabapentin', 'pregabalin', 'respiratory depression', 'copd', 'older adults'],
    asked: [
      'tramadol and gabapentin together?',
      'opioid with pregabalin - respiratory depression?',
      'pt on lyrica and codeine, safe?',
    ],
  },
  {
    id: 'interaction.nsaid-anticoagulant',
    a: { classes: ['nsaid'] },
    b: { classes: ['anticoagulant', 'antiplatelet'] },
    severity: 'warning',
    text: 'NSAID + anticoagulant or antiplatelet: risk of GI bleeding.',
    source: `${SOURCE.nsaidLabels}; ${SOURCE.hl7Pddi}`,
    topics: ['nsaid', 'anticoagulant', 'antiplatelet', 'warfarin', 'aspirin', 'gi bleeding'],
    asked: ['naproxen with warfarin?', 'ibuprofen on apixaban?', 'NSAID and clopidogrel, ok?'],
  },
  {
    // clinical-reference.md section 2, ibuprofen row: "Taken with low-dose aspirin, ibuprofen can blunt aspirin's
    // antiplatelet effect." Aspirin stays an antiplatelet too, so the GI-bleeding pair above is said as well.
    id: 'interaction.ibuprofen-aspirin',
    a: { drugs: ['ibuprofen'] },
    b: { names: [...ASPIRIN_NAMES] },
    severity: 'warning',
    text: "Ibuprofen with low-dose aspirin: ibuprofen can blunt aspirin's antiplatelet effect.",
    source: SOURCE.ibuprofenLabel,
    topics: ['ibuprofen', 'aspirin', 'low-dose aspirin', 'baby aspirin', 'antiplatelet', 'stent'],
    asked: [
      'ibuprofen with baby aspirin?',
      'pt on aspirin 81 for stents, ok to add advil?',
      'does ibuprofen stop aspirin working?',
    ],
  },
  {
    id: 'interaction.nsaid-duloxetine',
    a: { classes: ['nsaid'] },
    b: { drugs: ['duloxetine'] },
    severity: 'warning',
    text: 'NSAID + duloxetine (an SNRI): risk of GI bleeding.',
    source: `${SOURCE.nsaidMedicationGuide}; ${SOURCE.duloxetineLabel}`,
    topics: ['nsaid', 'duloxetine', 'snri', 'gi bleeding'],
    asked: [
      'naproxen and duloxetine together?',
      'ibuprofen + cymbalta bleeding risk?',
      'Can I add duloxetine to her naproxen?',
    ],
  },
  {
    id: 'interaction.nsaid-ckd',
    a: { classes: ['nsaid'] },
    b: { conditions: ['ckd'] },
    severity: 'warning',
    text: 'NSAID with CKD: risk of renal decompensation; naproxen and ibuprofen are not recommended if CrCl < 30.',
    source: `${SOURCE.naproxenLabel}; ${SOURCE.ibuprofenLabel}`,
    topics: ['nsaid', 'ckd', 'renal', 'kidney', 'crcl'],
    asked: ['NSAIDs in CKD?', 'NSAID risk in renal disease?', 'anti-inflammatories ok with chronic kidney disease?'],
  },
  {
    id: 'interaction.maoi',
    a: { drugs: ['duloxetine', 'tramadol'] },
    b: { classes: ['maoi'] },
    severity: 'contraindicated',
    text: 'Duloxetine or tramadol with an MAOI (including linezolid or IV methylene blue, or within 14 days of an MAOI): contraindicated.',
    source: `${SOURCE.duloxetineLabel}; ${SOURCE.tramadolLabel}`,
    topics: ['maoi', 'linezolid', 'methylene blue', 'duloxetine', 'tramadol', 'contraindicated'],
    asked: ['duloxetine with phenelzine?', 'tramadol and an MAOI?', 'pt on linezolid, can I start duloxetine?'],
  },
  {
    id: 'interaction.tramadol-ssri',
    a: { drugs: ['tramadol'] },
    b: { classes: ['ssri', 'tricyclic', 'ndri'] },
    severity: 'warning',
    text: "Tramadol + an SSRI, a tricyclic or bupropion: risk of serotonin syndrome and a lower seizure threshold; fluoxetine, paroxetine and bupropion (CYP2D6 inhibitors) weaken tramadol's analgesic metabolite.",
    source: SOURCE.tramadolLabel,
    topics: ['tramadol', 'ssri', 'tricyclic', 'bupropion', 'serotonin syndrome', 'seizure', 'cyp2d6'],
    asked: ['tramadol with sertraline?', 'pt on fluoxetine, is tramadol ok?', 'tramadol and amitriptyline together?'],
  },
  {
    // clinical-reference.md section 2, tramadol row: seizure risk higher with SNRIs; serotonin syndrome with SNRIs
    id: 'interaction.tramadol-snri',
    a: { drugs: ['tramadol'] },
    b: { drugs: ['other-snri'] },
    severity: 'warning',
    text: 'Tramadol + an SNRI (venlafaxine, desvenlafaxine): risk of serotonin syndrome and a lower seizure threshold.',
    source: SOURCE.tramadolLabel,
    topics: ['tramadol', 'snri', 'venlafaxine', 'desvenlafaxine', 'serotonin syndrome', 'seizure'],
    asked: ['tramadol with venlafaxine?', 'pt on Pristiq, is tramadol ok?', 'effexor and tramadol together?'],
  },
  {
    id: 'interaction.duloxetine-anticoagulant',
    a: { drugs: ['duloxetine'] },
    b: { classes: ['anticoagulant', 'antiplatelet'] },
    severity: 'warning',
    text: 'Duloxetine + anticoagulant or antiplatelet: increased bleeding risk.',
    source: SOURCE.duloxetineLabel,
    topics: ['duloxetine', 'anticoagulant', 'antiplatelet', 'bleeding'],
    asked: [
      'duloxetine with warfarin?',
      'cymbalta + rivaroxaban bleeding?',
      "She's on clopidogrel, is it ok to start duloxetine?",
    ],
  },
  {
    id: 'interaction.duloxetine-serotonergic',
    a: { drugs: ['duloxetine'] },
    b: { classes: ['ssri', 'snri', 'tricyclic', 'serotonergic'] },
    severity: 'warning',
    stricterWith: { classes: ['ssri', 'snri'], severity: 'avoid' },
    text: "Duloxetine + an SSRI, another SNRI, a tricyclic, a triptan, lithium, St John's wort or other serotonergic drug: risk of serotonin syndrome. An SSRI or SNRI with duloxetine is duplicate antidepressant therapy: not recommended. Fluoxetine and paroxetine (CYP2D6 inhibitors) raise duloxetine levels.",
    source: SOURCE.duloxetineLabel,
    topics: [
      'duloxetine',
      'ssri',
      'snri',
      'tricyclic',
      'triptan',
      'lithium',
      'serotonin syndrome',
      'duplicate therapy',
    ],
    asked: ['duloxetine with sertraline?', 'can I add duloxetine to citalopram?', 'cymbalta and sumatriptan?'],
  },
  {
    id: 'interaction.duloxetine-cyp1a2',
    a: { drugs: ['duloxetine'] },
    b: { drugs: ['fluvoxamine', 'ciprofloxacin'] },
    severity: 'avoid',
    text: 'Duloxetine + fluvoxamine or ciprofloxacin (potent CYP1A2 inhibitors): much higher duloxetine levels: avoid.',
    source: SOURCE.duloxetineLabel,
    topics: ['duloxetine', 'fluvoxamine', 'ciprofloxacin', 'cyp1a2', 'avoid'],
    asked: [
      'duloxetine and ciprofloxacin?',
      'pt on fluvoxamine, can she have duloxetine?',
      'cipro with cymbalta interaction?',
    ],
  },
  {
    id: 'interaction.opioid-cns-depressant',
    a: { classes: ['opioid'] },
    b: { classes: ['muscle-relaxant', 'cns-depressant'] },
    severity: 'warning',
    text: 'Any opioid + a skeletal muscle relaxant (cyclobenzaprine, carisoprodol, methocarbamol, tizanidine, baclofen), a sedating antihistamine or alcohol: CNS depressants, the same warning as benzodiazepines: sedation and respiratory depression.',
    source: `${SOURCE.opioidLabels}; ${SOURCE.fdaOpioidBenzodiazepine2016}`,
    topics: ['opioid', 'muscle relaxant', 'antihistamine', 'alcohol', 'cns depressant', 'respiratory depression'],
    asked: ['oxycodone with cyclobenzaprine?', 'tramadol and baclofen together?', 'codeine plus alcohol, risk?'],
  },
  {
    id: 'interaction.nsaid-ssri',
    a: { classes: ['nsaid'] },
    b: { classes: ['ssri'], drugs: ['other-snri'] },
    severity: 'warning',
    text: 'NSAID + an SSRI or SNRI: risk of GI bleeding.',
    source: SOURCE.nsaidLabels,
    topics: ['nsaid', 'ssri', 'snri', 'gi bleeding'],
    asked: ['ibuprofen with sertraline?', 'naproxen and fluoxetine bleeding risk?', 'NSAID + SSRI ok?'],
  },
  {
    id: 'interaction.nsaid-nsaid',
    a: { classes: ['nsaid'] },
    b: { classes: ['nsaid'] },
    severity: 'avoid',
    text: 'Two NSAIDs (or an NSAID with aspirin at analgesic doses): more GI toxicity and no added benefit: not recommended; use one NSAID only.',
    source: SOURCE.nsaidLabels,
    topics: ['nsaid', 'two nsaids', 'aspirin', 'gi toxicity'],
    asked: ['naproxen and ibuprofen together?', 'can he take diclofenac with his naproxen?', 'two NSAIDs at once?'],
  },
  {
    id: 'interaction.gabapentin-pregabalin',
    a: { drugs: ['gabapentin'] },
    b: { drugs: ['pregabalin'] },
    severity: 'warning',
    text: 'Gabapentin + pregabalin: duplicate therapy (same mechanism): more sedation and dizziness, and no label dose for the pair.',
    source: `Project working reading from the ${SOURCE.gabapentinLabel} and ${SOURCE.pregabalinLabel}`,
    topics: ['gabapentin', 'pregabalin', 'duplicate therapy', 'sedation', 'dizziness'],
    asked: [
      'gabapentin and pregabalin together?',
      'switching neurontin to lyrica, overlap ok?',
      'can I add pregabalin to gabapentin?',
    ],
  },
  {
    id: 'interaction.acetaminophen-combination',
    a: { drugs: ['acetaminophen'], names: [...ACETAMINOPHEN_PRODUCTS] },
    b: { names: [...ACETAMINOPHEN_PRODUCTS] },
    severity: 'warning',
    text: 'Acetaminophen in more than one product: add up the acetaminophen in every product; over 4,000 mg/day is an overdose risk.',
    source: SOURCE.acetaminophenLabel,
    topics: ['acetaminophen', 'combination product', 'overdose', 'percocet', 'norco'],
    asked: [
      'percocet and tylenol together?',
      'norco plus extra tylenol safe?',
      'Can she take paracetamol on top of her Percocet?',
    ],
  },
]);

const interaction = referenceOf('interaction');

/** Every catalogue drug a side covers, by id or by class (so entriesFor('oxycodone') finds the opioid pairs). */
export function drugsOfSide(side: InteractionSide): DrugId[] {
  return drugCatalogue
    .filter((d) => side.drugs?.includes(d.id) || side.classes?.includes(d.drugClass))
    .map((d) => d.id);
}

export const interactionEntries: KnowledgeEntryInput[] = interactionRules.map(
  ({ id, text, source, topics, asked, a, b }) =>
    interaction({
      id,
      text,
      source,
      topics,
      drugs: [...drugsOfSide(a), ...drugsOfSide(b)],
      ...(asked ? { asked } : {}),
    }),
);
