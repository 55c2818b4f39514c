import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';

/**
 * Instruments asked with partial or item-level data (class 1) and red flags asked indirectly or uncertainly (class 2),
 * in several clinician styles, with contrasts that must not change.
 */
const reply = (text: string) => ask(text).join('\n\n');
const NOT_COVERED = /does not cover/i;

describe('Oswestry with more than 2 sections unanswered: no score (ref section 5)', () => {
  it.each([
    'ODI: sections 1-6 answered, scores 3,2,4,3,2,3; sections 7-10 not answered. score?',
    'Oswestry with only 6 of 10 sections done: 3 2 4 3 2 3 - what is the %?',
    'oswestry 4 3 2 5 1 sections 6 to 10 blank',
  ])('%s', (q) => {
    const text = reply(q);
    expect(text).toContain('no score');
    expect(text).not.toMatch(/\d%/);
  });
  it('contrast: two sections blank is still scored', () => {
    const text = reply('oswestry 3 2 4 3 2 3 2 1 sections 9-10 blank');
    expect(text).toContain('50%');
    expect(text).toContain('from 8 of 10 sections');
  });
});

describe('STarT Back given as the items agreed with: scored item by item', () => {
  it('the clinician says high risk; the items say medium', () => {
    const text = reply(
      'STarT Back: she agreed with items 1, 3, 5 and 7, and item 9 was "very much". She\'s high risk, isn\'t she?',
    );
    expect(text).toContain('medium risk');
    expect(text).toContain('Total 5/9, psychosocial subscale 3/5');
  });
  it('low risk, item 9 not scoring', () => {
    const text = reply('start back: agreed with items 1, 2 and 4, item 9 answered slightly. which group?');
    expect(text).toContain('low risk');
    expect(text).toContain('Total 3/9');
  });
  it('high risk from the subscale items, with the referral consequence', () => {
    const text = reply('on the start back she agreed with items 2, 5, 6 & 8 and item 9 was extremely - high risk?');
    expect(text).toContain('high risk');
    expect(text).toContain('psychosocial subscale 4/5');
    expect(text).toContain('Refer when screening tools show high-risk features');
  });
});

describe('STarT Back scores inside a mid-case question: the risk group and its consequence', () => {
  it('high risk: referral', () => {
    const text = reply(
      '[case so far: 52F, CLBP 8 months, naproxen 500 bd 6 weeks, physio done] STarT Back total 6, psychosocial 4. anything else I should do?',
    );
    expect(text).not.toMatch(NOT_COVERED);
    expect(text).toContain('STarT Back high risk');
    expect(text).toContain('Refer when screening tools show high-risk features');
  });
  it('low risk, asked "anything else": the next step, never a yes/no about a drug in the summary', () => {
    const text = reply(
      '[case so far: 60M CLBP 6 mo, duloxetine 60 mg 6 wks no help] STarT Back total 3, psych 1 - anything else I should be doing?',
    );
    expect(text).toContain('STarT Back low risk');
    expect(text).not.toContain('**Answer: no.**');
    expect(text).toContain('**Answer: next step');
  });
  it('medium risk is stated', () => {
    const text = reply('[case so far: 52F, CLBP 8 months] start back 5/9 with subscale 2, anything else?');
    expect(text).not.toMatch(NOT_COVERED);
    expect(text).toContain('STarT Back medium risk');
  });
});

describe('a past cancer described by its treatment, with night pain: prompt evaluation, pathway paused', () => {
  it.each([
    '60M had a bowel tumour removed and radiotherapy 3 years ago, now waking at night with back pain. carry on with the pathway?',
    'pt previously treated for prostate tumour with surgery + radiotherapy, new night pain in back, what next',
    'had surgery for a breast tumour 5 yrs ago, pain wakes her at night, ok to continue the pathway',
  ])('%s', (q) => {
    const text = reply(q);
    expect(text).not.toMatch(NOT_COVERED);
    expect(text.toLowerCase()).toContain('prompt evaluation');
    expect(text).toContain('before going on with the pathway');
  });
  it("contrast: a tumour in a relative is not the patient's red flag", () => {
    const text = reply('her mother had a bowel tumour removed, does the pathway apply to her back pain?');
    expect(text).not.toContain('Suspected cancer');
  });
});

describe('a red-flag sign the patient is unsure about: screen not completed, naming what to check', () => {
  it.each([
    'might have lost a bit of weight not sure does that count as a red flag',
    "not sure if she's lost a bit of weight - red flag or not?",
  ])('%s', (q) => {
    const text = reply(q);
    expect(text).toContain('not completed');
    expect(text).toMatch(/weight/);
    expect(text).not.toMatch(/Suspected cancer: prompt/);
  });
  it('in a case: the screen is not completed', () => {
    const text = reply('55F CLBP 6 months, might have lost a bit of weight, not sure. red flag?');
    expect(text).toContain('red-flag screen not completed (unsure: check cancer signs)');
  });
  it('contrast: weight lost on a diet is not a sign', () => {
    const text = reply("she's lost a bit of weight on her diet, red flag?");
    expect(text).not.toMatch(/^\*\*Suspected cancer/);
    expect(text).not.toContain('not completed');
  });
});
