import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import { readLineBreaks } from '../../src/clinical/language/line-breaks.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';

describe('a note keeps the line break before a section heading, and only there', () => {
  it.each([
    // [typed, read]
    ['no leg pain\nMEDS: naproxen 500 bd', 'no leg pain\nMEDS: naproxen 500 bd'],
    ['HPI: LBP, no sciatica\ncurrent meds: naproxen 500 bd', 'HPI: LBP, no sciatica\ncurrent meds: naproxen 500 bd'],
    ['RED FLAGS: negative\r\n\r\nQ: next?', 'RED FLAGS: negative\nQ: next?'],
    ['ALLERGIES: nil\nPROBLEM LIST\n- LBP', 'ALLERGIES: nil\nPROBLEM LIST - LBP'],
    ['naproxen 500 bd 8 weeks\nno help\nnext?', 'naproxen 500 bd 8 weeks no help\nnext?'],
  ])('%j keeps the break before its heading', (typed, read) => expect(readLineBreaks(typed)).toBe(read));

  it.each([
    // a statement run over lines, a list under its heading, prose wrapped at a margin
    [
      'naproxen 500 bd 8 weeks\nno help\nduloxetine 60 od\nnausea, stopped',
      'naproxen 500 bd 8 weeks no help duloxetine 60 od nausea, stopped',
    ],
    ['is she on\nwarfarin?\nnaproxen ok', 'is she on warfarin? naproxen ok'],
    ['Red flags - denies:\nfever\nweight loss', 'Red flags - denies: fever weight loss'],
    ['NOT ON:\n- oxycodone\n- tramadol', 'NOT ON: - oxycodone - tramadol'],
    ['She has not tried\nnaproxen or ibuprofen.', 'She has not tried naproxen or ibuprofen.'],
    ['  spaces \t and   tabs  ', 'spaces and tabs'],
  ])('%j reads as one statement', (typed, read) => expect(readLineBreaks(typed)).toBe(read));

  const medsOf = (text: string) => {
    const r = handleTurn(undefined, coreInput(text, 1), CORE_OPTIONS);
    const c = (r.state as { cases?: { facts: { medications: { drug: string; outcome?: string }[] } }[] }).cases?.[0];
    return c?.facts.medications.map((m) => `${m.drug}:${m.outcome}`) ?? [];
  };

  it.each([
    'AGE/SEX: 68 M\nHPI: chronic low back pain 2 yrs, no leg pain\nCURRENT MEDS: naproxen 500 mg bd\nQ: next?',
    '68 M, chronic LBP 2 yrs, no leg pain\nMEDS: naproxen 500 mg bd',
  ])('a medicine in the section after a negated sign stays read: %j', (text) =>
    expect(medsOf(text).filter((m) => m.startsWith('naproxen:'))).toHaveLength(1),
  );

  it.each([
    ['55F CLBP 8 months, no red flags.\nnaproxen 500 bd 8 weeks\nno help\nnext?', 'naproxen:ineffective'],
    [
      '45F CLBP 7 months, no red flags.\nNOT ON:\n- oxycodone\n- tramadol\nNaproxen 500 bd 8 weeks, no help. Next?',
      'naproxen:ineffective',
    ],
  ])('an outcome or a denial on the next line still reaches its drug: %j', (text, read) => {
    const meds = medsOf(text);
    expect(meds).toContain(read);
    expect(meds.filter((m) => /^(oxycodone|tramadol)/.test(m))).toEqual([]);
  });
});
