import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/index.js';

/** Gate and referral facts in the wording clinicians use (the held-out sets showed these were the weakest). */
const GATE: [string, Record<string, unknown>][] = [
  ['MRI L-spine 2024: L4-5 disc bulge', { priorMri: 'yes' }],
  ['had an MRI last year', { priorMri: 'yes' }],
  ['never had an MRI', { priorMri: 'no' }],
  ['no imaging to date', { priorMri: 'no' }],
  ['MRI not done', { priorMri: 'no' }],
  ['imaging: MRI 6 months ago normal', { priorMri: 'yes' }],
  ['x-ray only, no MRI', { priorMri: 'no' }],
  ['off work for 2 months', { functionalDisability: 'yes' }],
  ['struggles with ADLs', { functionalDisability: 'yes' }],
  ['unable to do his job', { functionalDisability: 'yes' }],
  ['cannot walk more than 1 block', { functionalDisability: 'yes' }],
  ['can only sit for 20 minutes', { functionalDisability: 'yes' }],
  ['difficulty with dressing and bathing', { functionalDisability: 'yes' }],
  ['working full time', { functionalDisability: 'no' }],
  ['on modified duties at work', { functionalDisability: 'yes' }],
  ['ODI 52%', { oswestryPercent: 52 }],
  ['would like to try an epidural', { consideringInterventional: 'yes' }],
  ['asking about surgery', { consideringInterventional: 'yes' }],
  ['not keen on injections', { consideringInterventional: 'no' }],
  ['declines injections', { consideringInterventional: 'no' }],
  ['wants an ESI', { consideringInterventional: 'yes' }],
  ['referred to pain clinic for ESI consideration', { consideringInterventional: 'yes' }],
  ['ORT score 2 (low)', { opioidRiskAssessment: 'yes' }],
  ['PDMP reviewed, UDS appropriate', { opioidRiskAssessment: 'yes' }],
  ['no opioid risk assessment yet', { opioidRiskAssessment: 'no' }],
  ['risk screening not done', { opioidRiskAssessment: 'no' }],
  ['screened for substance use - negative', { opioidRiskAssessment: 'yes' }],
  ['opioid risks and benefits discussed with patient', { opioidDiscussion: 'yes' }],
  ['discussed realistic goals and risks of opioids', { opioidDiscussion: 'yes' }],
  ['has not had the opioid discussion', { opioidDiscussion: 'no' }],
  ['treatment agreement signed after discussing risks', { opioidDiscussion: 'yes' }],
  ['counselled re overdose risk and naloxone', { opioidDiscussion: 'yes' }],
  ['4 weeks later, pain unchanged', { improvedSinceLastVisit: 'no' }],
  ['at follow-up pain somewhat better', { improvedSinceLastVisit: 'partial' }],
  ['f/u today: much improved', { improvedSinceLastVisit: 'yes' }],
  ['returns after 6 weeks, no change', { improvedSinceLastVisit: 'no' }],
  ['follow-up: pain worse', { improvedSinceLastVisit: 'no' }],
  ['12 weeks of optimized therapy without improvement', { weeksOptimizedTherapy: 12 }],
  ['3 months of combined drug and non-drug therapy, no better', { weeksOptimizedTherapy: 13 }],
  ['despite 16 wks of maximal conservative management', { weeksOptimizedTherapy: 16 }],
];

describe('gate facts', () => {
  it.each(GATE)('%s', (text, want) => {
    expect(extractCaseFacts(text, '2026-11-29T10:00:00.000Z').patch).toMatchObject(want);
  });
});

/** Non-drug therapy status in everyday wording. */
const THERAPY: [string, Record<string, string>][] = [
  ['completed 12 sessions of physio with minimal improvement', { exercise: 'tried-no-benefit' }],
  ['did a course of PT last year which helped somewhat', { exercise: 'partial' }],
  ['physical therapy x 8 weeks - no lasting benefit', { exercise: 'tried-no-benefit' }],
  ['tried chiropractic, made it worse', { 'spinal-manipulation': 'tried-no-benefit' }],
  ['sees a chiropractor monthly', { 'spinal-manipulation': 'current' }],
  ['currently in PT, 2nd week', { exercise: 'current' }],
  ['has not tried acupuncture or massage', { acupuncture: 'not-tried', massage: 'not-tried' }],
  ['declined PT', { exercise: 'declined' }],
  ['refuses to do physio', { exercise: 'declined' }],
  ['does home exercises most days', { exercise: 'current' }],
  ['CBT referral placed', { cbt: 'not-tried' }],
  ['massage helps temporarily', { massage: 'partial' }],
  ['yoga and acupuncture both helped a little', { 'tai-chi-yoga': 'partial', acupuncture: 'partial' }],
  ['no prior PT', { exercise: 'not-tried' }],
  ['never had physio', { exercise: 'not-tried' }],
  ['PT: no improvement', { exercise: 'tried-no-benefit' }],
  [
    'physio, chiro and massage all tried without benefit',
    { exercise: 'tried-no-benefit', 'spinal-manipulation': 'tried-no-benefit', massage: 'tried-no-benefit' },
  ],
  ['pain program completed, helpful', { 'multidisciplinary-rehab': 'partial' }],
  ['attending a multidisciplinary pain program', { 'multidisciplinary-rehab': 'current' }],
  ['mindfulness app daily', { mbsr: 'current' }],
];

describe('non-drug therapy status', () => {
  it.each(THERAPY)('%s', (text, want) => {
    const list = extractCaseFacts(text, '2026-11-29T10:00:00.000Z').patch.nonDrugTherapies ?? [];
    expect(Object.fromEntries(list.map((t) => [t.therapy, t.status]))).toMatchObject(want);
  });
});

/** Red flags (clinical-reference section 6: progressive leg weakness is listed under cauda equina) and psychosocial wording. */
const FLAGS_AND_PSYCH: [string, Record<string, unknown>][] = [
  ['no red flag symptoms', { redFlagScreen: 'no' }],
  ['red flags: none', { redFlagScreen: 'no' }],
  ['RF screen negative', { redFlagScreen: 'no' }],
  ['no concerning features', { redFlagScreen: 'no' }],
  ['no fevers/chills, no wt loss, no hx cancer', { redFlagScreen: 'no' }],
  ['denies saddle anesthesia, urinary retention, fecal incontinence, fever, weight loss', { redFlagScreen: 'no' }],
  ['new urinary incontinence', { redFlags: ['cauda-equina'] }],
  ['saddle numbness since this morning', { redFlags: ['cauda-equina'] }],
  ['history of IV drug use', { redFlags: ['infection'] }],
  ['on long-term prednisone', { redFlags: ['fracture'] }],
  ['fell off a ladder last week', { redFlags: ['fracture'] }],
  ['unexplained weight loss of 8 kg', { redFlags: ['cancer'] }],
  ['pain worse at night, wakes her up', { redFlags: ['cancer'] }],
  ['prior prostate cancer treated 2019', { redFlags: ['cancer'] }],
  ['fever 38.5 and back pain', { redFlags: ['infection'] }],
  ['progressive leg weakness', { redFlags: ['cauda-equina'] }],
  ['red flags screened and absent', { redFlagScreen: 'no' }],
  ['no bowel or bladder dysfunction, no saddle anaesthesia, no weight loss', { redFlagScreen: 'no' }],
  [
    'depressed, anxious, catastrophizes about pain',
    { psychosocial: { depression: 'yes', anxiety: 'yes', catastrophizing: 'yes' } },
  ],
  ['no depression or anxiety', { psychosocial: { depression: 'no', anxiety: 'no' } }],
  ['scared to move because of pain', { psychosocial: { catastrophizing: 'yes' } }],
  ['conflict with her manager, wants to quit', { psychosocial: { workDissatisfaction: 'yes' } }],
  [
    'no psychosocial issues',
    { psychosocial: { depression: 'no', anxiety: 'no', catastrophizing: 'no', workDissatisfaction: 'no' } },
  ],
];

describe('red flags and psychosocial factors', () => {
  it.each(FLAGS_AND_PSYCH)('%s', (text, want) => {
    expect(extractCaseFacts(text, '2026-11-29T10:00:00.000Z').patch).toMatchObject(want);
  });
});
