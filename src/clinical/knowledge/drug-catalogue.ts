import { z } from 'zod';

/**
 * Every drug the bot recognises, with the names clinicians type (generic, brands, common misspellings).
 * Which drugs the pathway recommends, doses and limits are knowledge entries (src/knowledge/), keyed by these ids.
 * Class members without their own id (other benzodiazepines, steroids...) are listed under their class entry.
 */
export const drugClassSchema = z.enum([
  'snri',
  'nsaid',
  'opioid',
  'gabapentinoid',
  'analgesic',
  'benzodiazepine',
  'systemic-corticosteroid',
  'anticoagulant',
  'antiplatelet',
  'maoi',
  'ssri',
  'muscle-relaxant',
]);
export type DrugClass = z.infer<typeof drugClassSchema>;

export const drugIdSchema = z.enum([
  'duloxetine',
  'naproxen',
  'ibuprofen',
  'other-nsaid',
  'tramadol',
  'gabapentin',
  'pregabalin',
  'acetaminophen',
  'benzodiazepine',
  'systemic-corticosteroid',
  'codeine',
  'fentanyl',
  'hydrocodone',
  'hydromorphone',
  'methadone',
  'morphine',
  'oxycodone',
  'oxymorphone',
  'tapentadol',
  'buprenorphine',
  'anticoagulant',
  'antiplatelet',
  'maoi',
  'ssri',
  'muscle-relaxant',
]);
export type DrugId = z.infer<typeof drugIdSchema>;

export const drugNamesSchema = z.object({
  id: drugIdSchema,
  generic: z.string(),
  drugClass: drugClassSchema,
  /** Other names that mean this drug: brands, members of a class, abbreviations. Lower case. */
  names: z.array(z.string()),
  /** Misspellings seen in practice; fuzzy matching catches others. Lower case. */
  misspellings: z.array(z.string()).default([]),
});
export type DrugNames = z.infer<typeof drugNamesSchema>;

const raw: z.input<typeof drugNamesSchema>[] = [
  { id: 'duloxetine', generic: 'duloxetine', drugClass: 'snri', names: ['cymbalta', 'drizalma'], misspellings: ['dulexetine', 'duloxatine', 'duloxitine', 'duloxetin', 'cymbalata', 'symbalta', 'dulox'] },
  { id: 'naproxen', generic: 'naproxen', drugClass: 'nsaid', names: ['naprosyn', 'anaprox', 'aleve', 'naproxen sodium', 'naprelan'], misspellings: ['naproxin', 'naprosen', 'naproxyn', 'neproxen'] },
  { id: 'ibuprofen', generic: 'ibuprofen', drugClass: 'nsaid', names: ['motrin', 'advil', 'brufen', 'ibu'], misspellings: ['ibuprofin', 'ibuprophen', 'ibuprofene', 'ibuprofan'] },
  { id: 'other-nsaid', generic: 'other NSAID', drugClass: 'nsaid', names: ['nsaid', 'nsaids', 'meloxicam', 'mobic', 'celecoxib', 'celebrex', 'diclofenac', 'voltaren', 'etodolac', 'nabumetone', 'ketorolac', 'indomethacin'], misspellings: ['meloxicom', 'celecoxcib', 'diclofenak'] },
  { id: 'tramadol', generic: 'tramadol', drugClass: 'opioid', names: ['ultram', 'conzip', 'ultracet'], misspellings: ['tramadole', 'tramodol', 'tramidol', 'tramdol'] },
  { id: 'gabapentin', generic: 'gabapentin', drugClass: 'gabapentinoid', names: ['neurontin', 'gralise', 'horizant', 'gaba'], misspellings: ['gabapentine', 'gabapentim', 'gabapenten', 'gabapantin', 'neurontine'] },
  { id: 'pregabalin', generic: 'pregabalin', drugClass: 'gabapentinoid', names: ['lyrica'], misspellings: ['pregabaline', 'pregablin', 'pregabelin', 'lyrika'] },
  { id: 'acetaminophen', generic: 'acetaminophen', drugClass: 'analgesic', names: ['tylenol', 'paracetamol', 'apap'], misspellings: ['acetaminophin', 'acetominophen', 'acetaminofen', 'tylenal'] },
  { id: 'benzodiazepine', generic: 'benzodiazepines', drugClass: 'benzodiazepine', names: ['benzodiazepine', 'benzo', 'benzos', 'diazepam', 'valium', 'lorazepam', 'ativan', 'alprazolam', 'xanax', 'clonazepam', 'klonopin', 'temazepam'], misspellings: ['diazapam', 'benzodiazapine', 'lorazapam', 'alprazolem'] },
  { id: 'systemic-corticosteroid', generic: 'systemic corticosteroids', drugClass: 'systemic-corticosteroid', names: ['steroid', 'steroids', 'corticosteroid', 'corticosteroids', 'prednisone', 'prednisolone', 'methylprednisolone', 'medrol', 'medrol dose pack', 'medrol dosepak', 'dexamethasone', 'decadron'], misspellings: ['prednisolon', 'predisone', 'prednizone', 'methylprednisolon'] },
  { id: 'codeine', generic: 'codeine', drugClass: 'opioid', names: ['tylenol #3', 'tylenol 3', 'tylenol with codeine'], misspellings: ['codiene', 'codein'] },
  { id: 'fentanyl', generic: 'fentanyl (transdermal)', drugClass: 'opioid', names: ['fentanyl patch', 'duragesic'], misspellings: ['fentanil', 'fentynal', 'fentanly'] },
  { id: 'hydrocodone', generic: 'hydrocodone', drugClass: 'opioid', names: ['norco', 'vicodin', 'lortab', 'hydrocodone/apap', 'hysingla', 'zohydro'], misspellings: ['hydrocodon', 'hydrocodine'] },
  { id: 'hydromorphone', generic: 'hydromorphone', drugClass: 'opioid', names: ['dilaudid', 'exalgo'], misspellings: ['hydromorphon', 'hydromorphine'] },
  { id: 'methadone', generic: 'methadone', drugClass: 'opioid', names: ['dolophine', 'methadose'], misspellings: ['methadon', 'methodone'] },
  { id: 'morphine', generic: 'morphine', drugClass: 'opioid', names: ['ms contin', 'kadian', 'msir'], misspellings: ['morphin', 'morfine'] },
  { id: 'oxycodone', generic: 'oxycodone', drugClass: 'opioid', names: ['oxycontin', 'roxicodone', 'percocet', 'oxy ir', 'oxyir', 'xtampza'], misspellings: ['oxycodon', 'oxycondone', 'oxicodone', 'oxycodine'] },
  { id: 'oxymorphone', generic: 'oxymorphone', drugClass: 'opioid', names: ['opana'], misspellings: ['oxymorphon'] },
  { id: 'tapentadol', generic: 'tapentadol', drugClass: 'opioid', names: ['nucynta'], misspellings: ['tapentadole', 'tapendatol'] },
  { id: 'buprenorphine', generic: 'buprenorphine', drugClass: 'opioid', names: ['butrans', 'belbuca', 'suboxone', 'subutex'], misspellings: ['buprenorphin', 'buprenorphrine'] },
  { id: 'anticoagulant', generic: 'anticoagulants', drugClass: 'anticoagulant', names: ['anticoagulant', 'anticoagulation', 'warfarin', 'coumadin', 'apixaban', 'eliquis', 'rivaroxaban', 'xarelto', 'dabigatran', 'pradaxa', 'edoxaban', 'heparin', 'enoxaparin', 'lovenox', 'doac'], misspellings: ['warfarine', 'apixiban', 'eliquiss'] },
  { id: 'antiplatelet', generic: 'antiplatelets', drugClass: 'antiplatelet', names: ['antiplatelet', 'aspirin', 'asa', 'clopidogrel', 'plavix', 'ticagrelor', 'brilinta', 'prasugrel'], misspellings: ['clopidogrel bisulfate', 'asprin'] },
  { id: 'maoi', generic: 'MAOIs (incl. linezolid, IV methylene blue)', drugClass: 'maoi', names: ['maoi', 'mao inhibitor', 'phenelzine', 'nardil', 'tranylcypromine', 'parnate', 'isocarboxazid', 'marplan', 'selegiline', 'emsam', 'rasagiline', 'linezolid', 'zyvox', 'methylene blue'], misspellings: ['phenelzin', 'linezolide'] },
  { id: 'ssri', generic: 'SSRIs', drugClass: 'ssri', names: ['ssri', 'sertraline', 'zoloft', 'fluoxetine', 'prozac', 'citalopram', 'celexa', 'escitalopram', 'lexapro', 'paroxetine', 'paxil'], misspellings: ['sertaline', 'fluoxetine hcl'] },
  { id: 'muscle-relaxant', generic: 'muscle relaxants', drugClass: 'muscle-relaxant', names: ['muscle relaxant', 'cyclobenzaprine', 'flexeril', 'methocarbamol', 'robaxin', 'tizanidine', 'zanaflex', 'baclofen', 'carisoprodol', 'soma'], misspellings: ['cyclobenzeprine', 'cyclobenzaprin'] },
];

export const drugCatalogue: readonly DrugNames[] = Object.freeze(raw.map((d) => drugNamesSchema.parse(d)));

export function drugNames(id: DrugId): DrugNames {
  const found = drugCatalogue.find((d) => d.id === id);
  if (!found) throw new Error(`Unknown drug id ${id}`);
  return found;
}
