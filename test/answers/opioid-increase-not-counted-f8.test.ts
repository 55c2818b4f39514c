import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';

// An opioid increase sums only the opioids taken now: one said stopped is not counted (the case reader's reading,
// stopped.ts), and "all opioids" is said only when every opioid's MME is known; one not counted is named, with what
// to give for it.
const reply = (text: string): string => ask(text).join('\n');

describe('a stopped opioid is not in the total', () => {
  it.each([
    ['terse', 'stopped tramadol 50 qds last month, now oxy 10 bd, increase to 20 bd?'],
    ['GP chatty', 'oxy 10 bd -> 20 bd? she is no longer on tramadol'],
    ['UK', 'came off tramadol 50 qds in May; oxycodone 10mg bd, go up to 20mg bd?'],
  ])('%s: "%s"', (_style, text) => {
    const out = reply(text);
    expect(out).toContain('30 to 60 MME/day');
    expect(out).not.toContain('all opioids');
    expect(out).toMatch(/tramadol is said as stopped/i);
  });

  it('contrast: a second opioid taken is summed', () => {
    const out = reply('on tramadol 50 qds too, oxy 10 bd -> 20 bd?');
    expect(out).toContain('70 to 100 MME/day, all opioids');
  });
});

describe('"all opioids" only when every MME is known', () => {
  it.each([
    ['as needed, no frequency', 'oxy 10 bd -> 20 bd? she also has morphine 10 prn', 'morphine'],
    ['no factor', 'on buprenorphine patch 10 mcg/hr, oxy 5 bd -> 10 bd?', 'buprenorphine'],
  ])('%s: "%s"', (_style, text, drug) => {
    const out = reply(text);
    expect(out).not.toContain('all opioids');
    expect(out).toContain(`without ${drug}`);
    expect(out).toMatch(new RegExp(`${drug} (?:is not in the total|has no MME factor)`));
  });

  it('an opioid with no dose is asked for, as needed at the most the prescription allows', () => {
    expect(reply('oxy 10 bd -> 20 bd? she also has morphine 10 prn')).toContain(
      'give its dose and how often (as needed: the most the prescription allows)',
    );
  });
});
