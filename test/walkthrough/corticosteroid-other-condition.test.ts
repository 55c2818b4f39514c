import { describe, expect, it } from 'vitest';
import { runScenario } from './drive.js';

/**
 * The guideline's "avoid systemic corticosteroids" is about prescribing them for back pain: a patient's own long-term
 * corticosteroid for another condition is never to be stopped on its account. Older age, long-term corticosteroids and
 * sudden severe pain after a minor trauma is a suspected fracture on the first narrative (reference section 6).
 */
const reply = (say: string) =>
  runScenario({ name: `steroid ${say}`, turns: [{ say }] })
    .outputs.at(-1)!
    .messages.map((m) => m.text)
    .join('\n\n');

describe("the patient's corticosteroid for another condition", () => {
  it.each([
    '72F CLBP 1yr, prednisolone 7.5 mg daily for PMR, RF neg, naproxen failed',
    'Dear Dr, this 66M with asthma takes prednisolone 5mg OD. Chronic LBP 9/12, red flags screened negative, naproxen 500 bd 6/52 no help.',
  ])('the avoid line says it is about back pain: %s', (say) => {
    const text = reply(say);
    expect(text).toMatch(
      /Avoid systemic corticosteroids[^\n]*This is about prescribing them for back pain: it is no reason to stop the patient's corticosteroid for another condition\./,
    );
    expect(text).not.toMatch(/Stop prednisolone/);
  });
});

describe('older age, long-term corticosteroids and a minor trauma: suspected fracture', () => {
  it.each([
    '78M, asthma on long-term prednisolone 10 mg, chronic LBP 2 yrs, now sudden severe pain after a fall from standing',
    'ED handover: 81F, PMR on pred 5mg for yrs, CLBP, acute severe worsening after lifting a shopping bag',
    'GP: 69F RA on prednisone 7.5 daily long term. CLBP 1 yr. Sat down hard on a chair last week, since then severe pain.',
    '74F CLBP 2 yrs, sudden severe pain after she sat down heavily yesterday',
  ])('%s', (say) => {
    const text = reply(say);
    expect(text).toMatch(/Stop the pathway/);
    expect(text).toMatch(/Suspected fracture/);
  });

  it('contrast: no corticosteroid, no trauma', () => {
    const text = reply('69F CLBP 1 yr, RF neg, naproxen 500 bd 6 wk failed');
    expect(text).not.toMatch(/Suspected fracture/);
  });
});
