import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * Case readings that must keep the patient's own facts: a relative who noticed the patient's event on a drug leaves
 * the drug the patient's (it is checked against the next option); leg pain getting worse, or a weakness that got
 * worse years ago and recovered, is no emergency; weakness getting worse now is.
 */
let n = 0;
const reply = (text: string) => converse([text], { key: `case-reading-fr19d-${n++}` }).replies[0] ?? '';

describe("the patient's event, seen by a relative: the drug stays the patient's", () => {
  it.each([
    '72M CLBP 1y, no red flags, no leg pain. Wife had noticed he bruises easily on warfarin. Failed paracetamol. Next?',
    'dictated: seventy year old man, back pain a year, no red flags, his daughter has seen him bruise on apixaban, paracetamol did nothing, what next',
  ])('%s', (text) => {
    const out = reply(text);
    expect(out).toMatch(/on an anticoagulant or antiplatelet/);
    expect(out).toMatch(/NSAID \+ anticoagulant or antiplatelet/);
  });

  it("contrast: the relative's own bleed on warfarin is theirs", () => {
    const out = reply(
      '72M CLBP 1y, no red flags, no leg pain. Wife had a bleed on warfarin. Failed paracetamol. Next?',
    );
    expect(out).not.toMatch(/on an anticoagulant or antiplatelet/);
  });
});

describe('worse leg pain or a past, recovered weakness: no emergency', () => {
  it.each([
    '48M CLBP 2y, sciatica down the left leg, the leg has got worse since the flight. Failed naproxen 500 bd 6 wks. Next?',
    '48M CLBP 2y. L5 weakness got worse in 2019, decompressed, full power since. Failed naproxen 500 bd 6 wks. Next?',
  ])('%s', (text) => {
    expect(reply(text)).not.toMatch(/emergency|same-day assessment/i);
  });

  it.each([
    '48M CLBP 2y, foot getting weaker. Failed naproxen 500 bd 6 wks. Next?',
    '48M CLBP 2y, worsening foot drop. Failed naproxen 500 bd 6 wks. Next?',
  ])('contrast, weakness getting worse now: %s', (text) => {
    expect(reply(text)).toMatch(/same-day assessment/);
  });
});
