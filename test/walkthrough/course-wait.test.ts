import { describe, expect, it } from 'vitest';
import { COURSE_WAITS, courseWaitText } from '../../src/clinical/case/course-wait.js';
import { converse } from '../helpers/conversation.js';

/**
 * A short course of an interacting drug (ciprofloxacin for a few days) with a duloxetine start: the interaction is
 * said, and that the start can wait until the course ends (agreed with the prescriber), not only "not for this
 * patient".
 */
const AT = '2026-12-07T10:00:00.000Z';
let n = 0;
const run = (...says: string[]) => converse(says, { key: `course-wait-${n++}`, at: AT });
const AFTER_NSAID = '64M chronic LBP 1 yr, axial, no red flags, naproxen 500 bd 6 wks failed';

describe('ciprofloxacin course and a duloxetine start', () => {
  it.each([
    ['GP note', `${AFTER_NSAID}, on ciprofloxacin for 5 days for a UTI`, 'ok to start duloxetine?'],
    ['NP shorthand', '64M cLBP 1y, RF neg, naproxen 500 bid x6wk failed, cipro 500 bid x7d for UTI', 'dulox ok?'],
  ])('%s: the case says the course', (_style, opening, ask) => {
    const text = run(opening, ask).replies[1]!;
    expect(text).toContain('CYP1A2');
    expect(text).toContain(
      'the duloxetine start can wait until the course ends (agree the timing with the prescriber)',
    );
  });

  it.each([
    "ok to start duloxetine? he's on cipro 500 bd for 7 days for a UTI",
    'Rx duloxetine 30 mg ok to dispense? fyi pt on ciprofloxacin 500 bd x 5/7',
  ])('said with the question: "%s"', (ask) => {
    const text = run(AFTER_NSAID, ask).replies[1]!;
    expect(text).toMatch(/^\*\*Answer: not now\.\*\* duloxetine is not for this patient: on a potent CYP1A2 inhibitor/);
    expect(text).toContain('the duloxetine start can wait until the course ends');
  });

  it('contrast: fluvoxamine (no course) keeps a plain no', () => {
    const text = run(AFTER_NSAID, "ok to start duloxetine? btw he's on fluvoxamine 100").replies[1]!;
    expect(text).not.toContain('can wait until the course ends');
  });

  it('each row names its course partner only', () => {
    for (const row of COURSE_WAITS) {
      expect(courseWaitText(row.rule, [row.course], 'duloxetine')).toContain('short course');
      expect(courseWaitText(row.rule, [], 'duloxetine')).toBeUndefined();
    }
  });
});
