import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * Class: a companion's or relative's own medicine named in a quick question ("her husband came with her - he's on
 * diazepam") is not the patient's: no interaction of it is attributed to her; the answer says whose it is, then
 * answers for the patient's own drug. A drug the patient herself takes, even from a relative's supply, stays hers.
 */
let n = 0;
const answer = (q: string): string => converse([q], { key: `companion-quick-${n++}` }).replies[0] ?? '';

describe("a companion's own drug in a quick question", () => {
  it.each([
    [
      'GP chatty',
      "her husband came with her - he's on diazepam 5 mg tds; she takes nothing else; tramadol 50 q6h - interaction?",
      /Diazepam is her husband's, not hers/,
    ],
    ['terse', 'her husband is on diazepam 5 tds. tramadol 50 q6h for her ok?', /Diazepam is her husband's, not hers/],
    [
      'UK',
      'his wife came in with him, she takes diazepam 2 mg at night. Tramadol 50 mg qds for him, any interaction?',
      /Diazepam is his wife's, not his/,
    ],
    [
      'pharmacist',
      'Rx tramadol 50 mg q6h prn. Her husband is on diazepam 5 mg tds. Ok to dispense?',
      /Diazepam is her husband's, not hers/,
    ],
  ])('%s: %j says whose it is and warns of no pair', (_style, q, whose) => {
    const text = answer(q);
    expect(text).toMatch(whose);
    expect(text).not.toMatch(/boxed warning/i);
    expect(text).not.toMatch(/not checked by this pathway/i);
    expect(text).toMatch(/tramadol/i);
  });

  it.each([
    ["she takes her husband's diazepam at night; tramadol 50 q6h - interaction?"],
    ['pt on diazepam 5 mg tds from her husband; tramadol 50 q6h - interaction?'],
    ['her husband gets her diazepam; tramadol 50 q6h interaction?'],
  ])('%j: hers now, the benzodiazepine warning applies', (q) => {
    const text = answer(q);
    expect(text).toMatch(/boxed warning/i);
    expect(text).not.toMatch(/not hers/);
  });
});

describe("the relative's drug asked about for the patient: the question is the patient's", () => {
  it.each([
    ['terse', 'mum had serotonin syndrome on tramadol. pt on sertraline 50 - is tramadol ok for him?'],
    [
      'GP chatty',
      'his father had a bad reaction on tramadol years ago; he takes sertraline 100 - can he have tramadol?',
    ],
    [
      'pharmacist',
      'Rx tramadol 50 mg q6h. Pt on sertraline 50. Her sister got serotonin syndrome on tramadol. Ok to dispense?',
    ],
  ])('%s: %j answers for the patient, no "not the patient\'s" line', (_style, q) => {
    const text = answer(q);
    expect(text).not.toMatch(/Tramadol is .{1,30}'s, not/);
    expect(text).toMatch(/serotonin syndrome/i);
  });

  it('contrast: the relative drug not asked about for the patient keeps its line', () => {
    const text = answer('mum had serotonin syndrome on tramadol. pt on sertraline 50 - is naproxen ok for him?');
    expect(text).toMatch(/Tramadol is (?:the )?mum's, not/);
  });
});
