import { describe, expect, it } from 'vitest';
import { ANALGESIC_ASPIRIN_MG, aspirinDose } from '../../dialogs/answers/aspirin-dose.js';
import { NOT_TAKEN_EXAMPLES, notTakenAt } from '../../dialogs/answers/not-taken.js';
import { findDrugs } from '../../dialogs/answers/ports.js';
import { handleTurn } from '../../dialogs/turn-core.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';

/**
 * Aspirin with an NSAID by what was said (clinical-reference.md section 2: low-dose aspirin's antiplatelet effect
 * blunted by ibuprofen; section 3: an NSAID with aspirin at analgesic doses, not recommended). Negated or stopped
 * aspirin gets neither.
 */
let n = 0;
const ask = (q: string): string =>
  handleTurn(undefined, coreInput(q, 9700 + n++), CORE_OPTIONS)
    .output.messages.map((m) => m.text)
    .join('\n');
const BLUNTS = /ibuprofen can blunt aspirin's antiplatelet effect/i;
const ANALGESIC = /aspirin at analgesic doses\)?: more GI toxicity.*not recommended/i;

describe('negated or stopped aspirin: no aspirin pair', () => {
  it.each([
    'ibuprofen ok? not on aspirin',
    'stopped aspirin 81 last month, ibuprofen ok?',
    'no aspirin, ibuprofen 400 tds?',
  ])('%s', (q) => {
    const text = ask(q);
    expect(text).not.toMatch(BLUNTS);
    expect(text).not.toMatch(ANALGESIC);
    expect(text).not.toMatch(/antiplatelet: risk of GI bleeding/);
  });
});

describe('low-dose aspirin: the blunting line, not the analgesic row', () => {
  it.each([
    'on aspirin 81 for stents, ok to add ibuprofen?',
    'baby aspirin and ibuprofen?',
    'aspirin 75mg od, ibuprofen?',
  ])('%s', (q) => {
    const text = ask(q);
    expect(text).toMatch(BLUNTS);
    expect(text).not.toMatch(ANALGESIC);
  });
});

describe('aspirin at an analgesic dose: not recommended, with the cut said as the project reading', () => {
  it.each(['on aspirin 650 qds for arthritis, add ibuprofen?', 'aspirin 600 mg qds and naproxen together?'])(
    '%s',
    (q) => {
      const text = ask(q);
      expect(text).toMatch(ANALGESIC);
      expect(text).toMatch(/avoid/i);
      expect(text).toMatch(/the reference gives no number/);
      expect(text).not.toMatch(BLUNTS);
    },
  );
});

describe('the readers', () => {
  const dose = (q: string) => aspirinDose(q, findDrugs(q).find((m) => m.matched === 'aspirin')!);
  it('reads the dose band', () => {
    expect(dose('aspirin 81 daily')).toBe('low');
    expect(dose('aspirin 100 mg od')).toBe('low');
    expect(dose('low-dose aspirin')).toBe('low');
    expect(dose(`aspirin ${ANALGESIC_ASPIRIN_MG} mg qds`)).toBe('analgesic');
    expect(dose('aspirin 150 mg od')).toBe('unknown');
    expect(dose('aspirin with ibuprofen')).toBe('unknown');
  });
  it.each(NOT_TAKEN_EXAMPLES.map((e) => [e.text, e.name, e.notTaken] as const))(
    '%s: %s not taken = %s',
    (text, name, want) => {
      const at = text.indexOf(name);
      expect(notTakenAt(text, at, at + name.length)).toBe(want);
    },
  );
});
