import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * Class f8-3: stop requests in a later turn, casual or dictated. The answer is the sources' tapering rule (no abrupt
 * stop of opioids: CDC 2022 via the reference section 4; gabapentin and pregabalin: taper over at least 1 week, their
 * labels), never "continue"; a drug said never to have helped is recorded as failed. Contrasts change nothing.
 */
const AT = '2026-12-07T10:00:00.000Z';
let n = 0;
const run = (...says: string[]) => converse(says, { key: `stop-${n++}`, at: AT });
const gabapentinOutcome = (state: unknown) =>
  /"drug":"gabapentin"[^}]*"outcome":"([a-z-]+)"/.exec(JSON.stringify(state))?.[1];

const OPENINGS: readonly [string, string][] = [
  [
    'GP note',
    'GP note: 61M CLBP 2 yrs, on Percocet 5/325 1-2 tabs q6h prn, gabapentin 300 tds 8 weeks, naproxen 500 bd 6 wks partial relief, no red flags',
  ],
  [
    'EHR paste',
    'Age: 58 Sex: F\nProblem: chronic low back pain 18 months\nMeds: oxycodone 5 mg q6h prn; gabapentin 300 mg TID x 10 wks; naproxen 500 mg BID x 6 wks (partial)\nRed flags: none',
  ],
  [
    'dictated',
    'sixty one year old man comma chronic low back pain two years comma oxycodone five mg every six hours as needed comma gabapentin three hundred mg three times daily eight weeks comma naproxen five hundred twice daily six weeks partial relief full stop no red flags',
  ],
];

describe('stop everything: the tapering rules (class f8-3)', () => {
  for (const [style, opening] of OPENINGS)
    it.each([
      'He wants off all of it, can we just stop everything this week?',
      'pt wants to come off everything comma can we stop it all question mark',
    ])(`${style}, then "%s"`, (ask) => {
      const text = run(opening, ask).replies[1]!;
      expect(text).toContain('not all at once');
      expect(text).toContain('Oxycodone: taper, do not stop abruptly');
      expect(text).toContain('Gabapentin: taper over at least 1 week');
      expect(text).not.toContain('could not read that');
    });
});

describe('stop one drug that never helped: taper, and its failure recorded (class f8-3)', () => {
  for (const [style, opening] of OPENINGS)
    it.each([
      'can I just stop the gabapentin, it never helped?',
      'could we stop the gabapentin? never really worked for him',
    ])(`${style}, then "%s"`, (ask) => {
      const { replies, state } = run(opening, ask);
      expect(replies[1]).toContain('Gabapentin: taper over at least 1 week');
      expect(replies[1]).toContain('no relief');
      expect(gabapentinOutcome(state)).toBe('ineffective');
    });

  it('contrast: a stop asked with no result said records nothing', () => {
    const { replies, state } = run(OPENINGS[0]![1], 'can I just stop the gabapentin?');
    expect(replies[1]).toContain('Gabapentin: taper over at least 1 week');
    expect(gabapentinOutcome(state)).toBeUndefined();
  });

  it('contrast: "stop it?" alone still asks whether to keep it going', () => {
    const text = run(OPENINGS[0]![1], 'gabapentin - stop it?').replies[1]!;
    expect(text).not.toContain('not all at once');
  });

  it('a drug with no tapering rule in the sources says so, no invented rule', () => {
    const text = run(OPENINGS[0]![1], 'can we just stop the naproxen?').replies[1]!;
    expect(text).toContain('no tapering rule for naproxen');
  });
});
