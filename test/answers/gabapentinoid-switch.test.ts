import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';
import { GABAPENTINOID_SWITCH_CUES } from '../../dialogs/answers/gabapentinoid-switch.js';
import { NEW_START_CUES } from '../../dialogs/answers/new-start.js';

const answer = (q: string): string => ask(q).join('\n\n');

describe('cue rows: each example matches, each counter-example does not', () => {
  it.each([...GABAPENTINOID_SWITCH_CUES, ...NEW_START_CUES].map((r) => [r.id, r]))('%s', (_id, row) => {
    expect(row.re.test(row.example)).toBe(true);
    expect(row.re.test(row.counter)).toBe(false);
  });
});

/** Two gabapentinoids are never used together; the new one's start, and no cross-taper schedule in the sources. */
describe('a move between gabapentin and pregabalin', () => {
  it.each([
    ['moving from gabapentin to pregabalin, can I overlap?', 'pregabalin 150-300 mg twice daily'],
    ['add Lyrica to his gabapentin?', 'pregabalin 150-300 mg twice daily'],
    ['switching neurontin 300 tds to lyrica - cross taper?', 'start 150 mg/day'],
    ['Rx pregabalin 75 bd for pt on gabapentin 300 tds, switching over - ok to dispense?', 'start 150 mg/day'],
    ["we're swapping her pregabalin for gabapentin, overlap?", 'gabapentin 300-1200 mg three times daily'],
    ['pt taking gabapentin 600 tid, want to start pregabalin instead', 'pregabalin 150-300 mg twice daily'],
  ])('%s', (q, start) => {
    const text = answer(q);
    expect(text).toContain('use only one gabapentinoid');
    expect(text).toContain(start);
    expect(text).toContain('no cross-taper or overlap schedule');
  });

  it('the pair asked with no switch keeps the interaction answer', () => {
    const text = answer('gabapentin and pregabalin together?');
    expect(text).toContain('duplicate therapy');
    expect(text).not.toContain('cross-taper');
  });

  it('one gabapentinoid alone is the drug answer', () => {
    expect(answer('switching to pregabalin, dose?')).not.toContain('use only one gabapentinoid');
  });
});

describe('duloxetine written at 60 mg as a new start', () => {
  it.each([
    'new Rx duloxetine 60 daily, first dose today',
    'Rx duloxetine 60mg od new start, ok to dispense?',
    'starting her on cymbalta 60 mg once a day',
  ])('%s', (q) => {
    expect(answer(q)).toContain('a new start is 30 mg daily for 1 week, then 60 mg daily');
  });

  it.each([
    ['on duloxetine 60 daily for 8 weeks, adequate?', 'adequate'],
    ['new rx duloxetine 30 mg daily', 'adequate (guideline dose)'],
  ])('unchanged: %s', (q, want) => {
    const text = answer(q);
    expect(text).toContain(want);
    expect(text).not.toContain('a new start is');
  });
});
