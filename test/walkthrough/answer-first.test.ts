import { describe, expect, it } from 'vitest';
import { leadMessage, questionIntent, type LeadInput } from '../../dialogs/walkthrough/case-answer.js';
import { statedBefore } from '../../dialogs/walkthrough/case-question.js';
import type { OutputMessage } from '../../dialogs/turn-types.js';
import { evaluatePathway } from '../../machines/pathway.js';
import { emptyFacts, type CaseFacts } from '../../src/clinical/case/case-facts.js';
import { redFlagGroups } from '../../src/clinical/knowledge/red-flags.js';
import { runScenario } from './drive.js';

/**
 * Issue 13/14, "answer the question asked first": when a case message ends with a question or a request ("Plan?",
 * "tramadol next?", "can I increase?", "what would you suggest", "wants to try Cymbalta"), the reply's first line
 * answers it, from the view: a red flag pauses the pathway (the drug or step asked: not now, with the flag and its
 * level); a drug asked gets its option status and reason; "next" / "plan" the first Do-now line. Then "New case A" /
 * "I understood". Cases in several clinician styles, with no identifiers.
 */

let n = 0;
function turns(...says: string[]): OutputMessage[][] {
  const { outputs } = runScenario({ name: `answer-first-${n++}`, turns: says.map((say) => ({ say })) });
  return outputs.map((o) => o.messages);
}

/** The first message of the last turn, and whether the case's step follows it. */
function first(...says: string[]): { answer: string; next: string } {
  const messages = turns(...says).at(-1)!;
  return { answer: messages[0]!.text, next: messages[1]?.text ?? '' };
}

describe('a red flag: whatever was asked, the answer is "not now", with the flag and its level', () => {
  it('NP shorthand, a drug asked: the drug, paused, the suspected group and its urgency', () => {
    const { answer, next } = first(
      '45M CLBP, active IV drug use, 2 days of fever 38.9, back pain much worse than usual. tramadol next?',
    );
    const infection = redFlagGroups.find((g) => g.id === 'infection')!;
    expect(answer).toMatch(/^\*\*Answer:\*\* tramadol: not now — a red flag pauses the pathway: suspected infection/);
    expect(answer).toContain(infection.urgencyText);
    expect(answer).toMatch(/\[\d+\]\. The pathway resumes once the evaluation rules the red flag out/);
    expect(next).toMatch(/^New case A/);
  });

  it('UK GP letter, an open question: the urgent evaluation first, never a drug step', () => {
    const { answer } = first(
      'Dear colleague, this 71-year-old man with chronic low back pain has a history of prostate cancer, has lost 6 kg without trying and has night pain. Naproxen 500 mg twice daily for 6 weeks did not help. What would you suggest?',
    );
    const cancer = redFlagGroups.find((g) => g.id === 'cancer')!;
    expect(answer).toMatch(
      /^\*\*Answer: the urgent evaluation first\*\* — a red flag pauses the pathway: suspected cancer/,
    );
    expect(answer).toContain(cancer.urgencyText);
    expect(answer).not.toMatch(/duloxetine|tramadol|naproxen/i);
  });

  it('a dose increase asked during a red flag is not answered with a dose', () => {
    const { answer } = first(
      '71M known stenosis, CLBP, new foot drop on the right this week, on duloxetine 30 mg daily. ?increase duloxetine',
    );
    expect(answer).toMatch(
      /^\*\*Answer:\*\* duloxetine: not now — a red flag pauses the pathway: suspected progressive/,
    );
    expect(answer).not.toMatch(/\d+ mg/);
  });
});

describe('a drug asked: its option status for this patient, with the reason', () => {
  it('NP shorthand: a drug the case rules out is "no", with the reason', () => {
    const { answer, next } = first(
      '72F CLBP 2 yrs, on phenelzine for depression. ibuprofen 600 tid x 8 wk no help, PT done, RF neg. Cymbalta next?',
    );
    expect(answer).toMatch(/^\*\*Answer: no\.\*\* duloxetine is not for this patient: .*MAOI/);
    expect(next).toMatch(/^New case A/);
  });

  it('a request with no question ("wants to try Cymbalta") is answered the same way', () => {
    const { answer } = first(
      '55M CLBP 2 yrs, cirrhosis, tried acetaminophen only, PT done, CrCl 85, no red flags, wants to try Cymbalta',
    );
    expect(answer).toMatch(/^\*\*Answer: no\.\*\* duloxetine is not for this patient: .*liver/);
  });

  it('a later bare "what about <drug>?" is asked as an option for this patient', () => {
    const { answer } = first(
      '60M CLBP 1 yr, axial, RF neg, naproxen 500 bid x 8 wk no help, PT 6 wk',
      'what about gabapentin for him?',
    );
    expect(answer).toMatch(/^\*\*Answer: not yet\.\*\* gabapentin is for radicular/);
  });

  it('"Shall I go up to 60?" reads the dose the same message states', () => {
    const { answer } = first(
      '60M CLBP 1 yr, axial, no red flags, naproxen 500 bid x 8 wk no help, PT 6 wk',
      'He has been on duloxetine 30 mg daily for 8 days, no side effects. Shall I go up to 60?',
    );
    expect(answer).toMatch(/^\*\*Answer: yes\.\*\* duloxetine is below the adequate dose \(30 of 60 mg\/day\)/);
  });

  it("the question's own words are not read as facts of the case", () => {
    expect(statedBefore('Would you get an MRI?')).toBeUndefined();
    expect(statedBefore('He is on duloxetine 30 mg. Shall I go up to 60?')).toBe('He is on duloxetine 30 mg.');
    const { answer } = first(
      '60M CLBP 1 yr, axial, no red flags, naproxen 500 bid x 8 wk no help',
      'Would you get an MRI?',
    );
    expect(answer).toMatch(/^\*\*Answer: no imaging now:\*\*/);
    expect(answer).not.toMatch(/repeat/);
  });
});

describe('open questions on a first message: the first Do-now line', () => {
  it.each([
    ['NP shorthand "Plan?"', '58F CLBP x 9 mo, naproxen 500 bid x 8 wk no relief, PT x 6 wk, RF neg, eGFR 85. Plan?'],
    [
      'dictated "thoughts question mark"',
      '58 year old woman with chronic low back pain for a year period. Naproxen 500 mg twice daily for 8 weeks no help period. Red flags negative period. Thoughts question mark',
    ],
    ['EHR "P: ?"', '54M CLBP 2 yrs, axial. Naproxen 500 mg bid x 3 mo - no help. PT 8 wks. RF neg. CrCl 90.\nP: ?'],
  ])('%s', (_style, text) => {
    const { answer, next } = first(text);
    expect(answer).toMatch(/^\*\*Answer: next step:\*\* Add duloxetine/);
    expect(next).toMatch(/^New case A/);
  });

  it('with the red-flag screen not stated, the next step is said to wait for it', () => {
    const { answer } = first('58F chronic LBP 9 months, naproxen 500 bid 8 wk failed, PT done. Plan?');
    expect(answer).toMatch(/^\*\*Answer: next step \(once the red-flag screen is clear\):\*\*/);
  });

  it('with the screen said to be incomplete, completing it comes first', () => {
    const { answer } = first(
      "50F CLBP 1 yr, naproxen 500 bid x 6 wk no help. red flags: not sure - didn't ask about bladder/bowel or saddle numbness. Next?",
    );
    expect(answer).toMatch(/^\*\*Answer: first complete the red-flag screen\*\*.*; then: /);
  });
});

describe('each intent answered from the view (leadMessage)', () => {
  const base: CaseFacts = {
    ...emptyFacts(),
    age: 60,
    painDurationWeeks: 52,
    redFlagScreen: 'no',
    radicular: 'no',
    renal: { egfr: 85 },
  };
  const ask = (facts: CaseFacts, question: string, extra: Partial<LeadInput['ex']> = {}) =>
    leadMessage({ facts, view: evaluatePathway(facts), ex: { patch: {}, proposals: [], question, ...extra } })?.text ??
    '';

  it('"Any issues?": a drug the case holds that it rules out, to stop', () => {
    const f: CaseFacts = {
      ...base,
      medications: [
        { drug: 'ssri', doseMg: 100, timesPerDay: 1, outcome: 'current' },
        { drug: 'duloxetine', doseMg: 30, outcome: 'current' },
      ],
    };
    expect(questionIntent('Any issues?')).toBe('concerns');
    expect(ask(f, 'Any issues?')).toMatch(/^\*\*Answer: yes\.\*\* stop duloxetine: /);
    expect(ask(base, 'any concerns?')).toMatch(/^\*\*Answer: (?:no safety issue|yes, \d+ safety note)/);
  });

  it('"Continue?" on an opioid: by the change in function', () => {
    const f: CaseFacts = {
      ...base,
      medications: [{ drug: 'oxycodone', doseMg: 5, timesPerDay: 4, prn: true, outcome: 'current' }],
    };
    expect(ask({ ...f, improvedSinceLastVisit: 'yes' }, 'Continue?')).toMatch(/^\*\*Answer: yes, at the lowest/);
    expect(ask({ ...f, improvedSinceLastVisit: 'no' }, 'Continue?')).toMatch(/^\*\*Answer: no:\*\* no meaningful/);
    expect(ask(f, 'should he stay on it long term?')).toMatch(/^\*\*Answer: only if function has improved/);
  });

  it('"Would you get an MRI?": the radicular branch asks what would change management', () => {
    const radicular = { ...base, radicular: 'yes' as const, priorMri: 'no' as const };
    const text = ask(radicular, 'Would you get an MRI?');
    if (evaluatePathway(radicular).recommendations.includes('radicular.mri')) {
      expect(text).toMatch(/^\*\*Answer: MRI: yes, if the findings would change management\.\*\*/);
      expect(text).toMatch(/Would the patient consider an injection or surgery\?/);
    } else expect(text).toMatch(/^\*\*Answer: MRI only if/);
    expect(ask({ ...base, priorMri: 'yes' }, 'should we repeat the MRI?')).toMatch(/^\*\*Answer: no repeat MRI/);
  });

  it('"next" on a case holding opioids at or above the reassessment level: the opioids first', () => {
    const f: CaseFacts = {
      ...base,
      medications: [{ drug: 'oxycodone', doseMg: 20, timesPerDay: 2, outcome: 'current' }],
    };
    const text = ask(f, 'thoughts?');
    expect(text).toMatch(/^\*\*Answer: the opioids first:\*\* 60 MME\/day, at or above 50/);
    expect(text).toMatch(/\n- Next step/);
  });

  it('"Increase?" with no drug below its dose says so, never a next step', () => {
    expect(ask(base, 'increase?')).toMatch(/^\*\*Answer: no drug the case holds is below its adequate dose/);
  });
});
