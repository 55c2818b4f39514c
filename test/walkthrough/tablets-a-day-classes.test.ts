import { describe, expect, it } from 'vitest';
import type { ConversationState } from '../../dialogs/conversation-state.js';
import { activeRecord } from '../../dialogs/walkthrough/case-store.js';
import { tabletDetailAnswer } from '../../dialogs/walkthrough/tablet-detail.js';
import type { CaseFacts } from '../../src/clinical/case/case-facts.js';
import { converse } from '../helpers/conversation.js';

/**
 * Class: a combination opioid's tablets counted a day ("Percocet 5/325 6/day", "norco 10/325 x4 daily", "takes 5 a
 * day of the 7.5/325") give the MME (factor x mg x tablets, clinical-reference.md section 4) and the acetaminophen
 * total (section 2), as a regimen with how often does; a product with its strength and no regimen ("co-codamol
 * 30/500 now", "on Norco 10/325") asks how many tablets a day, and the reply counts them. Several clinician styles;
 * contrasts that must not change. No identifiers.
 */
const AT = '2026-11-29T10:00:00.000Z';
let n = 0;
function run(...says: string[]): { replies: string[]; last: string; facts: CaseFacts | undefined } {
  const { replies, state } = converse(says, { key: `tablets-a-day-${n++}`, at: AT });
  const record = state ? activeRecord(state as ConversationState) : undefined;
  return { replies, last: replies.at(-1) ?? '', facts: record?.facts };
}

describe('a day of tablets in the case text: MME and acetaminophen', () => {
  it.each([
    [
      'terse',
      '58M CLBP 1 yr, no red flags, Percocet 5/325 6/day',
      /6 tablets a day \(30 mg oxycodone\) is 45 MME\/day \(factor 1\.5\)/,
      /Percocet 1,950 mg\/day/,
    ],
    [
      'GP note',
      'Dear colleague, 61F chronic LBP 3 yrs, no red flags. Currently takes norco 10/325 x4 daily.',
      /4 tablets a day \(40 mg hydrocodone\) is 40 MME\/day \(factor 1\)/,
      /Norco 1,300 mg\/day/,
    ],
    [
      'UK letter',
      'Dear Dr, 70 year old lady, chronic back pain 2 years, no red flags. Co-codamol 30/500 2 tabs qds.',
      /8 tablets a day \(240 mg codeine\) is 36 MME\/day \(factor 0\.15\)/,
      /Co-codamol 4,000 mg\/day: at the adult maximum/,
    ],
    [
      'NP shorthand',
      '49M CLBP x3y, no RF, oxycodone/APAP 5/325 up to 6 per day',
      /at most 30 mg oxycodone a day \(the most the prescription allows\) is 45 MME\/day/,
      /up to 1,950 mg\/day/,
    ],
    [
      'dictated',
      '58 year old man, chronic back pain for a year, no red flags, percocet 5/325 six per day',
      /6 tablets a day \(30 mg oxycodone\) is 45 MME\/day/,
      /Percocet 1,950 mg\/day/,
    ],
    [
      'EHR paste',
      'Meds: oxycodone-acetaminophen 5-325 mg tablet, 6 tablets per day. 66F, LBP 2 years, no red flags.',
      /6 tablets a day \(30 mg oxycodone\) is 45 MME\/day/,
      /1,950 mg\/day/,
    ],
    [
      'AU, product and count split',
      '62F CLBP 8 months, no red flags, on percocet 10/325, uses about 4 a day',
      /4 tablets a day \(40 mg oxycodone\) is 60 MME\/day/,
      /Percocet 1,300 mg\/day/,
    ],
  ])('%s: %s', (_style, text, mme, apap) => {
    const { last } = run(text);
    expect(last).toMatch(mme);
    expect(last).toMatch(apap);
    expect(last).not.toMatch(/dose or frequency not given|not recorded/);
  });

  it('"takes 5 a day of the 7.5/325" mid-case: the strength said with the count replaces the one held', () => {
    const { last, facts } = run('58M CLBP 1 yr, no red flags, on percocet 5/325', 'takes 5 a day of the 7.5/325');
    expect(last).toMatch(/Percocet 7\.5\/325, 5 tablets a day \(37\.5 mg oxycodone\) is 56\.3 MME\/day/);
    expect(facts?.medications).toContainEqual(
      expect.objectContaining({ drug: 'oxycodone', doseMg: 7.5, timesPerDay: 5, acetaminophenMg: 325 }),
    );
  });
});

describe('a strength with no regimen: how many tablets a day is asked, then counted', () => {
  it.each([
    [
      'UK, "now"',
      '70F chronic back pain 2 years, no red flags, co-codamol 30/500 now',
      'Co-codamol 30/500',
      '8',
      /36 MME\/day/,
      /4,000 mg\/day/,
    ],
    [
      'US, "on"',
      '58M CLBP 1 yr, no red flags, on Norco 10/325',
      'Norco 10/325',
      'about 6 a day',
      /60 MME\/day/,
      /1,950 mg\/day/,
    ],
    [
      'a regimen reply',
      '58M CLBP 1 yr, no red flags, on Norco 10/325',
      'Norco 10/325',
      '2 tabs q6h',
      /80 MME\/day/,
      /2,600 mg\/day/,
    ],
    [
      'said of the patient',
      '64F LBP 2 yrs, no red flags, percocet 5/325',
      'Percocet 5/325',
      'she takes 4/day',
      /30 MME\/day/,
      /1,300 mg\/day/,
    ],
    [
      'as needed, at the most',
      '58M CLBP 1 yr, no red flags, on Norco 10/325',
      'Norco 10/325',
      '1-2 q4-6h prn, max 6/day',
      /at most 60 mg hydrocodone a day[^\n]*60 MME\/day/,
      /up to 1,950 mg\/day/,
    ],
  ])('%s', (_style, opening, tablet, reply, mme, apap) => {
    const { replies, last } = run(opening, reply);
    expect(replies[0]).toContain(`${tablet}: how many tablets a day? No MME until then`);
    expect(replies[0]).not.toMatch(/dose or frequency not given|not recorded/);
    expect(last).toMatch(mme);
    expect(last).toMatch(apap);
  });

  it('the count is never computed from the strength alone', () => {
    const { facts } = run('70F chronic back pain 2 years, no red flags, co-codamol 30/500 now');
    const med = facts?.medications.find((m) => m.drug === 'codeine');
    expect(med?.timesPerDay).toBeUndefined();
    expect(med?.mostDailyMg).toBeUndefined();
  });
});

describe('contrasts that must not change', () => {
  it('a regimen with how often: tablets a dose times doses a day, as before', () => {
    expect(run('58M CLBP, no red flags, Percocet 10/325 2 tabs q6h').last).toMatch(/is 120 MME\/day \(factor 1\.5\)/);
  });

  it('"2 tabs daily" keeps its literal reading: two tablets once a day', () => {
    const { facts } = run('58M CLBP 1 yr, no red flags, ibuprofen 400 mg 2 tabs daily, no relief');
    expect(facts?.medications).toContainEqual(
      expect.objectContaining({ drug: 'ibuprofen', doseMg: 800, timesPerDay: 1 }),
    );
  });

  it('a number alone answers a pending question that asks a number (age, ODI, weeks), not the tablets', () => {
    const { facts } = run('58M CLBP 1 yr, no red flags, on Norco 10/325');
    expect(facts).toBeDefined();
    for (const key of ['age', 'oswestry', 'weeksOptimizedTherapy'] as const)
      expect(tabletDetailAnswer('6', facts!, key, AT)).toBeUndefined();
    expect(tabletDetailAnswer('6 a day', facts!, 'age', AT)).toMatchObject({ doseMg: 10, timesPerDay: 6 });
    expect(tabletDetailAnswer('6', facts!, 'nsaidTrial', AT)).toMatchObject({ doseMg: 10, timesPerDay: 6 });
  });

  it('a reply that is not a count (a pain score, weeks) leaves the product unread', () => {
    for (const reply of ['pain 6/10', '6 weeks']) {
      const { facts } = run('58M CLBP 1 yr, no red flags, on Norco 10/325', reply);
      const med = facts?.medications.find((m) => m.drug === 'hydrocodone');
      expect(med?.timesPerDay).toBeUndefined();
    }
  });

  it('"6 a day" with two combination products held and none named is not guessed', () => {
    const { facts } = run('58M CLBP 1 yr, no red flags, on Norco 10/325 and Tylenol #3', '6 a day');
    for (const m of facts?.medications ?? []) expect(m.timesPerDay).toBeUndefined();
  });
});
