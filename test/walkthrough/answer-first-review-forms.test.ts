import { describe, expect, it } from 'vitest';
import { QUESTION_INTENTS, questionIntent } from '../../dialogs/walkthrough/case-answer.js';
import { runScenario } from './drive.js';

/**
 * A pasted case that closes with an open review of the regimen ("optimise her meds?", "anything to change before
 * discharge?", "where do we go from here?", "restart it?") leads with the one "**Answer: ...**" line, then the case
 * recap; a case with no question, or a question about something the pathway does not steer, keeps the recap first.
 */

let n = 0;
function firstMessages(say: string): string[] {
  const { outputs } = runScenario({ name: `review-forms-${n++}`, turns: [{ say }] });
  return outputs[0]!.messages.map((m) => m.text);
}

const CASES = {
  gp: "Hi, quick one - 62 yo lady, back pain 6 months, no red flags, STarT Back medium, eGFR 70, she's on naproxen 500 mg bd but it's doing very little.",
  uk: 'Dear colleague, this 58-year-old woman has chronic low back pain for 8 months and no red flags. Duloxetine 60 mg daily for 10 weeks gave partial relief. eGFR 80.',
  ed: 'ED handover: 70M, CLBP 2 yrs, no red flags, was on naproxen 500 bd, stopped 2 wks ago for dyspepsia, eGFR 55.',
  np: '45F cLBP 9/12, nil RF, naproxen 500 bd x 8/52 nil effect, eGFR >90.',
  dictated:
    'fifty five year old man chronic low back pain one year no red flags full stop ibuprofen 400 three times a day for six weeks no better full stop',
  ehr: 'Problem list: chronic low back pain (10 months). Red flags: none. Meds: naproxen 500 mg BID (8 weeks, no relief). Labs: eGFR 72.',
};

describe('an open review question leads with the answer', () => {
  it.each([
    ['GP chatty', CASES.gp, 'Can we optimise her meds?'],
    ['GP chatty', CASES.gp, 'Optimise her meds?'],
    ['UK letter', CASES.uk, 'Is there anything to change before discharge?'],
    ['UK letter', CASES.uk, 'I would value your view.'],
    ['ED handover', CASES.ed, 'Where do we go from here?'],
    ['ED handover', CASES.ed, 'restart it?'],
    ['NP shorthand', CASES.np, 'where to from here?'],
    ['NP shorthand', CASES.np, 'any tweaks?'],
    ['dictated', CASES.dictated, 'how would you manage him question mark'],
    ['dictated', CASES.dictated, 'way forward?'],
    ['EHR paste', CASES.ehr, 'Does this look right?'],
    ['EHR paste', CASES.ehr, 'Thoughts? Is that reasonable? What would you do?'],
  ])('%s: "%s" + "%s"', (_style, text, question) => {
    const [first, second] = firstMessages(`${text} ${question}`);
    expect(first).toMatch(/^\*\*Answer/);
    expect(first!.split('\n').filter((l) => l.startsWith('**Answer')).length).toBe(1);
    expect(second).toMatch(/New case A[\s\S]*I understood/);
  });
});

describe('contrasts that keep the recap first', () => {
  it.each([
    ['a case with no question', CASES.np],
    ['a question about something else', `${CASES.gp} Any change in her bowels?`],
  ])('%s', (_label, say) => {
    expect(firstMessages(say)[0]).toMatch(/^New case A/);
  });

  it('a question naming a drug is still answered for that drug', () => {
    expect(firstMessages(`${CASES.ed} Should we restart the naproxen?`)[0]).toMatch(
      /^\*\*Answer: no\.\*\* naproxen was not tolerated/,
    );
  });
});

describe('intent rows: each counter-example is not read as its row', () => {
  it.each(QUESTION_INTENTS.filter((row) => row.counter).map((row) => [row.counter!, row.intent] as const))(
    '"%s" is not %s',
    (counter, intent) => {
      expect(questionIntent(counter)).not.toBe(intent);
    },
  );
});
