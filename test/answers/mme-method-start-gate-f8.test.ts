import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';

// How MME is worked out, asked with an opioid to start: the opioid gate goes with the method (or with the MME of
// the dose to start), never the method alone. The method asked for the opioids taken stays the method alone.
const reply = (text: string): string => ask(text).join('\n');
const GATE = 'Consider opioids only after documented failure';

describe('an opioid start asked with the MME method carries the gate', () => {
  it.each([
    ['terse', 'can I start morphine for her? how is MME calculated'],
    ['GP chatty', 'thinking I might start morphine for him, how do you work out the MME?'],
    ['NP shorthand', 'initiate morphine? how is mme calculated'],
    ['UK', 'want to commence morphine, how is the MME calculated?'],
  ])('%s: "%s"', (_style, text) => {
    const out = reply(text);
    expect(out).toContain(GATE);
    expect(out).toMatch(/daily dose .*x its factor/);
  });

  it.each([
    ['dose given', 'how is MME calculated if I start her on morphine 10 mg bd?', 'Total 20 MME/day'],
    ['pharmacist', 'starting oxycodone 5 mg bd, how is MME calculated?', 'Total 15 MME/day'],
  ])('%s: the MME of the dose and the gate: "%s"', (_style, text, total) => {
    const out = reply(text);
    expect(out).toContain(total);
    expect(out).toContain(GATE);
  });

  it.each([
    ['two opioids taken', 'how do you work out MME when a patient is on two opioids?'],
    ['dictated', 'how is the MME calculated for her oxycodone and tramadol'],
  ])('contrast, %s: the method alone', (_style, text) => {
    const out = reply(text);
    expect(out).toMatch(/daily dose .*x its factor/);
    expect(out).not.toContain(GATE);
  });

  it('contrast: an opioid taken since long ago carries no gate', () => {
    expect(reply('mme oxycodone 10 bd since starting it 2 yrs ago')).not.toContain(GATE);
  });
});
