import { describe, expect, it } from 'vitest';
import { knowledge, type GuidelineEntry } from '../../src/clinical/knowledge/index.js';
import { SEED_TEXT } from './seed-text.js';

/**
 * Citation numbers and evidence levels derived from the seed text itself, line by line: an entry cites the numbers
 * at the end of its own line; a bullet without numbers takes those of the sentence that introduces its list
 * ("... when 1:"). In the two graded non-drug lists the introducing sentence's number also carries the grade, so
 * an item with its own number keeps both (CBT: 1 from the list, 4 on the line).
 */
const lines = SEED_TEXT.split('\n');
const TRAILING = /\s+(\d(?:, \d)*):?$/;
const numbersOf = (line: string): number[] => (TRAILING.exec(line)?.[1] ?? '').split(', ').filter(Boolean).map(Number);
const GRADED_HEADERS = [
  /^The following interventions have moderate-quality evidence/,
  /^Consider these therapies as part/,
];

function expectedCites(quote: string): number[] {
  const at = lines.findIndex((l) => l.includes(quote));
  if (at < 0) throw new Error(`quote not in seed: ${quote}`);
  const own = numbersOf(lines[at] ?? '');
  if (!lines[at]?.startsWith('- ')) return own;
  let h = at - 1;
  while (h >= 0 && lines[h]?.startsWith('- ')) h -= 1;
  const header = lines[h] ?? '';
  const fromHeader = header.endsWith(':') ? numbersOf(header) : [];
  if (own.length === 0) return fromHeader;
  return GRADED_HEADERS.some((re) => re.test(header)) ? [...new Set([...fromHeader, ...own])] : own;
}

const guideline = knowledge.filter((e): e is GuidelineEntry => e.origin === 'guideline');

describe('guideline citations and evidence levels (seed text)', () => {
  it.each(guideline.map((e) => [e.id, e] as const))('%s cites exactly the seed numbers', (_id, e) => {
    expect(e.cites).toEqual(expectedCites(e.quote));
  });

  it('moderate for the four therapies (and their list sentence), low for the five (and theirs), none elsewhere', () => {
    const graded = Object.fromEntries(guideline.filter((e) => e.evidence).map((e) => [e.id, e.evidence]));
    expect(graded).toEqual({
      'nondrug.prioritize-before-opioids': 'moderate',
      'nondrug.exercise': 'moderate',
      'nondrug.multidisciplinary-rehab': 'moderate',
      'nondrug.acupuncture': 'moderate',
      'nondrug.mbsr': 'moderate',
      'nondrug.comprehensive-approach': 'low',
      'nondrug.tai-chi-yoga': 'low',
      'nondrug.cbt': 'low',
      'nondrug.spinal-manipulation': 'low',
      'nondrug.massage': 'low',
      'nondrug.progressive-relaxation': 'low',
    });
  });

  it('an entry text never softens a "do not" or "avoid" of its quote', () => {
    for (const e of guideline) {
      if (/\b(do not|avoid|should not|not extended-release)\b/i.test(e.quote)) {
        expect(e.text, e.id).toMatch(/\b(do not|avoid|not)\b/i);
      }
    }
  });
});
