import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * Monitoring questions and topics partly or wholly outside the two sources: the answer says plainly what the sources
 * do not give, never a figure of its own, quotes what they do give and offers the nearest covered step. Covered
 * questions with similar words keep their answers.
 */
const say = (...texts: string[]): string => converse(texts).replies.at(-1) ?? '';

const ADJUSTMENT_INTERVAL = 'every 2-4 weeks during medication adjustments';
const OPIOID_INTERVAL = 'within 1-4 weeks';
/** A review interval or length of treatment the sources do not give, stated as if they did. */
const INVENTED_INTERVAL =
  /every \d+(?:-\d+)? months|(?:every|each) (?:year|6 months|3 months)|for (?:at least )?\d+ months/;

describe('a patient stable on a medicine: no interval in the sources, the change intervals quoted', () => {
  it.each([
    ['GP chatty', 'stable on naproxen 5 months, how often do I review?'],
    ['GP', 'pt been on duloxetine 60 for a year, doing well. how often should I see her?'],
    ['NP shorthand', 'F/u freq for pt stable on cymbalta 60?'],
    ['terse', 'stable on tramadol 50 tds for a year - review how often?'],
    ['AU', "Mate's been on Lyrica for 2 years, stable - how often should we be seeing him?"],
    ['dictated', 'she is stable on duloxetine sixty milligrams comma how often should I review her question mark'],
    ['EHR paste', 'Dx chronic LBP. Meds: naproxen 500 mg BID - doing well. Plan: review frequency?'],
    ['long-term opioid', 'how often to follow up patients on opioids long term?'],
  ])('%s: %s', (_style, q) => {
    const text = say(q);
    expect(text).toContain('they give no review interval for a patient stable on a medicine');
    expect(text).toContain(ADJUSTMENT_INTERVAL);
    expect(text).not.toMatch(INVENTED_INTERVAL);
  });

  it.each([
    ['titration', 'how often to reassess during titration?', ADJUSTMENT_INTERVAL],
    ['after a change', 'when do I see her again after starting duloxetine?', ADJUSTMENT_INTERVAL],
    [
      'a change said with stable',
      'stable on duloxetine, how often should I review after I increase it to 60?',
      ADJUSTMENT_INTERVAL,
    ],
    ['opioid start', 'reassess after starting an opioid?', OPIOID_INTERVAL],
    ['opioid increase', 'when to reassess after an opioid dose increase?', OPIOID_INTERVAL],
    ['tramadol start', 'just started tramadol, when should I reassess?', OPIOID_INTERVAL],
  ])('contrast: a change asked keeps its interval (%s): %s', (_name, q, interval) => {
    const text = say(q);
    expect(text).toContain(interval);
    expect(text).not.toContain('no review interval');
  });
});

describe('how long to keep a medicine that works: not given, the nearest rules quoted', () => {
  it.each([
    ['GP chatty', 'duloxetine working, how long do I keep her on it?'],
    ['NP shorthand', 'how long should pt stay on duloxetine'],
    ['terse', 'naproxen helping, how many months do I continue?'],
    ['UK', 'how long can he stay on naproxen?'],
    ['lay', "how long does she need to stay on the duloxetine now it's working?"],
    ['stopping', 'when can I try to stop duloxetine once pain is controlled?'],
    ['stopping, cue first', 'pain well controlled on duloxetine - when should we think about stopping?'],
  ])('%s: %s', (_style, q) => {
    const text = say(q);
    expect(text).toContain('they give no length of treatment for a medicine that works');
    expect(text).not.toMatch(INVENTED_INTERVAL);
  });

  it('the guideline row quotes the pitfall and the reassessment', () => {
    const text = say('duloxetine working, how long do I keep her on it?');
    expect(text).toContain('Do not continue ineffective medications indefinitely');
    expect(text).toContain(ADJUSTMENT_INTERVAL);
  });

  it.each([
    ['adequate trial', 'how long is an adequate trial of duloxetine?', 'at least 4 weeks'],
    ['non-drug', 'how long should she keep doing acupuncture?', 'no length for a trial of a non-drug therapy'],
    [
      'an opioid without gain',
      'on oxycodone 3 weeks, no change in function - keep going?',
      'stop if function does not improve',
    ],
    ['when to stop an opioid', 'when should we stop the oxycodone?', 'stop if function does not improve'],
    ['stopping a gabapentinoid', 'when can I stop the gabapentin?', 'taper over at least 1 week'],
  ])('contrast: %s keeps its answer: %s', (_name, q, kept) => {
    const text = say(q);
    expect(text).toContain(kept);
    expect(text).not.toContain('no length of treatment for a medicine that works');
  });
});

describe('urine drug testing and pill counts: not in the sources; what they name for opioid monitoring', () => {
  it.each([
    ['GP chatty', 'should I do a urine drug screen before starting opioids?'],
    ['terse', 'UDS before oxycodone?'],
    ['NP shorthand', 'random urine tox for pts on oxycodone - how often?'],
    ['GP', 'should I do a UDS on my chronic opioid patients?'],
    ['pharmacist', 'Rx tramadol 50 q6h, is a urine drug test required before dispensing?'],
    ['pill counts', 'does the pathway say anything about pill counts?'],
    ['dictated', 'do I need to do a drug screen before starting tramadol question mark'],
  ])('%s: %s', (_style, q) => {
    const text = say(q);
    expect(text).toContain('they do not mention urine drug testing or pill counts');
    expect(text).toContain('Do a thorough risk assessment');
    expect(text).toContain('treatment agreement');
    expect(text).toContain('prescription drug monitoring programme');
  });

  it.each(['should I screen for substance use before starting opioids?', 'PDMP before tramadol, required?'])(
    'contrast: what the sources name keeps its answer: %s',
    (q) => {
      expect(say(q)).not.toContain('urine drug testing');
    },
  );

  it.each([
    'check PDMP before tramadol?',
    'do I need to check the prescription monitoring program before starting an opioid?',
  ])('the PDMP is answered from the reference: %s', (q) => {
    expect(say(q)).toContain('check the prescription drug monitoring programme');
  });
});

describe('topical NSAIDs and gastroprotection: not in the sources, then the NSAID lines', () => {
  it.each([
    ['terse', 'voltaren gel for back pain?'],
    ['GP', 'topical diclofenac gel ok?'],
    ['UK', 'ibuprofen gel on the back, any use?'],
    ['NP shorthand', 'topical NSAID instead of oral?'],
  ])('%s: %s', (_style, q) => {
    const text = say(q);
    expect(text).toContain('they give no advice on topical NSAIDs');
    expect(text).toMatch(/naproxen/i);
  });

  it.each([
    ['terse', 'PPI with naproxen?'],
    ['UK', 'should he have omeprazole cover with the naproxen?'],
    ['pharmacist', 'Rx naproxen 500 bid + pantoprazole, ok to dispense?'],
  ])('%s: %s', (_style, q) => {
    const text = say(q);
    expect(text).toContain('they give no advice on gastroprotection');
    expect(text).toContain('GI bleed');
  });

  it.each(['voltaren 50 mg tds for back pain?', 'naproxen with a history of GI bleed?', 'naproxen dose?'])(
    'contrast: %s',
    (q) => {
      const text = say(q);
      expect(text).not.toContain('topical NSAIDs');
      expect(text).not.toContain('gastroprotection');
    },
  );
});

describe('other treatments neither source names: not covered, with the nearest covered step', () => {
  it.each([
    ['lidocaine', 'lidocaine 5% patch ok for axial LBP?', 'lidocaine patches'],
    ['capsaicin', 'capsaicin cream?', 'lidocaine patches, capsaicin'],
    ['UK brand', 'versatis plasters for his back?', 'lidocaine patches'],
    ['bed rest', 'is bed rest ok?', 'bed rest'],
    ['trigger points', 'trigger point injections?', 'trigger point injections'],
  ])('%s: %s', (_name, q, topic) => {
    const text = say(q);
    expect(text).toContain(`This pathway does not cover ${topic}`);
    expect(text).toContain('The nearest it covers');
  });

  it.each([
    ['epidural', 'epidural steroid injection for back pain?', 'epidural steroid injections for radicular pain'],
    ['exercise', 'what exercise is best for chronic LBP?', 'Exercise'],
  ])('contrast: covered topics keep their answer (%s)', (_name, q, kept) => {
    const text = say(q);
    expect(text).toContain(kept);
    expect(text).not.toContain('This pathway does not cover');
  });
});

describe('tramadol stopped or tapered: the opioid rules, no schedule of its own', () => {
  it.each([
    ['terse', 'taper schedule for tramadol', true],
    ['GP', 'how do I stop tramadol?', false],
    ['NP shorthand', 'how fast can I wean tramadol?', true],
    ['AU', 'want to get her off the tramadol, how?', false],
  ])('%s: %s', (_style, q, rateAsked) => {
    const text = say(q);
    expect(text).toContain('Do not stop opioids abruptly or taper rapidly');
    if (rateAsked) expect(text).toContain('no taper rate or schedule');
    expect(text).not.toMatch(/\d+ ?% (?:a|per|each)/);
  });

  it.each(['just started tramadol, when should I reassess?', 'tramadol dose?'])('contrast: %s', (q) => {
    expect(say(q)).not.toContain('Stopping or tapering tramadol');
  });
});

describe('schedules the sources do not give: the PDMP and the questionnaires', () => {
  it.each([
    ['how often should I check the PDMP?', 'no schedule for checking the prescription drug monitoring programme'],
    ['PMP - how frequently?', 'no schedule for checking the prescription drug monitoring programme'],
    ['how often should I do ODI?', 'no schedule for repeating a questionnaire or score'],
    ['how often to repeat STarT Back?', 'no schedule for repeating a questionnaire or score'],
  ])('%s', (q, none) => {
    expect(say(q)).toContain(none);
  });

  it.each(['PDMP before tramadol, required?', 'ODI 40 to 28, meaningful?'])('contrast: %s', (q) => {
    expect(say(q)).not.toContain('No figure in the sources');
  });
});
