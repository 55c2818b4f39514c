import { describe, expect, it } from 'vitest';
import { runScenario, textOf } from './drive.js';

/**
 * The case drives the plan: a drug whose pain did not move after an adequate trial is failed (not "continue at
 * target"), so the next guideline option steps up; and two products of one opioid given in one message both count
 * in the MME. Written in several clinician styles; none is a fixture sentence.
 */
const reply = (say: string): string => textOf(runScenario({ name: say.slice(0, 40), turns: [{ say }] }).outputs[0]!);

describe('no response after an adequate trial: failed, and the plan steps up', () => {
  it.each([
    [
      'SBAR handover',
      'S: 58M chronic LBP 3 yrs, no leg sx. B: naproxen 500 mg BD x 10 wks + duloxetine 60 mg OD x 8 wks, pt says "not touching it", pain 7/10 before and after. PT 8 wks last yr. No GI bleed, no cardiac or renal hx, eGFR 85. A: red flags negative. R: next step?',
    ],
    [
      'NP shorthand',
      '49F CLBP x 2y, non-radic. naproxen 500 bid x 3 mo, duloxetine 60 daily x 3 mo, neither of which helped, pain 6/10. did PT 6 wks. RF neg, eGFR 90, no GI/CV/renal hx. next?',
    ],
    [
      'UK letter',
      'Dear colleague, this 55-year-old man has had back pain for 2 years without leg symptoms. Naproxen 500 mg bd for 12 weeks and duloxetine 60 mg od for 10 weeks, pain 7/10 unchanged on each. He completed 8 weeks of physiotherapy. Red flags are negative, eGFR 80, no GI, cardiac or renal history. What would you suggest?',
    ],
    [
      'dictated',
      'Fifty two year old male comma chronic low back pain for two years comma no leg symptoms period. Naproxen five hundred milligrams twice daily for three months comma and duloxetine sixty milligrams daily for three months comma all without meaningful change period. Physio eight weeks period. Red flags negative comma kidney function normal comma no ulcers comma no heart disease period. Next step question mark',
    ],
  ])('%s', (_style, say) => {
    const text = reply(say);
    expect(text).toMatch(/Tramadol 50-100 mg every 6-8 hours/);
    expect(text).toMatch(/Not offered again: [^\n]*duloxetine failed/);
    expect(text).not.toMatch(/Continue: [^\n]*duloxetine 60 mg daily \(at target\)/);
  });

  it('a meaningful fall on the drug is not a failure ("pain 8 -> 4")', () => {
    const text = reply(
      '50F CLBP 2 yrs, no leg sx, RF neg. duloxetine 60 daily x 8 wks, pain 8 -> 4. eGFR 90, no liver disease. plan?',
    );
    expect(text).not.toMatch(/duloxetine failed/);
  });

  it('"pain 7 -> 6" said of a walking habit leaves the habit under way', () => {
    const text = reply(
      '66M CLBP 3 yrs, no leg sx, RF neg. ODI 42% -> 30%, walking 20 min daily again, pain 7 -> 6. naproxen 500 bid x 8 wks. plan?',
    );
    expect(text).not.toMatch(/exercise \/ PT: tried, no benefit/);
  });
});

describe('long-acting and immediate-release products of one opioid: both count in the MME', () => {
  it.each([
    [
      'UK letter, "when required"',
      'Current analgesia:\nOxyContin 30 mg bd\nOxycodone immediate-release capsules 10 mg, one up to four times a day when required\n62M chronic LBP 5 yrs, no leg symptoms, red flags negative.',
      /OxyContin 30 mg twice daily is 90 MME\/day/,
      /150 MME\/day/,
    ],
    [
      'US shorthand',
      '59F CLBP, on OxyContin 20 mg q12h + oxycodone IR 5 mg q6h prn, RF neg, no radic sx. MME?',
      /OxyContin 20 mg twice daily is 60 MME\/day/,
      /90 MME\/day/,
    ],
  ])('%s', (_style, say, erLine, total) => {
    const text = reply(say);
    expect(text).toMatch(erLine);
    expect(text).toMatch(total);
  });
});

describe('"non-radic" shorthand is axial pain, not radicular', () => {
  it.each([
    ['49F CLBP x 2y, non-radic. naproxen 500 bid x 8 wks no help. RF neg.'],
    ['CLBP 1 yr, nonradic, no RF, ibuprofen 600 tid 6 wks no relief'],
  ])('%s', (say) => {
    const text = reply(say);
    expect(text).toMatch(/- no radicular symptoms/);
    expect(text).not.toMatch(/For neuropathic pain, consider gabapentin/);
  });
});

describe('a drug the case rules out, asked about mid-case: the headline carries the reason', () => {
  it.each([
    [
      'MAOI, terse',
      '55F CLBP 2 yrs, no leg sx, RF neg. naproxen 500 bid x 8 wks no relief. On phenelzine for depression. eGFR 90.',
      'cymbalta dose?',
      /\(duloxetine\): not for this patient \(on an MAOI\)/,
    ],
    [
      'SSRI, chatty',
      'Seeing a 47 year old with chronic back pain for a year and a half, no sciatica, red flags negative. Ibuprofen 600 three times a day for 8 weeks did not help. She takes sertraline 100 mg for depression. Kidneys fine.',
      'what dose of duloxetine would you start?',
      /not for this patient \(on an SSRI or SNRI: duplicate antidepressant therapy\)/,
    ],
    [
      'heart failure, UK',
      '70F chronic LBP 2 yrs, no radicular sx, RF neg. HFrEF on furosemide. Paracetamol 1 g qds, no help. eGFR 60.',
      'Could we try ibuprofen 400 mg tds with a PPI?',
      /not for this patient/,
    ],
  ])('%s', (_style, first, asked, headline) => {
    const out = runScenario({ name: asked, turns: [{ say: first }, { say: asked }] }).outputs[1]!;
    const text = textOf(out);
    expect(text).toMatch(headline);
    // the guideline's start line may be quoted, never as if it were for this patient
    expect(text).not.toMatch(/\*\*Guideline \(escalation\):\*\*/);
  });
});

describe('exercise the patient keeps doing is under way, not a failed course', () => {
  it.each([
    [
      'walks, UK letter',
      '60M chronic LBP 2 yrs, no leg symptoms, red flags negative. He walks 30 minutes a day and completed a physio course last year. Naproxen 500 mg bd 6 weeks, no relief.',
    ],
    ['HEP shorthand', '52F CLBP x 1y, non-radic, RF neg. PT x 6 wks, now HEP. ibuprofen 600 tid x 8 wks no change.'],
    [
      'class, chatty',
      'She has had back pain for about a year, nothing down the legs, no red flags. She attends a twice-weekly pilates-style exercise class. Naproxen 500 twice a day for 2 months did nothing.',
    ],
    [
      'continues',
      'CLBP 18 mo, axial, RF neg. PT 8 weeks completed, continues home exercises. naproxen 500 bid x 10 wks, no benefit.',
    ],
  ])('%s', (_style, say) => {
    const text = reply(say);
    expect(text).toMatch(/- exercise \/ PT: current/);
    expect(text).toMatch(/Continue: exercise therapy \(under way\)/);
  });

  it('a finished course with nothing said of now stays a finished course', () => {
    expect(
      reply('58M CLBP 2 yrs, axial, RF neg. Did 8 wks physio-led exercise last yr. naproxen 500 bid 8 wks no relief.'),
    ).toMatch(/- exercise \/ PT: tried, no benefit/);
  });
});

describe('new facts with a question the case answers: the case hears them and answers first', () => {
  const CASE =
    '58M CLBP 3 yrs, no leg sx, RF neg. naproxen 500 bid x 12 wks no relief, duloxetine 60 x 12 wks no relief. PT 8 wks no benefit. eGFR 80.';
  it.each([
    ['terse', 'Also: pain 8/10, ODI 66%, unable to work. Refer?'],
    ['NP shorthand', 'ODI 66%, off work x 3 mo. should I refer?'],
    ['UK', 'Oswestry now 62% and he has been signed off work. Would you refer him on?'],
  ])('%s', (_style, said) => {
    const out = runScenario({ name: said, turns: [{ say: CASE }, { say: said }] }).outputs[1]!;
    const text = textOf(out);
    expect(out.messages[0]!.text).toMatch(/^\*\*Answer: refer, yes\.\*\*/);
    expect(text).toMatch(/Case A updated/);
    expect(text).toMatch(/- functional disability/);
  });

  it('a question about the instrument itself stays a topic answer', () => {
    const out = runScenario({ name: 'odi band', turns: [{ say: CASE }, { say: 'ODI 66% - what band is that?' }] })
      .outputs[1]!;
    expect(textOf(out)).not.toMatch(/Case A updated/);
  });

  it('"tramadol 50 q6h x 6 wks + acupuncture -> 6/10 -> 3/10": the plus ends the regimen, the score is no dose', () => {
    const out = runScenario({
      name: 'plus',
      turns: [{ say: CASE }, { say: 'tramadol 50 q6h x 6 wks + acupuncture x 8 sessions -> 6/10 -> 3/10. plan?' }],
    }).outputs[1]!;
    expect(textOf(out)).toMatch(/tramadol 50 mg four times daily x 6 wk/);
    expect(textOf(out)).not.toMatch(/tramadol 3 mg/);
  });
});

describe('naloxone is an action when the case holds a risk factor (CDC 2022: >= 50 MME/day, a benzodiazepine)', () => {
  const doNow = (text: string) => /\*\*Do now[^\n]*\n([\s\S]*?)(?:\n\n|$)/.exec(text)?.[1] ?? '';
  it.each([
    [
      'UK letter, ER opioid',
      '63M CLBP 6 yrs, no leg sx, RF neg. OxyContin 30 mg bd. naproxen 500 bd 3 months, no help. eGFR 85.',
    ],
    [
      'US shorthand, combination product',
      '67F CLBP x 3y, non-radic, RF neg. Norco 10/325 2 tabs q6h. duloxetine 60 daily x 2 yrs, no change. eGFR 74.',
    ],
    [
      'benzodiazepine',
      '59M CLBP 2 yrs, axial, RF neg. tramadol 50 mg qid x 8 wks. diazepam 5 mg nocte. naproxen 500 bid 8 wks no relief.',
    ],
  ])('%s', (_style, say) => {
    expect(doNow(reply(say))).toMatch(/Offer naloxone/);
  });

  it('a low-dose opioid with no other risk factor: no naloxone action', () => {
    expect(
      doNow(reply('55F CLBP 2 yrs, axial, RF neg. tramadol 50 mg bid x 6 wks. naproxen 500 bid 8 wks no relief.')),
    ).not.toMatch(/naloxone/);
  });
});
