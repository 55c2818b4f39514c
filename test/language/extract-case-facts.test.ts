import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/index.js';

const AT = '2026-11-29T10:00:00.000Z';
const patch = (t: string, at = AT) => extractCaseFacts(t, at).patch;

describe('extractCaseFacts', () => {
  it('reads the issue example whole', () => {
    const ex = extractCaseFacts(
      "58M, chronic LBP 9 months, naproxen 250 bid x 6 wks no relief, tingling down the left leg, no red flags, hasn't done PT",
      AT,
    );
    expect(ex.patch).toMatchObject({
      age: 58,
      painDurationWeeks: 39,
      medications: [{ drug: 'naproxen', doseMg: 250, timesPerDay: 2, durationWeeks: 6, outcome: 'ineffective' }],
      radicular: 'yes',
      redFlagScreen: 'no',
      nonDrugTherapies: [{ therapy: 'exercise', status: 'not-tried' }],
    });
    expect(ex.understood).toContain('naproxen 250 mg twice daily x 6 wk: no relief');
    expect(ex.isCaseNarrative).toBe(true);
    expect(ex.identifiers).toBe(false);
  });

  it('scopes negation to its clause', () => {
    expect(patch('no red flags, tingling down the left leg')).toMatchObject({ redFlagScreen: 'no', radicular: 'yes' });
    expect(patch('no leg symptoms').radicular).toBe('no');
    expect(patch('denies fever, weight loss or saddle numbness')).toMatchObject({ redFlagScreen: 'no' });
    expect(patch('no fever but unexplained weight loss')).toMatchObject({ redFlagScreen: 'yes', redFlags: ['cancer'] });
  });

  it("does not take a relative's illness or everyday words for red flags or conditions", () => {
    expect(patch('family history of cancer, mother had breast ca').redFlags).toBeUndefined();
    expect(patch('fell asleep on the couch, childhood trauma').redFlags).toBeUndefined();
    expect(patch('leg ulcer').conditions).toBeUndefined();
    expect(patch('hep C').nonDrugTherapies).toBeUndefined();
    expect(patch('depression screen negative').psychosocial).toEqual({ depression: 'no' });
    expect(patch('hx of prostate ca').redFlags).toEqual(['cancer']);
  });

  it('counts suspected radicular symptoms as present', () => {
    expect(patch('?radicular').radicular).toBe('yes');
    expect(patch('possible sciatica').radicular).toBe('yes');
  });

  it('computes "since March" from receivedAt and reads 9/12 as nine months, never as a date', () => {
    expect(patch('back pain since March', '2026-11-29T10:00:00Z').painDurationWeeks).toBe(39);
    expect(patch('back pain since March', '2026-04-15T10:00:00Z').painDurationWeeks).toBe(6);
    expect(patch('LBP 9/12').painDurationWeeks).toBe(39);
    expect(patch('physio 6/52 no help').nonDrugTherapies).toEqual([
      { therapy: 'exercise', status: 'tried-no-benefit', weeks: 6 },
    ]);
  });

  it('reads non-drug therapy status and weeks', () => {
    expect(patch('did 8 weeks of PT without benefit').nonDrugTherapies).toEqual([
      { therapy: 'exercise', status: 'tried-no-benefit', weeks: 8 },
    ]);
    expect(patch('declined acupuncture').nonDrugTherapies).toEqual([{ therapy: 'acupuncture', status: 'declined' }]);
    expect(patch('Pt reports pain').nonDrugTherapies).toBeUndefined();
  });

  it('reads outcomes of drugs, alone and in lists', () => {
    const meds = patch(
      'failed naproxen and ibuprofen. Cymbalta stopped for nausea. NSAIDs contraindicated (CKD 3b)',
    ).medications;
    expect(meds).toEqual([
      { drug: 'naproxen', outcome: 'ineffective' },
      { drug: 'ibuprofen', outcome: 'ineffective' },
      { drug: 'duloxetine', outcome: 'not-tolerated' },
      { drug: 'other-nsaid', outcome: 'contraindicated' },
    ]);
    expect(patch('never tried duloxetine, not on opioids').medications).toBeUndefined();
  });

  it('reads instruments, renal function and gate facts', () => {
    expect(patch('SBT 7, psych 4. ODI 48. CrCl 25, CKD stage 4')).toMatchObject({
      startBack: { total: 7, psychosocial: 4 },
      startBackRisk: 'high',
      oswestryPercent: 48,
      renal: { crcl: 25, ckdStage: 4 },
      conditions: { ckd: 'yes' },
    });
    expect(patch('STarT Back high risk').startBackRisk).toBe('high');
    expect(patch('Oswestry 48%').oswestryPercent).toBe(48);
    expect(patch('ORT done, PDMP checked. Discussed risks and benefits. Off work.')).toMatchObject({
      opioidRiskAssessment: 'yes',
      opioidDiscussion: 'yes',
      functionalDisability: 'yes',
    });
    expect(patch('4 weeks later, duloxetine 60 mg, pain unchanged').improvedSinceLastVisit).toBe('no');
  });

  it('flags names, record numbers and dates of birth, not drug brands', () => {
    for (const t of ['Mr Smith has LBP', 'patient John has sciatica', 'MRN 1234567', 'DOB 01/02/1960']) {
      expect(extractCaseFacts(t, AT).identifiers, t).toBe(true);
    }
    for (const t of ['MS Contin 15 mg bid', 'Pt is a 58 yo male', 'LBP 9/12, naproxen 500 bid']) {
      expect(extractCaseFacts(t, AT).identifiers, t).toBe(false);
    }
  });

  it('keeps understood labels short and never echoes the narrative', () => {
    const text =
      'Pasted note: 62F, LBP x 2 yrs, duloxetine 60 mg daily x 12 wks partial relief, yoga twice a week, no red flags, ODI 40%, anxious about work.';
    const { understood } = extractCaseFacts(text, AT);
    expect(understood.length).toBeGreaterThan(4);
    const lower = text.toLowerCase();
    for (const u of understood) {
      expect(u.length).toBeLessThanOrEqual(60);
      // a label may restate a short fact ("no red flags") but never carries a stretch of the clinician's text
      for (let i = 0; i + 40 <= lower.length; i++) expect(u.toLowerCase()).not.toContain(lower.slice(i, i + 40));
    }
  });

  it('tells a question from a case', () => {
    expect(extractCaseFacts('what is the max dose of naproxen?', AT)).toMatchObject({
      isCaseNarrative: false,
      patch: {},
    });
    expect(extractCaseFacts('help', AT).isCaseNarrative).toBe(false);
  });
});
