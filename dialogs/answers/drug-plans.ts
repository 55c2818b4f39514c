import type { DrugId } from './ports.js';

/**
 * Which knowledge entries answer "what about drug X?", in display order, each with the label that says where it
 * sits (guideline step, label, adjustment). The words and numbers are the entries'; this only picks and orders.
 */
export type DrugPlan =
  | { kind: 'dose'; lines: [id: string, label: string][] }
  /** The guideline says avoid: its reason and citation, never a dose. */
  | { kind: 'avoid'; lines: [id: string, label: string][] }
  /** Opioids beyond tramadol: no dose from this pathway; the gate and framework instead. */
  | { kind: 'opioid'; lines: [id: string, label: string][] }
  /** Outside this pathway's dosing: say so, never a dose; interaction notes may follow. */
  | { kind: 'not-covered'; lines: [id: string, label: string][] };

const OPIOID_LINES: [string, string][] = [
  ['opioid.last-resort', 'Guideline (opioids, last resort)'],
  ['opioid.gate.documented-failure', 'Before any opioid'],
  ['opioid.framework.lowest-dose', 'If deemed necessary'],
  ['opioid.framework.immediate-release', 'Formulation'],
  ['mme.thresholds', 'CDC 2022'],
];

/** The guideline's gabapentinoid lines hold only with radicular symptoms (leg pain, paresthesias, weakness) [1]. */
const RADICULAR_ONLY = 'Guideline (radicular pain only: leg pain, paresthesias or weakness)';

const NSAID_SAFETY: [string, string][] = [['label.nsaid-class', 'NSAID safety']];

export const DRUG_PLANS: Record<DrugId, DrugPlan> = {
  duloxetine: {
    kind: 'dose',
    lines: [
      ['escalation.duloxetine', 'Guideline (escalation)'],
      ['radicular.duloxetine', 'Radicular pain'],
      ['label.duloxetine', 'Label'],
      ['renal.duloxetine', 'Renal'],
      ['liver.duloxetine', 'Liver'],
    ],
  },
  naproxen: {
    kind: 'dose',
    lines: [
      ['escalation.nsaid-adequate-dose', 'Guideline (adequate NSAID trial)'],
      ['label.naproxen', 'Label'],
      ['renal.naproxen', 'Renal'],
      ...NSAID_SAFETY,
    ],
  },
  ibuprofen: {
    kind: 'dose',
    lines: [
      ['escalation.nsaid-adequate-dose', 'Guideline (adequate NSAID trial)'],
      ['label.ibuprofen', 'Label'],
      ['renal.ibuprofen', 'Renal'],
      ...NSAID_SAFETY,
    ],
  },
  'other-nsaid': {
    kind: 'dose',
    lines: [
      ['escalation.nsaid-adequate-dose', 'Guideline (adequate NSAID trial)'],
      ...NSAID_SAFETY,
      ['interaction.nsaid-ckd', 'Renal'],
    ],
  },
  tramadol: {
    kind: 'dose',
    lines: [
      ['escalation.tramadol', 'Guideline (second-line)'],
      ['label.tramadol', 'Label'],
      ['age.tramadol', 'Age'],
      ['renal.tramadol', 'Renal'],
      ['liver.tramadol', 'Liver'],
      ['interaction.duloxetine-tramadol', 'Interaction'],
    ],
  },
  gabapentin: {
    kind: 'dose',
    lines: [
      ['radicular.gabapentin', RADICULAR_ONLY],
      ['label.gabapentin', 'Label'],
      ['renal.gabapentin', 'Renal'],
      ['gap.gabapentinoid-renal', 'Guideline vs label'],
    ],
  },
  pregabalin: {
    kind: 'dose',
    lines: [
      ['radicular.pregabalin', RADICULAR_ONLY],
      ['label.pregabalin', 'Label'],
      ['gap.pregabalin-dose', 'Guideline vs label'],
      ['renal.pregabalin', 'Renal'],
    ],
  },
  acetaminophen: {
    kind: 'dose',
    lines: [
      ['avoid.acetaminophen-monotherapy', 'Guideline (adjunct only)'],
      ['label.acetaminophen', 'Label'],
    ],
  },
  benzodiazepine: {
    kind: 'avoid',
    lines: [
      ['avoid.benzodiazepines', 'Guideline (avoid)'],
      ['interaction.opioid-benzodiazepine', 'With an opioid'],
      // a benzodiazepine is one of the reference's naloxone risk factors: the warning comes with the offer
      ['opioid.cdc-naloxone', 'Naloxone'],
    ],
  },
  'systemic-corticosteroid': { kind: 'avoid', lines: [['avoid.systemic-corticosteroids', 'Guideline (avoid)']] },
  codeine: { kind: 'opioid', lines: OPIOID_LINES },
  fentanyl: { kind: 'opioid', lines: OPIOID_LINES },
  hydrocodone: { kind: 'opioid', lines: OPIOID_LINES },
  hydromorphone: { kind: 'opioid', lines: OPIOID_LINES },
  methadone: { kind: 'opioid', lines: OPIOID_LINES },
  morphine: { kind: 'opioid', lines: OPIOID_LINES },
  oxycodone: { kind: 'opioid', lines: OPIOID_LINES },
  oxymorphone: { kind: 'opioid', lines: OPIOID_LINES },
  tapentadol: { kind: 'opioid', lines: OPIOID_LINES },
  buprenorphine: { kind: 'not-covered', lines: [['mme.not-for-conversion', 'MME']] },
  anticoagulant: { kind: 'not-covered', lines: [['interaction.nsaid-anticoagulant', 'Interaction']] },
  antiplatelet: { kind: 'not-covered', lines: [['interaction.nsaid-anticoagulant', 'Interaction']] },
  maoi: { kind: 'not-covered', lines: [['interaction.maoi', 'Interaction']] },
  ssri: { kind: 'not-covered', lines: [['interaction.tramadol-ssri', 'Interaction']] },
  'muscle-relaxant': { kind: 'not-covered', lines: [['interaction.opioid-cns-depressant', 'With an opioid']] },
  'other-snri': { kind: 'not-covered', lines: [['interaction.duloxetine-serotonergic', 'With duloxetine']] },
  tricyclic: { kind: 'not-covered', lines: [['interaction.duloxetine-serotonergic', 'With duloxetine']] },
  'other-serotonergic': { kind: 'not-covered', lines: [['interaction.duloxetine-serotonergic', 'With duloxetine']] },
  bupropion: { kind: 'not-covered', lines: [['interaction.tramadol-ssri', 'With tramadol']] },
  fluvoxamine: { kind: 'not-covered', lines: [['interaction.duloxetine-cyp1a2', 'With duloxetine']] },
  ciprofloxacin: { kind: 'not-covered', lines: [['interaction.duloxetine-cyp1a2', 'With duloxetine']] },
  'sedating-antihistamine': {
    kind: 'not-covered',
    lines: [['interaction.opioid-cns-depressant', 'With an opioid']],
  },
  hypnotic: { kind: 'not-covered', lines: [['interaction.opioid-benzodiazepine', 'With an opioid']] },
};

/** Acetaminophen asked about on its own: the guideline's "not as monotherapy", with no dose. */
export const ACETAMINOPHEN_ALONE: DrugPlan = {
  kind: 'avoid',
  lines: [['avoid.acetaminophen-monotherapy', 'Guideline']],
};
