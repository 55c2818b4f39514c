import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';
import { extractCaseFacts } from '../../src/clinical/language/index.js';
import { SERIOUS_EVENT_ROWS } from '../../src/clinical/language/trial-reasons.js';

/**
 * Trial reading after review (round 21): a serious event carried through is no "continue"; adherence about another
 * thing leaves the drug's trial alone; a side effect that settled is not the stop reason; a negated side effect is no
 * intolerance; a class-mate is not the drug not tolerated; an SSRI beside a stop is read, not "not covered".
 */
const reply = (text: string): string => ask(text).join('\n\n');
const meds = (text: string) => extractCaseFacts(text.toLowerCase(), '2026-11-29T10:00:00.000Z').patch.medications ?? [];
const med = (text: string, drug: string) => meds(text).find((m) => m.drug === drug);

describe('serious event rows', () => {
  it.each(SERIOUS_EVENT_ROWS.map((r) => [r.name, r] as const))('%s: reads its example, not its counter', (_n, row) => {
    expect(row.re.test(row.example.toLowerCase())).toBe(true);
    expect(row.re.test(row.counter.toLowerCase())).toBe(false);
  });
});

describe('a serious event carried through is never "continue"', () => {
  it.each([
    ['72F CLBP 1 yr, no red flags. Duloxetine 60 od 6 weeks: hyponatraemia (Na 126) but she is continuing. Next?'],
    ['Duloxetine 60 od 6 weeks: hyponatraemia (Na 126) but she is continuing. Next?'],
    ['dulox 60 6/52, Na 124, pt sticking with it. next?'],
    ['naproxen 500 bd 8 wks, small GI bleed but he is carrying on, next?'],
    ['Rx duloxetine 60 - new suicidal thoughts but wants to continue. next?'],
    ['pregabalin 150 bd 6/52, had two falls but still taking it. what now?'],
  ])('%s', (q) => {
    const text = reply(q);
    expect(text).not.toMatch(/Continue: (?:duloxetine|naproxen|pregabalin)/);
    expect(text).not.toMatch(/: current\b/);
  });

  it('the hyponatraemia warning leads the answer', () => {
    const text = reply('Duloxetine 60 od 6 weeks: hyponatraemia (Na 126) but she is continuing. Next?');
    expect(text).toContain('a serious event, not a side effect to continue through');
    expect(text.indexOf('hyponatraemia risk in older adults')).toBeLessThan(text.indexOf('Next option'));
  });

  it('an NSAID bleed carried through gives the NSAID boxed warning', () => {
    expect(reply('naproxen 500 bd 8 wks, small GI bleed but he is carrying on, next?')).toContain(
      'boxed warnings for cardiovascular thrombotic events',
    );
  });

  it('contrast: a mild side effect carried through is still judged on its effect', () => {
    expect(med('duloxetine 60 od 8 weeks, some nausea but carrying on, no help', 'duloxetine')?.outcome).toBe(
      'ineffective',
    );
    expect(reply('duloxetine 60 od 8 weeks, some nausea but carrying on, no help. next?')).toContain(
      'a failed adequate trial',
    );
  });
});
