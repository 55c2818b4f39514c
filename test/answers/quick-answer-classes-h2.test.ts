import { describe, expect, it } from 'vitest';
import { PAIR_CUE_ROWS } from '../../dialogs/answers/unchecked-partner.js';
import { DESCRIBED_PRODUCT_ROWS } from '../../src/clinical/knowledge/named-products.js';
import { ask } from '../../scripts/eval/question-suite.js';

const reply = (text: string): string => ask(text).join('\n\n');

describe('buprenorphine described by its form is the listed ER/LA product', () => {
  it.each([
    ['the once-weekly buprenorphine skin patch - ok as her first opioid?', 'Butrans'],
    ['7 day bupe patch first line opioid?', 'Butrans'],
    ['buprenorphine transdermal 5 mcg/hr, starting dose ok?', 'Butrans'],
    ['GP note: thinking of starting a weekly buprenorphine patch, comma, reasonable first opioid full stop', 'Butrans'],
    ['Dear colleague, would a buprenorphine buccal film be a sensible first opioid?', 'Belbuca'],
  ])('%s', (q, product) => {
    const text = reply(q);
    expect(text).toContain(`${product} (buprenorphine`);
    expect(text).toContain('Prescribe immediate-release formulations initially');
    expect(text).toMatch(/no MME factor/);
    expect(text).not.toMatch(/Buprenorphine: not covered/);
  });

  it.each(DESCRIBED_PRODUCT_ROWS.map((r) => [r.example, r.product] as const))('row example: %s', (q, product) => {
    expect(reply(q).toLowerCase()).toContain(product);
  });

  it('a brand named stays that brand; plain buprenorphine stays not covered', () => {
    expect(reply('belbuca ok as first opioid?')).toContain('Belbuca (buprenorphine');
    expect(reply('buprenorphine dose?')).toMatch(/Buprenorphine: not covered/);
  });
});

describe('a partner the reference does not list, asked about as a problem', () => {
  it.each([
    'naproxen five hundred twice a day with her weekly methotrexate fifteen milligrams any problem question mark',
    'naproxen 500 bd with her weekly methotrexate, any issues?',
    'Dear Dr, she takes methotrexate weekly; is naproxen 500 mg bd a problem with it?',
    'ibuprofen 400 tds - any concerns with his methotrexate?',
  ])('%s', (q) => {
    expect(reply(q)).toMatch(/\+ methotrexate: not checked by this pathway/);
  });

  it.each(PAIR_CUE_ROWS.map((r) => r.example))('cue row example says a pair: %s', (q) => {
    expect(reply(q)).toMatch(/not checked by this pathway|Interaction|\+/);
  });
});

describe('a drug said failed or not tolerated is not recommended back', () => {
  it.each([
    "Couldn't tolerate duloxetine - ok to go straight to tramadol?",
    'pt intolerant of cymbalta. tramadol ok?',
    'ED handover: duloxetine made her nauseous, comma, tramadol next question mark',
    'cymbalta didnt agree with him - can we jump to tramadol',
  ])('duloxetine: %s', (q) => {
    const text = reply(q);
    expect(text).toMatch(/^\*\*Tramadol/);
    expect(text).toContain('Tramadol 50-100 mg every 6-8 hours');
    expect(text).toContain('Before declaring NSAID failure');
    expect(text).not.toContain('Add duloxetine 30 mg daily');
  });

  it.each(["naproxen didn't help, tramadol next?", 'failed NSAIDs - straight to tramadol?'])('NSAID: %s', (q) => {
    const text = reply(q);
    expect(text).toContain('Tramadol 50-100 mg every 6-8 hours');
    expect(text).toContain('Add duloxetine 30 mg daily');
    expect(text).not.toContain('Before declaring NSAID failure');
  });

  it('a preference, not a failure, keeps both steps', () => {
    const text = reply("skip straight to tramadol if she'd rather not take duloxetine?");
    expect(text).toContain('Add duloxetine 30 mg daily');
    expect(text).toContain('Before declaring NSAID failure');
  });
});
