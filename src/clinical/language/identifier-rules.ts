/**
 * Patient-identifier rules as data: one row per pattern, with the category it finds, an optional named check on
 * each match (identifiers.ts runs it), examples that must be refused and near-misses that must not be
 * (test/language/identifiers-rules.test.ts walks every row).
 *
 * Every pattern runs in linear time: one level of quantifiers at most (no quantified group holds a quantifier),
 * bounded repetitions, no lookbehind; anything subtler than a pattern can say is done by the named check on the
 * match. Patterns are matched against the text as typed (capitals matter for names); flags are part of the row.
 */

export type IdentifierCategory =
  | 'phone'
  | 'email'
  | 'ssn'
  | 'nhs-number'
  | 'record-number'
  | 'date-of-birth'
  | 'address'
  | 'name';

/**
 * Named checks on a match (identifiers.ts):
 * - `number`: the digits are not part of a longer number, a decimal, a fraction or a ratio, and no unit follows
 *   ("600-600-1200 mg" is a gabapentin titration, not a phone number);
 * - `us-phone`: `number`, and not a dose titration: the area code and exchange differ and not every group is round
 *   hundreds ("600-600-1200", "300-300-600");
 * - `nhs`: `number`, and the 10 digits pass the NHS mod-11 check digit;
 * - `ssn`: `number`, and a US social security number could have them (area not 000, 666 or 9xx; group not 00;
 *   serial not 0000);
 * - `email`: the '@' follows a character of an address's local part ("jane.doe@", not "2 @");
 * - `title-name`: the word after a title is not a sentence word or a drug ("Ms Contin");
 * - `name-word`: group 1 is a name-like word: not a common, clinical or drug word (and group 2 too, if matched);
 * - `name-pair`: groups 1 and 2 are both name-like words;
 * - `street-cap`: the street name (group 1) is one to three capitalised words, none of them a unit or time word;
 * - `street`: the street name (group 1) is one to three words, none of them a unit, time or clinical word;
 * - `us-state`: group 1 is a US state code;
 * - `postcode`: the outward code (group 1) is not a spine level ("L5 1AB" never; "SW1A 1AA" yes);
 * - `not-withheld`: the name is not said to be withheld ("patient name withheld").
 */
export type IdentifierCheck =
  | 'number'
  | 'us-phone'
  | 'nhs'
  | 'ssn'
  | 'email'
  | 'title-name'
  | 'name-word'
  | 'name-pair'
  | 'street-cap'
  | 'street'
  | 'us-state'
  | 'postcode'
  | 'not-withheld';

export interface IdentifierRule {
  id: string;
  category: IdentifierCategory;
  /** Must carry the `g` flag: every match is checked, not only the first. */
  pattern: RegExp;
  check?: IdentifierCheck;
  /** With the `number` check: how many digits the match must hold (a UK phone number has 10 or 11). */
  digits?: readonly [min: number, max: number];
  /** Texts this row must refuse. */
  refuse: readonly string[];
  /** Near-misses this row must not refuse (clinical text that looks a little like the identifier). */
  allow: readonly string[];
}

const MONTH =
  '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)';
const STREET_WORD =
  '(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Close|Court|Ct|Crescent|Cres|Terrace|Place|Pl|Way|Grove|Gardens|Square|Sq|Hill|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Row|Mews|Walk|Park)';

export const IDENTIFIER_RULES: readonly IdentifierRule[] = [
  // ---- phone numbers
  {
    id: 'phone-us-parens',
    category: 'phone',
    pattern: /\(\d{3}\)\s?\d{3}[-.\s]\d{4}\b/g,
    check: 'number',
    refuse: ['58M chronic LBP, call (555) 123-4567', 'son on (212) 555 0199'],
    allow: ['naproxen (500) mg bid', 'ODI (40) %'],
  },
  {
    id: 'phone-us',
    category: 'phone',
    pattern: /\b[2-9]\d{2}([-.])[2-9]\d{2}\1\d{4}\b/g,
    check: 'us-phone',
    refuse: ['555-234-5678, LBP 2 yrs', 'wife 312.555.0147'],
    allow: [
      'gabapentin 600-600-1200 mg',
      'gabapentin 300-300-600',
      'gabapentin 600 600 1200',
      'increased to 600-600-1200',
      'titrate 300-400-1200',
      'BP 130/80, HR 72, RR 16',
      'STarT Back 1 1 0 1 0 1 1 0 1',
    ],
  },
  {
    id: 'phone-us-1',
    category: 'phone',
    pattern: /(?:\+1[-.\s]?|\b1[-.])\(?[2-9]\d{2}\)?[-.\s]?\d{3}[-.\s]?\d{4}\b/g,
    check: 'number',
    refuse: ['+1 415 555 2671 is her mobile', 'call 1-800-555-1234', '+1 (415) 555-2671'],
    allow: ['norco 10/325 1-2 tabs q6h', 'naproxen 1-2 tabs 500 mg'],
  },
  {
    id: 'phone-uk-mobile',
    category: 'phone',
    pattern: /\b07\d{3}[\s-]?\d{3}[\s-]?\d{3}\b/g,
    check: 'number',
    refuse: ['mobile 07700 900123', '07700-900-123 daughter', '07700900123'],
    allow: ['eGFR 07 ml/min', 'score 0 7 0 0 9 0 0'],
  },
  {
    id: 'phone-uk-landline',
    category: 'phone',
    pattern: /\b0[1-9]\d{1,3}[\s-]\d{3,4}[\s-]?\d{3,4}\b/g,
    check: 'number',
    digits: [10, 11],
    refuse: ['tel 020 7946 0958', 'home 0161 496 0000', 'ring 01632 960 001'],
    allow: ['STarT Back 0 1 1 0 1 0 0 1 1', 'seen 03/14 and 04/20', 'ODI 040 2020', 'tramadol at 0800 1400 2000'],
  },
  {
    id: 'phone-international',
    category: 'phone',
    pattern: /\+\d{1,3}[\s.-]?\(?\d{1,4}\)?[\s.-]?\d{2,4}[\s.-]?\d{2,4}[\s.-]?\d{0,4}\b/g,
    check: 'number',
    digits: [8, 15],
    refuse: ['+44 7700 900123', '+33 1 23 45 67 89', '+49 30 1234567', '+61 2 9876 5432'],
    allow: ['reflexes +2 bilaterally', 'edema +1 to 2', 'SLR +45 degrees', 'weight +12 kg over 3 months'],
  },
  {
    id: 'phone-labelled',
    category: 'phone',
    pattern:
      /\b(?:tel|telephone|phone|ph no|mob|mobile|cellphone|cell ?#|cell no|contact no|contact number|pager|fax)\b\.?\s?[:#-]?\s?\+?\d[\d\s().-]{4,18}\d/gi,
    check: 'number',
    digits: [6, 15],
    refuse: ['phone: 555 1234', 'mob 0412 345 678', 'Tel. 4921 3344'],
    allow: ['phone follow-up in 2 weeks', 'mobile 2 days a week, walks 10 min', 'phone review 2 2 1 0'],
  },
  // ---- e-mail
  {
    id: 'email',
    category: 'email',
    pattern: /@[A-Za-z0-9-]{1,63}\.[A-Za-z]{2,24}\b/g,
    check: 'email',
    refuse: ['email jane.doe@example.com re LBP', 'j_smith+clinic@nhs.net', 'contact pt at bob@mail.co.uk'],
    allow: ['naproxen 500 @ bid', '1 tab @ night, 2@bedtime', 'reviewed @ clinic. Pain 7/10'],
  },
  // ---- US social security numbers
  {
    id: 'ssn',
    category: 'ssn',
    pattern: /\b\d{3}-\d{2}-\d{4}\b/g,
    check: 'ssn',
    refuse: ['SSN 123-45-6789', '58M 078-05-1120 chronic LBP'],
    allow: ['gabapentin 300-00-0000 typo', 'visit 2024-03-14', 'doses 900-99-1200 mg'],
  },
  {
    id: 'ssn-labelled',
    category: 'ssn',
    pattern: /\b(?:ssn|ss#|ss no|social security(?: number| no| #)?)\s?[:#]?\s?\d{3}[\s-]?\d{2}[\s-]?\d{4}\b/gi,
    refuse: ['SSN: 123 45 6789', 'social security number 987654321'],
    allow: ['no SSRI, no SNRI', 'SSRI 20 mg daily'],
  },
  // ---- UK NHS numbers (10 digits, mod-11 check digit)
  {
    id: 'nhs-number',
    category: 'nhs-number',
    pattern: /\b\d{3}([\s-]?)\d{3}\1\d{4}\b/g,
    check: 'nhs',
    refuse: ['NHS 943 476 5919', '401-023-2137 LBP', '9434765919'],
    allow: ['gabapentin 300 300 1200', 'STarT Back 100 100 1000', '943 476 5918 (fails the check digit)'],
  },
  // ---- record numbers and other long numbers
  {
    id: 'record-number-labelled',
    category: 'record-number',
    pattern:
      /\b(?:mrn|mr#|mr no|medical record(?: number| no| #)?|record (?:number|no|#)|nhs (?:number|no)|chi (?:number|no)|hospital (?:number|no)|hosp no|unit (?:number|no)|chart (?:number|no|#)|patient id|pt id|patient number|member id|insurance (?:id|no|number)|policy (?:no|number)|medicare (?:no|number)|medicaid (?:no|number)|account (?:no|number)|acct)\s?[:#=]?\s?[a-z]{0,3}\d{4,}/gi,
    refuse: ['MRN 1234567', 'mrn: a12345', 'hospital no 4455', 'Medicare number 12345', 'CHI no 1234'],
    allow: ['MRI 2019 showed L4-5 disc', 'no record of an MRI', 'chart reviewed 2024'],
  },
  {
    id: 'long-number',
    category: 'record-number',
    pattern: /\d{7,20}/g,
    check: 'number',
    refuse: ['record 4481923 - chronic LBP', '#12345678 LBP'],
    allow: ['platelets 250000', 'creatinine 1.0123456', 'naproxen 500 mg 2 tabs', 'MME 120'],
  },
  // ---- dates of birth
  {
    id: 'dob-labelled',
    category: 'date-of-birth',
    pattern: new RegExp(
      String.raw`\b(?:dob|d\.o\.b\.?|date of birth|birth ?date|born(?: on| in)?)\s?[:=-]?\s?(?:\d|${MONTH}\b)`,
      'gi',
    ),
    refuse: ['DOB 01/02/1960', 'd.o.b. 3.4.61', 'born 1961, LBP', 'date of birth: March 3rd'],
    allow: ['born in Mexico, moved here', 'reborn after PT', 'DOE 3/14'],
  },
  {
    id: 'date-19xx',
    category: 'date-of-birth',
    pattern: /\b\d{1,2}[/.-]\d{1,2}[/.-]19\d\d\b/g,
    refuse: ['03/04/1961 LBP', 'seen, 3.4.1958'],
    allow: ['seen 3/14, LBP since 2019', 'seen 03/14/2024', 'norco 10/325', 'BP 130/80'],
  },
  {
    id: 'date-19xx-iso',
    category: 'date-of-birth',
    pattern: /\b19\d\d-[01]?\d-[0-3]?\d\b/g,
    refuse: ['1961-03-04, LBP'],
    allow: ['visit 2024-03-04', 'surgery 1998'],
  },
  {
    id: 'date-19xx-words',
    category: 'date-of-birth',
    pattern: new RegExp(
      String.raw`\b(?:\d{1,2}(?:st|nd|rd|th)?\s${MONTH}\b\.?,?\s19\d\d|${MONTH}\b\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s19\d\d)\b`,
      'gi',
    ),
    refuse: ['4 March 1961, LBP', 'March 4th, 1961', 'Jan 12 1955'],
    allow: ['since March 1998', 'LBP since 4 March', 'seen 12 May 2024'],
  },
  // ---- street addresses
  {
    id: 'street-address',
    category: 'address',
    pattern: new RegExp(String.raw`\b\d{1,5}[A-Za-z]?\s([A-Z][A-Za-z' ]{1,40}?)\s${STREET_WORD}\b`, 'g'),
    check: 'street-cap',
    refuse: [
      'lives at 12 Oak Street',
      '221B Baker St, London',
      '4 Prince Albert Road',
      '1600 Pennsylvania Ave',
      '12 Oak Street and Park Lane',
    ],
    allow: ['referred by Dr Patel', '3 times by Dr Jones', 'x 2 Weeks Walk', 'STarT Back 5 High Risk Way'],
  },
  {
    id: 'street-address-lower',
    category: 'address',
    pattern: /\b\d{1,5}[a-z]?\s([a-z][a-z' ]{1,40}?)\s(?:street|road|avenue|boulevard|lane|terrace|crescent)\b/gi,
    check: 'street',
    refuse: ['lives at 12 oak street', '221b baker street', '5 church lane'],
    allow: ['MVA 10 years ago road traffic collision', 'walks 2 blocks down the road', '3 days after a road accident'],
  },
  {
    id: 'apartment',
    category: 'address',
    pattern: /\b(?:apt|apartment|suite)\b\.?\s?#?\s?\d{1,5}[a-z]?\b/gi,
    check: 'number',
    refuse: ['Apt 4, LBP', 'apartment #12b', 'Suite 300'],
    allow: ['lives in an apartment, 2 flights of stairs', 'apt to worsen with sitting', 'STE 2 mm'],
  },
  {
    id: 'flat',
    category: 'address',
    pattern: /\bFlat\s\d{1,4}[A-Za-z]?\b/g,
    check: 'number',
    refuse: ['Flat 3, 12 Oak Street', 'Flat 2B'],
    allow: ['flat 3 weeks', 'Flat 3/10 pain all week', 'pain flat at 6'],
  },
  {
    id: 'po-box',
    category: 'address',
    pattern: /\bp\.?\s?o\.?\s?box\s?\d{1,6}\b/gi,
    refuse: ['PO Box 123', 'P.O. Box 45'],
    allow: ['pill box 2 compartments'],
  },
  {
    id: 'postcode-labelled',
    category: 'address',
    pattern: /\b(?:post ?code|postal code|zip(?: code)?)\b\s?[:#-]?\s?(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{5})\b/gi,
    refuse: ['postcode SW1A 1AA', 'zip 90210', 'postal code: M1 1AE'],
    allow: ['zip lock bag of pills'],
  },
  {
    id: 'postcode-uk',
    category: 'address',
    pattern: /\b([A-Z]{1,2}\d[A-Z\d]?)\s(\d[ABD-HJLNP-UW-Z]{2})\b/g,
    check: 'postcode',
    refuse: ['lives in SW1A 1AA', 'EC1A 1BB, LBP', 'M1 1AE'],
    allow: ['L5 S1 disc', 'L5 1ST time', 'L4 5AB?', 'T2 2DM', 'B12 low'],
  },
  {
    id: 'zip-us',
    category: 'address',
    pattern: /\b[A-Z][a-z]{2,20},?\s([A-Z]{2})\s\d{5}\b/g,
    check: 'us-state',
    refuse: ['Boston, MA 02115', 'lives in Austin TX 78701'],
    allow: ['Percocet, PT 12345 visits', 'Norco, ER 10000 units'],
  },
  // ---- names
  {
    id: 'title-name',
    category: 'name',
    pattern: /\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s([A-Z][A-Za-z'-]{0,30})/g,
    check: 'title-name',
    refuse: ['Mr Smith has LBP', 'Mrs. Patel 66F with LBP', 'Mr. K, 60, LBP', 'Ms Contreras, 49', "Mr O'Brien"],
    allow: ['MS Contin 15 mg bid', 'Ms Contin 30 mg', 'Miss doses often', 'MR L-spine 2019', 'MR Moderate'],
  },
  {
    id: 'title-name-lower',
    category: 'name',
    pattern: /\b(?:mr|mrs)\.?\s([a-z]{2,30})\b/g,
    check: 'name-word',
    refuse: ['mr smith 58m lbp', 'mrs patel, 66f'],
    allow: ['mr imaging of the spine', 'mr scan 2019', 'ms contin 15 bid', 'mr l-spine'],
  },
  {
    id: 'patient-capitalised-name',
    category: 'name',
    pattern:
      /\b(?:[Pp]atient|[Pp]t|[Cc]lient|[Nn]amed|[Cc]alled|[Nn]ame\s?[:=-]|[Nn]ame is)\s(?:is\s)?([A-Z][a-z'][A-Za-z'-]{0,29})/g,
    check: 'name-word',
    refuse: [
      'patient John has sciatica',
      'pt John Doe 58M',
      'Patient Jane D., 50F, LBP',
      'a man named Albert',
      'Name: Priya, LBP',
    ],
    allow: [
      'Pt is a 58 yo male with LBP',
      'Patient Reports 9/12 history',
      'Patient Health Questionnaire 9 score 12',
      'pt Denies red flags',
      'a drug called Lyrica',
      'Patient Global Impression of Change',
      'Pt Presents with LBP',
      'patient LBP 58M',
      'PT Twice weekly',
      'pt ODI 40',
    ],
  },
  {
    id: 'patient-name-said',
    category: 'name',
    pattern:
      /\b(?:patient|pt|client)(?:'s)?\s(?:full\s|first\s|last\s|sur)?names?\b\s?(?:is\s)?[:=-]?\s?([A-Za-z]{2,40})/gi,
    check: 'not-withheld',
    refuse: ['pt name Jane Doe', "patient's name is jo", 'patient surname: smith', 'Patient name - Ahmed'],
    allow: ['patient name withheld, 58M', 'patient name not given', 'pt name redacted', 'patient name and DOB removed'],
  },
  {
    id: 'name-before-age',
    category: 'name',
    pattern:
      /\b([A-Z][a-z'-]{1,30})\s([A-Z][a-z'-]{1,30}),?\s\d{1,3}(?:[MFmf]\b|\s[MF]\b|\s?yo\b|\s?y\/o|\s?y\.o\b|\s(?:years?|yrs?) old\b|-years?-old\b|-yo\b)/g,
    check: 'name-pair',
    refuse: ['Jane Doe, 54F, chronic LBP', 'Ahmed Khan 61 yo M', 'Maria Lopez, 49 years old'],
    allow: [
      'Chronic Back Pain, 58M',
      'New Patient 62 F',
      'Follow Up, 70M',
      'Seen Today 58 yo',
      'Lumbar Radiculopathy 45 M',
      'Hip Replacement 10 years ago',
      'Spinal Cord Stimulator 2 m ago',
    ],
  },
];

/** Words written after a title that are no one's name ("Ms Contin", a sentence that starts "Mr" on its own). */
export const TITLE_NOT_NAMES: ReadonlySet<string> = new Set([
  'Contin',
  'Is',
  'Has',
  'Was',
  'Had',
  'And',
  'Or',
  'The',
  'A',
  'An',
  'Not',
  'No',
  'Did',
  'Does',
  'Will',
  'With',
  'On',
  'In',
  'At',
  'To',
  'Of',
  'For',
  'Seen',
  'Reports',
  'Denies',
  'States',
  'Says',
  'Presents',
  'Complains',
  'Takes',
  'Tried',
  'Who',
  'Also',
  'Now',
  'Still',
  'X',
  'Y',
  'Z',
]);

/**
 * Capitalised words that follow "patient", "pt", "named" or "called", or open a note, and are no one's name: sentence
 * words, clinical words, instruments, eponyms and services. Drug names and brands come from the drug catalogue.
 * Lower-case, compared without accents.
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  `is has was had reports reported denies denied states stated with on presents presented complains complained tried takes taking
  took contin notes noted feels felt says said wants wanted describes described agrees agreed who also now still currently here seen
  declined declines refused refuses continues continued remains remained endorses endorsed and the a an not no did does will would
  can could should may might must education information male female man woman lady gentleman gent boy girl unable able works worked
  lives lived living otherwise health global activation outcome outcomes questionnaire questionnaires impression satisfaction safety
  portal advocate centered centred controlled analgesia care plan history summary visit returns returned comes came attends attended
  arrives arrived understands understood prefers preferred requests requested asks asked goes went uses used started starts stopped
  stops finished completed failed fails tolerated tolerates tolerating walks walked sits sat stands stood sleeps slept drives smokes
  drinks exercises are being been be very quite really just only already then today tonight yesterday tomorrow recently previously
  initially originally later again however but or of in at to for from by since after before during following given believes
  thinks worries worried anxious fearful keen happy unhappy reluctant willing unwilling interested motivated hopes expects lost
  gained off back pain here there this that these those he she they his her their it its one two three four five six seven eight nine
  ten low high chronic acute new old follow up case patient patients pt pts client clients referral referred note notes presenting
  complaint hello hi thanks thank please dear re subject clinic visit consult consultation review assessment physical exam
  examination therapy therapist spine spinal management primary emergency department orthopaedic orthopaedics orthopedic
  orthopedics neurosurgery neurosurgical rheumatology family medicine internal general practice occupational doctor nurse clinician
  physio physiotherapy physiotherapist chiropractor chiropractic psychology psychologist psychiatry pain lumbar lumbago sacral
  thoracic cervical radiculopathy radicular sciatica sciatic stenosis spondylosis spondylolisthesis disc discs disk herniation
  degenerative facet arthritis osteoarthritis osteoporosis fibromyalgia diabetes diabetic depression anxiety insomnia obese obesity
  elderly young retired smoker nonsmoker ex veteran worker builder nurse teacher driver office manual labourer laborer labor labour
  oswestry odi start startback waddell schober lasegue lasègue patrick faber fabere slr straight leg raise slump babinski romberg
  hoffmann hoffman spurling trendelenburg gaenslen yeoman kernig brudzinski roland morris keele cauda equina tarlov modic schmorl
  scheuermann bertolotti baastrup paget parkinson crohn hodgkin cushing addison reiter marfan ehlers danlos sjogren bechterew
  forestier charcot tinel phalen hawkins neer mcmurray lachman ober ely beighton brighton wells ottawa beers cdc nice who aan acp
  medicare medicaid tricare va nhs gp pcp er ed icu ot pt mri ct xray x-ray ray imaging lab labs bloods cbc crp esr hba1c egfr
  crcl phq gad ort pdmp opioid opioids nsaid nsaids snri ssri tca mme morphine milligram equivalent equivalents tens acupuncture
  yoga pilates tai chi cbt mindfulness massage heat ice brace surgery injection injections epidural block ablation rhizotomy
  fusion laminectomy discectomy decompression stimulator scs tramadol duloxetine gabapentin pregabalin naproxen ibuprofen
  acetaminophen paracetamol celecoxib meloxicam diclofenac cyclobenzaprine baclofen tizanidine methocarbamol amitriptyline
  nortriptyline oxycodone hydrocodone buprenorphine tapentadol morphine codeine fentanyl methadone hydromorphone prednisone
  lidocaine capsaicin topical oral iv im sc daily nightly weekly monthly monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december morning afternoon evening night week
  weeks month months year years day days hour hours left right bilateral both moderate severe mild mechanical axial red flag flags
  yellow green risk score scores tool plan goal goals function functional disability disabled work job sick leave benefits
  compensation claim insurance legal lawyer litigation mva rta car accident fall fell lifting lifted twisting twisted sport sports
  gym running golf tennis football soccer hockey rugby scan scans imaging angiogram arthrogram myelogram neurography
  spectroscopy ambulates ambulating ambulatory rates rated satisfied dissatisfied twice once thrice lbp hx dx sx tx rx fx pmh pmhx
  shx fhx hpi ros cc alert oriented afebrile consent consented verbalized verbalizes verbalised instructed advised educated
  counseled counselled prescribed scheduled discharged admitted transferred sent needs needed requires required wishes wished
  agreeable hip hips knee knees shoulder shoulders neck leg legs foot feet arm arms hand hands replacement arthroplasty steroid
  steroids cord stimulator total partial bilateral lower upper chief present illness past surgical social medical medication
  medications meds allergies allergy vitals objective subjective hpi diagnosis diagnoses differential prognosis`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words after a "name" cue saying there is no name in the message. */
export const WITHHELD =
  /^(?:withheld|redacted|removed|omitted|not|none|unknown|hidden|deleted|n\/a|na|xx+|\*+|anon\w*)$/i;

/** Words that are units, times or counts: a street is never named "2 weeks" or "10 minutes". */
export const NOT_STREET_WORDS: ReadonlySet<string> = new Set(
  `mg mcg g gm kg lb lbs ml units unit tab tabs tablet tablets cap caps times time x per a an the of in on at to for by from down up
  along across over near off out into onto my his her their our your its this that and or then after before ago later since min mins
  minute minutes hour hours hr hrs day days week weeks wk wks month months mo mos year years yr yrs block blocks mile miles km metre
  metres meter meters yard yards flight flights step steps stair stairs visit visits session sessions dose doses car bike bus train
  traffic accident walk walks walking run running drive driving main high long back dirt gravel rough busy`
    .split(/\s+/)
    .filter(Boolean),
);

export const US_STATES: ReadonlySet<string> = new Set(
  `AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX
  UT VT VA WA WV WI WY PR GU VI`.split(/\s+/),
);

/** Spine levels, which look like UK postcode districts ("L5", "S1", "T12", "C6"). */
export const SPINE_LEVEL = /^[CTLS]\d{1,2}$/;

/**
 * Case labels. A label is kept only when it is plainly not a person: a letter with digits ("B", "B2"), a short
 * number ("2", "bed 4"), or words from this vocabulary (or drug names). Anything else may be a surname, and initials
 * ("JD", "J.D.") identify too, so both are refused with a request for a neutral label. Lower-case.
 */
export const LABEL_WORDS: ReadonlySet<string> = new Set(
  `case patient pt new old first second third fourth fifth other another next last this that the a an my
  bed bay room ward cubicle clinic slot chair couch table booth desk ed er icu ot opd gp
  am pm morning afternoon evening night nights noon shift today tomorrow yesterday
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
  january february march april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  week weekly month year visit review followup follow up fu recheck consult referral telehealth phone video call
  man woman lady gent gentleman guy girl boy chap fella fellow dude mum mom dad grandma grandpa granny grandad nan teen kid
  older younger elderly young old tall short big small retired worker builder nurse teacher driver farmer chef cook cleaner student
  runner golfer cyclist lifter athlete veteran vet dancer pilot
  back low lower upper neck spine spinal lumbar sacral thoracic disc disk hip hips knee knees leg legs foot feet buttock thigh calf
  shoulder arm sciatica sciatic radicular radic axial stenosis facet lbp ckd oa ra as dm t2dm copd cad chf afib
  pain painful chronic acute subacute flare flareup relapse mild moderate severe complex simple tricky easy hard difficult stuck
  opioid opioids nsaid nsaids snri ssri tca rx meds drug drugs taper tapering injection epidural surgery postop post op fusion
  physio pt yoga tens cbt rehab gym
  red amber green blue yellow orange purple pink black white grey gray brown silver gold
  alpha beta gamma delta epsilon zeta theta kappa sigma omega one two three four five six seven eight nine ten eleven twelve
  test demo example sample practice trial
  anxious worried grumpy cheerful quiet chatty nervous keen happy sad angry tired`
    .split(/\s+/)
    .filter(Boolean),
);
