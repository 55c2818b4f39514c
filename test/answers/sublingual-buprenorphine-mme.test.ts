import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * Class: sublingual buprenorphine (with or without naloxone: Suboxone, Subutex, "bup/nal", "buprenorphine naloxone")
 * asked for its MME, in dictated voice too ("m m e", "m.m.e.", "question mark"): no dead end. The reference's own
 * statement (section 4: no factor, partial agonist; nothing computed) and its naloxone rule, whose risk factors
 * include a history of substance use disorder or overdose.
 */
let n = 0;
const answer = (q: string): string => converse([q], { key: `sl-bup-mme-${n++}` }).replies[0] ?? '';

describe('sublingual buprenorphine MME', () => {
  it.each([
    ['dictated', 'patient on suboxone eight milligrams daily full stop what is her m m e question mark'],
    [
      'dictated, dotted letters',
      'she takes buprenorphine naloxone eight milligrams sublingual daily full stop what is her m.m.e. question mark',
    ],
    ['pharmacist', 'Rx Subutex 8 mg SL daily - MME? ok to dispense?'],
    ['NP shorthand', 'bup/nal 16 mg daily, MME?'],
    ['terse', 'pt on bupe/naloxone 8/2 film bd, what is her MME'],
  ])('%s: %j', (_style, q) => {
    const text = answer(q);
    expect(text).toMatch(/no CDC 2022 MME factor/);
    expect(text).toMatch(/Naloxone:\*\* Offer naloxone when risk factors are present/);
    expect(text).not.toMatch(/mg\/day x [\d.]+ = /);
  });

  it('a full agonist is unchanged: its MME, no bare naloxone line below 50', () => {
    const text = answer('oxycodone 5 mg bid, MME?');
    expect(text).toMatch(/15 MME\/day/);
    expect(text).not.toMatch(/Naloxone/);
  });
});
