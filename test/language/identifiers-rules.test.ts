import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { IDENTIFIER_RULES } from '../../src/clinical/language/identifier-rules.js';
import { firstMatch, identifierCategories, looksLikeIdentifiers } from '../../src/clinical/language/identifiers.js';

/**
 * The identifier rules are data rows: every row's examples are walked here (each refused example is found by its
 * own row and refused by the whole detector; each near-miss passes the whole detector), every pattern is checked
 * for linear time, and every fixture text of the question suite and the case corpus is scanned for false positives.
 */
describe('identifier rules (data rows)', () => {
  it('every row has an id, a global pattern, something to refuse and a near-miss to allow', () => {
    const ids = new Set<string>();
    for (const rule of IDENTIFIER_RULES) {
      expect(ids.has(rule.id), rule.id).toBe(false);
      ids.add(rule.id);
      expect(rule.pattern.flags, rule.id).toContain('g');
      expect(rule.refuse.length, rule.id).toBeGreaterThan(0);
      expect(rule.allow.length, rule.id).toBeGreaterThan(0);
    }
  });

  for (const rule of IDENTIFIER_RULES) {
    it(`${rule.id} (${rule.category}): refuses its examples and lets its near-misses through`, () => {
      for (const text of rule.refuse) {
        expect(firstMatch(rule, text), `${rule.id} should find: ${text}`).toBe(true);
        expect(identifierCategories(text), text).toContain(rule.category);
      }
      for (const text of rule.allow) expect(identifierCategories(text), `${rule.id} near-miss: ${text}`).toEqual([]);
    });
  }

  it('every pattern runs in linear time (recheck), with no lookbehind and no quantified group holding a quantifier', () => {
    for (const rule of IDENTIFIER_RULES) {
      const { source, flags } = rule.pattern;
      expect(source, rule.id).not.toMatch(/\(\?<[!=]/);
      const result = checkSync(source, flags, { timeout: 30_000 });
      expect(result.status, `${rule.id}: ${result.status === 'vulnerable' ? result.attack.pattern : ''}`).toBe('safe');
    }
  }, 180_000);

  it('stays fast on long adversarial input (a pasted note is cut at 20,000 characters)', () => {
    const attacks = [
      '1-'.repeat(10_000),
      '1 '.repeat(10_000),
      'Mr '.repeat(6_000),
      'Mr A'.repeat(5_000),
      '@a'.repeat(10_000),
      `${'a.'.repeat(5_000)}@`,
      '12 Oak '.repeat(3_000),
      '12 oak a'.repeat(2_500),
      'patient Aa '.repeat(2_000),
      'Aa Bb, '.repeat(3_000),
      '+1 '.repeat(7_000),
      '0'.repeat(20_000),
      'SW1A '.repeat(4_000),
    ];
    for (const text of attacks) {
      const started = performance.now();
      looksLikeIdentifiers(text);
      expect(performance.now() - started, text.slice(0, 12)).toBeLessThan(250);
    }
  });
});

interface FixtureText {
  file: string;
  text: string;
  /** The fixture says the text holds identifiers. */
  identifiers: boolean;
}

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/** Every "q" and "text" field of every fixture, with the "identifiers" flag of the object that holds it. */
function fixtureTexts(): FixtureText[] {
  const out: FixtureText[] = [];
  const collect = (value: unknown, file: string): void => {
    if (Array.isArray(value)) for (const v of value) collect(v, file);
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      for (const [k, v] of Object.entries(o)) {
        if ((k === 'q' || k === 'text') && typeof v === 'string')
          out.push({ file, text: v, identifiers: o.identifiers === true });
        else collect(v, file);
      }
    }
  };
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.json')) collect(JSON.parse(readFileSync(p, 'utf8')), relative(FIXTURES, p));
    }
  };
  walk(FIXTURES);
  return out;
}

describe('fixture texts: no false positives', () => {
  const texts = fixtureTexts();

  it('finds the question suite and the case corpus', () => {
    expect(texts.length).toBeGreaterThan(400);
    expect(texts.some((t) => t.file.startsWith('questions'))).toBe(true);
    expect(texts.some((t) => t.file.startsWith('cases'))).toBe(true);
  });

  it('flags a fixture text only when the fixture says it holds identifiers, and flags every such text', () => {
    const wrong = texts
      .filter((t) => looksLikeIdentifiers(t.text) !== t.identifiers)
      .map((t) => `${t.file}: ${t.identifiers ? 'missed' : 'flagged'}: ${t.text.slice(0, 80)}`);
    expect(wrong).toEqual([]);
  });

  it('the fixtures that hold identifiers are the identifier fixtures', () => {
    const flagged = texts.filter((t) => t.identifiers);
    expect(flagged.length).toBeGreaterThan(0);
    for (const t of flagged) expect(t.file, t.text).toMatch(/identifiers-and-questions\.json$|held-out/);
  });
});
