import { describe, expect, it } from 'vitest';
import { INCREASE_WISH_ROWS, UP_FROM_ROW } from '../../dialogs/answers/opioid-increase.js';
import { converse } from '../helpers/conversation.js';

/**
 * Class: an opioid increase asked at follow-up without the word "review", quick and mid-case ("function no better. go
 * up to 10/325 qid?", "bump it to 4 a day?", "can I double the tramadol?", "more oxy?"). Function decides (guideline
 * L43: continue only with meaningful improvement in function, not just pain): no functional gain is no higher dose
 * (taper, never abruptly); a gain lets the increase be weighed with its MME now and proposed, reassessment within 1-4
 * weeks of it and the 50/90 MME/day lines (CDC 2022, clinical-reference.md section 4). Tramadol's caps (400 mg/day;
 * 300 over 75; 200 with CrCl < 30) are said with its increase. A first opioid, a plain MME and a reduction keep theirs.
 */
let n = 0;
const reply = (q: string): string => converse([q], { key: `fd20-${n++}` }).replies.join('\n');
const INCREASE_READ = /increase(?: asked)?: |No functional gain on an opioid: not a higher dose/;
const NO_GAIN = 'No functional gain on an opioid: not a higher dose';

describe('the increase rows: each reads its example and not its counter-example', () => {
  it.each([...INCREASE_WISH_ROWS, UP_FROM_ROW].map((r) => [r.example, r.counter] as const))(
    'row: %s / not: %s',
    (example, counter) => {
      expect(reply(example)).toMatch(INCREASE_READ);
      expect(reply(counter)).not.toMatch(INCREASE_READ);
    },
  );
});

describe('no functional gain: not a higher dose, whatever the wording', () => {
  it.each([
    ['terse, strength only', 'function no better. go up to 10/325 qid?'],
    ['tablets a day', "still can't work, pain 6/10 on percocet 5/325 tds - bump it to 4 a day?"],
    ['ODI, double', 'ODI same as last month, can I double the tramadol?'],
    ['EHR paste, ODI worse', 'Meds: oxycodone IR 10 mg q6h prn\nAssessment: ODI 42 -> 44. Plan: increase oxycodone?'],
    ['UK, double it', 'ODI unchanged, pt on tramadol 50 mg qds, can we double it?'],
    ['GP chatty', 'still not back at work on norco - ok to increase her norco?'],
    ['pharmacist', 'Rx: Norco 10/325 qid (up from 5/325 qid). Pt reports no functional improvement. ok to dispense?'],
  ])('%s: %j', (_style, q) => {
    const text = reply(q);
    expect(text).toContain(NO_GAIN);
    expect(text).toContain('stop if function does not improve meaningfully');
    expect(text).toContain('Do not stop opioids abruptly');
    expect(text).not.toMatch(/Escalation when initial medications fail|does not cover that|opioid gate is closed/);
  });

  it('the dose taken now is worked out', () => {
    expect(reply("still can't work, pain 6/10 on percocet 5/325 tds - bump it to 4 a day?")).toContain(
      'oxycodone now 22.5 MME/day',
    );
  });
});

describe('function better (or not said): the increase weighed with its MME and cautions', () => {
  it.each([
    ['terse', 'walks further now, pain same, more oxy?', 'Oxycodone increase asked'],
    ['NP shorthand', 'pt on oxy 5 q6h, fxn improved, pain same. incr oxy?', 'now 30 MME/day'],
    [
      'dictated',
      'patient reports walking further period pain unchanged period can we increase the oxycodone question mark',
      'Oxycodone increase asked',
    ],
    [
      'GP chatty',
      "Reviewed him today - he's walking the dog again but the pain's no different. Thinking of bumping his oxycodone 5mg tds up to 10mg tds, reasonable?",
      'Oxycodone increase: 22.5 to 45 MME/day',
    ],
    ['tablets a day', 'walking further on percocet 5/325 tds, bump it to 4 a day?', 'Oxycodone increase: 22.5 to 30'],
    ['double it', 'on tramadol 50 qid, back at work now, can I double the tramadol?', 'Tramadol increase: 40 to 80'],
    ['pharmacist', 'Rx oxycodone 7.5 mg q6h, up from 5 mg q6h - ok to dispense?', 'Oxycodone increase: 30 to 45'],
  ])('%s: %j', (_style, q, title) => {
    const text = reply(q);
    expect(text).toContain(title);
    expect(text).toContain('reassess within 1-4 weeks of starting or of any dose increase');
    expect(text).toContain('stop if function does not improve meaningfully');
    expect(text).toContain('Reassess benefits and risks before raising to >= 50 MME/day');
    expect(text).not.toContain(NO_GAIN);
  });

  it('no new dose given: naloxone and its reasons are said', () => {
    expect(reply('walks further now, pain same, more oxy?')).toContain('Offer naloxone when risk factors are present');
  });

  it('the opioid unnamed, only its strength: the increase rules, no dead end', () => {
    const text = reply('walking further, go up to 10/325 qid?');
    expect(text).toContain('reassess within 1-4 weeks of starting or of any dose increase');
    expect(text).toContain('Offer naloxone');
  });
});

describe('tramadol: an increase says its cap', () => {
  it.each([
    ['no dose given', 'ODI same as last month, can I double the tramadol?', 'maximum 400 mg/day'],
    ['over 75', '82yo on tramadol 100 tds, walking more, go up to 100 qid?', "this patient's maximum of 300 mg/day"],
    ['double past the label', 'tramadol 100 qid, ODI better, double it?', 'above the label maximum of 400 mg/day'],
    ['renal', 'CrCl 25, tramadol 50 bd, walking further - go up to 100 tds?', "this patient's maximum of 200 mg/day"],
    [
      'pharmacist',
      'Rx tramadol 100 mg qid, prescriber wants more tramadol for pt age 80, ok to dispense?',
      'maximum of 300 mg/day',
    ],
  ])('%s: %j', (_style, q, cap) => {
    expect(reply(q)).toContain(cap);
  });
});

describe('mid-case: the opioid the case holds, named or not', () => {
  const CASE =
    '62F chronic LBP 2 yrs, no red flags, failed naproxen, duloxetine and tramadol, PT 12 wks, on oxycodone 5 mg tds started 4 weeks ago';
  const inCase = (q: string): string => converse([CASE, q], { key: `fd20-case-${n++}` }).replies[1] ?? '';

  it.each([
    ['unnamed, no gain', 'function no better. go up to 10 tds?', NO_GAIN],
    ['named, ODI same', 'ODI same as last month, can I double the oxycodone?', 'do not raise oxycodone'],
    ['unnamed, tablets a day', 'walks further now, pain same, bump it to 4 a day?', 'Oxycodone increase: 22.5 to 30'],
    // a new fact of function (back at work): the case hears it and answers the raise
    ['unnamed, double it, a fact said', 'back at work part time, double it?', 'reassess before raising'],
    ['unnamed, double it', 'walking further, double it?', 'Oxycodone increase: 22.5 to 45'],
    ['named, double', 'can I double the oxycodone?', 'Oxycodone increase: 22.5 to 45'],
  ])('%s: %j', (_style, q, expected) => {
    const text = inCase(q);
    expect(text).toContain(expected);
    expect(text).not.toMatch(/Escalation when initial medications fail|opioid gate is closed/);
  });
});

describe('contrasts that keep their answers', () => {
  it('a first opioid is still gated', () => {
    const text = reply('can I start oxycodone?');
    expect(text).toContain('Consider opioids only after documented failure');
    expect(text).not.toMatch(INCREASE_READ);
  });

  it('a plain MME question', () => {
    const text = reply('what is the MME of oxycodone 10 mg tds?');
    expect(text).toContain('Total 45 MME/day');
    expect(text).not.toMatch(INCREASE_READ);
  });

  it.each(['reduce oxycodone to 5 bd?', 'oxycodone 10 bd, reduce to 5 bd?', 'no more oxy, tapering off. what next?'])(
    'a reduction or stop: %s',
    (q) => {
      expect(reply(q)).not.toMatch(INCREASE_READ);
    },
  );

  it('a change made in the past is not asked', () => {
    expect(reply('oxycodone 20 bd, up from 10 bd last month, MME?')).not.toMatch(INCREASE_READ);
  });
});
