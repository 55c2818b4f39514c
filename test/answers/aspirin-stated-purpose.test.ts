import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * Class: aspirin said taken for pain is analgesic use whatever its frequency, so with an NSAID the "two NSAIDs: use
 * one only" row comes (clinical-reference.md section 3); once a day with no purpose stays antiplatelet use, and its
 * blunting line with ibuprofen never calls a 300 mg dose "low-dose".
 */
let n = 0;
const text = (q: string): string => converse([q], { key: `aspirin-purpose-${n++}` }).replies.join('\n');

describe('aspirin for pain is an NSAID in use', () => {
  it.each([
    ['case', '70M CLBP 6 mo, RF neg. Aspirin 325 mg daily for pain. Naproxen ok?'],
    ['GP chatty', '68F chronic LBP, takes aspirin 600 mg once a day for her headaches, can I add ibuprofen?'],
    ['pharmacist', 'Rx naproxen 500 bd; pt on ASA 650 mg qd for back pain - ok to dispense?'],
  ])('%s: %j', (_style, q) => {
    expect(text(q)).toMatch(/use one NSAID only/);
  });

  it.each([
    ['antiplatelet, once daily', '70M CLBP 6 mo, RF neg. Aspirin 325 mg daily since his stent. Naproxen ok?'],
    ['low dose for the heart', '66F CLBP 1 yr, aspirin 81 mg daily for her heart. Naproxen ok?'],
  ])('contrast, %s: %j', (_style, q) => {
    expect(text(q)).not.toMatch(/use one NSAID only/);
  });
});

describe('ibuprofen with aspirin once daily at an analgesic size', () => {
  it('is not called low-dose', () => {
    const t = text('ibuprofen with his aspirin 300 mg od?');
    expect(t).not.toMatch(/low-dose aspirin/);
    expect(t).toMatch(/aspirin 300 mg once daily \(antiplatelet use\)/);
  });
  it('contrast: 81 mg stays low-dose', () => {
    expect(text('ibuprofen with his aspirin 81 mg daily ok?')).toMatch(/low-dose aspirin/);
  });
});
