import { describe, expect, it } from 'vitest';
import { askedIfFails, IF_FAILS_ROWS } from '../../src/clinical/language/if-fails.js';
import { converse } from '../helpers/conversation.js';

/**
 * "ok and if that fails?" with a case open (helper h3, class 1; several clinician styles, no identifiers): the case's
 * next step as if that trial failed at the adequate dose for >= 4 weeks, said as hypothetical, never the general
 * escalation answer; nothing is stored.
 */
const AT = '2026-12-07T10:00:00.000Z';
let n = 0;
const run = (...says: string[]) => converse(says, { key: `if-fails-${n++}`, at: AT });

describe('the question read', () => {
  it.each(IF_FAILS_ROWS.map((r) => r.example))('row example: %s', (text) => {
    expect(askedIfFails(text)).toBeDefined();
  });

  it.each([
    ['ok and if that fails?', []],
    ['what if that doesnt work', []],
    ['and after duloxetine?', ['duloxetine']],
    ["if the pregabalin doesn't help, then what?", ['pregabalin']],
    ['What comes after Cymbalta for her?', ['duloxetine']],
    ['if no improvement on tramadol, next step?', ['tramadol']],
    ['plan B if dulox is not enough?', ['duloxetine']],
    ['and failing that?', []],
    ['if still no better after that comma what then full stop', []],
  ])('%s', (text, drugs) => {
    expect(askedIfFails(text)?.drugs).toEqual(drugs);
  });

  it.each([
    'what dose of duloxetine?',
    'started duloxetine 30 mg after naproxen failed',
    'if that fails she will see the pain clinic',
    'ok thanks',
    'is tramadol safe after a stroke?',
    'what if no improvement after 3 months?',
    'if it fails we will refer',
  ])('%s: not that question', (text) => {
    expect(askedIfFails(text)).toBeUndefined();
  });
});

const NSAID_FAILED = '55F chronic LBP 8 months, no red flags, no leg symptoms, naproxen 500 bd 6 wks no help, PT done';

describe("the case's next step, hypothetical", () => {
  it('"that" is the option the case offers now (duloxetine): tramadol next', () => {
    const { replies } = run(NSAID_FAILED, 'ok and if that fails?');
    const text = replies[1]!;
    expect(text).toContain('**If duloxetine fails after an adequate trial (60 mg/day for at least 4 weeks)');
    expect(text).toContain('hypothetical, case A is unchanged');
    expect(text).toContain('Tramadol 50-100 mg every 6-8 hours');
    expect(text).not.toContain('Escalation when initial medications fail');
  });

  it('a named drug: "and after duloxetine?" (NP shorthand)', () => {
    const text = run(NSAID_FAILED, 'and after duloxetine?').replies[1]!;
    expect(text).toContain('If duloxetine fails');
    expect(text).toContain('Tramadol');
  });

  it('nothing is stored: the case still asks about duloxetine', () => {
    const { states } = run(NSAID_FAILED, 'what if that doesnt work');
    expect(JSON.stringify(states.at(-1))).not.toContain('"drug":"duloxetine"');
  });

  it('the last drug option: the opioid gate is next, last resort', () => {
    const text = run(
      'GP note: 55F CLBP 8/12. No red flags, no radiation. Naproxen 500 bd x6/52 no help. Duloxetine 60 mg x6/52 failed. PT and acupuncture done.',
      'ok, if that fails, then what?',
    ).replies[1]!;
    expect(text).toContain('If tramadol fails');
    expect(text).toContain('Opioids: last resort, only once the gate is met');
  });

  it('radicular: "if the gabapentin does not help?" (UK letter style)', () => {
    const text = run(
      'Dear colleague, 62M, 1 year of low back pain with sciatica down the left leg, no red flags. Ibuprofen 600 mg tds for 6 weeks without benefit. Gabapentin 300 mg tds for 2 weeks.',
      'And if the gabapentin does not help?',
    ).replies[1]!;
    expect(text).toContain('If gabapentin fails');
    expect(text).toContain('duloxetine');
  });
});

describe('a hypothetical is never an answer to the pending question (helper m2)', () => {
  const BOTH_FAILED =
    'GP note: 55F CLBP 8/12. No red flags, no radiation. Naproxen 500 bd x6/52 no help. Duloxetine 60 mg x6/52 failed. PT and acupuncture done.';
  it.each([
    "if tramadol doesn't work what next",
    'if tramadol fails then what',
    'what if the tramadol does not help?',
    'suppose tramadol fails',
    'in case tramadol doesnt work comma what then',
    'and if tramadol fails',
  ])('%s: hypothetical reply, tramadol not stored', (text) => {
    const { replies, states } = run(BOTH_FAILED, text);
    expect(replies[1]).toContain('If tramadol fails');
    expect(replies[1]).toContain('hypothetical, case A is unchanged');
    expect(JSON.stringify(states.at(-1))).not.toMatch(/"medications":\[[^\]]*"drug":"tramadol"/);
  });
});

/**
 * Class f8-3: hypotheticals in dictated or casual form, after a case opened in one style. The dictated punctuation
 * is read before routing (turn-core.ts), so "question mark" has the shape of "?"; "what's after that?" is the
 * option the case offers now, taken to fail. The last drug step names the gate's conditions, immediate-release
 * first and the 12-week referral. The case is never changed.
 */
describe('hypotheticals dictated or casual (class f8-3)', () => {
  const OPENINGS: readonly [string, string][] = [
    [
      'GP note',
      'GP note: 66F CLBP 1 yr. Naproxen 500 bd 6/52 - no benefit. Duloxetine 60 mg od 8 wks - no benefit. No red flags.',
    ],
    [
      'UK letter',
      'Dear Dr, I saw this 59 year old man with 14 months of low back pain. Naproxen 500 mg twice daily for 6 weeks did not help. Duloxetine 60 mg daily for 8 weeks did not help either. No red flags.',
    ],
    [
      'dictated',
      'sixty four year old woman comma chronic low back pain two years comma naproxen five hundred twice daily six weeks no benefit comma duloxetine sixty mg daily eight weeks no benefit full stop no red flags',
    ],
    ['NP shorthand', '71M cLBP x18mo. nsaid (naproxen 500 bid x6wk) failed, dulox 60 qd x8wk failed. RF neg.'],
  ];
  const FOLLOW_UPS = [
    'Okay comma and if the tramadol does not help question mark',
    "and if that doesn't work?",
    "what's after that?",
    'right, what happens after this?',
  ];
  for (const [style, opening] of OPENINGS)
    it.each(FOLLOW_UPS)(`${style}, then "%s": tramadol failing, the gate and referral, case unchanged`, (ask) => {
      const { replies, states } = run(opening, ask);
      const text = replies[1]!;
      expect(text).toContain('If tramadol fails');
      expect(text).toContain('hypothetical, case A is unchanged');
      expect(text).toContain('Risk assessment');
      expect(text).toContain('immediate-release formulations initially');
      expect(text).toContain('12 weeks');
      expect(text).not.toContain('could not read that');
      expect(JSON.stringify(states.at(-1))).not.toMatch(/"medications":\[[^\]]*"drug":"tramadol"/);
    });

  it('a dictated statement with "comma" is still a statement: "tramadol fifty q6h comma no help" updates the case', () => {
    const { replies } = run(OPENINGS[0]![1], 'tried tramadol 50 mg every 6 hours for 6 weeks comma no help');
    expect(replies[1]).not.toContain('hypothetical');
  });
});
