import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';
import { GUIDELINE_INTENTS } from '../../dialogs/answers/guideline-intents.js';
import { INCREASE_ROWS } from '../../dialogs/answers/opioid-increase.js';

const reply = (text: string): string => ask(text).join('\n\n');

describe('a patient expecting no pain: functional goals, modest pain reduction (never a dead end)', () => {
  it.each([
    'pt expects to be pain free, how do I set expectations?',
    'My patient keeps saying she wants zero pain before she goes back to work. What should the goal be?',
    'pt wants 0/10 pain - realistic?',
    'dictated: patient expects complete resolution of pain with medication comma what are realistic goals period',
    "he's hoping duloxetine will get rid of the pain completely, is that realistic?",
    'NP note: pt insists on no pain at all before RTW. counsel?',
  ])('%s', (q) => {
    const text = reply(q);
    expect(text).toContain('rather than complete pain elimination');
    expect(text).toContain('modest pain reduction, not elimination');
    expect(text).not.toMatch(/Which part of the pathway|Did you mean/);
  });

  it('row example reaches the row', () => {
    const row = GUIDELINE_INTENTS.find((r) => r.name === 'pain-free-expectation');
    expect(row && reply(row.example)).toContain('rather than complete pain elimination');
  });

  it.each([
    ['pain free after two weeks of naproxen, stop it?', 'Naproxen'],
    ['no pain on straight leg raise, MRI?', 'Imaging'],
  ])('an outcome or a sign, not a wish, keeps its answer: %s', (q, title) => {
    const text = reply(q);
    expect(text).toContain(`**${title}`);
    expect(text).not.toContain('Expecting no pain');
  });
});

describe('codeine shorthand: T3s, T4s, Tylenol #4 are codeine/acetaminophen 30/300 and 60/300', () => {
  it.each([
    ["T4s 2 q6h, what's the MME?", '480 mg codeine and 2,400 mg acetaminophen', '72 MME/day'],
    ['pt takes T4s, two every six hours, how many MME is that', '480 mg codeine', '72 MME/day'],
    ['tylenol 4 x2 q6h ok?', '480 mg codeine and 2,400 mg acetaminophen', '72 MME/day'],
    ['Rx Tylenol #4s 2 tabs q6h - ok to dispense?', '480 mg codeine', '72 MME/day'],
    ['T3s 2 qid mme?', '240 mg codeine and 2,400 mg acetaminophen', '36 MME/day'],
    ['norco 10/325 x2 q6h mme?', '80 mg hydrocodone', '80 MME/day'],
  ])('%s', (q, tablets, mme) => {
    const text = reply(q);
    expect(text).toContain(tablets);
    expect(text).toContain(mme);
  });

  it('acetaminophen from another product is added to the total', () => {
    const text = reply('Rx Tylenol #4 2 tabs q6h prn - ok to dispense? also taking tylenol ES 1g tds');
    expect(text).toContain('5,400 mg/day');
    expect(text).toContain('4,000 mg/day');
  });

  it.each(['on T4 100 mcg daily, can she take naproxen?', 'T3 level normal, duloxetine ok?'])(
    'the bare T3/T4 (thyroid) is not codeine: %s',
    (q) => {
      expect(reply(q)).not.toMatch(/codeine/i);
    },
  );
});

describe('two opioids at once (often two prescribers): the MME total and the PDMP', () => {
  it.each([
    ['pt has oxycodone 10 bd from surgeon and morphine ER 30 bd from GP, ok to dispense?', '90 MME/day'],
    ['Rx: hydromorphone 2 mg q4h (Dr A) and Percocet 5/325 1 q6h (Dr B) - total MME? ok to fill?', '90 MME/day'],
    ['two scripts - tramadol 50 qid from urgent care + oxycodone 5 q6h from GP. mme?', '70 MME/day'],
  ])('%s', (q, total) => {
    const text = reply(q);
    expect(text).toContain(total);
    expect(text).toContain('check the prescription drug monitoring programme');
  });

  it('one opioid keeps its short answer', () => {
    expect(reply('oxycodone 10 bd mme')).not.toContain('monitoring programme');
  });
});

describe('a proposed increase of the opioid taken: the MME now and after, reassess, naloxone', () => {
  it.each([
    ['on oxycodone 10 bd, want to go to 20 bd - ok?', 'Oxycodone increase: 30 to 60 MME/day'],
    ['increase oxycodone from 10 mg bd to 20 mg bd?', 'Oxycodone increase: 30 to 60 MME/day'],
    ['oxycodone 10mg bid, thinking of increasing to 20mg bid, new MME?', 'Oxycodone increase: 30 to 60 MME/day'],
    ['Pt on morphine IR 10 mg q6h. Can I titrate up to 15 mg q6h?', 'Morphine increase: 40 to 60 MME/day'],
    [
      'dictated: on tapentadol fifty milligrams twice daily comma considering going up to one hundred twice daily question mark',
      'Tapentadol increase: 40 to 80 MME/day',
    ],
  ])('%s', (q, title) => {
    const text = reply(q);
    expect(text).toContain(title);
    expect(text).toContain('reassess within 1-4 weeks of starting or of any dose increase');
    expect(text).toContain('stop if function does not improve meaningfully');
    expect(text).toContain('Offer naloxone');
  });

  it.each(INCREASE_ROWS.map((r) => [r.example, r.counter] as const))('row: %s / not: %s', (example, counter) => {
    expect(reply(example)).toMatch(/ increase: \d+ to \d+ MME\/day/);
    expect(reply(counter)).not.toMatch(/ increase: \d+ to/);
  });

  it.each([
    'reduce oxycodone from 20 mg bd to 10 mg bd?',
    'gabapentin 300 tds, increase to 600 tds?',
    'oxycodone 10 bd - increase to 20 bd and add morphine 10 q6h?',
  ])('a reduction, a non-opioid or two opioids is not this answer: %s', (q) => {
    expect(reply(q)).not.toMatch(/ increase: \d+ to/);
  });
});

describe('opioid follow-ups: no gain is not a higher dose; after a failed opioid, refer; no stronger opioid by default', () => {
  it.each([
    '3 month review on oxycodone, no functional gain, pt asking to go up. thoughts?',
    'morphine not improving her function at the 3 month review - she wants to increase. reasonable?',
  ])('no functional gain, higher dose asked: %s', (q) => {
    const text = reply(q);
    expect(text).toContain('No functional gain on an opioid: not a higher dose');
    expect(text).toContain('stop if function does not improve meaningfully');
    expect(text).toContain('Do not stop opioids abruptly');
  });

  it.each([
    'opioid trial failed, now tapering - what next?',
    'NP: oxycodone not helping, weaning him off. what next?',
    "we're tapering the oxy - where do we go from here?",
  ])('after a failed opioid: %s', (q) => {
    const text = reply(q);
    expect(text).toContain('Do not stop opioids abruptly');
    expect(text).toContain('multidisciplinary pain centre or pain specialist');
  });

  it.each([
    'tried NSAIDs, duloxetine, tramadol - all failed. stronger opioid?',
    'GP here, she has been through naproxen, cymbalta and tramadol with no joy - is it time for something stronger?',
  ])('a stronger opioid: %s', (q) => {
    const text = reply(q);
    expect(text).toContain('Consider opioids only after documented failure');
    expect(text).toContain('multidisciplinary pain centre or pain specialist');
    expect(text).not.toContain('Tramadol 50-100 mg every 6-8 hours is a reasonable second-line option');
  });

  it.each([
    ['how do I taper opioids?', 'Stopping or tapering opioids'],
    ["tramadol isn't helping his function after 4 weeks, what now?", 'Stopping or tapering opioids'],
    ['oxycodone for 3 weeks, no change in function: continue or stop?', 'Continue an opioid only if function'],
  ])('the neighbouring rows keep their answers: %s', (q, title) => {
    expect(reply(q)).toContain(`**${title}`);
  });
});

describe('acetaminophen beside another drug: the pair unchecked, its adjunct place and 4 g maximum said', () => {
  it.each([
    'can she take paracetamol with her duloxetine?',
    'on cymbalta 60 - ok to add tylenol?',
    'pharmacist: acetaminophen alongside duloxetine 60 daily, any issue?',
  ])('%s', (q) => {
    const text = reply(q);
    expect(text).toContain('it may be used as an adjunct');
    expect(text).toContain('Adult maximum 4,000 mg/day');
  });

  it('a pair with a finding and no acetaminophen is unchanged', () => {
    expect(reply('duloxetine with tramadol?')).not.toContain('adjunct');
  });
});

describe('one non-drug therapy asked as enough before an opioid: multiple are needed', () => {
  it.each([
    "He's only had physio once a fortnight for 6 weeks, is that enough before opioids?",
    'UK GP: 6 sessions of physio, nothing else. Is that sufficient before I consider oxycodone?',
    'dictated: she has done a few weeks of massage comma is that enough before we start an opioid question mark',
  ])('%s', (q) => {
    const text = reply(q);
    expect(text).toContain('Before opioids: multiple non-drug therapies, not one');
    expect(text).toContain('and to multiple non-drug therapies');
  });

  it.each([
    ['tried naproxen and duloxetine but never any physio or exercise: oxycodone now?', 'Not yet: the opioid gate'],
    ['is 40 mg of oxycodone a day enough to be opioid-tolerant?', 'Opioid-tolerant'],
  ])('contrast keeps its answer: %s', (q, title) => {
    expect(reply(q)).toContain(`**${title}`);
  });
});
