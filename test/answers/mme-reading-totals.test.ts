import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * Class: the MME and acetaminophen reading of a quick question (clinical-reference.md section 4): tablets a dose in
 * any notation ("ii po", "1/2 tab", "x 8/day"), a companion's or a stopped opioid never counted, a 72-hour patch in
 * mcg/hr read as the fentanyl patch, and the prescription's maximum as the total with the stated use beside it.
 */
let n = 0;
const answer = (q: string): string => converse([q], { key: `mme-reading-${n++}` }).replies[0] ?? '';
const headline = (q: string): string => answer(q).split('\n')[0] ?? '';

describe('tablets a dose in any notation', () => {
  it.each([
    [
      'EHR sig, roman count with route',
      'Norco 10-325 ii po q6h prn. MME?',
      'Total 80 MME/day',
      '2,600 mg acetaminophen',
    ],
    ['pharmacist', 'Rx Percocet 10/325 i p.o. q4h prn - MME ok to dispense?', 'Total 90 MME/day', '1,950 mg'],
    ['NP shorthand, by mouth', 'tylenol #3 2 by mouth q6h, mme', 'Total 36 MME/day', '2,400 mg'],
    ['GP chatty, half a tablet', 'oxycodone 5mg, takes 1/2 tab bid. MME?', 'Total 7.5 MME/day', '0.5 tablets'],
    ['UK, half a tablet', 'oxycodone 10 mg half a tablet bd, MME please', 'Total 15 MME/day', '10 mg/day'],
    [
      'EHR list, x N/day',
      'takes Percocet 5/325 x 8/day plus extra strength Tylenol 2 tabs tid. total acetaminophen?',
      '5,600 mg',
      '8 tablets/day',
    ],
  ])('%s: %j', (_style, q, head, line) => {
    const text = answer(q);
    expect(text.split('\n')[0]).toContain(head);
    expect(text).toContain(line);
  });

  it('the >= 50 reassess and naloxone lines come with a total read at two tablets a dose', () => {
    const text = answer('Norco 10-325 ii po q6h prn. MME?');
    expect(text).toMatch(/Reassess benefits and risks/);
    expect(text).toMatch(/Naloxone \(80 MME\/day is >= 50\)/);
  });

  it('contrasts: one tablet a dose and a strength are not counts', () => {
    expect(headline('Norco 10-325 po q6h prn. MME?')).toContain('Total 40 MME/day');
    expect(headline('oxycodone 5 mg q6h MME?')).toContain('Total 30 MME/day');
  });
});

describe("a companion's or a stopped opioid is not counted", () => {
  it.each([
    [
      'GP chatty',
      'her husband takes oxycodone 10 qid; she takes tramadol 50 bid. MME?',
      'Total 20 MME/day',
      "husband's",
    ],
    ['terse', 'wife on morphine 30 bid; pt tramadol 50 qid. mme?', 'Total 40 MME/day', "wife's"],
    [
      'NP shorthand, stopped',
      'stopped the norco 10/325 last week, now on tramadol 50 qid. MME?',
      'Total 40 MME/day',
      'stopped',
    ],
    ['dictated, was on', 'MME oxycodone 10 qid, was on morphine 30 bid', 'Total 60 MME/day', 'stopped'],
  ])('%s: %j', (_style, q, head, why) => {
    const text = answer(q);
    expect(text.split('\n')[0]).toContain(head);
    expect(text).toMatch(new RegExp(`Not counted:\\*\\* .*${why}`));
  });

  it('only a companion opioid: no MME, said why (no dead end, no crash)', () => {
    expect(answer('her husband takes oxycodone 10 qid. MME?')).toMatch(/No MME calculated: Oxycodone is her husband's/);
  });

  it("contrast: the patient's own opioids are all counted", () => {
    expect(headline('she takes oxycodone 10 qid and tramadol 50 bid. MME?')).toContain('Total 80 MME/day');
  });
});

describe('a patch described by how often it is changed, with its rate', () => {
  it.each([
    ['GP chatty', 'he wears a patch changed every 3 days, 25 mcg/hr. MME?', 'Total 60 MME/day'],
    ['NP shorthand', 'pt has a patch q72h 50 mcg/hr + oxycodone 5 q6h prn. MME?', 'Total 150 MME/day'],
  ])('%s: %j', (_style, q, head) => {
    const text = answer(q);
    expect(text.split('\n')[0]).toContain(head);
    expect(text).toContain('Read as fentanyl patch');
  });

  it('contrast: another use, or no mcg/hr rate, is not read as fentanyl', () => {
    expect(answer('she wears a patch changed every 3 days for travel sickness. MME?')).not.toContain('fentanyl');
  });
});

describe("the prescription's maximum is the total, the stated use beside it", () => {
  it.each([
    [
      'GP chatty, doses a day',
      'hydrocodone 10 mg q4h, takes it maybe twice a day. MME?',
      "Total 60 MME/day at the prescription's maximum (stated use 20 MME/day",
    ],
    [
      'NP shorthand, times a day',
      'oxycodone 10 mg qid, uses it about 2 times a day - mme',
      "Total 60 MME/day at the prescription's maximum (stated use 30 MME/day",
    ],
    [
      'as-needed range with the use said',
      'oxycodone IR 5 mg 1-2 tabs q6h prn; she actually only uses about 3 tabs a day. MME?',
      "Total 60 MME/day at the prescription's maximum (stated use 22.5 MME/day",
    ],
  ])('%s: %j', (_style, q, head) => {
    expect(headline(q)).toContain(head);
  });

  it('a range of use said of the patient is labelled stated use, not the prescription', () => {
    const text = answer('percocet 5/325 takes 4-5 a day. MME?');
    expect(text).toContain('at the top of the use said (stated use, not a prescription)');
    expect(text).not.toContain("the prescription's maximum");
  });

  it('contrasts: a prescription alone, and a range prescribed, keep their labels', () => {
    expect(headline('hydrocodone 10 mg q4h. MME?')).toBe(
      '**Total 60 MME/day (at or above 50: reassess; offer naloxone)**',
    );
    expect(answer('percocet 5/325 1-2 q6h prn. MME?')).toContain("the prescription's maximum");
  });
});
