import { describe, expect, it } from 'vitest';
import { OPIOID_ADDED } from '../../dialogs/answers/opioid-increase.js';
import { converse } from '../helpers/conversation.js';

/**
 * Class: an increase of one opioid asked while the patient takes another (tramadol, codeine, a combination tablet),
 * in a quick question or mid-case. MME is summed across every opioid taken (clinical-reference.md section 4): the
 * answer gives the raised opioid's MME now and proposed, each other opioid's, and the totals now and proposed; the
 * headline, the thresholds and naloxone are weighed on the proposed total.
 */
let n = 0;
const reply = (turns: string[]): string => converse(turns, { key: `inc-others-${n++}` }).replies.join('\n');

describe('an opioid raised beside another: the totals sum every opioid', () => {
  it.each([
    ['terse arrow', 'on tramadol 50 qds and oxy 10 bd -> 20 bd?', 'tramadol 200 mg/day x 0.2 = 40', 70, 100],
    ['NP shorthand', 'pt on tramadol 50mg qds. up the oxycodone 10 bd to 20 bd?', 'tramadol 200 mg/day', 70, 100],
    [
      'GP chatty',
      "hi, lovely lady on tramadol 50 four times a day plus oxycodone 5mg twice a day, I'm thinking of increasing the oxycodone to 10mg twice a day, what would her MME be?",
      'tramadol 200 mg/day',
      55,
      70,
    ],
    [
      'UK combination tablet',
      'on co-codamol 30/500 2 qds, oxy 10 bd -> 20 bd?',
      'codeine 240 mg/day x 0.15 = 36',
      66,
      96,
    ],
    [
      'pharmacist',
      'Rx oxycodone 20mg bd (up from 10mg bd), also on tramadol 50mg qds - ok to dispense?',
      'tramadol 200 mg/day',
      70,
      100,
    ],
    [
      'AU, codeine',
      'on codeine 60 qid, can we increase her oxycodone from 10 mg bd to 20 mg bd?',
      'codeine 240 mg/day',
      66,
      96,
    ],
  ])('%s', (_style, q, other, now, proposed) => {
    const text = reply([q]);
    expect(text.split('\n')[0]).toMatch(new RegExp(`increase: ${now} to ${proposed} MME/day, all opioids`));
    expect(text).toContain(other);
    expect(text).toContain(`now ${now} MME/day, proposed ${proposed} MME/day`);
    expect(text).toContain(`Naloxone (${proposed} MME/day`);
  });

  it('mid-case: the opioids the case records count too', () => {
    const text = reply([
      '65F chronic LBP, on codeine 30mg qds and oxycodone 10mg bd',
      'can I increase oxycodone to 20 bd?',
    ]);
    expect(text).toContain('increase: 48 to 78 MME/day, all opioids');
    expect(text).toContain('codeine 120 mg/day x 0.15 = 18 MME/day, as the case records it');
    expect(text).not.toMatch(/increase: 30 to 60/);
  });

  it('one opioid alone keeps its own MME, no totals line', () => {
    const text = reply(['oxy 10 bd -> 20 bd?']);
    expect(text).toContain('increase: 30 to 60 MME/day');
    expect(text).not.toMatch(/all opioids|Also taken/);
  });

  it.each([
    // which opioid "it" is, is not said: no increase is guessed
    'oxycodone 10 bd and tramadol 50 qds, double it?',
    // a total asked, no increase
    'tramadol 50 qds and oxycodone 10 bd, total MME?',
    // a swap is not an increase
    'switch tramadol 50 qds to oxycodone 5 bd?',
    // said done, not asked
    'on tramadol 50 qds, oxycodone went up from 10 bd to 20 bd last month, MME?',
  ])('not an increase answer: %s', (q) => {
    expect(reply([q])).not.toMatch(/increase: \d+ to \d+/);
  });
});

describe('an opioid to add is not one taken', () => {
  it.each([
    [OPIOID_ADDED.example, OPIOID_ADDED.counter],
    ['up the oxycodone to 20 bd and start tramadol 50 qds?', 'up the oxycodone to 20 bd, she takes tramadol 50 qds?'],
  ])('%s / not: %s', (example, counter) => {
    expect(OPIOID_ADDED.re.test(example.slice(0, example.search(/morphine|tramadol/)))).toBe(true);
    expect(OPIOID_ADDED.re.test(counter.slice(0, counter.search(/tramadol/)))).toBe(false);
    expect(reply([example])).not.toMatch(/Also taken/);
    expect(reply([counter])).toMatch(/Also taken:\*\* tramadol/);
  });
});
