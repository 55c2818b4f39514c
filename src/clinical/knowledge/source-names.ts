/**
 * Named public sources of the clinical-reference facts (../shared/clinical-reference.md). One spelling each, so
 * the footer and the `sources` answer list them consistently.
 */
export const SOURCE = {
  duloxetineLabel: 'Duloxetine (Cymbalta) FDA label',
  naproxenLabel: 'Naproxen (Naprosyn, Anaprox) FDA label',
  ibuprofenLabel: 'Ibuprofen (Motrin) FDA label',
  nsaidLabels: 'NSAID FDA labels (class boxed warnings)',
  nsaidMedicationGuide: 'NSAID Medication Guide',
  nsaidCirrhosis: 'AASLD 2021 guidance on ascites; EASL 2018 decompensated cirrhosis guideline',
  nsaidHeartFailure: 'NSAID FDA labels (heart failure, fluid retention)',
  tramadolLabel: 'Tramadol (Ultram) FDA label',
  gabapentinLabel: 'Gabapentin (Neurontin) FDA label',
  pregabalinLabel: 'Pregabalin (Lyrica) FDA label',
  acetaminophenLabel: 'Acetaminophen FDA labeling',
  opioidLabels: 'Opioid FDA labels',
  fdaOpioidBenzodiazepine2016: 'FDA boxed warning on opioids with benzodiazepines (2016)',
  fdaGabapentinoid2019: 'FDA Drug Safety Communication, gabapentinoids with opioids (19 Dec 2019)',
  hl7Pddi: 'HL7 PDDI CDS warfarin-NSAID example',
  cdc2022: 'CDC Clinical Practice Guideline for Prescribing Opioids for Pain 2022 (MMWR Recomm Rep 2022;71(RR-3))',
  ahcpr1994: 'AHCPR 1994 Acute Low Back Problems in Adults, table 1',
  acrLowBackPain: 'ACR Appropriateness Criteria: Low Back Pain',
  keeleStartBack: 'Keele University, STarT Back Screening Tool',
  oswestry: 'Oswestry Disability Index (Mapi Research Trust)',
  clinicalReference: 'Project clinical reference (clinical-reference.md), reconciled from the sources it names',
} as const;
