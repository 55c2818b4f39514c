import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * An OPENING note with a question about a relative's own medicine (helper h3, class 2; several clinician styles, no
 * identifiers): the note opens this patient's case (the relative's drug stays out of it), the reply says the relative's
 * drug is not counted and answers for the patient, never as a drug-pair question.
 */
const AT = '2026-12-07T10:00:00.000Z';
let n = 0;
const run = (...says: string[]) => converse(says, { key: `companion-opening-${n++}`, at: AT });

describe('the case opens, without the relative drug', () => {
  it.each([
    [
      'terse note, interaction asked',
      'chronic low back pain 9 months, 61F, no red flags, on duloxetine 60 mg. Her daughter is on tramadol. Any interaction?',
      "Her daughter's tramadol is not counted",
      'tramadol',
    ],
    [
      'NP shorthand, wants to try it',
      '58M CLBP, on naproxen 500 bd. His wife is on gabapentin and he wants to try it. Thoughts?',
      "His wife's gabapentin is not counted",
      'gabapentin',
    ],
    [
      'UK letter',
      'Dear Dr, 49M with chronic low back pain for 2 years, no red flags, ibuprofen 400 tds 6 weeks partial. His partner takes diazepam. Would that interact with anything he is on?',
      "His partner's diazepam is not counted",
      'diazepam',
    ],
  ])('%s', (_style, note, line, relativeDrug) => {
    const { replies, states } = run(note);
    expect(replies[0]).toContain(line);
    expect(replies[0]).toContain('New case A.');
    expect(JSON.stringify(states.at(-1))).not.toContain(`"drug":"${relativeDrug}"`);
  });

  it('an interaction question names the pair as if the patient took it', () => {
    const text = run(
      'chronic low back pain 9 months, 61F, no red flags, on duloxetine 60 mg. Her daughter is on tramadol. Any interaction?',
    ).replies[0]!;
    expect(text).toContain('**If she took it:** Duloxetine + tramadol');
  });

  it('a short question with no patient described stays a quick answer', () => {
    expect(run('His wife is on gabapentin, can he try it?').replies[0]).not.toContain('New case');
  });
});
