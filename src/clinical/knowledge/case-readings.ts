import { type DrugId, drugNames } from './drug-catalogue.js';
import { referenceOf, type KnowledgeEntryInput } from './entry-schema.js';
import { SOURCE } from './source-names.js';

/**
 * The clinical reference's working readings of words the guideline leaves open (clinical-reference.md version 2,
 * section 2, "Adequate trial and chronicity"), and the acute harms that pause the pathway on any turn. The numbers
 * live here once; machines/ and the dialogs read them.
 */

/** "an adequate trial": the guideline's adequate dose taken for at least 4 weeks (project working reading). */
export const ADEQUATE_TRIAL = Object.freeze({ minWeeks: 4, entry: 'reading.adequate-trial' });

/**
 * Chronic low back pain: more than 12 weeks (ACP 2017 definition). A pain of 12 weeks is read as chronic (the
 * guideline's own 12-week readings); below it the pathway says it is for chronic pain and runs no plan.
 */
export const CHRONIC_PAIN = Object.freeze({ minWeeks: 12, entry: 'reading.chronic-pain' });

/** "Intensive non-drug therapy": at least one moderate-evidence therapy tried or declined (project working reading). */
export const INTENSIVE_NON_DRUG = Object.freeze({ minModerate: 1, entry: 'reading.intensive-nondrug' });

/**
 * "Start with the lowest effective dose (e.g., morphine equivalent of 20-30 mg daily)" (guideline, 1): the range an
 * opioid start is judged against (its entry, opioid.framework.lowest-dose, says the same words).
 */
/**
 * Stopping a drug the case holds: the sources' tapering rules, each with the entry that says it (CDC 2022 via
 * clinical-reference.md section 4: no abrupt stop or rapid taper of opioids; the gabapentin and pregabalin labels,
 * section 2: taper over at least 1 week). A drug with no row has no tapering rule in these sources.
 */
export const TAPER_RULES: readonly { drugs: 'opioids' | readonly string[]; rule: string; entry: string }[] = [
  { drugs: 'opioids', rule: 'taper, do not stop abruptly or taper rapidly', entry: 'opioid.cdc-no-abrupt-taper' },
  { drugs: ['gabapentin'], rule: 'taper over at least 1 week', entry: 'label.gabapentin' },
  { drugs: ['pregabalin'], rule: 'taper over at least 1 week', entry: 'label.pregabalin' },
];

/**
 * The tapering rule the sources give for a drug, if any: read by the case's stop answer and the quick answers' stop
 * wished or planned ("he wants to stop the gabapentin").
 */
export function taperRuleFor(drug: DrugId): (typeof TAPER_RULES)[number] | undefined {
  return TAPER_RULES.find((r) =>
    r.drugs === 'opioids' ? drugNames(drug).drugClass === 'opioid' : r.drugs.includes(drug),
  );
}

/**
 * What the sources say about a finding said in a later turn, for the drugs it concerns (reference section 2): a low
 * sodium with duloxetine (hyponatraemia risk in older adults), abnormal liver tests with the drugs whose labels
 * restrict them in liver disease or cirrhosis, an age said with the drugs capped by age. `nsaid` is any NSAID.
 */
export const FINDING_NOTES: Readonly<
  Record<'sodium' | 'liver-tests' | 'age', readonly { drugs: readonly string[]; entry: string }[]>
> = {
  sodium: [{ drugs: ['duloxetine'], entry: 'age.duloxetine' }],
  'liver-tests': [
    { drugs: ['duloxetine'], entry: 'liver.duloxetine' },
    { drugs: ['tramadol'], entry: 'liver.tramadol' },
    { drugs: ['nsaid'], entry: 'condition.nsaid-cirrhosis' },
    { drugs: ['acetaminophen'], entry: 'liver.acetaminophen' },
  ],
  age: [
    { drugs: ['tramadol'], entry: 'age.tramadol' },
    { drugs: ['duloxetine'], entry: 'age.duloxetine' },
  ],
};

/**
 * A sodium the case records below the usual lower limit of serum sodium (135 mmol/L, a project reading: the reference
 * gives no cut-off): the duloxetine hyponatraemia note (FINDING_NOTES.sodium) is said in the case's safety notes at
 * any age. Tested in test/walkthrough/case-safety-lines.test.ts.
 */
export const LOW_SODIUM_BELOW_MMOL_L = 135;
export const lowSodium = (mmolL: number | undefined): boolean => mmolL !== undefined && mmolL < LOW_SODIUM_BELOW_MMOL_L;

export const OPIOID_START_MME = Object.freeze({ min: 20, max: 30, entry: 'opioid.framework.lowest-dose' });

const reading = referenceOf('opioid-gate');

export const caseReadingEntries: KnowledgeEntryInput[] = [
  reading({
    id: 'reading.adequate-trial',
    text: 'Adequate trial (project working reading): the guideline adequate dose taken for at least 4 weeks; a trial with no duration is asked about, never assumed adequate.',
    source: SOURCE.clinicalReference,
    topics: ['adequate trial', 'treatment failure', 'documented failure', 'duration', '4 weeks'],
    drugs: ['naproxen', 'ibuprofen', 'duloxetine', 'tramadol'],
    asked: [
      'What counts as an adequate trial?',
      'how long is an adequate trial of duloxetine?',
      'adequate trial definition before opioids?',
    ],
  }),
  reading({
    id: 'reading.intensive-nondrug',
    text: 'Intensive non-drug therapy (project working reading): at least one moderate-evidence therapy (exercise, multidisciplinary rehabilitation, acupuncture, mindfulness-based stress reduction) tried or declined.',
    source: SOURCE.clinicalReference,
    topics: ['non-drug', 'intensive', 'moderate evidence', 'before opioids'],
    asked: [
      'What counts as intensive non-drug therapy?',
      'intensive nonpharm tx - what qualifies?',
      "Has she had enough non-drug therapy if she's done physio?",
    ],
  }),
  referenceOf('monitoring')({
    id: 'reading.chronic-pain',
    text: 'This pathway is for chronic low back pain: pain lasting more than 12 weeks (ACP 2017 definition).',
    source: SOURCE.clinicalReference,
    topics: ['chronic', 'acute', 'subacute', 'duration', '12 weeks'],
    asked: [
      'What counts as chronic back pain?',
      'how many weeks before back pain is chronic?',
      'is 6 weeks of back pain chronic?',
    ],
  }),
  referenceOf('red-flag')({
    id: 'harm.serotonin-toxicity',
    text: 'Possible serotonin toxicity: sweating, tremor, agitation, fever, diarrhoea or clonus with a serotonergic drug (duloxetine, tramadol, an SSRI...). Pause the pathway, add no serotonergic drug; same-day assessment.',
    source: `${SOURCE.duloxetineLabel}; ${SOURCE.tramadolLabel}`,
    topics: ['serotonin syndrome', 'serotonin toxicity', 'urgent', 'tremor', 'clonus', 'sweating'],
    drugs: ['duloxetine', 'tramadol', 'ssri', 'other-snri', 'tricyclic', 'other-serotonergic', 'maoi'],
    asked: [
      'signs of serotonin syndrome?',
      'pt on tramadol and sertraline now sweating and tremulous?',
      'clonus and agitation on duloxetine - what do I do?',
    ],
  }),
];
