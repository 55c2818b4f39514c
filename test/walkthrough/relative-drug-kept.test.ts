import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * A relative's drug named by possessive with no verb of the patient's: "husband's meds include warfarin and oxycodone",
 * "son who has access to his dad's oxycodone" are the relative's, never the patient's (no opioid, no anticoagulant).
 */
let n = 0;
const all = (text: string) => converse([text], { key: `relative-kept-${n++}` }).replies.join('\n');

describe("a relative's drug by possessive is the relative's", () => {
  it.each([
    ['terse', "65F CLBP. Lives with son who has access to his dad's oxycodone. She takes sertraline 100. Tramadol ok?"],
    [
      'GP',
      "Lady of 70 with back pain, her grandson could get hold of her husband's oxycodone, she takes sertraline 50. Naproxen?",
    ],
  ])('%s: access to a relative\'s opioid "%s"', (_style, text) => {
    const out = all(text);
    expect(out).not.toMatch(/^- oxycodone/m);
    expect(out).not.toContain('Opioids taken now');
  });

  it.each([
    "Husband's meds include warfarin and oxycodone. Pt 60F CLBP 1 yr, duloxetine 60 8 wks failed. Naproxen?",
    "Wife's medications are apixaban and tramadol. 62M CLBP 1 yr, duloxetine 60 8 wks failed. Naproxen?",
  ])('a relative\'s med list "%s"', (text) => {
    const out = all(text);
    expect(out).not.toContain('NSAID + anticoagulant or antiplatelet');
    expect(out).not.toMatch(/^- (?:warfarin|apixaban|oxycodone|tramadol)/m);
  });

  it.each([
    "68F CLBP 1 yr, she has been taking her husband's oxycodone 10 mg bd. Naproxen failed. Next?",
    "Her husband's oxycodone 10 mg - she has been sneaking 1-2 a day. Also on diazepam 5 nocte. Safe?",
  ])('contrast: the patient takes the relative\'s drug "%s"', (text) => {
    expect(all(text)).toMatch(/oxycodone[^\n]*MME/i);
  });
});
