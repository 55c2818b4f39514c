import { describe, expect, it } from 'vitest';
import {
  asksAboutADrug,
  DRUG_QUESTION_CUES,
  SCORE_NAMES,
  SOUND_TARGETS,
  soundAlikes,
  soundKey,
} from '../../src/clinical/language/sound-alike.js';

/**
 * Dictated drug and score names (src/clinical/language/sound-alike.ts): a run of words that, joined, sounds like a
 * catalogue generic or a score name is found; ordinary English is not. What is found is only offered, never read.
 */
const names = (text: string) => soundAlikes(text).map((s) => s.name);

describe('sound-alike keys', () => {
  it('gives each name its own key (no two names offered for one sound)', () => {
    const keys = SOUND_TARGETS.map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('reads spellings of one sound alike', () => {
    expect(soundKey('doloxehteen')).toBe(soundKey('duloxetine'));
    expect(soundKey('pregabbalin')).toBe(soundKey('pregabalin'));
    expect(soundKey('ohswesttree')).toBe(soundKey('oswestry'));
  });

  it('never keys a brand or class member (their sound-alikes are everyday words)', () => {
    const all = SOUND_TARGETS.map((t) => t.name.toLowerCase());
    for (const brand of ['marplan', 'lustral', 'elavil', 'sertraline', 'amitriptyline'])
      expect(all).not.toContain(brand);
  });
});

describe('dictated names, in several styles', () => {
  it.each([
    ['pre gabba lin dose?', 'pregabalin', 'pregabalin dose?'],
    ['can I start do lox eh teen', 'duloxetine', 'can I start duloxetine'],
    ['tram a doll max dose?', 'tramadol', 'tramadol max dose?'],
    ['oh swest tree score 40%?', 'Oswestry', 'Oswestry score 40%?'],
    ['tap and tall for back pain?', 'tapentadol', 'tapentadol for back pain?'],
    ['Rx nap rock sen 500 bd ok to dispense?', 'naproxen', 'Rx naproxen 500 bd ok to dispense?'],
    ['pt asks re ibby pro fen 400 tds, safe w/ CKD?', 'ibuprofen', 'pt asks re ibuprofen 400 tds, safe w/ CKD?'],
    ['Plan: met a done taper.', 'methadone', 'Plan: methadone taper.'],
  ])('%s -> %s', (text, name, corrected) => {
    const [found] = soundAlikes(text);
    expect(found?.name).toBe(name);
    expect(found?.corrected).toBe(corrected);
  });

  it('offers each score name by its example, not its counter-example', () => {
    for (const row of SCORE_NAMES) {
      expect(names(row.example)).toContain(row.name);
      expect(names(row.counter)).not.toContain(row.name);
    }
  });
});

describe('ordinary English is not a drug', () => {
  it.each([
    'what is the MME plan?',
    'last trial failed, what next?',
    'a level of pain 7/10',
    'do a lot of walking?',
    'tap and go',
    'the morning after the fall',
    'my plan is to stop it',
    'talked to the team about the gp letter',
    'try a doll',
    'oh west street clinic',
    'more fun than expected',
    'more fin',
  ])('%s', (text) => {
    expect(soundAlikes(text)).toEqual([]);
  });

  it('reads a name already spelled as no run (one word is the drug finder’s)', () => {
    expect(soundAlikes('tramadol max dose?')).toEqual([]);
  });
});

describe('drug-question cues', () => {
  it.each(DRUG_QUESTION_CUES.map((c) => [c.example, c.counter, c.re] as const))('%s / %s', (example, counter, re) => {
    expect(re.test(example.toLowerCase())).toBe(true);
    expect(asksAboutADrug(counter.toLowerCase())).toBe(false);
  });
});

describe('bounded work', () => {
  it('reads a long note quickly and only its first words', () => {
    const long = `${'tap and '.repeat(5000)}tram a doll`;
    const start = performance.now();
    expect(soundAlikes(long)).toEqual([]);
    expect(performance.now() - start).toBeLessThan(200);
  });
});
