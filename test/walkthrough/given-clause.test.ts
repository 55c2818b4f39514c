import { describe, expect, it } from 'vitest';
import { GIVEN_CLAUSE_ROWS, toldInClause } from '../../dialogs/walkthrough/given-clause.js';
import { converse } from '../helpers/conversation.js';

/**
 * A fact told in a clause of the question itself with a case open ("given she's on phenelzine, can we start
 * duloxetine?"): the patient's medicine or kidney function joins the case first, so the headline carries the
 * strictest finding and the next option steps up; the asked drug is never recorded.
 */
const AT = '2026-12-07T10:00:00.000Z';
let n = 0;
const run = (...says: string[]) => converse(says, { key: `given-clause-${n++}`, at: AT });
const json = (state: unknown) => JSON.stringify(state);

const OPENINGS: readonly [string, string][] = [
  ['GP chatty', "58F, chronic low back pain for about 6 months, no red flags I can find, paracetamol hasn't helped"],
  ['NP shorthand', '58F cLBP x6mo, RF neg, APAP failed'],
  [
    'UK letter',
    'Dear Dr, this 58 year old woman has had low back pain for 6 months. Paracetamol did not help. No red flags.',
  ],
];

describe('the rows read their example and not their counter-example', () => {
  for (const row of GIVEN_CLAUSE_ROWS)
    it(row.example, () => {
      expect(row.re.test(row.example)).toBe(true);
      expect(row.re.test(row.counter)).toBe(false);
    });
});

describe('an MAOI told in the question: recorded, duloxetine ruled out in the headline', () => {
  for (const [style, opening] of OPENINGS)
    it.each([
      "given she's on phenelzine, can we start duloxetine?",
      'as she is on phenelzine - ok to start duloxetine?',
      'now that pt is on phenelzine, dulox ok?',
      'Rx duloxetine 30 mg ok to dispense, given she takes phenelzine?',
    ])(`${style}, then "%s"`, (ask) => {
      const { replies, state } = run(opening, ask);
      expect(replies[1]).toMatch(/^\*\*Answer: no\.\*\* duloxetine is not for this patient: on an MAOI/);
      expect(replies[1]).not.toContain('**Answer: yes.**');
      expect(replies[1]).toContain('Case A updated');
      expect(json(state)).toContain('"name":"phenelzine"');
      expect(json(state)).not.toMatch(/"drug":"duloxetine"/);
    });
});

describe('other clauses and pairs', () => {
  it.each([
    "she's just been started on fluvoxamine - does that change which one?",
    'she has just been started on fluvoxamine, which one now?',
  ])('"%s" records fluvoxamine', (ask) => {
    const { replies, state } = run(OPENINGS[0]![1], ask);
    expect(replies[1]).toContain('Case A updated');
    expect(json(state)).toContain('"drug":"fluvoxamine"');
  });

  it.each(["as he's on warfarin, is naproxen ok?", 'since he takes warfarin, ibuprofen ok?'])(
    '"%s" records warfarin and never says a plain yes',
    (ask) => {
      const { replies, state } = run('64M chronic LBP 1 yr, no red flags, paracetamol no help', ask);
      expect(replies[1]).not.toMatch(/^\*\*Answer: yes\.\*\*/);
      expect(json(state)).toContain('"name":"warfarin"');
    },
  );

  it('"with sertraline on board can I add tramadol?" records sertraline', () => {
    const { state } = run(
      '64M chronic LBP 1 yr, no red flags, paracetamol no help',
      'with sertraline on board can I add tramadol?',
    );
    expect(json(state)).toContain('"name":"sertraline"');
    expect(json(state)).not.toContain('"drug":"tramadol"');
  });

  it('"given his CrCl is 25, gabapentin dose?" records the CrCl and doses for it', () => {
    const { replies, state } = run(
      '64M chronic LBP 1 yr, no red flags, paracetamol no help',
      'given his CrCl is 25, gabapentin dose?',
    );
    expect(replies[1]).toContain('700 mg/day');
    expect(json(state)).toContain('"crcl":25');
  });
});

describe('contrasts: nothing recorded', () => {
  it.each([
    'can she take ibuprofen on warfarin?',
    'would tramadol be ok if he was on an SSRI?',
    'since he stopped sertraline, can I add tramadol?',
    'has he been started on duloxetine yet?',
    'given the guideline, is duloxetine ok?',
    'on sertraline, add duloxetine?',
  ])('"%s"', (ask) => {
    expect(toldInClause(ask) && /warfarin|SSRI/.test(ask)).toBe(false);
    const { state } = run('64M cLBP x1y, RF neg, APAP failed', ask);
    expect(json(state)).not.toMatch(/"name":"(?:warfarin|sertraline)"|"drug":"(?:ssri|duloxetine)"/);
  });
});
