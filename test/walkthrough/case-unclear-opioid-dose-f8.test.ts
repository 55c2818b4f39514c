import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';

// An opioid the case holds with no dose read (none said, or said two ways that disagree) is never dropped silently:
// "Still needed" asks its dose, as the MME needs it. A dose read asks nothing.
const reply = (text: string): string => ask(text).join('\n');
const stillNeeded = (text: string): string => reply(text).split('**Still needed**')[1]?.split('\n\n**')[0] ?? '';

describe("a case's opioid with no dose read", () => {
  it.each([
    ['two ways', 'new case 60M CLBP 3 yrs, oxycodone 5mg of the 20s, 2 tabs bd, naproxen failed, duloxetine failed'],
    ['EHR paste', 'New case. 58F. CLBP x 4y. Meds: oxycodone bd; naproxen failed; duloxetine failed.'],
  ])('%s: its dose is still needed', (_style, text) => {
    expect(stillNeeded(text)).toMatch(/(?:Oxycodone|Morphine): what dose each time/);
  });

  it.each([
    ['dose read', 'new case 60M CLBP 3 yrs, oxycodone 5mg bd, naproxen failed, duloxetine failed'],
    [
      'shorthand that agrees',
      'new case 60M CLBP 3 yrs, oxycodone 10mg, 2 of the 5s, bd, naproxen failed, duloxetine failed',
    ],
  ])('contrast, %s: no dose asked', (_style, text) => {
    expect(stillNeeded(text)).not.toMatch(/Oxycodone: what dose/);
  });
});
