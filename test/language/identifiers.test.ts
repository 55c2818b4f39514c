import { describe, expect, it } from 'vitest';
import {
  identifierCategories,
  labelProblem,
  looksLikeIdentifiers,
  nhsCheckDigitValid,
} from '../../src/clinical/language/identifiers.js';

/** Clinical text that looks a little like an identifier and must never be refused. */
const CLINICAL = [
  'naproxen 500 mg bid',
  'norco 10/325 2 tabs q6h',
  'Percocet 5/325 1-2 tabs q4-6h prn',
  'CrCl 45 mL/min, eGFR 52',
  'seen 3/14, again 4/20/2024',
  '58M',
  '67 y/o F',
  'LBP x 18 months',
  'ODI 46%',
  'STarT Back 1 1 0 1 0 1 1 0 1',
  'MME 90',
  'Aleve, Motrin, Tylenol, Celebrex, Mobic, Cymbalta, Neurontin, Lyrica, Ultram, Percocet and Norco tried',
  'Oswestry 40, Waddell signs 3/5, Schober 4 cm, Lasègue positive at 40 degrees, Patrick/FABER positive on right',
  'referred by Dr Smith for PT',
  'Dr. Patel referred her',
  'Seen today. Reports worse pain. Denies bowel or bladder issues.',
  'Patient is a 45 year old man',
  'Pt reports 7/10 pain',
  'BP 142/88, HR 76, BMI 31.2, A1c 7.4',
  'gabapentin 300 mg tid, increased to 600-600-1200',
  'gabapentin 300-300-600 then 600 600 1200',
  'tramadol 50 mg q6h, max 400 mg/day',
  'Platelets 250, INR 1.1, Cr 1.02',
  'MRI 2/2023 L4-5 disc bulge, L5-S1 foraminal stenosis',
  'L5 S1 radiculopathy',
  'T2DM, CKD 3a, HTN',
  'PHQ-9 14, GAD-7 9',
  'Back Pain Clinic referral, 62F',
  'New Patient, 58M chronic LBP',
  'Chronic LBP, 58M, failed PT',
  'Cymbalta 60, Neurontin 300 tid',
  'Lyrica 75 bid, 70 yo M',
  'worked as a builder for 20 years, retired 2019',
  'walks 2 blocks, can drive 30 min',
  '10 minutes walk to the shop',
  'road traffic accident 1998',
  'born and raised in Texas',
  'lives alone in an apartment on 3rd floor',
  'STarT Back 7/9 (psychosocial 4/5)',
  'Keele STarT Back high risk',
  'Roland Morris 14/24',
  'Patient Global Impression of Change: much improved',
  'Apt to flare with sitting',
  'Buprenorphine 5 mcg/hr patch',
  'fentanyl 25 mcg/h q72h',
  'Tylenol #3 1 tab q6h',
  'acetaminophen 1 g q8h max 3 g/day',
  'CrCl = (140-72)*60*0.85/(72*1.4)',
  'hydrocodone 10-325 q6h',
  'Meds: meloxicam 15 daily; cyclobenzaprine 10 qhs',
  'a drug called Lyrica',
  'Called back today',
  'Started duloxetine on 01/15/2024',
  'Surgery 12/03/2015',
  'ER 2/3/24',
  'trial dates 2023-05-01 to 2023-06-15',
  'score 2 1 1 0 0 1 0 1 1',
  '9 items: 1,1,0,1,0,1,1,0,1',
  'Miss ed 2 doses',
  'patient name withheld, 62F',
  '+2 reflexes, +1 edema',
  'HbA1c 58 mmol/mol',
  'tramadol at 0800 1400 2000',
  'Pt states she is a nurse',
  'Patient Education provided',
  'Pt Works nights',
  'Pt Lives with husband',
  'Pt Hx: LBP 2 yrs',
  'NHS waiting list 18 weeks',
  'Medicare Part D',
  'started 12 Oct 2023',
  'Tuesday 3pm review',
  'ratio 1:1000',
  'max 3000 mg/day',
  'Waddell 0/5, Spurling negative, Hoffmann negative',
  'FABER + R',
  'tapentadol 50-100 q4-6h',
  '2 Norco Dr prescribed',
  'Hip Replacement 10 years ago',
  'MS Contin 15 mg bid',
  'Ms Contin 30 mg q12h',
  'MR L-spine 2019: L4-5 stenosis',
  'mr imaging 2019',
];

/** One or more messages per identifier category, as clinicians might paste them. */
const IDENTIFIERS: Record<string, string[]> = {
  phone: [
    '58M LBP, phone 555-234-5678',
    'call her on 07700 900123',
    '+44 7700 900 123',
    '(555) 234-5678',
    '1-800-555-1234',
    '020 7946 0958',
  ],
  email: ['email jdoe@gmail.com, 58M', 'his address is a.b-c@hospital.nhs.uk'],
  ssn: ['SSN 123-45-6789', 'social security no 123 45 6789'],
  'nhs-number': ['NHS number 943 476 5919', '943 476 5919, LBP', '943-476-5919'],
  'record-number': ['MRN: 12345', 'hospital no 445566', '#12345678 LBP'],
  'date-of-birth': ['DOB 3/4/61', '4/3/1961 LBP 2 yrs', 'born 4 March 1961', 'date of birth: March 4th'],
  address: [
    'lives at 12 Oak Street',
    '221B Baker St',
    'Apt 4B',
    'Flat 2, 10 High Street',
    'postcode SW1A 1AA',
    'Boston, MA 02115',
    '5 church lane',
  ],
  name: [
    'Mr Smith',
    'pt John Doe 58M',
    'patient name: Ana',
    'Jane Doe, 54F',
    "Mrs O'Neil 70F",
    'named Bob',
    'mr jones 60m lbp',
    'patient Maria Lopez has sciatica',
  ],
};

describe('looksLikeIdentifiers', () => {
  it('lets clinical text through: doses, fractions, lab values, visit dates, ages, scores, item lists, brands, eponyms', () => {
    const flagged = CLINICAL.filter((t) => looksLikeIdentifiers(t)).map(
      (t) => `${t} -> ${identifierCategories(t).join(',')}`,
    );
    expect(flagged).toEqual([]);
  });

  for (const [category, texts] of Object.entries(IDENTIFIERS)) {
    it(`refuses ${category}`, () => {
      for (const t of texts) expect(identifierCategories(t), t).toContain(category);
    });
  }

  it('never returns the text it matched, only categories', () => {
    const found = identifierCategories('Mr Smith, 07700 900123, jdoe@gmail.com');
    expect(found.sort()).toEqual(['email', 'name', 'phone']);
    expect(JSON.stringify(found)).not.toMatch(/Smith|07700|jdoe/);
  });

  it('NHS numbers: the mod-11 check digit keeps other ten-digit numbers apart', () => {
    expect(nhsCheckDigitValid('9434765919')).toBe(true);
    expect(nhsCheckDigitValid('4010232137')).toBe(true);
    expect(nhsCheckDigitValid('9434765918')).toBe(false);
    expect(nhsCheckDigitValid('3003001200')).toBe(false);
    // a spaced ten-digit number that fails the check is not refused as an NHS number
    expect(identifierCategories('gabapentin 300 300 1200')).toEqual([]);
  });

  it('tolerates anything', () => {
    for (const t of ['', ' ', '\u0000', '😀'.repeat(50), undefined as unknown as string, 42 as unknown as string]) {
      expect(looksLikeIdentifiers(t)).toBe(false);
    }
  });
});

describe('labelProblem (case labels)', () => {
  it('accepts short neutral labels', () => {
    for (const l of [
      'A',
      'b2',
      'B12',
      'case 2',
      'knee guy',
      'sciatica lady',
      'Tuesday 3pm',
      'bed 4',
      'bed4',
      'ward3',
      'knee-guy',
      'hip',
      'red',
      'lyrica lady',
      'LBP',
      'night shift',
      'nurse',
    ]) {
      expect(labelProblem(l), l).toBeUndefined();
    }
  });

  it('refuses what could be a name', () => {
    for (const l of ['smith', 'Jones', 'patel', 'morris', 'john doe', 'knee smith'])
      expect(labelProblem(l), l).toBe('name');
  });

  it('refuses initials ("JD", "J.D.") and identifiers', () => {
    for (const l of ['jd', 'JD', 'j.d.', 'J. D.', 'abc']) expect(labelProblem(l), l).toBe('initials');
    for (const l of ['mr smith', 'b1234567', '07700 900123', 'jdoe@gmail.com'])
      expect(labelProblem(l), l).toBe('identifier');
  });
});
