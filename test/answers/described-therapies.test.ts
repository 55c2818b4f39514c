import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';
import { DESCRIBED_THERAPIES } from '../../src/clinical/language/described-therapies.js';
import { getEntry, knowledge } from '../../src/clinical/knowledge/index.js';

/**
 * Non-drug therapies and drugs to avoid described without their names (class 4): each cue row's examples reach the
 * guideline row's text with its citation, never "not covered"; every non-drug therapy row and every drug-to-avoid row
 * of the guideline has at least two indirect descriptions.
 */
const reply = (text: string) => ask(text).join('\n\n');
const NOT_COVERED = /does not cover/i;

/** The guideline's therapy rows (exercise ... progressive relaxation) and its drugs-to-avoid rows. */
const THERAPY_ROWS = knowledge
  .filter(
    (e) =>
      e.origin === 'guideline' &&
      (/^nondrug\.(?!foundation|prioritize|comprehensive)/.test(e.id) || /^avoid\./.test(e.id)),
  )
  .map((e) => e.id);

describe('every therapy and drug-to-avoid row is reached by at least two descriptions', () => {
  it('lists the twelve rows', () => {
    expect(THERAPY_ROWS).toHaveLength(12);
  });
  it.each(THERAPY_ROWS)('%s', (id) => {
    const examples = DESCRIBED_THERAPIES.filter((r) => r.entry === id).flatMap((r) => r.examples);
    expect(examples.length).toBeGreaterThanOrEqual(2);
  });
});

describe('each description reaches its row, cited', () => {
  const cases = DESCRIBED_THERAPIES.flatMap((r) => r.examples.map((q) => [q, r.entry] as const));
  it.each(cases)('%s -> %s', (q, id) => {
    const text = reply(q);
    expect(text).not.toMatch(NOT_COVERED);
    expect(text).toContain(getEntry(id).text);
    expect(text).toMatch(/\[\d\]/);
  });
});

describe('more wordings, several styles', () => {
  it.each([
    ['pmr - tense/relax each muscle group - evidence?', 'nondrug.progressive-relaxation'],
    [
      'Pt squeezes then lets go of each muscle group to relax at night. Worth encouraging',
      'nondrug.progressive-relaxation',
    ],
    ['aqua fit classes for her lbp, reasonable?', 'nondrug.exercise'],
    ['he has been doing water exercises at the hydro pool, guideline view?', 'nondrug.exercise'],
    ['IM depo-medrone for his back flare, ok?', 'avoid.systemic-corticosteroids'],
    ['intramuscular steroid for chronic lbp', 'avoid.systemic-corticosteroids'],
    ['GP colleague gave a steroid shot in the bum last time, repeat it?', 'avoid.systemic-corticosteroids'],
    ['he is asking for a cortisone injection into the thigh, is that ok', 'avoid.systemic-corticosteroids'],
  ])('%s', (q, id) => {
    const text = reply(q);
    expect(text).not.toMatch(NOT_COVERED);
    expect(text).toContain(getEntry(id).text);
  });

  it('heat is not a listed therapy: the listed ones, never "not covered"', () => {
    const text = reply('hot water bottle and a sauna help her back, does the guideline support heat?');
    expect(text).not.toMatch(NOT_COVERED);
    expect(text).toContain("not one of the guideline's non-drug therapies");
    expect(text).toContain(getEntry('nondrug.exercise').text);
  });
});

describe('contrasts that must not change', () => {
  it('an epidural steroid injection stays the procedure answer', () => {
    const text = reply('epidural steroid injection for her sciatica?');
    expect(text).toContain(getEntry('specialist.epidural-injections').text);
    expect(text).not.toContain(getEntry('avoid.systemic-corticosteroids').text);
  });
  it('a steroid injection into the spine stays the procedure answer', () => {
    const text = reply('steroid injection into the spine for radicular pain?');
    expect(text).toContain(getEntry('specialist.epidural-injections').text);
  });
  it('relaxation named stays the relaxation row', () => {
    expect(reply('progressive relaxation?')).toContain(getEntry('nondrug.progressive-relaxation').text);
  });
  it('a named drug keeps its drug answer', () => {
    expect(reply('prednisone for chronic back pain?')).toContain(getEntry('avoid.systemic-corticosteroids').text);
  });
});
