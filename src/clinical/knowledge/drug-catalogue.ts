import { z } from 'zod';
import { combinationBrandsOf } from './combination-products.js';

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
  'tricyclic',
  'serotonergic',
  'ndri',
  'cyp1a2-inhibitor',
  'cns-depressant',
  'hypnotic',
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
  'other-snri',
  'tricyclic',
  'other-serotonergic',
  'bupropion',
  'fluvoxamine',
  'ciprofloxacin',
  'sedating-antihistamine',
  'hypnotic',
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
  /**
   * A row that stands for a class (its names are members: sertraline for SSRIs). Rules read the class; a case shows
   * the member the clinician named ("sertraline 100 mg", not "SSRIs 100 mg"): memberNameOf.
   */
  classRow: z.boolean().default(false),
});
export type DrugNames = z.infer<typeof drugNamesSchema>;

const raw: z.input<typeof drugNamesSchema>[] = [
  {
    id: 'duloxetine',
    generic: 'duloxetine',
    drugClass: 'snri',
    names: ['cymbalta', 'drizalma', 'yentreve'],
    misspellings: ['dulexetine', 'duloxatine', 'duloxitine', 'duloxetin', 'cymbalata', 'symbalta', 'dulox'],
  },
  {
    id: 'naproxen',
    generic: 'naproxen',
    drugClass: 'nsaid',
    names: ['naprosyn', 'anaprox', 'anaprox ds', 'aleve', 'naproxen sodium', 'naprelan'],
    misspellings: ['naproxin', 'naprosen', 'naproxyn', 'neproxen'],
  },
  {
    id: 'ibuprofen',
    generic: 'ibuprofen',
    drugClass: 'nsaid',
    names: ['motrin', 'advil', 'brufen', 'nurofen', 'ibu'],
    misspellings: ['ibuprofin', 'ibuprophen', 'ibuprofene', 'ibuprofan'],
  },
  {
    id: 'other-nsaid',
    generic: 'other NSAID',
    drugClass: 'nsaid',
    names: [
      'nsaid',
      'nsaids',
      'anti-inflammatory',
      'anti-inflammatories',
      'antiinflammatories',
      'meloxicam',
      'mobic',
      'celecoxib',
      'celebrex',
      'diclofenac',
      'voltaren',
      'etodolac',
      'nabumetone',
      'ketorolac',
      'indomethacin',
    ],
    misspellings: ['meloxicom', 'celecoxcib', 'diclofenak'],
  },
  {
    id: 'tramadol',
    generic: 'tramadol',
    drugClass: 'opioid',
    // Tramal, Tramal SR: AU/UK brands (named-products.ts gives Tramal SR its extended-release form and source)
    names: [
      'ultram',
      'ultram er',
      'conzip',
      ...combinationBrandsOf('tramadol'),
      'tramal',
      'tramal sr',
      'tramal retard',
    ],
    misspellings: ['tramadole', 'tramodol', 'tramidol', 'tramdol'],
  },
  {
    id: 'gabapentin',
    generic: 'gabapentin',
    drugClass: 'gabapentinoid',
    names: ['neurontin', 'gralise', 'horizant', 'gabapentin enacarbil', 'enacarbil', 'gaba'],
    misspellings: ['gabapentine', 'gabapentim', 'gabapenten', 'gabapantin', 'neurontine'],
  },
  {
    id: 'pregabalin',
    generic: 'pregabalin',
    drugClass: 'gabapentinoid',
    names: ['lyrica', 'pregab'],
    misspellings: ['pregabaline', 'pregablin', 'pregabelin', 'lyrika'],
  },
  {
    id: 'acetaminophen',
    generic: 'acetaminophen',
    drugClass: 'analgesic',
    names: [
      'tylenol',
      'paracetamol',
      // UK/AU brand of plain paracetamol ("Panadol 1 g qds" in a letter)
      'panadol',
      // modified/extended-release brands: recognised, their strength asked (named-products.ts)
      'panadol osteo',
      'tylenol arthritis',
      'apap',
      'tylenol es',
      'tylenol extra strength',
      'extra strength tylenol',
      'extra-strength tylenol',
      'tylenol regular strength',
      'regular strength tylenol',
    ],
    misspellings: ['acetaminophin', 'acetominophen', 'acetaminofen', 'tylenal'],
  },
  {
    id: 'benzodiazepine',
    generic: 'benzodiazepines',
    classRow: true,
    drugClass: 'benzodiazepine',
    names: [
      'benzodiazepine',
      'benzo',
      'benzos',
      'diazepam',
      'valium',
      'lorazepam',
      'ativan',
      'alprazolam',
      'xanax',
      'clonazepam',
      'klonopin',
      'temazepam',
    ],
    misspellings: ['diazapam', 'benzodiazapine', 'lorazapam', 'alprazolem'],
  },
  {
    id: 'systemic-corticosteroid',
    generic: 'systemic corticosteroids',
    classRow: true,
    drugClass: 'systemic-corticosteroid',
    names: [
      'steroid',
      'steroids',
      'corticosteroid',
      'corticosteroids',
      'prednisone',
      'prednisolone',
      'methylprednisolone',
      'medrol',
      'medrol dose pack',
      'medrol dosepak',
      'dexamethasone',
      'decadron',
    ],
    misspellings: ['prednisolon', 'predisone', 'prednizone', 'methylprednisolon'],
  },
  {
    id: 'codeine',
    generic: 'codeine',
    drugClass: 'opioid',
    // Tylenol #3/#4, "T3s", co-codamol: the combination products' own brand list (combination-products.ts)
    names: combinationBrandsOf('codeine'),
    misspellings: ['codiene', 'codein'],
  },
  {
    id: 'fentanyl',
    generic: 'fentanyl (transdermal)',
    drugClass: 'opioid',
    names: [
      'fentanyl patch',
      'fentanyl',
      'duragesic',
      'skin patch opioid',
      'opioid skin patch',
      'opioid patch',
      'transdermal opioid',
    ],
    misspellings: ['fentanil', 'fentynal', 'fentanly'],
  },
  {
    id: 'hydrocodone',
    generic: 'hydrocodone',
    drugClass: 'opioid',
    names: [...combinationBrandsOf('hydrocodone'), 'hysingla', 'hysingla er', 'zohydro', 'zohydro er'],
    misspellings: ['hydrocodon', 'hydrocodine'],
  },
  {
    id: 'hydromorphone',
    generic: 'hydromorphone',
    drugClass: 'opioid',
    names: ['dilaudid', 'exalgo'],
    misspellings: ['hydromorphon', 'hydromorphine'],
  },
  {
    id: 'methadone',
    generic: 'methadone',
    drugClass: 'opioid',
    names: ['dolophine', 'methadose'],
    misspellings: ['methadon', 'methodone'],
  },
  {
    id: 'morphine',
    generic: 'morphine',
    drugClass: 'opioid',
    names: ['ms contin', 'kadian', 'msir'],
    misspellings: ['morphin', 'morfine'],
  },
  {
    id: 'oxycodone',
    generic: 'oxycodone',
    drugClass: 'opioid',
    names: [
      'oxycontin',
      'roxicodone',
      ...combinationBrandsOf('oxycodone'),
      'oxy ir',
      'oxyir',
      'oxy',
      // Endone, OxyNorm: AU/UK brands of immediate-release oxycodone, the reference's oxycodone (IR) row (names only;
      // Endone and OxyNorm product information, TGA Australia / eMC UK). OxyNorm liquid is the same drug by mouth.
      'endone',
      'oxynorm',
      'xtampza',
      'xtampza er',
    ],
    misspellings: ['oxycodon', 'oxycondone', 'oxicodone', 'oxycodine'],
  },
  { id: 'oxymorphone', generic: 'oxymorphone', drugClass: 'opioid', names: ['opana'], misspellings: ['oxymorphon'] },
  {
    id: 'tapentadol',
    generic: 'tapentadol',
    drugClass: 'opioid',
    names: ['nucynta', 'nucynta er'],
    misspellings: ['tapentadole', 'tapendatol'],
  },
  {
    id: 'buprenorphine',
    generic: 'buprenorphine',
    drugClass: 'opioid',
    names: ['butrans', 'belbuca', 'suboxone', 'subutex', 'bupe', 'bup/nal', 'bupe/nal', 'bup/nx', 'bupe/nx'],
    misspellings: ['buprenorphin', 'buprenorphrine'],
  },
  {
    id: 'anticoagulant',
    generic: 'anticoagulants',
    classRow: true,
    drugClass: 'anticoagulant',
    names: [
      'anticoagulant',
      'anticoagulation',
      'warfarin',
      'coumadin',
      'apixaban',
      'eliquis',
      'rivaroxaban',
      'xarelto',
      'dabigatran',
      'pradaxa',
      'edoxaban',
      'heparin',
      'enoxaparin',
      'lovenox',
      'doac',
    ],
    misspellings: ['warfarine', 'apixiban', 'eliquiss'],
  },
  {
    id: 'antiplatelet',
    generic: 'antiplatelets',
    classRow: true,
    drugClass: 'antiplatelet',
    names: ['antiplatelet', 'aspirin', 'asa', 'clopidogrel', 'plavix', 'ticagrelor', 'brilinta', 'prasugrel'],
    misspellings: ['clopidogrel bisulfate', 'asprin'],
  },
  {
    id: 'maoi',
    generic: 'MAOIs (incl. linezolid, IV methylene blue)',
    classRow: true,
    drugClass: 'maoi',
    names: [
      'maoi',
      'mao inhibitor',
      'phenelzine',
      'nardil',
      'tranylcypromine',
      'parnate',
      'isocarboxazid',
      'marplan',
      'selegiline',
      'emsam',
      'zelapar',
      'eldepryl',
      'rasagiline',
      'azilect',
      'linezolid',
      'zyvox',
      'methylene blue',
    ],
    misspellings: ['phenelzin', 'linezolide'],
  },
  {
    id: 'ssri',
    generic: 'SSRIs',
    classRow: true,
    drugClass: 'ssri',
    names: [
      'ssri',
      'sertraline',
      'zoloft',
      'fluoxetine',
      'prozac',
      'citalopram',
      'celexa',
      'escitalopram',
      'lexapro',
      'paroxetine',
      'paxil',
      'pexeva',
      // UK/AU brands
      'lustral',
      'cipramil',
      'cipralex',
      'seroxat',
      'aropax',
    ],
    misspellings: ['sertaline', 'fluoxetine hcl'],
  },
  {
    id: 'muscle-relaxant',
    generic: 'muscle relaxants',
    classRow: true,
    drugClass: 'muscle-relaxant',
    names: [
      'muscle relaxant',
      'cyclobenzaprine',
      'flexeril',
      'methocarbamol',
      'robaxin',
      'tizanidine',
      'zanaflex',
      'baclofen',
      'carisoprodol',
      'soma',
    ],
    misspellings: ['cyclobenzeprine', 'cyclobenzaprin'],
  },
  // Co-medications named only by clinical-reference.md section 3's interaction table (no dose from this pathway).
  {
    id: 'other-snri',
    generic: 'SNRIs other than duloxetine',
    classRow: true,
    drugClass: 'snri',
    // Not the bare class word: "SNRI for back pain?" asks about the guideline's SNRI, duloxetine.
    names: [
      'venlafaxine',
      'effexor',
      'efexor',
      'desvenlafaxine',
      'pristiq',
      'milnacipran',
      'savella',
      'levomilnacipran',
      'fetzima',
    ],
    misspellings: ['venlafaxin', 'venlafexine'],
  },
  {
    id: 'tricyclic',
    generic: 'tricyclic antidepressants',
    classRow: true,
    drugClass: 'tricyclic',
    names: [
      'tricyclic',
      'tca',
      'amitriptyline',
      'elavil',
      'nortriptyline',
      'pamelor',
      'imipramine',
      'desipramine',
      'doxepin',
      'clomipramine',
    ],
    misspellings: ['amitriptylin', 'amitryptiline', 'amitryptyline', 'nortryptiline'],
  },
  {
    id: 'other-serotonergic',
    generic: "other serotonergic drugs (triptans, lithium, St John's wort)",
    drugClass: 'serotonergic',
    names: [
      'triptan',
      'sumatriptan',
      'imitrex',
      'rizatriptan',
      'maxalt',
      'zolmitriptan',
      'eletriptan',
      'lithium',
      "st john's wort",
      'st johns wort',
      "st. john's wort",
    ],
    misspellings: ['sumatriptin'],
  },
  {
    id: 'bupropion',
    generic: 'bupropion',
    drugClass: 'ndri',
    names: ['wellbutrin', 'zyban'],
    misspellings: ['buproprion'],
  },
  {
    id: 'fluvoxamine',
    generic: 'fluvoxamine',
    drugClass: 'ssri',
    names: ['luvox', 'faverin'],
    misspellings: ['fluvoxamin'],
  },
  {
    id: 'ciprofloxacin',
    generic: 'ciprofloxacin',
    drugClass: 'cyp1a2-inhibitor',
    names: ['cipro', 'ciproxin'],
    misspellings: ['ciprofloxacine', 'ciprofloxin'],
  },
  {
    id: 'sedating-antihistamine',
    generic: 'sedating antihistamines',
    classRow: true,
    drugClass: 'cns-depressant',
    names: [
      'diphenhydramine',
      'benadryl',
      'hydroxyzine',
      'atarax',
      'vistaril',
      'promethazine',
      'phenergan',
      'doxylamine',
    ],
    misspellings: ['diphenhydramin'],
  },
  {
    // Hypnotics (the "Z-drugs" and sleeping tablets named as such): CNS depressants, the opioid + benzodiazepine or
    // other CNS depressant row (clinical-reference.md section 3).
    id: 'hypnotic',
    generic: 'hypnotics (sleeping tablets)',
    classRow: true,
    drugClass: 'hypnotic',
    names: [
      'hypnotic',
      'hypnotics',
      'z-drug',
      'z drug',
      'zopiclone',
      'eszopiclone',
      'lunesta',
      'zimovane',
      'zolpidem',
      'ambien',
      'stilnox',
      'zaleplon',
      'sleeping tablet',
      'sleeping tablets',
      'sleeping pill',
      'sleeping pills',
      'sleep tablet',
      'sleep tablets',
      'sleeping meds',
    ],
    misspellings: ['zopiclon', 'zolpidam'],
  },
];

export const drugCatalogue: readonly DrugNames[] = Object.freeze(raw.map((d) => drugNamesSchema.parse(d)));

/** Built once: looked up for every drug of every answer (the first entry of an id, as `find` returned). */
const byId = new Map<string, DrugNames>();
for (const d of drugCatalogue) if (!byId.has(d.id)) byId.set(d.id, d);

export function drugNames(id: DrugId): DrugNames {
  const found = byId.get(id);
  if (!found) throw new Error(`Unknown drug id ${id}`);
  return found;
}

/**
 * The agents of a row that holds several ("other NSAID"), each with its brand and misspelt names: two agents named
 * together are two drugs ("meloxicam + diclofenac gel": two NSAIDs), a brand with its generic is one ("Mobic
 * (meloxicam)"). A class word ("NSAID") is no agent.
 */
const ROW_AGENTS: Partial<Record<DrugId, readonly (readonly string[])[]>> = {
  'other-nsaid': [
    ['meloxicam', 'mobic', 'meloxicom'],
    ['celecoxib', 'celebrex', 'celecoxcib'],
    ['diclofenac', 'voltaren', 'diclofenak'],
    ['etodolac'],
    ['nabumetone'],
    ['ketorolac'],
    ['indomethacin'],
  ],
};

/** The agent a mention names: its row's agent ("meloxicam" for "Mobic"), else the drug id itself. */
export function agentOf(id: DrugId, matched: string): string {
  const said = matched.toLowerCase();
  return ROW_AGENTS[id]?.find((names) => names.includes(said))?.[0] ?? id;
}

/**
 * The member of a class row as the clinician named it ("sertraline", "zoloft", "warfarin"), lower case; undefined for
 * a drug row, the class word itself ("ssri", "benzo": the class name reads better) or a misspelling (the member meant
 * is not known).
 */
export function memberNameOf(id: DrugId, matched: string): string | undefined {
  const row = drugNames(id);
  const said = matched.toLowerCase().replace(/\s+/g, ' ');
  return row.classRow && row.names.includes(said) && !CLASS_WORDS.has(said) ? said : undefined;
}

/**
 * The names of class rows that name the class itself, not a member ("on a benzo", "anticoagulation"): a case shows
 * the class's own name for them. Test: test/knowledge/member-names.test.ts.
 */
const CLASS_WORDS: ReadonlySet<string> = new Set([
  'benzodiazepine',
  'benzo',
  'benzos',
  'steroid',
  'steroids',
  'corticosteroid',
  'corticosteroids',
  'anticoagulant',
  'anticoagulation',
  'doac',
  'antiplatelet',
  'maoi',
  'mao inhibitor',
  'ssri',
  'muscle relaxant',
  'tricyclic',
  'tca',
]);
