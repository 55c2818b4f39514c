import { describe, expect, it } from 'vitest';
import { uncheckedPartners } from '../../dialogs/answers/unchecked-partner.js';
import { findDrugs } from '../../dialogs/answers/ports.js';
import { handleTurn } from '../../dialogs/turn-core.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';

let n = 0;
const ask = (q: string): string =>
  handleTurn(undefined, coreInput(q, 9800 + n++), CORE_OPTIONS)
    .output.messages.map((m) => m.text)
    .join('\n');

describe('a stopped or negated unlisted name is no "not checked" partner', () => {
  it.each([
    ['stopped omeprazole last year, duloxetine ok?', 'omeprazole'],
    ['no longer on lisinopril, naproxen ok?', 'lisinopril'],
    ['omeprazole 20 mg was stopped, duloxetine ok?', 'omeprazole'],
  ])('%s', (q, word) => {
    expect(uncheckedPartners(q, findDrugs(q))).not.toContain(word);
    expect(ask(q)).not.toMatch(/not checked by this pathway/);
  });

  it('contrast: a current unlisted medicine is still not checked', () => {
    const q = 'pt on atorvastatin, duloxetine ok?';
    expect(uncheckedPartners(q, findDrugs(q))).toEqual(['atorvastatin']);
  });
});

describe('"not checked" keeps the drug\'s own lines', () => {
  it('duloxetine with atorvastatin: the label, renal and liver lines stay, with the not-checked note', () => {
    const alone = ask('duloxetine ok?');
    const text = ask('pt on atorvastatin, duloxetine ok?');
    expect(text).toMatch(/Duloxetine \+ atorvastatin: not checked by this pathway/);
    for (const line of [
      /Avoid duloxetine if CrCl < 30/,
      /Avoid duloxetine in chronic liver disease/,
      /Label \(chronic/,
    ])
      expect(alone).toMatch(line), expect(text).toMatch(line);
  });

  it('patient facts in the question still apply beside the unlisted partner', () => {
    const text = ask('82 yo on atorvastatin, tramadol ok?');
    expect(text).toMatch(/atorvastatin/i);
    expect(text).toMatch(/over age 75: maximum 300 mg\/day/);
  });
});
