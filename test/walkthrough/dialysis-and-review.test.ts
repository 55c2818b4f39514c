import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { DIALYSIS_AFTER_CUES, DIALYSIS_BEFORE_CUES } from '../../src/clinical/language/measures.js';
import { converse } from '../helpers/conversation.js';

const AT = '2026-11-29T10:00:00Z';
const renal = (text: string) => extractCaseFacts(text, AT).patch.renal;

/** The reply texts of each turn of one conversation. */
const talk = (...turns: string[]): string[] => converse(turns, { key: 'dialysis-review', at: AT }).replies;

describe('dialysis is kidney failure (CKD stage 5) in every wording', () => {
  it.each([
    ['ESRD on HD three times a week', 'haemodialysis'],
    ['pmhx: T2DM, ESKD - haemodialysis Tue/Thu/Sat via L AV fistula', 'haemodialysis'],
    ['dialysis-dependent since 2019', 'unspecified'],
    ['Known CKD 5D.', 'unspecified'],
    ['HD x3/wk, nephrology follow him', 'haemodialysis'],
    ['on PD overnight, ESKD from IgA nephropathy', 'peritoneal'],
    ['she does peritoneal dialysis at home full stop', 'peritoneal'],
    ['dialyses Tu/Th/Sat', 'unspecified'],
    ['ESRD on RRT', 'unspecified'],
    ['pmhx ESKD, on renal replacement therapy', 'unspecified'],
    ['NP: 66F ESRF, dialysing 3x weekly at the unit', 'unspecified'],
    ['was on PD, now HD 3x/wk', 'haemodialysis'],
    ['has had HD since 2019, ESRD', 'haemodialysis'],
    ['was started on dialysis last month', 'unspecified'],
    ['kidney transplant 2012 failed, back on HD, eGFR 9', 'haemodialysis'],
    ['had his HD session this morning, ESKD', 'haemodialysis'],
    ['failed renal transplant 2010, HD 3x weekly, eGFR 16', 'haemodialysis'],
    ['CKD 5, had dialysis today', 'unspecified'],
  ])('%s', (text, kind) => {
    expect(renal(text)).toMatchObject({ dialysis: kind, ckdStage: 5 });
  });

  it.each([
    'CKD 4, not on dialysis',
    'pre-dialysis clinic, CKD 4',
    'mother on dialysis',
    'on PD for his Parkinson',
    'not yet on dialysis',
    'no dialysis',
    'no longer on dialysis since transplant',
    // past, denied, someone's work or someone else's: not the patient's dialysis now
    'renal transplant 2015, previously on dialysis, eGFR 55',
    'had dialysis for AKI in 2019',
    'dialysis not required',
    'dialysis: no',
    'dialysis stopped after kidney recovered',
    'works as a dialysis nurse',
    'HD x3 weekly for his brother',
    "Parkinson's - on PD meds; CKD 3",
    'Dear Dr, AKI 2021 needing a few sessions of haemodialysis until recovery. Creat now normal.',
    'ED handover: 60M, hx of HD in 2018 before his transplant, eGFR 62',
    'Dialysis - nil. Anticoag - nil.',
    'RRT called for hypotension overnight, LBP since',
    'she drives her husband to dialysis comma LBP 2 months full stop',
    'PD nurse visits for his tremor, CKD 2',
    'works at the dialysis unit today',
  ])('not dialysis: %s', (text) => {
    expect(renal(text)?.dialysis).toBeUndefined();
  });

  it.each([...DIALYSIS_BEFORE_CUES, ...DIALYSIS_AFTER_CUES])('cue $id: "$example" is not dialysis', (cue) => {
    expect(renal(cue.example)?.dialysis).toBeUndefined();
  });

  it.each([
    ['renal transplant 2015, previously on dialysis, eGFR 55', 55],
    ['ESRD, renal transplant 2015, eGFR 55', 55],
    ['dialysis stopped after kidney recovered, eGFR 48', 48],
    ['UK letter: kidney transplant 2016, dialysis before that. eGFR 61. Failed naproxen.', 61],
  ])('a stated eGFR after a transplant or recovery is the kidney function now: %s', (text, egfr) => {
    const r = renal(text);
    expect(r?.egfr).toBe(egfr);
    expect(r?.ckdStage).toBeUndefined();
  });

  it('a transplant with eGFR 55, dialysis years ago: NSAIDs and duloxetine stay in, no dialysis gabapentin rows', () => {
    const [reply] = talk(
      '58M chronic LBP 6 months with sciatica down the left leg. Renal transplant 2015, previously on dialysis, eGFR 55. Paracetamol 1g qds 6 weeks no help. No red flags. Mood ok.',
    );
    expect(reply).not.toMatch(/on dialysis|haemodialysis|CrCl < 15/);
    expect(reply).toMatch(/Add duloxetine 30 mg/);
    expect(reply).toMatch(/Gabapentin with CrCl 30-59/);
  });

  it.each([
    'CrCl 26 by Cockcroft-Gault',
    'creatinine 230, CG CrCl 26',
    'CrCl (CG) 26 mL/min',
    'CrCl: approx. 26',
    'est CrCl ~26',
  ])('CrCl read: %s', (text) => {
    expect(renal(text)?.crcl).toBe(26);
  });

  it('a haemodialysis case: NSAIDs and duloxetine out, tramadol q12h, gabapentin dialysis rows', () => {
    const [reply] = talk(
      '58M chronic LBP 6 months with sciatica down the left leg, ESRD on HD three times a week. Paracetamol 1g qds 6 weeks no help. No red flags. Mood ok.',
    );
    expect(reply).toMatch(/Not for this patient: NSAIDs \(on haemodialysis/);
    expect(reply).toMatch(/Not for this patient: duloxetine \(on haemodialysis/);
    expect(reply).not.toMatch(/Add duloxetine 30 mg/);
    expect(reply).toMatch(/Tramadol .*every 12 hours, maximum 200 mg\/day/);
    expect(reply).toMatch(/Gabapentin with CrCl < 15: 100-300 mg\/day once daily/);
    expect(reply).toMatch(/supplemental 125-350 mg dose after each 4-hour session/);
  });
});

describe('mid-case questions answered from the case', () => {
  const CASE =
    '62 yo man, chronic LBP 5 months, no leg symptoms, no red flags. Paracetamol regular 6 wks, no benefit. Not depressed. Physio done 8 weeks, little help.';

  it.each([
    'Bloods back: creatinine 230, CG CrCl 26. What now?',
    'renal function came back, crcl 26 - so what do I do?',
    'CrCl 26 by Cockcroft-Gault. next?',
  ])('new kidney function then a short question: %s', (q) => {
    const [, reply] = talk(CASE, q);
    expect(reply).toMatch(/every 12 hours, maximum 200 mg\/day/);
    expect(reply).toMatch(/Not for this patient: duloxetine \(CrCl 26 < 30\)/);
    expect(reply).not.toMatch(/Add duloxetine 30 mg|escalate to duloxetine \(30-60 mg daily\)/);
  });

  it.each([
    "when do I review him and how will I know it's working?",
    'if I start tramadol 50 bd, when should I review and what should I measure?',
    'ok so when should we see him again',
  ])('follow-up: %s', (q) => {
    const [, reply] = talk(`${CASE} CrCl 26. ODI 46%, pain 7/10.`, q);
    expect(reply).toMatch(/review in 2-4 weeks/);
    expect(reply).toMatch(/10 points on the ODI/);
    expect(reply).toMatch(/ODI 46% now: 36% or lower/);
  });

  it('an opioid start: within 1-4 weeks', () => {
    const [, reply] = talk(
      `${CASE} CrCl 26.`,
      'if I start tramadol 50 bd, when should I review and what should I measure?',
    );
    expect(reply).toMatch(/within 1-4 weeks/);
    expect(reply).toMatch(/Tramadol with CrCl < 30: every 12 hours/);
  });
});
