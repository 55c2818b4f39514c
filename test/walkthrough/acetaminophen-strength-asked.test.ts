import { describe, expect, it } from 'vitest';
import type { ConversationState } from '../../dialogs/conversation-state.js';
import { activeRecord } from '../../dialogs/walkthrough/case-store.js';
import type { CaseFacts } from '../../src/clinical/case/case-facts.js';
import { acetaminophenDailyMg } from '../../src/clinical/case/medication-facts.js';
import { converse } from '../helpers/conversation.js';

/**
 * Class: plain acetaminophen counted in tablets with no strength inside a case ("paracetamol 2 tabs qds", "Tylenol
 * 2 q6h") asks the tablet strength, never guesses it and never says "not recorded" (clinical-reference.md section 2);
 * the reply ("500 mg", "the extra strength ones") counts it toward the all-sources total. Several clinician styles;
 * contrasts that must not change. No identifiers.
 */
const AT = '2026-11-29T10:00:00.000Z';
let n = 0;
function run(...says: string[]): { replies: string[]; last: string; facts: CaseFacts | undefined } {
  const { replies, state } = converse(says, { key: `apap-strength-${n++}`, at: AT });
  const record = state ? activeRecord(state as ConversationState) : undefined;
  return { replies, last: replies.at(-1) ?? '', facts: record?.facts };
}
const apap = (facts: CaseFacts | undefined) => facts?.medications.find((m) => m.drug === 'acetaminophen');
const ASK =
  /what strength is each tablet\?\*\* 325 mg \(Tylenol Regular Strength\) or 500 mg \(Tylenol Extra Strength\)/;

describe('the strength is asked, then counted', () => {
  it.each([
    ['UK letter', 'Dear Dr, 70F chronic back pain 2 years, no red flags. Paracetamol 2 tabs qds.', '500 mg', 4000],
    ['US shorthand', '45F chronic LBP 1 yr, no red flags, Tylenol 2 q6h', '325 mg', 2600],
    ['AU brand', '52M LBP 18 months, no red flags, panadol 2 qid', 'the extra strength ones', 4000],
    ['NP terse', '60F CLBP 2y, no RF, APAP 2 tabs tid', 'regular strength', 1950],
    [
      'dictated',
      'sixty year old woman, chronic low back pain for two years, no red flags, paracetamol two tablets four times a day',
      'the 500s',
      4000,
    ],
  ])('%s', (_style, opening, reply, daily) => {
    const { replies, facts } = run(opening, reply);
    expect(replies[0]).toMatch(ASK);
    expect(replies[0]).not.toMatch(/not recorded/);
    const med = apap(facts);
    expect(med && acetaminophenDailyMg(med)).toBe(daily);
    expect(replies[1]).toMatch(
      new RegExp(`Acetaminophen taken now:\\*\\* Acetaminophen ${daily.toLocaleString('en-US')} mg/day`),
    );
  });

  it('with a combination product: the strength is asked, not called "not recorded", then both are added up', () => {
    const { replies } = run('62F CLBP, no red flags, Percocet 5/325 2 tabs q6h, paracetamol 2 tabs qds', '500');
    expect(replies[0]).toMatch(ASK);
    expect(replies[0]).toMatch(/not counted: Acetaminophen \(its tablet strength is asked\)/);
    expect(replies[0]).not.toMatch(/not recorded/);
    expect(replies[1]).toMatch(/Percocet 2,600 \+ Acetaminophen 4,000 = 6,600 mg\/day: above the adult maximum/);
  });

  it('the case answer to "how much paracetamol?" names the question asked, not "not recorded"', () => {
    const { last } = run(
      '62F CLBP, no red flags, Percocet 5/325 2 tabs q6h, paracetamol 2 tabs qds',
      'total paracetamol?',
    );
    expect(last).not.toMatch(/not recorded/);
    expect(last).toMatch(/its tablet strength is asked/);
  });

  it('no strength is guessed before the answer', () => {
    const med = apap(run('Dear Dr, 70F chronic back pain 2 years, no red flags. Paracetamol 2 tabs qds.').facts);
    expect(med).toMatchObject({ tablets: 2, timesPerDay: 4 });
    expect(med?.doseMg).toBeUndefined();
  });
});

describe('contrasts that must not change', () => {
  it.each([
    ['a dose in mg', '45F chronic LBP 1 yr, no red flags, paracetamol 1 g qds', 1000],
    ['a strength and tablets', '45F chronic LBP 1 yr, no red flags, panadol 500mg 2 qid', 1000],
    ['a named strength', '45F chronic LBP 1 yr, no red flags, Tylenol Extra Strength 2 tabs tid', 1000],
  ])('%s: no question asked', (_style, text, dose) => {
    const { last, facts } = run(text);
    expect(last).not.toMatch(/what strength is each tablet/);
    expect(apap(facts)?.doseMg).toBe(dose);
  });

  it('"500 mg" answers an NSAID trial question about the NSAID the case holds without a dose', () => {
    const { facts } = run('58M CLBP 1 yr, no red flags, paracetamol 2 tabs qds, naproxen, no relief', '500 mg');
    expect(apap(facts)?.doseMg).toBeUndefined();
  });
});

describe('quick answers ask the strength too', () => {
  const quick = (q: string): string => converse([q], { key: `apap-quick-${n++}` }).replies[0] ?? '';
  const QUICK_ASK =
    /^Which \w+ strength\? Plain acetaminophen comes as 325 mg \(Tylenol Regular Strength\) or 500 mg \(Tylenol Extra Strength\) a tablet/;

  it.each([
    // with a combination: the combination's known acetaminophen leads (never "within the maximum"), then the ask
    ['with a combination', 'norco 10/325 2 tabs q6h + tylenol 2 q6h, total apap?'],
    ['UK, with a combination', 'percocet 5/325 6/day and paracetamol 2 tabs qds - over 4 g?'],
  ])('%s: the known part first, then the strength asked', (_style, q) => {
    const reply = quick(q);
    expect(reply).toMatch(/^\*\*Acetaminophen at least [\d,]+ mg\/day from \w+ \(\w+ not counted\)/);
    expect(reply).not.toMatch(/within the adult maximum/);
    expect(reply).toMatch(/Which \w+ strength\? Plain acetaminophen comes as 325 mg/);
  });

  it.each([
    // one product alone: asked now, no card without a strength
    ['dose check', 'paracetamol 2 tabs qds dose ok?'],
    ['terse', 'Tylenol 2 q6h'],
    ['how much a day', 'paracetamol 2 tabs qds - how much paracetamol a day?'],
  ])('%s', (_style, q) => {
    expect(quick(q)).toMatch(QUICK_ASK);
  });

  it('contrast: a strength given is checked, not asked', () => {
    expect(quick('paracetamol 1 g qds ok?')).toMatch(/1,000 mg x 4\/day = 4,000 mg\/day: at the label maximum/);
  });
});
