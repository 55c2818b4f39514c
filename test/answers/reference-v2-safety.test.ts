import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';
import { extractCaseFacts } from '../../src/clinical/language/index.js';

/**
 * Reference v2 section 2 rules a quick answer or a case left out: NSAIDs contraindicated around CABG (the quick
 * answer leads with it, as NSAIDs in cirrhosis do), duloxetine's hyponatraemia risk in older adults (a note, read
 * as age > 65), and glaucoma of no named type (the narrow-angle rule is said, and the type asked).
 */
const reply = (text: string): string => ask(text, 1).join('\n');
const title = (q: string) => reply(q).split('\n')[0] ?? '';
const conditions = (t: string) => extractCaseFacts(t, '2026-11-29T10:00:00.000Z').patch.conditions ?? {};

describe('quick answer: NSAIDs around CABG', () => {
  it.each([
    'naproxen dose, just had a CABG',
    'ibuprofen post-CABG ok?',
    'pt 2 wks post bypass surgery, nsaid?',
    'meloxicam s/p cabg x3',
    'Could I give him ibuprofen 400 tds? He had a coronary artery bypass graft last month.',
    'naproxen for 68M, CABG booked next wk',
  ])('%s: not for this patient, CABG in the title', (q) => {
    expect(title(q)).toMatch(/not for this patient \(NSAIDs are contraindicated around CABG/);
    expect(reply(q)).toMatch(/\*\*CABG:\*\* NSAIDs are contraindicated around CABG/);
  });

  it.each([
    'naproxen, hx gastric bypass surgery',
    'ibuprofen, no prior CABG, 50yo',
    'naproxen dose?',
    'duloxetine after CABG?',
  ])('%s: no CABG rule-out', (q) => {
    expect(title(q)).not.toMatch(/CABG/);
  });

  it('a case still reads CABG words, and gastric bypass is not one', () => {
    expect(conditions('s/p coronary artery bypass graft 2 wks ago')['recent-cabg']).toBe('yes');
    expect(conditions('CABG x3 in March')['recent-cabg']).toBe('yes');
    expect(conditions('hx gastric bypass surgery')['recent-cabg']).toBeUndefined();
  });
});

describe('duloxetine: hyponatraemia risk in older adults (age > 65)', () => {
  it.each([
    'duloxetine in an 80 year old',
    'cymbalta 30mg for 72F',
    'duloxetine for an 82 yo, any concerns?',
    'Duloxetine OK for my 66-year-old patient?',
  ])('%s: the note, not a rule-out', (q) => {
    const text = reply(q);
    expect(text).toMatch(/Duloxetine: hyponatraemia risk in older adults/);
    expect(text.split('\n')[0]).not.toMatch(/not for this patient/);
  });

  it.each(['duloxetine for a 65 yo', 'duloxetine 60 for a 50 yo', 'tramadol in an 80 year old'])(
    '%s: no hyponatraemia note',
    (q) => {
      expect(reply(q)).not.toMatch(/hyponatraemia/);
    },
  );

  it('a case with an older patient offered duloxetine carries the note; duloxetine stays the next step', () => {
    const text = reply(
      '74F chronic LBP 8 months, failed naproxen 500 bid x 6 wks, no red flags, no leg pain, no other conditions. next step?',
    );
    expect(text).toMatch(/Add duloxetine 30 mg/);
    expect(text).toMatch(/hyponatraemia risk in older adults/);
  });

  it('a younger case has no note', () => {
    const text = reply(
      '48M chronic LBP 8 months, failed naproxen 500 bid x 6 wks, no red flags, no leg pain, no other conditions. next step?',
    );
    expect(text).not.toMatch(/hyponatraemia/);
  });
});

describe('quick answer: duloxetine with glaucoma of no named type', () => {
  it.each(['duloxetine ok with glaucoma?', 'cymbalta in a pt with glaucoma', 'duloxetine, PMH glaucoma on drops'])(
    '%s: the rule, and which type',
    (q) => {
      const text = reply(q);
      expect(text.split('\n')[0]).toMatch(/which type of glaucoma\?/);
      expect(text).toMatch(
        /Avoid duloxetine in uncontrolled narrow-angle glaucoma\. Open-angle glaucoma is not in the rule/,
      );
      expect(text.split('\n')[0]).not.toMatch(/not for this patient/);
    },
  );

  it('with a dose, the dose verdict leads and the glaucoma line still asks', () => {
    expect(reply('Pt has glaucoma - can I start duloxetine 30?')).toMatch(
      /\*\*Glaucoma \(type not given\):\*\* Avoid duloxetine in uncontrolled narrow-angle glaucoma\..*Which type of glaucoma is it\?/,
    );
  });

  it.each(['duloxetine in open-angle glaucoma?', 'duloxetine, POAG on latanoprost'])(
    '%s: open-angle is said not to be in the rule, no question',
    (q) => {
      const text = reply(q);
      expect(text).toMatch(/Open-angle glaucoma is not in the rule\./);
      expect(text).not.toMatch(/which type/i);
    },
  );

  it.each(['duloxetine, no glaucoma', 'naproxen with glaucoma?', 'duloxetine dose?'])('%s: no glaucoma line', (q) => {
    expect(reply(q)).not.toMatch(/glaucoma/i);
  });
});
