import { describe, expect, it } from 'vitest';
import { blindReply } from '../../scripts/eval/blind-report.js';
import { ask } from '../../scripts/eval/question-suite.js';

/**
 * Branch fa: "which first-line drug is left?" judged for this patient; heart failure and liver disease in
 * clinicians' words route the options; an opioid with a hypnotic or other sedative. Several clinician styles, and
 * contrasts that must not change. Doses and rules from the guideline and clinical-reference.md sections 2-4.
 */
const reply = (text: string, n = 0): string => ask(text, n).join('\n');
const midCase = (q: string, n = 0): string => blindReply({ id: 'fa', q, must: [], mustNot: [] }, n);
const title = (text: string): string => text.split('\n')[0]!;

describe('which guideline option is left, judged for this patient', () => {
  it.each([
    'Patient on phenelzine, which first-line drug is left?',
    'pt on an MAOI (phenelzine). Which 1st line med does that leave me?',
    'Rx query: on tranylcypromine, what options do I have for her back?',
  ])('"%s": duloxetine and tramadol out (MAOI), the NSAID left with its dose', (q) => {
    const text = reply(q);
    expect(title(text)).toMatch(/Duloxetine and tramadol ruled out \(on an MAOI\); left: an NSAID/);
    expect(text).toMatch(/contraindicated/);
    expect(text).toMatch(/naproxen 500 mg twice daily/);
    expect(text).not.toMatch(/not covered/i);
  });

  it.each([
    'on an MAOI with heart failure, which option does the pathway leave me?',
    'HFrEF and on phenelzine - what is left?',
  ])('"%s": nothing left, the referral and opioids as a last resort (no dead end)', (q) => {
    const text = reply(q);
    expect(title(text)).toMatch(/an NSAID ruled out \(heart failure\)/);
    expect(title(text)).toMatch(/no guideline drug option left/);
    expect(text).toMatch(/fluid retention/);
    expect(text).toMatch(/pain specialist/);
  });

  it.each([
    'chronic liver disease, which first-line drug is left?',
    'Chronic hep B, which first line drug would you use?',
    'ARLD, what first-line options are there?',
  ])('"%s": duloxetine avoided (liver), the NSAID left', (q) => {
    const text = reply(q);
    expect(title(text)).toMatch(/Duloxetine ruled out \(liver\); left: an NSAID/);
    expect(text).toMatch(/Avoid duloxetine in chronic liver disease/);
  });

  it('eGFR 22: duloxetine and NSAIDs out, tramadol left with its renal row', () => {
    const text = reply('eGFR 22, on warfarin - what options do I have?');
    expect(title(text)).toMatch(/left: tramadol/);
    expect(text).toMatch(/every 12 hours, maximum 200 mg\/day/);
  });

  it('mid-case: the case facts rule the options', () => {
    const text = midCase(
      '[case so far: 70F chronic LBP, heart failure on furosemide, failed paracetamol] which first-line drug is left?',
    );
    expect(title(text)).toMatch(/An NSAID ruled out \(heart failure\); left: duloxetine/);
  });

  it.each([
    'which first-line drug is left?',
    'which first-line drug, 45M no PMH?',
    'what options are there for imaging?',
  ])('contrast "%s": nothing ruled out, the answer is not the judged list', (q) => {
    expect(reply(q)).not.toMatch(/ruled out/);
  });
});

describe('heart failure asked with "which first-line drug"', () => {
  it.each([
    'woman in her 70s with heart failure on furosemide, which first-line drug?',
    'hx CCF, which 1st line med?',
    'Dictated: seventy-four year old lady, congestive cardiac failure, on frusemide. Which first line drug should I use',
    'HF pt (EF 30%) - which guideline drug is left for his back pain?',
  ])('"%s": NSAIDs avoided (fluid retention), duloxetine named with its dose', (q) => {
    const text = reply(q);
    expect(title(text)).toMatch(/An NSAID ruled out \(heart failure\); left: duloxetine/);
    expect(text).toMatch(/Avoid NSAIDs in heart failure: fluid retention/);
    expect(text).toMatch(/duloxetine 30 mg daily, titrating to 60 mg daily/);
  });
});

describe('liver disease in clinicians words', () => {
  it.each([
    'chronic hep C with fibrosis, can I start duloxetine?',
    'NAFLD with raised LFTs - duloxetine ok?',
    'fatty liver with raised LFTs, can I start duloxetine?',
    'Rx duloxetine 30 mg od, pt has MASLD - ok to dispense?',
    'hep B carrier, cymbalta 30?',
    'alcohol-related liver disease, duloxetine or naproxen?',
  ])('"%s": duloxetine avoided, the next option stepped up', (q) => {
    const text = reply(q);
    expect(text).toMatch(/Avoid duloxetine in chronic liver disease/);
    expect(title(text)).toMatch(/not for this patient/i);
  });

  it('mid-case: hepatitis C in the case rules duloxetine out', () => {
    const text = midCase(
      '[case so far: 62M chronic LBP, failed naproxen 500 bd 6 weeks, hep C with fibrosis] duloxetine next?',
    );
    expect(title(text)).toMatch(/Duloxetine: not for this patient/);
  });

  it.each([
    'hepatitis A as a child, fully recovered - duloxetine ok?',
    'no liver disease, duloxetine ok?',
    'LFTs normal, duloxetine ok?',
    'fatty liver on ultrasound, LFTs normal - duloxetine ok?',
    'hep B vaccinated, duloxetine ok?',
  ])('contrast "%s": duloxetine not ruled out', (q) => {
    const text = reply(q);
    expect(text).not.toMatch(/not for this patient/);
    expect(text).toMatch(/duloxetine 30 mg daily/);
  });

  it('"alcohol-related liver disease" is not alcohol taken with an opioid', () => {
    expect(reply('alcohol-related liver disease, tramadol ok?')).not.toMatch(/CNS depressants/);
  });
});

describe('an opioid with a hypnotic or other sedative', () => {
  it.each([
    'on oxycodone 10mg bd, also takes zopiclone at night - anything I should be offering her?',
    'pt on tramadol + zolpidem, what else should she have?',
    'UK GP here - codeine 30 qds and a sleeping tablet most nights, what else should she have?',
    'Rx: morphine MR 10 bd, pt also on zopiclone 7.5 nocte - anything to co-prescribe?',
  ])('"%s": the CNS-depressant warning, then naloxone as the reference says it', (q) => {
    const text = reply(q);
    expect(text).toMatch(/benzodiazepine or other CNS depressant: profound sedation, respiratory depression/);
    expect(text).toMatch(/Offer naloxone when risk factors are present/);
  });

  it('promethazine at night: the sedating-antihistamine row and naloxone when asked what to offer', () => {
    const text = reply('tramadol 50 qds, promethazine at night - what else should she have?');
    expect(text).toMatch(/sedating antihistamine or alcohol: CNS depressants/);
    expect(text).toMatch(/Offer naloxone/);
  });

  it.each(['codeine and a sleeping tablet at night, ok?', 'oxycodone with zolpidem?'])(
    'contrast "%s": the warning, no naloxone line when not asked what to offer',
    (q) => {
      const text = reply(q);
      expect(text).toMatch(/respiratory depression/);
      expect(text).not.toMatch(/Offer naloxone/);
    },
  );

  it('zopiclone alone: not covered, with the opioid rule', () => {
    const text = reply('zopiclone dose?');
    expect(text).toMatch(/no dose for hypnotics/);
    expect(text).toMatch(/other CNS depressant/);
  });
});
