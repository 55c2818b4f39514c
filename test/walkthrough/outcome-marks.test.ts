import { describe, expect, it } from 'vitest';
import { runScenario } from './drive.js';

/** NP shorthand outcome marks after a trial: ✗ / ✘ / ❌ failed, ✓ / ✔ / ✅ helped. */
const reply = (say: string) =>
  runScenario({ name: `marks ${say}`, turns: [{ say }] })
    .outputs.at(-1)!
    .messages.map((m) => m.text)
    .join('\n\n');

describe('outcome marks in a med list', () => {
  it.each([
    'NP: 52F CLBP 1yr, RF neg. Meds tried: naproxen 500 bid x 8wk ✗, duloxetine 60 x 6wk ✓',
    'CLBP 12/12, RF neg. naproxen 500mg BD 8/52 ✘; duloxetine 60mg OD 6/52 ✔',
    'Pt 52F LBP 1 yr (RF neg) - naproxen 500 bid 8 wks ❌; cymbalta 60 daily 6 wks ✅',
  ])('%s', (say) => {
    const text = reply(say);
    expect(text).toMatch(/naproxen 500 mg twice daily[^\n]*: no relief/);
    expect(text).toMatch(/duloxetine 60 mg[^\n]*: helping/);
    expect(text).toMatch(/Not offered again: naproxen failed/);
    expect(text).not.toMatch(/Continue: naproxen/);
  });

  it('contrast: no marks, outcomes asked', () => {
    const text = reply('NP: 52F CLBP 1yr, RF neg. Meds tried: naproxen 500 bid x 8wk, duloxetine 60 x 6wk');
    expect(text).toMatch(/Naproxen: did it help pain and function\?/);
  });
});
