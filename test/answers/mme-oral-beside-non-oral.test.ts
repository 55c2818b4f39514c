import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';

/** Oral and non-oral opioid doses together: the oral MME is given, the non-oral dose said not converted. */
const reply = (text: string): string => ask(text).join('\n\n');

describe('mixed oral and non-oral opioid doses', () => {
  it.each([
    ['terse', 'oxycodone 5mg sc q4h prn plus oxycodone 10 mg po q6h - total MME?', '60 MME/day', 'SC'],
    ['GP', 'He has morphine 10 mg IV q4h on the ward and oxycodone 5 mg po q6h. MME?', '30 MME/day', 'IV'],
    ['NP', 'MME: hydromorphone 1 mg im q4h + morphine 30 mg po bd', '60 MME/day', 'IM'],
  ])('%s: "%s"', (_style, text, mme, route) => {
    const out = reply(text);
    expect(out).toContain(`Total ${mme}`);
    expect(out).toContain(`oral doses only, the ${route} dose not converted`);
  });

  it('contrast: a non-oral dose alone still gets no MME', () => {
    expect(reply('morphine 10 mg iv q4h, MME?')).toContain('no MME was calculated');
  });
});
