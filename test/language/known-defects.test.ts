import { describe, expect, it } from 'vitest';
import { anyPsychosocialFactor } from '../../machines/case-guards.js';
import { caseFactsSchema } from '../../src/clinical/case/case-facts.js';
import { nsaidExcluded } from '../../machines/drug-guards.js';
import { answerToFact, extractCaseFacts, findDrugs } from '../../src/clinical/language/index.js';

const AT = '2026-11-29T10:00:00.000Z';
const patch = (t: string) => extractCaseFacts(t, AT).patch;
const therapy = (t: string, id: string) => patch(t).nonDrugTherapies?.find((x) => x.therapy === id)?.status;
const outcomeOf = (t: string, drug: string) => patch(t).medications?.find((m) => m.drug === drug)?.outcome;
const expectOutcome = (text: string, drug: string, outcome: string) => expect(outcomeOf(text, drug)).toBe(outcome);

describe('therapies sharing one outcome', () => {
  it.each([['PT and CBT, no benefit'], ['Tried PT and CBT, neither helped.'], ['PT, CBT: no benefit']])(
    '"%s": both tried without benefit',
    (text) => {
      expect(therapy(text, 'exercise')).toBe('tried-no-benefit');
      expect(therapy(text, 'cbt')).toBe('tried-no-benefit');
    },
  );
});

describe('age is not a pain duration', () => {
  it.each(['80 year old', '80 yo', '80yo F', '80 year old woman with LBP', '80-year-old M', '80 y.o. male, LBP'])(
    '"%s"',
    (text) => {
      const p = patch(text);
      expect(p.age).toBe(80);
      expect(p.painDurationWeeks).toBeUndefined();
    },
  );

  it('still reads a duration next to the age', () => {
    expect(patch('80 year old with LBP for 2 years')).toMatchObject({ age: 80, painDurationWeeks: 104 });
  });
});

describe('psychosocial answer to the walk-through question', () => {
  const facts = (p: object | undefined) => caseFactsSchema.parse(p ?? {});
  it.each(['yes', 'Yes, some', 'y', 'present'])('"%s" marks factors present (the statechart sees them)', (text) => {
    const p = answerToFact('psychosocial', text, AT);
    expect(p).toBeDefined();
    expect(anyPsychosocialFactor(facts(p))).toBe(true);
  });

  it('"no" marks all four absent', () => {
    expect(answerToFact('psychosocial', 'no', AT)).toEqual({
      psychosocial: { depression: 'no', anxiety: 'no', catastrophizing: 'no', workDissatisfaction: 'no' },
    });
    expect(anyPsychosocialFactor(facts(answerToFact('psychosocial', 'none', AT)))).toBe(false);
  });

  it('names only what is named', () => {
    expect(answerToFact('psychosocial', 'depression and anxiety', AT)).toEqual({
      psychosocial: { depression: 'yes', anxiety: 'yes' },
    });
  });

  it('"not sure" is unknown, never present', () => {
    const p = answerToFact('psychosocial', 'not sure', AT);
    expect(p).toBeDefined();
    expect(anyPsychosocialFactor(facts(p))).toBe(false);
  });
});

describe('a ruled-out NSAID class', () => {
  it.each([
    'No NSAIDs.',
    'NSAIDs contraindicated',
    "can't take NSAIDs (CKD)",
    'No NSAIDs (CKD 3b, eGFR 35).',
    "Can't take NSAIDs.",
    'NSAIDs avoided.',
    'no nsaids d/t GI bleed',
  ])('"%s" -> NSAID contraindicated, and the pathway sees an excluded NSAID', (text) => {
    const p = patch(text);
    expect(p.medications).toContainEqual({ drug: 'other-nsaid', outcome: 'contraindicated' });
    expect(nsaidExcluded(caseFactsSchema.parse(p))).toBe(true);
  });

  it.each(['No NSAIDs tried yet.', 'has not tried NSAIDs', 'no NSAID trial so far'])(
    '"%s" is not a contraindication',
    (text) => {
      expect(outcomeOf(text, 'other-nsaid')).toBeUndefined();
    },
  );
});

describe('a dose typed with a stray minus', () => {
  it.each(['naproxen -500 mg', 'naproxen -500 mg bid', 'naproxen - -500'])('"%s" carries no dose', (text) => {
    const [m] = findDrugs(text);
    expect(m?.drug).toBe('naproxen');
    expect(m?.doseMg).toBeUndefined();
    expect(m?.dailyMg).toBeUndefined();
  });

  it('a dash used as a separator still gives the dose', () => {
    expect(findDrugs('naproxen - 500 mg bid')[0]).toMatchObject({ doseMg: 500, timesPerDay: 2 });
    expect(findDrugs('naproxen: 500 bid')[0]).toMatchObject({ doseMg: 500, timesPerDay: 2 });
  });
});

describe('scoping found by the fourth held-out set', () => {
  it('a negation does not reach into a parenthesis: "Naproxen not tried (on apixaban)"', () => {
    expect(patch('Naproxen not tried (on apixaban).').medications).toEqual([
      { drug: 'anticoagulant', name: 'apixaban', outcome: 'current' },
    ]);
  });

  it('a therapy arranged for later is not tried', () => {
    expect(therapy('Starting PT next week.', 'exercise')).toBe('not-tried');
    expect(therapy('PT 6 wks, no change; acupuncture booked.', 'acupuncture')).toBe('not-tried');
    expect(therapy('PT 6 wks, no change; acupuncture booked.', 'exercise')).toBe('tried-no-benefit');
  });

  it('"Duloxetine 60 x 3 months" keeps the dose and the duration', () => {
    expect(patch('Duloxetine 60 x 3 months no relief').medications).toEqual([
      { drug: 'duloxetine', doseMg: 60, durationWeeks: 13, outcome: 'ineffective' },
    ]);
  });

  it('"wants to talk about injections" is considering a procedure', () => {
    expect(patch('Wants to talk about injections.').consideringInterventional).toBe('yes');
  });
});

describe('wordings found by the fifth held-out set', () => {
  it.each([
    ['Currently tramadol 50 mg BID prn.', 'tramadol', 'current'],
    ['Celebrex 200 daily - decent relief.', 'other-nsaid', 'effective'],
    ['NSAIDs not advised given CAD.', 'other-nsaid', 'contraindicated'],
    ['Duloxetine not an option (on SSRI).', 'duloxetine', 'contraindicated'],
  ] as const)('"%s" -> %s %s', expectOutcome);

  it('"helped briefly" is partial, even with a weekly habit in the clause', () => {
    expect(therapy('PT 2x/wk x 6 wks last spring, helped briefly.', 'exercise')).toBe('partial');
  });

  it('red flags and radicular wording', () => {
    expect(patch('Neg red flags.').redFlagScreen).toBe('no');
    expect(patch('weakness L ankle dorsiflexion getting worse over 2 weeks')).toMatchObject({
      redFlagScreen: 'yes',
      redFlags: ['progressive-neuro-deficit'],
    });
    expect(patch('spinal stenosis, neurogenic claudication both legs').radicular).toBe('yes');
  });

  it('screens and observations', () => {
    expect(patch('Mood OK.').psychosocial).toEqual({ depression: 'no' });
    expect(patch('low mood, mood ok today').psychosocial).toEqual({ depression: 'yes' });
    expect(patch('PHQ-9 4, GAD-7 3.').psychosocial).toBeUndefined();
    expect(patch('GAD-7 15').psychosocial).toEqual({ anxiety: 'yes' });
  });

  it('follow-up scores: a fall is partial improvement, no fall is none', () => {
    expect(patch('Follow up: pain 6/10 from 8/10, walking more.').improvedSinceLastVisit).toBe('partial');
    expect(patch('f/u: ODI 44 from 56').improvedSinceLastVisit).toBe('partial');
    expect(patch('follow-up: pain 7/10 from 7/10').improvedSinceLastVisit).toBe('no');
    expect(patch('pain 6/10 from 8/10').improvedSinceLastVisit).toBeUndefined();
  });

  it('a relative speaking for the patient about a procedure or the opioid talk', () => {
    expect(patch('Family asks about injections.').consideringInterventional).toBe('yes');
    expect(patch('Discussed tapering and risks.').opioidDiscussion).toBe('yes');
    expect(patch('mother had cancer').redFlags).toBeUndefined();
  });
});

describe('wordings found by the sixth held-out set', () => {
  it('an MRI booked or wanted has not been done', () => {
    expect(patch('MRI booked.').priorMri).toBe('no');
    expect(patch('Would like an MRI.').priorMri).toBe('no');
    expect(patch('MRI 2024 normal.').priorMri).toBe('yes');
  });

  it.each([
    ['Gabapentin 300mg TID x 2 months - no sig improvement.', 'gabapentin', 'ineffective'],
    ['Diclofenac 50 tid - ok relief but stopped as BP high.', 'other-nsaid', 'not-tolerated'],
    ['duloxetine 30 mg daily x 2 wks (too early).', 'duloxetine', 'current'],
    ['Failed: naproxen, ibuprofen, pregabalin (sedation).', 'ibuprofen', 'ineffective'],
    ['Failed: naproxen, ibuprofen, pregabalin (sedation).', 'pregabalin', 'not-tolerated'],
  ] as const)('"%s" -> %s %s', expectOutcome);

  it('a lowered dose is judged by what follows the lowering', () => {
    expect(patch('duloxetine 30->60 (nausea at 60, back to 30, modest benefit)').medications).toEqual([
      { drug: 'duloxetine', doseMg: 30, outcome: 'partial' },
    ]);
  });

  it('a next clause that only changes the dose belongs to the drug before it', () => {
    expect(patch('Gabapentin 300 tid helped a little; increased to 600 tid - too sleepy.').medications).toEqual([
      { drug: 'gabapentin', doseMg: 600, timesPerDay: 3, outcome: 'not-tolerated' },
    ]);
    expect(findDrugs('gabapentin 300 tid; naproxen 500 bid').map((m) => m.doseMg)).toEqual([300, 500]);
  });

  it('follow-up, fear, procedures and deficits', () => {
    expect(patch('FU 6 wks: functioning better.').improvedSinceLastVisit).toBe('yes');
    expect(patch("worried he'll never work again").psychosocial).toEqual({ catastrophizing: 'yes' });
    expect(patch('Interested in repeat ESI.').consideringInterventional).toBe('yes');
    expect(patch('new leg weakness and foot drop R')).toMatchObject({
      radicular: 'yes',
      redFlags: ['progressive-neuro-deficit'],
    });
  });
});

describe('co-medications and outcomes after a later regimen (walk-through findings)', () => {
  const outcomes = (t: string) =>
    Object.fromEntries((patch(t).medications ?? []).map((m) => [m.drug, m.outcome ?? 'none']));

  it.each([
    [
      '62F chronic LBP, on warfarin, ibuprofen 400 tid x 4 wk no help',
      { anticoagulant: 'current', ibuprofen: 'ineffective' },
    ],
    [
      'on sertraline and clopidogrel, naproxen 500 bid 6 wks no relief',
      { ssri: 'current', antiplatelet: 'current', naproxen: 'ineffective' },
    ],
    ['on phenelzine, tramadol 50 qid, no benefit', { maoi: 'current', tramadol: 'ineffective' }],
    [
      'on apixaban and diazepam, naproxen and ibuprofen both no help',
      { anticoagulant: 'current', benzodiazepine: 'current', naproxen: 'ineffective', ibuprofen: 'ineffective' },
    ],
    [
      'Meds: aspirin, duloxetine 60 daily x 8 wks - minimal relief.',
      { antiplatelet: 'current', duloxetine: 'ineffective' },
    ],
    ['aspirin, duloxetine 60 daily x 8 wks - minimal relief.', { antiplatelet: 'none', duloxetine: 'ineffective' }],
    ['Current medications: duloxetine 60 daily, apixaban', { duloxetine: 'current', anticoagulant: 'current' }],
    ['Meds tried: ibuprofen, naproxen', { ibuprofen: 'none', naproxen: 'none' }],
  ])('"%s": a co-medication never takes a pain drug\'s outcome', (text, want) => {
    expect(outcomes(text)).toEqual(want);
  });

  it.each([
    ['lorazepam and gabapentin, neither helped', { benzodiazepine: 'ineffective', gabapentin: 'ineffective' }],
    ['diazepam, naproxen - no relief', { benzodiazepine: 'none', naproxen: 'ineffective' }],
  ])('"%s": a co-medication takes only an outcome said of the whole list', (text, want) => {
    expect(outcomes(text)).toEqual(want);
  });

  it.each([
    ['naproxen, ibuprofen 400 tid x 4 wk no help', { naproxen: 'none', ibuprofen: 'ineffective' }],
    ['celecoxib, naproxen 500 bid - minimal relief', { 'other-nsaid': 'none', naproxen: 'ineffective' }],
  ])('"%s": an outcome after a later drug\'s own regimen is that drug\'s', (text, want) => {
    expect(outcomes(text)).toEqual(want);
  });

  it.each([
    ['naproxen 500 bid, ibuprofen 600 tid - neither helped', { naproxen: 'ineffective', ibuprofen: 'ineffective' }],
    [
      'naproxen 500mg bid x 6 wks + cyclobenzaprine 5 mg qhs: minimal relief',
      { naproxen: 'ineffective', 'muscle-relaxant': 'ineffective' },
    ],
    ['naproxen and ibuprofen 400 tid, no help', { naproxen: 'ineffective', ibuprofen: 'ineffective' }],
    [
      'naproxen, ibuprofen, meloxicam - none helped',
      { naproxen: 'ineffective', ibuprofen: 'ineffective', 'other-nsaid': 'ineffective' },
    ],
  ])('"%s": said of the list, or of drugs taken together, it is shared', (text, want) => {
    expect(outcomes(text)).toEqual(want);
  });
});

describe('the explicit opioid benefits-and-risks discussion (walk-through findings)', () => {
  it('"risk assessment done and discussed benefits and risks" records both gate facts', () => {
    expect(patch('risk assessment done and discussed benefits and risks')).toEqual({
      opioidRiskAssessment: 'yes',
      opioidDiscussion: 'yes',
    });
  });

  it.each([
    'discussed risks/benefits',
    'R/B discussed',
    'risks and benefits reviewed',
    'counselled on overdose risk and monitoring',
    'counselled re: opioid risks, monitoring plan agreed',
    'opioid agreement discussed',
    'discussed treatment agreement',
    'opioid contract reviewed with pt',
    'informed consent re opioids',
    'explained risks and benefits of opioid therapy',
    'went over the risks of opioids',
    'educated on opioid risks',
    'talked through risks and benefits',
    'opioid education provided',
  ])('"%s" -> discussion yes (and no physical therapy read from "pt")', (text) => {
    const p = patch(text);
    expect(p.opioidDiscussion).toBe('yes');
    expect(p.nonDrugTherapies).toBeUndefined();
  });

  it.each([
    'opioid risks not discussed',
    'opioid agreement not yet reviewed',
    'no discussion of risks yet',
    'has not discussed risks',
  ])('"%s" -> discussion no', (text) => {
    expect(patch(text).opioidDiscussion).toBe('no');
  });

  it('a signed agreement or a talk still to come is not the discussion', () => {
    expect(patch('Treatment agreement signed.').opioidDiscussion).toBeUndefined();
    expect(patch('will discuss risks next visit').opioidDiscussion).toBeUndefined();
  });
});

describe('"no other conditions" in a description (walk-through findings)', () => {
  const allNo = answerToFact('conditions', 'none', AT)!.conditions!;

  it.each([
    'no other conditions',
    '55M LBP, no other medical conditions',
    'no comorbidities',
    'PMH nil',
    'PMH: none.',
    'otherwise healthy',
    'otherwise fit and well',
    'no significant PMH',
  ])('"%s" -> every condition no, as the answer "none" gives', (text) => {
    expect(Object.keys(allNo)).toHaveLength(11);
    expect(patch(text).conditions).toEqual(allNo);
    expect(extractCaseFacts(text, AT).understood).toContain('no conditions');
  });

  it('a condition named in the same text stays yes, the rest no', () => {
    const p = patch('55M, CKD 3, otherwise healthy');
    expect(p.conditions).toEqual({ ...allNo, ckd: 'yes' });
    expect(extractCaseFacts('55M, CKD 3, otherwise healthy', AT).understood).toContain('no other conditions');
    expect(answerToFact('conditions', 'COPD, otherwise well', AT)).toEqual({ conditions: { ...allNo, copd: 'yes' } });
  });

  it.each([
    ['no other medical conditions apart from CKD', 'ckd'],
    ['no comorbidities except COPD', 'copd'],
    ['no other conditions besides a prior GI bleed', 'gi-bleed-history'],
    ['no PMH other than COPD', 'copd'],
  ] as const)('"%s": the exception is present', (text, id) => {
    expect(patch(text).conditions).toEqual({ ...allNo, [id]: 'yes' });
  });

  it('an exception after "no red flags" is a red flag', () => {
    expect(patch('no red flags except night pain')).toMatchObject({ redFlagScreen: 'yes', redFlags: ['cancer'] });
  });

  it('renal numbers keep CKD to themselves; other wordings are not a blanket no', () => {
    expect(patch('eGFR 35, otherwise healthy').conditions?.ckd).toBeUndefined();
    expect(patch('pain otherwise well controlled').conditions).toBeUndefined();
    expect(patch('no other red flags').conditions).toBeUndefined();
  });

  it('a question about an otherwise healthy patient stays a question', () => {
    expect(extractCaseFacts('is tramadol ok in an otherwise healthy 40 year old?', AT).isCaseNarrative).toBe(false);
  });
});

describe('"tolerated" without a word on effect (walk-through findings)', () => {
  const trial = (key: 'nsaidTrial' | 'duloxetineTrial' | 'tramadolTrial', text: string) =>
    answerToFact(key, text, AT)?.medications?.[0];

  it.each([
    ['duloxetineTrial', '60 mg, tolerated ok', 'duloxetine', 60, 'current'],
    ['duloxetineTrial', '60, tolerated fine', 'duloxetine', 60, 'current'],
    ['duloxetineTrial', 'tolerated but no help', 'duloxetine', undefined, 'ineffective'],
    ['duloxetineTrial', '60 mg tolerated well, good relief', 'duloxetine', 60, 'effective'],
    ['duloxetineTrial', '30 mg, tolerated poorly', 'duloxetine', 30, 'not-tolerated'],
    ['nsaidTrial', 'naproxen 500 bid, tolerated fine', 'naproxen', 500, 'current'],
    ['nsaidTrial', '500 bid tolerated ok', 'other-nsaid', 500, 'current'],
    ['nsaidTrial', 'ibuprofen 600 tid, tolerated but no help', 'ibuprofen', 600, 'ineffective'],
    ['tramadolTrial', '50 qid tolerated well', 'tramadol', 50, 'current'],
    ['tramadolTrial', '50 mg, tolerating it, no benefit', 'tramadol', 50, 'ineffective'],
    ['tramadolTrial', 'no side effects', 'tramadol', undefined, 'current'],
  ] as const)('%s "%s" -> %s %s mg %s', (key, text, drug, doseMg, outcome) => {
    expect(trial(key, text)).toMatchObject({ drug, outcome, ...(doseMg ? { doseMg } : {}) });
  });

  it('in a description too, and never read as helping', () => {
    expect(outcomeOf('duloxetine 60 mg daily, well tolerated', 'duloxetine')).toBe('current');
    expect(outcomeOf('naproxen 500 bid tolerated, helps', 'naproxen')).toBe('effective');
    expect(outcomeOf('gabapentin tolerated but ineffective', 'gabapentin')).toBe('ineffective');
    expect(answerToFact('tramadolTrial', 'no', AT)).toEqual({ skipped: ['tramadolTrial'] });
  });
});

describe('"continue" outside a plan sentence', () => {
  it('keeps a drug or therapy current rather than tried without benefit', () => {
    expect(therapy('Continue PT.', 'exercise')).toBe('current');
    expect(therapy('continue with PT', 'exercise')).toBe('current');
    expect(outcomeOf('cont naproxen 500 bid', 'naproxen')).toBe('current');
  });

  it('an outcome said with it still wins', () => {
    expect(outcomeOf('Continue duloxetine 60 - partial benefit.', 'duloxetine')).toBe('partial');
  });
});
