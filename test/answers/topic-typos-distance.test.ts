import { describe, expect, it } from 'vitest';
import { correctTopicTypos, TOPIC_WORDS, withinEdits } from '../../dialogs/answers/topic-typos.js';

/**
 * Issue 16: the typo reader's edit distance runs without arrays per call and skips pairs one edit cannot join (an
 * edit leaves the first or the last letter in place). Speed only: each verdict must be the plain distance's.
 */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i ? (j ? 0 : i) : j)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

/** Every one- and two-edit variant kind of a word: swaps, drops, doubles, substitutions at the ends and inside. */
function variants(form: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < form.length; i++) {
    out.add(form.slice(0, i) + form.slice(i + 1));
    out.add(form.slice(0, i) + form[i] + form.slice(i));
    out.add(`${form.slice(0, i)}x${form.slice(i + 1)}`);
    out.add(`${form.slice(0, i)}q${form.slice(i)}`);
    if (i + 1 < form.length) out.add(form.slice(0, i) + form[i + 1] + form[i] + form.slice(i + 2));
  }
  for (const v of [...out]) out.add(`z${v.slice(1, -1)}z`);
  return [...out];
}

const FORMS = TOPIC_WORDS.flatMap((w) => w.forms);
const OTHERS = ['message', 'sausage', 'opioid', 'naproxen', 'tramadol', 'duloxetine', 'physics', 'xpioidx', 'equine'];

describe('withinEdits agrees with the plain distance', () => {
  it.each(FORMS.map((f) => [f]))('variants of %s against every form', (form) => {
    for (const word of [...variants(form), ...OTHERS])
      for (const other of FORMS)
        for (const max of [1, 2])
          expect([word, other, max, withinEdits(word, other, max)]).toEqual([
            word,
            other,
            max,
            osa(word, other) <= max,
          ]);
  });
});

describe('typos read the same (contrasts unchanged)', () => {
  it.each([
    ['opiod criteria?', 'opioid criteria?'],
    ['nsiad choice for 70 yo', 'nsaid choice for 70 yo'],
    ['physcio referral pls', 'physio referral pls'],
    ['xpioid dose', 'opioid dose'],
    ['opioix dose', 'opioid dose'],
    ['message her re massage', 'message her re massage'],
    ['imagine imaging', 'imagine imaging'],
    ['tramadol 50 mg qid ok to dispense?', 'tramadol 50 mg qid ok to dispense?'],
  ])('%s', (typed, read) => {
    expect(correctTopicTypos(typed)).toBe(read);
  });
});
