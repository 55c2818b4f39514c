import { describe, expect, it } from 'vitest';
import { REQUEST_FORMS, caseQuestion } from '../../src/clinical/language/question-shape.js';
import { ABOUT_THIS_PATIENT, aboutThisPatient } from '../../dialogs/walkthrough/case-question.js';
import { runScenario, type Scenario } from './drive.js';

/**
 * A question asked inside a case is answered with the case: wherever the request sits in a letter or a dictated
 * note, about the drug it names (or the one the sentence before names), and on later turns when it is about this
 * patient ("Shall I go up to 60?", "Could I add tramadol?"), while a generic question keeps the quick answer.
 */
const run = (s: Scenario) => runScenario(s);
const first = (turns: string[], n = turns.length - 1) =>
  run({ name: `anywhere ${turns.join('|')}`, turns: turns.map((say) => ({ say })) }).outputs[n]!.messages[0]!.text;

describe('request phrasings are data rows, each reading its example', () => {
  it.each(REQUEST_FORMS.map((f) => [f.example, f] as const))('"%s"', (example, form) => {
    expect(form.re.test(example)).toBe(true);
    expect(caseQuestion(`55M chronic LBP 2 years. ${example}. Kind regards`)?.question).toBe(example);
  });
  it('the sentence before a drugless question is its context', () => {
    expect(
      caseQuestion('79F LBP. I wondered about gabapentin. What dose would be safe?\n\nKind regards'),
    ).toMatchObject({
      question: 'What dose would be safe?',
      before: 'I wondered about gabapentin',
    });
  });
  it('a history line with no request is no question', () => {
    expect(caseQuestion('58M LBP 1 yr. Tried naproxen 500 bd 8 weeks. Kind regards')).toBeUndefined();
  });
});

const LETTER =
  'Dear Doctor,\n\nI would be grateful for your advice on whether to start duloxetine for this 55 year old man with chronic low back pain for 2 years. He has tried naproxen 500 mg bd for 8 weeks without benefit. No red flags, no leg symptoms. eGFR 70.\n\nKind regards';

describe('the request found mid-text is answered first', () => {
  it.each([
    ['UK letter: advice on whether to start duloxetine', LETTER, /^\*\*Answer: yes\.\*\* duloxetine is an option now/],
    [
      // the plan is provisional until the red-flag screen is stated: the answer says so, as the plan's heading does
      'the same letter without the red-flag screen',
      LETTER.replace('No red flags, no leg symptoms.', 'No leg symptoms.'),
      /^\*\*Answer: yes\.\*\* duloxetine is an option once the red-flag screen is clear/,
    ],
    [
      'dictated note: Plan: ?tramadol',
      'S: 62F chronic LBP 18 months. O: no red flags, no leg symptoms, eGFR 55. A: failed naproxen 500 bid x 8 wks, duloxetine not tolerated (nausea). Plan: ?tramadol. Continue exercise.',
      /^\*\*Answer: yes\.\*\* tramadol is an option now/,
    ],
    [
      'the drug named in the sentence before: gabapentin dose',
      '79F chronic LBP 6 months radiating down the right leg, eGFR 25, no red flags. Naproxen not tolerated. I wondered about gabapentin. What dose would be safe?\n\nKind regards',
      // the renal cap below the guideline's dose is the headline (the strictest finding)
      /^\*\*Answer: gabapentin for this patient: at most 700 mg\/day \(renal\)[^\n]*\n[\s\S]*This patient \(eGFR 25/,
    ],
    [
      'a drug asked in a case is that drug, not the first Do-now line',
      '60M chronic LBP 1 yr with sciatica, on duloxetine 30 mg daily x 3 wks, eGFR 40, no red flags. gabapentin dose?',
      /^\*\*Answer: gabapentin for this patient:/,
    ],
  ])('%s', (_label, say, opening) => {
    expect(first([say])).toMatch(opening);
  });
});

const OPEN =
  '60M chronic LBP 1 yr, naproxen 500 bid x 8 wks no relief, on duloxetine 30 mg daily x 3 wks, eGFR 80, no red flags, no leg symptoms';

describe('later turns: a question about this patient is answered with the case', () => {
  it.each([
    ['Shall I go up to 60?', /^\*\*Answer: yes\.\*\* duloxetine is below the adequate dose \(30 of 60 mg\/day\)/],
    ['increase duloxetine?', /^\*\*Answer: yes\.\*\* duloxetine is below the adequate dose/],
    ['Could I add tramadol?', /^\*\*Answer: not yet\.\*\* tramadol is not the next step yet/],
    ['should I refer him?', /^\*\*Answer: (?:refer, yes|not yet on what the case holds)/],
  ])('"%s"', (say, opening) => {
    const { outputs } = run({ name: `later ${say}`, turns: [{ say: OPEN }, { say }] });
    const messages = outputs[1]!.messages.map((m) => m.text);
    expect(messages[0]).toMatch(opening);
    expect(messages.at(-1)).toMatch(/next question/);
  });

  it.each(['duloxetine dose?', 'tramadol max dose?'])('a generic question keeps the quick answer: "%s"', (say) => {
    const { outputs } = run({ name: `generic ${say}`, turns: [{ say: OPEN }, { say }] });
    expect(outputs[1]!.messages[0]!.text).not.toMatch(/^\*\*Answer/);
  });

  it.each(ABOUT_THIS_PATIENT.map((row) => [row.example, row] as const))('patient sign "%s"', (example, row) => {
    expect(row.re.test(example)).toBe(true);
    expect(aboutThisPatient(example)).toBe(true);
  });
  it.each(['duloxetine dose?', 'tramadol max dose?', 'when to refer?'])('no patient sign: "%s"', (q) => {
    expect(aboutThisPatient(q)).toBe(false);
  });
});
