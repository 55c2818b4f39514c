import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';
import { findDrugs } from '../../src/clinical/language/find-drugs.js';

/**
 * Guideline questions read for what they ask (round g4): the NSAID class word naming the patient's own NSAID, the
 * eye finding "narrow angles", trial adequacy and chronicity asked in a sentence, uncovered procedures, naloxone
 * with a benzodiazepine, and who a spinal cord stimulator referral goes to. Varied clinician styles on purpose.
 */
const reply = (text: string) => ask(text).join('\n\n');

describe('the NSAID class word refers back to the named NSAID', () => {
  it.each([
    "he takes ibuprofen OTC when bad and says it doesn't work - does that count as NSAID failure before tramadol?",
    'pt on naproxen 250 prn, NSAID trial a bust, tramadol next?',
    'Tried ibuprofen, the NSAID did nothing. Tramadol?',
    'advil otc comma is that an adequate nsaid course full stop',
  ])('%s: no second NSAID, no "two NSAIDs" warning', (q) => {
    expect(findDrugs(q.toLowerCase()).map((m) => m.drug)).not.toContain('other-nsaid');
    expect(reply(q)).not.toMatch(/two NSAIDs|Other NSAID/i);
  });
  it.each([
    'on naproxen and another NSAID from the chemist',
    'ibuprofen plus an NSAID gel? two nsaids ok?',
    'failed NSAIDs (naproxen, meloxicam)',
  ])('%s: a second NSAID or a list head stays', (q) => {
    expect(findDrugs(q.toLowerCase()).map((m) => m.drug)).toContain('other-nsaid');
  });
});

describe('narrow angles rule duloxetine out', () => {
  it.each([
    'her ophthalmologist says she has uncontrolled narrow angles - can I start duloxetine?',
    'narrow angles on last eye review, ok for cymbalta?',
    'Dear Dr, re duloxetine: optom notes angle closure risk. Suitable?',
  ])('%s', (q) => {
    const r = reply(q);
    expect(r).toMatch(/not for this patient/);
    expect(r).toMatch(/narrow-angle glaucoma/);
  });
  it('controlled narrow angles after laser are not the avoid rule', () => {
    expect(reply('narrow angles, treated with laser iridotomy - duloxetine ok?')).not.toMatch(/not for this patient/);
  });
});

describe('trial adequacy asked in a sentence', () => {
  it.each([
    'pt on dulox 30 x 6/52, no better -> counts as failed?',
    'ibuprofen 200mg x2 when bad - does that count as an adequate trial?',
    'Naproxen 250 bd for a fortnight. Would that count as NSAID failure?',
  ])('%s', (q) => {
    const r = reply(q);
    expect(r).toMatch(/adequate trial/i);
    expect(r).toMatch(/at least 4 weeks/);
  });
});

describe('pain under 12 weeks is not yet chronic', () => {
  it.each([
    '5 wks LBP, ibuprofen failed, start duloxetine per pathway?',
    'Back pain for 3 weeks, naproxen not helping, what next?',
    'LBP x 4/52 - escalate to duloxetine?',
    '10 days of low back pain, nothing working',
    'two months of back pain comma failed ibuprofen comma next step',
  ])('%s', (q) => {
    const r = reply(q);
    expect(r).toMatch(/not (?:yet )?chronic/i);
    expect(r).toMatch(/more than 12 weeks/);
  });
  it('a trial duration is not the pain duration', () => {
    expect(reply('LBP 2 years, ibuprofen 6 weeks failed, what next?')).not.toMatch(/not yet chronic/);
  });
});

describe('injections and ablations neither source covers', () => {
  it.each([
    ['botulinum toxin injections into the paraspinal muscles?', /botulinum toxin/],
    ['would botox help his back spasm', /botulinum toxin/],
    ['radiofrequency denervation for facet pain?', /radiofrequency denervation/],
    ['RFA of medial branches worth it?', /radiofrequency denervation/],
    ['ozone injection for her disc?', /ozone/],
    ['prolotherapy any good?', /prolotherapy/],
    ['PRP injection into the SI joint?', /platelet-rich plasma/],
  ])('%s', (q, topic) => {
    const r = reply(q);
    expect(r).toMatch(/does not cover/);
    expect(r).toMatch(topic);
    expect(r).not.toMatch(/Epidural steroid injections and other procedures/);
  });
  it('epidurals are still answered', () => {
    expect(reply('epidural injections?')).toMatch(/Epidural steroid injections/);
  });
});

describe('a benzodiazepine with an opioid: naloxone is offered', () => {
  it.each([
    'She takes clonazepam at night - ok to start a low dose opioid?',
    'on diazepam 5 nocte, starting tramadol?',
    'benzodiazepines?',
  ])('%s', (q) => expect(reply(q)).toMatch(/naloxone/i));
});

describe('spinal cord stimulation: who the referral goes to', () => {
  it.each([
    'spinal cord stimulation - can I just refer her for one or does she need the pain service first?',
    'SCS referral?',
    'can GP refer direct for a stimulator',
  ])('%s', (q) => expect(reply(q)).toMatch(/pain specialist or multidisciplinary pain centre/));
});
