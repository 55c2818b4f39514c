import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The guideline and the clinical reference as committed in docs/sources/ (copies of the shared originals;
 * sources-drift.test.ts checks the copies against the originals when they sit beside the checkout).
 */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SOURCES_DIR = resolve(repoRoot, 'docs/sources');
export const SHARED_DIR = resolve(repoRoot, '../shared');

export const SEED_TEXT = readFileSync(resolve(SOURCES_DIR, 'guideline.txt'), 'utf8');
export const CLINICAL_REFERENCE = readFileSync(resolve(SOURCES_DIR, 'clinical-reference.md'), 'utf8');
export const CONTRACTS_SECTION_A_IDS = [
  'overview',
  'escalation.duloxetine', 'escalation.nsaid-adequate-dose', 'escalation.tramadol',
  'avoid.benzodiazepines', 'avoid.systemic-corticosteroids', 'avoid.acetaminophen-monotherapy',
  'nondrug.exercise', 'nondrug.multidisciplinary-rehab', 'nondrug.acupuncture', 'nondrug.mbsr',
  'nondrug.tai-chi-yoga', 'nondrug.cbt', 'nondrug.spinal-manipulation', 'nondrug.massage', 'nondrug.progressive-relaxation',
  'nondrug.prioritize-before-opioids', 'nondrug.foundation',
  'radicular.assess', 'radicular.gabapentin', 'radicular.pregabalin', 'radicular.duloxetine', 'radicular.mri',
  'opioid.last-resort', 'opioid.gate.documented-failure', 'opioid.gate.risk-assessment', 'opioid.gate.discussion',
  'opioid.framework.lowest-dose', 'opioid.framework.immediate-release', 'opioid.framework.treatment-agreement',
  'opioid.framework.reassess',
  'referral.persistent-pain-12-weeks', 'referral.functional-disability', 'referral.start-back-high-risk',
  'referral.interventional-procedures',
  'specialist.biopsychosocial', 'specialist.rehabilitation', 'specialist.epidural-injections', 'specialist.neuromodulation',
  'pitfall.opioids-without-adequate-trial', 'pitfall.psychosocial-factors', 'pitfall.continuing-ineffective',
  'pitfall.routine-imaging', 'pitfall.medications-alone',
  'monitor.reassess-2-4-weeks', 'monitor.validated-tools', 'monitor.functional-goals', 'monitor.no-improvement-3-months',
  'redflag.urgent-evaluation', 'redflag.cauda-equina', 'redflag.cancer', 'redflag.infection', 'redflag.fracture',
  'redflag.progressive-neuro-deficit',
  'interaction.duloxetine-tramadol', 'interaction.opioid-benzodiazepine', 'interaction.opioid-gabapentinoid',
  'interaction.nsaid-anticoagulant', 'interaction.nsaid-duloxetine', 'interaction.nsaid-ckd', 'interaction.maoi',
  'label.duloxetine', 'label.naproxen', 'label.ibuprofen', 'label.nsaid-class', 'label.tramadol', 'label.gabapentin',
  'label.pregabalin', 'label.acetaminophen',
  'renal.gabapentin', 'renal.pregabalin', 'renal.tramadol', 'renal.duloxetine', 'renal.naproxen', 'renal.ibuprofen',
  'age.tramadol', 'liver.tramadol', 'liver.duloxetine', 'liver.acetaminophen',
  'imaging.reconciled', 'mme.not-for-conversion', 'mme.thresholds', 'opioid.cdc-naloxone', 'opioid.cdc-pdmp',
  'opioid.cdc-no-abrupt-taper', 'instrument.start-back', 'instrument.oswestry', 'instrument.mcid',
  'sources.1', 'sources.2', 'sources.3', 'sources.4', 'sources.5', 'sources.6', 'sources.cdc-2022',
] as const;
