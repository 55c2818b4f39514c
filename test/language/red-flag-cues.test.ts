import { describe, expect, it } from 'vitest';
import { CAUDA_EQUINA_CUES, FEVER_CUES, RED_FLAG_CUES } from '../../src/clinical/language/concepts.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';

/**
 * Red flags (clinical-reference.md section 6) in the shorthand and lay words clinicians write: every cue row reads its
 * own example, the same words denied are not a flag, and the look-alikes that are not signs stay unread.
 */
const AT = '2026-11-29T10:00:00.000Z';
const flags = (text: string) => extractCaseFacts(text, AT).patch.redFlags ?? [];

describe('red-flag cue rows, one example each', () => {
  it.each(RED_FLAG_CUES.map((c) => [c.example, c.id!] as const))('"%s" is the %s red flag', (example, id) => {
    expect(flags(`62F chronic LBP, ${example}`)).toContain(id);
  });

  it.each(FEVER_CUES.map((c) => [c.example] as const))('"%s" is fever: the infection red flag', (example) => {
    expect(flags(example)).toContain('infection');
  });

  it.each(CAUDA_EQUINA_CUES.map((c) => [c.example] as const))('"%s" is cauda equina', (example) => {
    expect(flags(example)).toContain('cauda-equina');
  });
});

describe('the signs clinicians name, in their words (terse, lay, NP shorthand, UK/AU, dictated)', () => {
  it.each([
    ['numb groin', 'cauda-equina'],
    ['pt says her bum is numb, numbness around the back passage', 'cauda-equina'],
    ["can't pee since yesterday", 'cauda-equina'],
    ['in retention, catheterised in ED', 'cauda-equina'],
    ['retaining urine', 'cauda-equina'],
    ['incontinent of urine overnight', 'cauda-equina'],
    ['wetting herself since Tuesday', 'cauda-equina'],
    ['lost control of bladder', 'cauda-equina'],
    ['both legs weak', 'cauda-equina'],
    ['both his legs have been getting weaker and he has trouble with his bladder', 'cauda-equina'],
    ['a couple of bowel accidents this week', 'cauda-equina'],
    ["couldn't control her bladder on the way in", 'cauda-equina'],
    ['problems passing urine since Monday', 'cauda-equina'],
    ['legs have been getting weaker over 2 weeks', 'progressive-neuro-deficit'],
    ['dropped about 6 kg without trying', 'cancer'],
    ['groin paraesthesia', 'cauda-equina'],
    ['dropped foot L side', 'progressive-neuro-deficit'],
    ['legs getting weaker by the day', 'progressive-neuro-deficit'],
    ['foot drop', 'progressive-neuro-deficit'],
    ['temp 38.9', 'infection'],
    ['running a temperature', 'infection'],
    ['rigors overnight', 'infection'],
    ['PWID', 'infection'],
    ['injects heroin', 'infection'],
    ['IV drug user', 'infection'],
    ['immunosuppressive therapy for Crohns', 'infection'],
    ['long term pred for COPD', 'fracture'],
    ['on prednisolone 10 mg for 2 years', 'fracture'],
    ['steroid dependent asthmatic', 'fracture'],
    ['slipped on the ice last week', 'fracture'],
    ['RTA 3/7 ago', 'fracture'],
    ['osteoporosis', 'fracture'],
    ['hx of melanoma', 'cancer'],
    ['ca prostate 2019', 'cancer'],
    ['finished chemo last year', 'cancer'],
    ['lost 6 kg without trying', 'cancer'],
    ['losing weight', 'cancer'],
    ['night waking', 'cancer'],
    ['wakes at night with pain', 'cancer'],
    ['pain at rest and at night', 'cancer'],
    // weakness getting worse now: the emergency
    ['48M CLBP 2y, foot getting weaker', 'progressive-neuro-deficit'],
    ['worsening foot drop on the right', 'progressive-neuro-deficit'],
    ['his left leg has got weaker this week', 'progressive-neuro-deficit'],
    ['dictated: the weakness has got worse since Tuesday', 'progressive-neuro-deficit'],
  ])('"%s": %s', (said, id) => {
    expect(flags(said)).toContain(id);
  });
});

describe('denied, or not a sign', () => {
  it.each([
    ['58F CLBP, no night waking, no weight loss'],
    ['denies rigors or temps'],
    ['not losing weight'],
    ['no saddle numbness, not incontinent'],
    ['denies IVDU'],
    ['fluid retention on naproxen'],
    ['lost 5 kg with diet and exercise'],
    ['does weight loss help back pain?'],
    ['would losing weight help her back?'],
    ['temp 36.8'],
    ['works as a temp'],
    ['wakes at night to pee'],
    ['slipped disc 2019'],
    ['tingling in buttock and leg'],
    ['cancer excluded on MRI'],
    ['fracture excluded on x-ray'],
    ['Infection has been excluded (CRP normal).'],
    ['no trouble with her bladder or bowels'],
    ['issues with the water tablets'],
    ['lost about 4 kg on purpose with diet'],
    // leg pain getting worse is not weakness; a worsening dated in the past is history
    ['48M CLBP 2y, sciatica down the left leg, the leg has got worse since the flight'],
    ['GP: leg has gotten a lot worse this month, sciatica to the calf'],
    ['foot is getting worse with the pins and needles'],
    ['48M CLBP 2y. L5 weakness got worse in 2019, decompressed, full power since.'],
    ['NP: R EHL weakness got worse 3 years ago, decompressed, power 5/5 now'],
  ])('"%s" names no red flag', (said) => {
    expect(flags(said)).toEqual([]);
  });
});
