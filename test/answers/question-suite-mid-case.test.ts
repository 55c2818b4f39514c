import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import type { TurnInput } from '../../dialogs/turn-types.js';
import { CORE_OPTIONS, coreInput, loadQuestions } from '../../scripts/eval/question-suite.js';

/**
 * The whole question suite asked again with a walk-through case open (case A, its pending question "Has duloxetine
 * been tried?"). Each answer must hold the same strings as with no case, and the pending question must come back
 * after it. Calculator results may add a "Added to case A" message (the issue: results feed the case).
 */
const CASE = '58M, chronic LBP 9 months, naproxen 250 bid x 6 wks no relief, tingling down the left leg, no red flags';

/**
 * Rows the open case legitimately reads as a reply or a fact about the patient, not as a question: a bare
 * statement with no question word that names the drug asked about or a finding ("duloxetine and ibuprofen",
 * "gabapentin 2.4 g/day", "catastrophizing"). Mid-case the clinician is describing this patient; the same words
 * with "?" or a question word go to the answers (the mid-case tables in test/walkthrough check that side).
 */
const READ_AS_CASE_FACTS = new Set([
  'duloxetine with CrCl 25',
  'cymbalta in cirrhosis',
  'duloxetine in a 60 year old',
  'epidural steroid injection for sciatica',
  'sciatica treatment',
  'depression and back pain',
  'catastrophizing',
  'duloxetine and ibuprofen',
  'duloxetine and linezolid',
  'duloxetine and venlafaxine together',
  'duloxetine and fluvoxamine',
  'cymbalta liver disease',
  'duloxetine with eliquis',
  'ibuprofen 800 tid and duloxetine 60 together',
]);
/**
 * Rows that describe a patient of another age and sex than case A's 58M: another patient, who gets a case of their
 * own (dialogs/walkthrough/read-text.ts namesAnotherPatient) rather than an answer read against case A.
 */
const ANOTHER_PATIENT = new Set(['17 yo F on ibuprofen 400 tid, max dose?']);
/**
 * Rows asking what comes after a drug fails: with a case open the case answers them, as if that trial failed, with
 * this patient's next step (dialogs/walkthrough/if-fails.ts): for case A (naproxen below the adequate dose, leg
 * symptoms) that is the NSAID at the adequate dose and the radicular options, not the general answer's tramadol.
 */
const ANSWERED_FROM_THE_CASE = new Set(['what if duloxetine fails?']);
/** A cauda equina finding stops the pathway (urgent evaluation): no question is pending afterwards. */
const STOPS_THE_CASE = new Set(['cauda equina signs']);

function input(text: string, n: number): TurnInput {
  return {
    ...coreInput(text),
    conversationKey: 'mid-case-suite',
    activityId: `a-${n}`,
    receivedAt: new Date(Date.UTC(2026, 0, 15, 10, n)).toISOString(),
  };
}

const opened = handleTurn(undefined, input(CASE, 0), CORE_OPTIONS).state;
const ask = (text: string): string[] =>
  handleTurn(opened, input(text, 1), CORE_OPTIONS).output.messages.map((m) => m.text);
const REASK = /^(?:Back to case|Case) A, next question: \*\*Has duloxetine been tried/;
const questions = loadQuestions();

describe('question suite with a case open', () => {
  it('the case is open with the duloxetine question pending', () => {
    expect(opened).toBeDefined();
    expect(handleTurn(undefined, input(CASE, 0), CORE_OPTIONS).output.messages.at(-1)?.text).toMatch(
      /Case A, next question: \*\*Has duloxetine/,
    );
  });

  it('documents only rows of the suite', () => {
    const asked = new Set(questions.map((q) => q.q));
    for (const q of [...READ_AS_CASE_FACTS, ...STOPS_THE_CASE, ...ANOTHER_PATIENT, ...ANSWERED_FROM_THE_CASE])
      expect(asked.has(q), q).toBe(true);
  });

  it.each(questions.map((q) => [`${q.file}: ${q.q}`, q] as const))('%s', (_name, q) => {
    const messages = ask(q.q);
    if (STOPS_THE_CASE.has(q.q)) {
      expect(messages.join('\n')).toMatch(/Urgent evaluation/);
      return;
    }
    if (ANOTHER_PATIENT.has(q.q)) {
      // case B, with the row's own must/mustNot (a patient under 18: the hold, no dose); case A is kept
      const reply = messages.join('\n\n');
      expect(reply).toMatch(/^Case B is paused\. \(Read as another patient; case A is kept/);
      expect(problemsIn(q, reply), reply).toEqual([]);
      return;
    }
    if (READ_AS_CASE_FACTS.has(q.q)) {
      // A fact about this patient may rule the pending drug out (duloxetine with CrCl 25): the next question then
      // moves on, and the row's safety fact must show in the case's reply.
      const reply = messages.join('\n\n');
      expect(reply).toMatch(/^Noted for case A/);
      if (!REASK.test(messages.at(-1) ?? '')) expect(problemsIn(q, reply), reply).toEqual([]);
      return;
    }
    if (ANSWERED_FROM_THE_CASE.has(q.q)) {
      // the case's next step, said as hypothetical, never stored; the pending question comes back
      expect(messages[0]).toMatch(
        /^\*\*If duloxetine fails after an adequate trial .*hypothetical, case A is unchanged/,
      );
      expect(messages[0]).toContain('Naproxen 250 mg twice daily (500 mg/day) is below the adequate 1,000 mg/day');
      expect(messages.at(-1)).toMatch(REASK);
      return;
    }
    expect(messages.at(-1), messages.join('\n---\n')).toMatch(REASK);
    const answer = messages.slice(0, -1).join('\n\n');
    expect(messages.length, answer).toBeLessThanOrEqual(3);
    expect(problemsIn(q, answer), answer).toEqual([]);
  });
});

function problemsIn(q: { must: string[]; mustNot: string[] }, answer: string): string[] {
  const lower = answer.toLowerCase();
  return [
    ...q.must.filter((s) => !lower.includes(s.toLowerCase())).map((s) => `missing "${s}"`),
    ...q.mustNot.filter((s) => lower.includes(s.toLowerCase())).map((s) => `contains "${s}"`),
    ...['undefined', 'NaN', '[object'].filter((s) => answer.includes(s)).map((s) => `contains "${s}"`),
  ];
}
