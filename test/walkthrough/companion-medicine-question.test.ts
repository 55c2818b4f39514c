import { describe, expect, it } from 'vitest';
import type { ConversationState } from '../../dialogs/conversation-state.js';
import { activeRecord } from '../../dialogs/walkthrough/case-store.js';
import { companionMedicineAsked } from '../../src/clinical/language/companion-question.js';
import { converse } from '../helpers/conversation.js';

/**
 * A question about a relative's or companion's own medicine (helper g6, class 2; several clinician styles, no
 * identifiers): the reply first says, naming the person, that the case does not count it, then answers for the patient;
 * the drug never joins the case.
 */
const AT = '2026-11-29T10:00:00.000Z';
let n = 0;
function run(...says: string[]) {
  const { replies, state } = converse(says, { key: `companion-question-${n++}`, at: AT });
  const record = state ? activeRecord(state as ConversationState) : undefined;
  return { text: replies.at(-1) ?? '', drugs: (record?.facts.medications ?? []).map((m) => m.drug) };
}
const OPENER = '45M CLBP 1 yr, naproxen 500 bid 8 wks failed, no red flags, no leg pain';

describe('who and which drug', () => {
  it.each([
    ['His mother, who lives with him, is on morphine - does that matter for his numbers?', 'his mother', 'morphine'],
    ['His mate takes pregabalin and swears by it - worth trying for him?', 'his mate', 'pregabalin'],
    ['My husband has leftover Celebrex - can I take those instead?', 'my husband', 'other-nsaid'],
    ["her daughter's got some spare tramadol, ok for her to use it?", 'her daughter', 'tramadol'],
    ['wife was prescribed gabapentin last year, could he try hers', 'wife', 'gabapentin'],
  ])('%s', (text, who, drug) => {
    expect(companionMedicineAsked(text)).toMatchObject({ who, drug });
  });

  it.each([
    'his wife says he takes tramadol at night - ok?',
    'lives with his mother, on naproxen 500 bd',
    'should he try duloxetine?',
  ])('%s: no companion medicine', (text) => {
    expect(companionMedicineAsked(text)).toBeUndefined();
  });
});

describe('the case reply says it first and keeps the drug out', () => {
  it.each([
    [
      'His mother, who lives with him, is on morphine - does that matter for his numbers?',
      "His mother's morphine is not counted in his MME",
      'morphine',
    ],
    [
      'His mate takes pregabalin and swears by it - worth trying for him?',
      "His mate's pregabalin is not counted in his case",
      'pregabalin',
    ],
    [
      'ok so his brother is on oxycodone 10 bd, does that change anything for him?',
      "His brother's oxycodone is not counted in his MME",
      'oxycodone',
    ],
  ] as const)('%s', (question, line, drug) => {
    const { text, drugs } = run(OPENER, question);
    expect(text.startsWith(`**${line}`)).toBe(true);
    expect(drugs).not.toContain(drug);
  });

  it('in the opening note, before the case', () => {
    const { text, drugs } = run(
      '58F CLBP 2 yrs, naproxen 500 bd 8 wks failed, no red flags. Her husband takes tramadol, would that help her?',
    );
    expect(text.startsWith("**Her husband's tramadol is not counted in her MME")).toBe(true);
    expect(text).toContain('tramadol is not the next step yet');
    expect(drugs).not.toContain('tramadol');
  });
});
