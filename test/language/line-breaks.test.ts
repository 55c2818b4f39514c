import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import { readLineBreaks } from '../../src/clinical/language/line-breaks.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';

describe('a note keeps its lines: a reader scope ends with its line', () => {
  it.each([
    // [typed, read]
    ['no leg pain\nMEDS: naproxen 500 bd', 'no leg pain\nMEDS: naproxen 500 bd'],
    ['HPI: LBP, no sciatica\ncurrent meds: naproxen 500 bd', 'HPI: LBP, no sciatica\ncurrent meds: naproxen 500 bd'],
    ['denies bowel change\n\n  - tramadol 50 qds', 'denies bowel change\n- tramadol 50 qds'],
    ['RED FLAGS: negative\r\nq: next?', 'RED FLAGS: negative\nq: next?'],
    ['no red flags.\nnaproxen 500 bd', 'no red flags.\nnaproxen 500 bd'],
    // a short line typed as a line
    ['no GI bleed\nnaproxen 500 bd', 'no GI bleed\nnaproxen 500 bd'],
  ])('%j keeps the break', (typed, read) => expect(readLineBreaks(typed)).toBe(read));

  it.each([
    // prose wrapped at a margin, and a line that ends in a number, a unit or a joining word
    [
      'She has been taking naproxen at the usual dose of five hundred\ntwice daily for eight weeks without benefit',
      'She has been taking naproxen at the usual dose of five hundred twice daily for eight weeks without benefit',
    ],
    ['naproxen 500 mg\ntwice daily', 'naproxen 500 mg twice daily'],
    ['tramadol 50 mg and\nparacetamol 1 g qds', 'tramadol 50 mg and paracetamol 1 g qds'],
    ['duloxetine 60\nod x 6/52', 'duloxetine 60 od x 6/52'],
    ['  spaces \t and   tabs  ', 'spaces and tabs'],
  ])('%j joins the lines', (typed, read) => expect(readLineBreaks(typed)).toBe(read));

  const medsOf = (text: string) => {
    const r = handleTurn(undefined, coreInput(text, 1), CORE_OPTIONS);
    const c = (r.state as { cases?: { facts: { medications: { drug: string; outcome?: string }[] } }[] }).cases?.[0];
    return c?.facts.medications.map((m) => `${m.drug}:${m.outcome}`) ?? [];
  };

  it.each([
    'AGE/SEX: 68 M\nHPI: chronic low back pain 2 yrs, no leg pain\nCURRENT MEDS: naproxen 500 mg bd\nQ: next?',
    '68 M\nchronic LBP 2 yrs\nno leg pain\nMEDS: naproxen 500 mg bd',
    'Pt 68M, LBP x 2 years\nDenies saddle anaesthesia or bladder change\nMedications:\n- naproxen 500 mg bd',
  ])('a medicine on the line after a negated sign stays read: %j', (text) =>
    expect(medsOf(text).filter((m) => m.startsWith('naproxen:'))).toHaveLength(1),
  );

  it('a negation inside the medicines line still denies (contrast)', () =>
    expect(
      medsOf('68 M\nchronic LBP 2 yrs\nMEDS: no naproxen, no opioids').filter((m) => m.startsWith('naproxen')),
    ).toEqual([]));
});
