import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';
import { getEntry } from '../../src/clinical/knowledge/index.js';

/**
 * Where the pathway applies and what comes first (class 3): pain under 12 weeks asked as "start the pathway?",
 * medicines alone when the patient will not exercise, an imaging finding that does not match the symptoms asked as a
 * surgical referral, and how often to review while a first-line drug is titrated. Several clinician styles, and the
 * contrasts that must not change.
 */
const reply = (text: string) => ask(text).join('\n\n');
const NOT_COVERED = /does not cover/i;
const CHRONIC = getEntry('reading.chronic-pain').text;

describe('under 12 weeks: the pathway is for chronic pain, cited', () => {
  it.each([
    'back pain for about a month, start the pathway?',
    '5/52 LBP, start pathway?',
    "Pt's had back pain for a couple of weeks, can I put her on the pathway",
    'LBP started about six weeks ago - is this pathway for her',
    'low back pain for a fortnight naproxen not touching it start the pathway',
    "G'day, bloke with 3 weeks of back pain, do we start him on the pathway?",
  ])('%s', (q) => {
    const text = reply(q);
    expect(text).toContain('Under 12 weeks');
    expect(text).toContain(CHRONIC);
    expect(text).toMatch(/\[1\]/);
  });

  it('a start date with no length gets the rule, never "not covered"', () => {
    const text = reply('back pain since Easter, start the pathway?');
    expect(text).not.toMatch(NOT_COVERED);
    expect(text).toContain(CHRONIC);
  });

  it('contrast: 6 months of back pain is not told it is too early', () => {
    const text = reply('6 months of back pain, naproxen failed, what next?');
    expect(text).not.toContain('Under 12 weeks');
  });
  it.each([
    'pregabalin 75 mg bd for his feet started 2 months ago - does that change the plan for his back?',
    'chronic LBP 3 yrs; duloxetine started 6 weeks ago, any better by now?',
    'Also found: gabapentin began 10 days ago for shingles pain. Does that matter?',
  ])("contrast: a drug that started recently is not the pain's onset: %s", (q) => {
    expect(reply(q)).not.toContain('Under 12 weeks');
  });
  it('the pain (or "it") as the subject of the onset words is', () => {
    expect(reply('it started about 3 weeks ago, start the pathway?')).toContain('Under 12 weeks');
    expect(reply('onset 4 weeks ago, lower back, is this pathway for her?')).toContain('Under 12 weeks');
  });
  it('contrast: a flare on a long history stays chronic', () => {
    expect(reply('2 months of back pain on top of a 5 year history, what next?')).not.toContain('Under 12 weeks');
  });
});

describe('medicines alone: non-drug therapy is the foundation, in the guideline words', () => {
  it.each([
    "can I just manage with tablets, she won't exercise",
    'he refuses physio - ok to just treat him with pills?',
    'pt not interested in exercise, meds alone enough?',
    'she only wants tablets, can I just give her the meds',
  ])('%s', (q) => {
    const text = reply(q);
    expect(text).toContain('foundation');
    expect(text).toContain('[1]');
  });
});

describe('an imaging finding that does not match the symptoms, asked as a surgical referral', () => {
  it.each([
    'MRI shows a disc bulge not touching the nerve, axial pain only. refer to surgeons?',
    'mri L4/5 protrusion no nerve root compromise, back pain only no leg pain, refer to spinal surgeons?',
    'Scan report says degenerative discs and a small bulge, she only has back pain, should she see the orthopods',
    'disc herniation on MRI but symptoms are all axial - neurosurgical referral?',
  ])('%s', (q) => {
    const text = reply(q);
    expect(text).toContain(getEntry('pitfall.routine-imaging').text);
    expect(text).toContain(getEntry('referral.interventional-procedures').text);
  });

  it('contrast: a finding with cauda equina signs is a red flag, not this answer', () => {
    const text = reply('MRI disc bulge, new saddle numbness and urinary retention, refer to surgeons?');
    expect(text).not.toContain('Imaging findings that do not match');
    expect(text.toLowerCase()).toContain('same-day');
  });
  it('contrast: MRI asked alone stays the imaging answer', () => {
    expect(reply('MRI?')).toContain('**Imaging**');
  });
});

describe('how often to review while titrating a first-line drug: every 2-4 weeks (L62)', () => {
  it.each([
    'how often should I review while titrating duloxetine?',
    'review interval whilst uptitrating naproxen?',
    'when titrating cymbalta how often do I see her',
    'how frequently do we reassess during titration of duloxetine',
  ])('%s', (q) => {
    const text = reply(q);
    expect(text).toContain(getEntry('monitor.reassess-2-4-weeks').text);
  });

  it('contrast: the titration dose itself stays the drug answer', () => {
    const text = reply('how do I titrate duloxetine, what dose?');
    expect(text).toContain('30 mg');
  });
});
