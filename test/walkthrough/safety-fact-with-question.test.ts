import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * A mid-case question that also says a new safety fact ("can I add naproxen? she had a bleeding ulcer in 2019", "what
 * about tramadol - btw he's on sertraline 100", "ok to start duloxetine? forgot to say eGFR is 25"): the fact joins
 * the case first (the narrative reader), the question is answered from the updated facts, and the fact is shown as
 * recorded.
 */
const AT = '2026-12-07T10:00:00.000Z';
let n = 0;
const run = (...says: string[]) => converse(says, { key: `safety-fact-q-${n++}`, at: AT });
const json = (state: unknown) => JSON.stringify(state);

const AFTER_NSAID: readonly [string, string][] = [
  ['GP note', '62M chronic LBP 1 yr, no red flags, naproxen 500 bd 6 weeks no help'],
  ['NP shorthand', '62M cLBP x1y. naproxen 500 bid x6wk, failed. RF neg.'],
  [
    'UK letter',
    'Dear Dr, this 62 year old man has had low back pain for a year. Naproxen 500 mg twice daily for 6 weeks did not help. No red flags.',
  ],
];

describe('an interacting medicine said in an aside: recorded, the asked drug answered with the pair', () => {
  for (const [style, opening] of AFTER_NSAID)
    it.each([
      "what about tramadol - btw he's on sertraline 100",
      'tramadol next? fyi he takes sertraline 100 mg',
      'ok to start tramadol, he is on sertraline 100',
    ])(`${style}, then "%s"`, (ask) => {
      const { replies, state } = run(opening, ask);
      const text = replies[1]!;
      expect(text).toMatch(/^\*\*Answer: yes, with caution\.\*\* tramadol/);
      expect(text).toContain('Tramadol + an SSRI');
      expect(text).toContain('sertraline 100 mg: current');
      expect(text).not.toMatch(/SSRIs is not one of the pathway's options/);
      expect(json(state)).toContain('"name":"sertraline"');
    });

  it.each(['is duloxetine ok, he is on warfarin', 'Rx duloxetine 30 mg ok to dispense? btw pt on warfarin'])(
    'an anticoagulant said with a duloxetine question: "%s"',
    (ask) => {
      const { replies, state } = run(AFTER_NSAID[0]![1], ask);
      expect(replies[1]).toMatch(/^\*\*Answer: yes, with caution\.\*\* duloxetine/);
      expect(replies[1]).toContain('Duloxetine + anticoagulant or antiplatelet: increased bleeding risk');
      expect(json(state)).toContain('"name":"warfarin"');
    },
  );
});

describe('kidney function said after the question: recorded, the drug ruled out, the next option stepped up', () => {
  it.each([
    'ok to start duloxetine? forgot to say eGFR is 25',
    'dulox ok? oh and eGFR 25',
    'can I start duloxetine? I should have said her eGFR is 25',
  ])('"%s"', (ask) => {
    const { replies, state } = run('70F chronic LBP 1 yr, no red flags, naproxen 500 bd 6 weeks no help', ask);
    expect(replies[1]).toMatch(/^\*\*Answer: no\.\*\* duloxetine is not for this patient: eGFR 25 < 30/);
    expect(replies[1]).toContain('Case A updated');
    expect(replies[1]).toContain('- eGFR 25');
    expect(replies[1]).toMatch(/Tramadol \[1\]\[2\], for this patient: 50-100 mg every 12 hours/);
    expect(json(state)).toContain('"egfr":25');
  });
});

describe('a GI bleed said after an NSAID question: recorded before the answer', () => {
  it.each([
    'can I add naproxen? she had a bleeding ulcer in 2019',
    'start naproxen? PMH GI bleed 2019',
    'what about ibuprofen - btw she had a GI bleed last year',
  ])('"%s"', (ask) => {
    const { replies, state } = run(
      '68F chronic LBP 8 months, axial, no red flags, paracetamol 1g qds 6 weeks no help',
      ask,
    );
    expect(replies[1]).toMatch(
      /^\*\*Answer: not yet\.\*\* (?:naproxen|ibuprofen): check first: [^\n]*prior GI bleed or ulcer/,
    );
    expect(replies[1]).toContain('- GI bleed history');
    expect(json(state)).toContain('"gi-bleed-history":"yes"');
  });
});

describe('contrasts: no new fact, nothing recorded from the question', () => {
  it.each([
    ['can he take duloxetine if he has glaucoma?', '"glaucoma'],
    ['would tramadol be ok if he was on an SSRI?', '"drug":"ssri"'],
  ])('an imagined fact is not recorded: "%s"', (ask, fact) => {
    const { state } = run(AFTER_NSAID[0]![1], ask);
    expect(json(state)).not.toContain(fact);
  });

  it.each(['can she take ibuprofen on warfarin?', 'what about tramadol after the naproxen?'])(
    '"%s" stores no medicine',
    (ask) => {
      const { state } = run(AFTER_NSAID[0]![1], ask);
      expect(json(state)).not.toContain('"name":"warfarin"');
      expect(json(state)).not.toMatch(/"drug":"tramadol"/);
    },
  );
});
