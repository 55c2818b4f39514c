import { describe, expect, it } from 'vitest';
import type { ConversationState } from '../../dialogs/conversation-state.js';
import { activeRecord } from '../../dialogs/walkthrough/case-store.js';
import type { CaseFacts } from '../../src/clinical/case/case-facts.js';
import { caseFactsSchema } from '../../src/clinical/case/case-facts.js';
import { acetaminophenDailyMg } from '../../src/clinical/case/medication-facts.js';
import { converse } from '../helpers/conversation.js';

/**
 * The actual daily use of a combination product given after the case holds its strength ("actually takes 4 a day")
 * recomputes the MME and the acetaminophen from the tablet's strength; a strength the case does not know is asked.
 * A change of the product's strength moves its acetaminophen too. Several clinician styles, no identifiers.
 */
const AT = '2026-11-29T10:00:00.000Z';
let n = 0;
function run(...says: string[]): { text: string; facts: CaseFacts | undefined } {
  const { replies, state } = converse(says, { key: `daily-tablets-${n++}`, at: AT });
  const record = state ? activeRecord(state as ConversationState) : undefined;
  return { text: replies.at(-1) ?? '', facts: record?.facts };
}
const med = (facts: CaseFacts | undefined, drug: string) => facts?.medications.find((m) => m.drug === drug);

describe('tablets a day, the strength known', () => {
  it.each([
    [
      '62F chronic LBP 8 months, Percocet 5/325 1 tab q4h prn, max 6 a day, no red flags',
      'actually she takes 4 a day',
      'oxycodone',
      5,
      4,
      1300,
      /30 MME\/day/,
    ],
    [
      'ED handover: 62F, CLBP, on Percocet 5/325 1-2 tabs q6h prn, no red flags',
      "she's using 4 Percocet a day, not 6",
      'oxycodone',
      5,
      4,
      1300,
      /30 MME\/day/,
    ],
    [
      '58M CLBP 1 yr, no red flags, norco 10/325 qid',
      'uses about three a day',
      'hydrocodone',
      10,
      3,
      975,
      /30 MME\/day/,
    ],
    [
      'Dear Dr, 70 year old lady, chronic back pain 2 years, no red flags. Co-codamol 30/500 two tablets four times a day.',
      'Pt actually taking 6 tablets per day',
      'codeine',
      30,
      6,
      3000,
      /27 MME\/day/,
    ],
    [
      '70M CLBP 2 yrs, no red flags, Tylenol #3 1 tab q6h prn',
      'he is only having two a day',
      'codeine',
      30,
      2,
      600,
      /9 MME\/day/,
    ],
  ] as const)('%s / %s', (opener, later, drug, doseMg, times, apapDaily, mme) => {
    const { text, facts } = run(opener, later);
    const m = med(facts, drug);
    expect(m?.doseMg).toBe(doseMg);
    expect(m?.timesPerDay).toBe(times);
    expect(m?.mostDailyMg).toBeUndefined();
    expect(m && acetaminophenDailyMg(m)).toBe(apapDaily);
    expect(text).toMatch(mme);
    expect(text).not.toMatch(/what strength/i);
  });
});

describe('tablets a day, the strength not known', () => {
  it.each([
    ['58M CLBP 1 yr, no red flags, percocet qid', 'actually takes 4 a day'],
    ['58M CLBP 1 yr, no red flags, co-codamol qds', 'she uses about 6 a day'],
  ])('%s / %s: the strength is asked', (opener, later) => {
    const { text, facts } = run(opener, later);
    expect(text).toMatch(/what strength is each/i);
    expect(facts?.medications[0]?.doseMg).toBeUndefined();
  });

  it('two combination products, none named: nothing is guessed', () => {
    const { facts } = run(
      '66F CLBP 1 yr, no red flags, norco 5/325 bid and co-codamol 30/500 1 tab bid',
      'takes 3 a day',
    );
    expect(med(facts, 'hydrocodone')?.timesPerDay).toBe(2);
    expect(med(facts, 'codeine')?.timesPerDay).toBe(2);
  });
});

describe('a strength change moves the acetaminophen', () => {
  it.each([
    ['58M CLBP 1 yr, no red flags, norco 5/325 qid', 'Norco now 10/325', 'hydrocodone', 10, 1300],
    ['58M CLBP 1 yr, no red flags, percocet 5/325 qid', 'percocet increased to 10/325', 'oxycodone', 10, 1300],
    [
      '70F CLBP 1 yr, no red flags, co-codamol 15/500 2 tabs qds',
      'now on co-codamol 30/500, 2 tabs qds',
      'codeine',
      60,
      4000,
    ],
  ] as const)('%s / %s', (opener, later, drug, doseMg, apapDaily) => {
    const m = med(run(opener, later).facts, drug);
    expect(m?.doseMg).toBe(doseMg);
    expect(m && acetaminophenDailyMg(m)).toBe(apapDaily);
  });
});

it('a record saved before the tablet strength was kept is still read', () => {
  const old = { medications: [{ drug: 'codeine', doseMg: 60, timesPerDay: 4, product: 'co-codamol' }] };
  expect(caseFactsSchema.safeParse(old).success).toBe(true);
});

describe('a count that is not the current use of the product leaves it as held', () => {
  const opener = '64F chronic LBP 2 yrs, no red flags, Percocet 10/325, 2 tabs q6h';
  it.each([
    'also takes 3 a day of ibuprofen 200',
    'she used to take 2 a day',
    'plan is to have her taking 2 a day by next month',
    'Was taking 2 a day last year full stop',
    'goal: taper to 3 a day over 6 weeks',
    'OTC ibuprofen 200mg, she takes 3 a day',
  ])('%s', (later) => {
    const { text, facts } = run(opener, later);
    const m = med(facts, 'oxycodone');
    expect(m?.doseMg).toBe(20);
    expect(m?.timesPerDay).toBe(4);
    expect(text).not.toMatch(/\b(?:45|30) MME/);
  });

  it('the current use after a past one still counts', () => {
    const { facts } = run(opener, 'used to take 8 a day, now takes 6 a day');
    expect(med(facts, 'oxycodone')?.timesPerDay).toBe(6);
  });
});
