import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { check, type Diagnostics, type Parameters } from 'recheck';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS } from '../../dialogs/turn-types.js';
import { ROOT, runtimePatterns, scanSources, type FoundPattern } from './regex-inventory.js';

/**
 * The rule: no regular expression the server runs can be made slow. Every regex literal in src/, dialogs/ and
 * machines/ and every pattern built at run time (drug names, synonym lists) goes through recheck, a ReDoS checker
 * (automata analysis where the pattern allows it, fuzzing otherwise); anything but `safe` fails with where it is and
 * the attack string.
 *
 * Checking all of them takes about two minutes on two cores, so `safe` verdicts are kept in regex-verdicts.json, keyed
 * by a hash of the pattern, its flags, the recheck version and the options below: only new or changed patterns are
 * checked on a normal run (a few seconds each). The file only ever holds verdicts recheck gave; refresh it after
 * changing patterns with `npm run regex-verdicts` (REGEX_VERDICTS=update: the new patterns are checked and added, the
 * verdicts of patterns no longer in the code are dropped), or check everything again, ignoring it, with
 * REGEX_VERDICTS=ignore (REGEX_VERDICTS=ignore,update rewrites the file from a full check).
 */
const VERDICTS_FILE = join(import.meta.dirname, 'regex-verdicts.json');
const MODES = new Set((process.env.REGEX_VERDICTS ?? 'use').split(','));
const RECHECK_VERSION = (createRequire(import.meta.url)('recheck/package.json') as { version: string }).version;

/**
 * Deterministic options: fuzzing's time limits (incubation, seeding) would make a verdict depend on the machine's
 * load, so only its step limits apply (the PRNG seed is fixed by default). Bounded repeats summing to 40 (default 30)
 * are analysed by automata, exactly, rather than fuzzed: the `{0,30}` look-back windows (NEGATED_BEFORE) need it. A
 * pattern the checker cannot decide within a minute fails as `unknown`: simplify it.
 */
const OPTIONS: Parameters = { maxRepeatCount: 40, incubationTimeout: null, seedingTimeout: null, timeout: 60_000 };

/**
 * Constructor call sites that build a pattern per call, not while the module loads, with the patterns they can build.
 * A new such site fails the rule until it is listed here (or builds its pattern once, at load).
 */
const PER_CALL_SITES: Record<string, { why: string; samples: [string, string][] }> = {
  'src/teams/card-sources.ts': {
    why: 'a citation number n in `\\[n\\] \\p{L}`',
    samples: [[String.raw`\[12\] \p{L}`, 'u']],
  },
};

/**
 * Verdicts of the fuzzing checker that the real engine disproves: recheck's own attack string, repeated to four
 * times the longest message, runs in linear time in V8 (checked below, each time). Fuzzing estimates the growth of
 * its own matcher's steps, and a very large alternation or a long bounded window looks super-linear to it. Only
 * `fuzz` verdicts can be waived (an automaton verdict is a proof), each pattern by its file and first characters.
 */
const FUZZ_FALSE_POSITIVES: { file: string; startsWith: string; why: string }[] = [
  {
    file: 'src/clinical/language/concepts.ts',
    startsWith: String.raw`\b(?:(?:weakness|power|`,
    why: 'the comparison-deficit row: windows of at most 80 and 30 characters in sequence, which the fuzzer reads as cubic (V8: 4 ms on 156 KB of its attack)',
  },
  {
    file: 'src/clinical/language/concepts.ts',
    startsWith: String.raw`\b(?:(?:discussed|`,
    why: 'OPIOID_DISCUSSION: a 50-character bounded window, too many states for the automaton checker',
  },
  {
    file: 'src/clinical/language/outcomes.ts',
    startsWith: String.raw`\b(?:no (?:(?:lasting|`,
    why: "the 'ineffective' outcome row: an alternation of about 70 bounded phrases; its only open quantifier is a trailing s*$",
  },
  {
    file: 'src/clinical/language/cue-rules.ts',
    startsWith: String.raw`(?:\breferred to\b|`,
    why: "the 'entity-proposed-before' reader: an alternation of literal phrases ending at the text's end; V8 scans 160,000 characters of the fuzz attack in 0.1 ms",
  },
  {
    file: 'dialogs/answers/guideline-intents.ts',
    startsWith: String.raw`\b(?:never|not|no|without|`,
    why: 'NO_NONDRUG_TRIED: at most four words between a negation and a therapy word; V8 scans 120,000 characters of the fuzz attack in 2 ms, growing linearly',
  },
  {
    file: 'dialogs/answers/guideline-intents.ts',
    startsWith: String.raw`(?:\b(?:never|not|no|without|`,
    why: "NO_NONDRUG_TRIED joined with ONE_NONDRUG_ENOUGH and literal words (anyOf, the opioid-gate row's unless): the same bounded four-word window; the engine check below runs the attack in V8 each time",
  },
  {
    file: 'src/clinical/language/drug-lexicon.ts',
    startsWith: String.raw`(?<![a-z0-9])(?:snris`,
    why: 'EXACT_NAMES: one alternation of literal drug names, the longest bounded; V8 scans 16,000 characters of the fuzz attack in 5 ms, growing linearly',
  },
  {
    file: 'src/clinical/language/concepts.ts',
    startsWith: String.raw`\b(?:sud|oud|substance use disorder|`,
    why: 'the substance-use-disorder row with OPIOID_AGONIST_TREATMENT: a 40-character bounded window between a drug name and a service word; the engine check below runs the attack in V8 each time',
  },
  {
    file: 'dialogs/answers/opioid-increase.ts',
    startsWith: String.raw`\b(?:(?:increas(?:e|ing)|`,
    why: 'INCREASE: the increase rows, windows of at most 40 and 24 characters between fixed words; V8 scans 32,000 characters of the fuzz attack in 1 ms',
  },
];
const ENGINE_BUDGET_MS = 20;

interface Pattern {
  source: string;
  flags: string;
  where: string[];
}

const keyOf = (p: { source: string; flags: string }): string =>
  createHash('sha256')
    .update(JSON.stringify([RECHECK_VERSION, OPTIONS, p.flags, p.source]))
    .digest('hex')
    .slice(0, 32);

function readVerdicts(): Record<string, string> {
  if (MODES.has('ignore')) return {};
  return (JSON.parse(readFileSync(VERDICTS_FILE, 'utf8')) as { safe: Record<string, string> }).safe;
}

const fileOf = (where: string): string => where.replace(/:\d+$/, '');

function describeResult(p: Pattern, r: Diagnostics): string {
  const head = `${p.where.join(', ')}: /${p.source.length > 200 ? `${p.source.slice(0, 200)}...` : p.source}/${p.flags}`;
  if (r.status === 'vulnerable')
    return `${head}\n  ${r.complexity.summary.replace(' (fuzz)', '')} (${r.checker}); attack: ${r.attack.pattern}`;
  if (r.status === 'unknown') return `${head}\n  unknown (${r.checker ?? 'no checker'}): ${JSON.stringify(r.error)}`;
  return `${head}\n  ${r.status}`;
}

/** ms for the real engine to find every match of `source` in `text`. */
function engineMs(source: string, flags: string, text: string): number {
  const re = new RegExp(source, flags.includes('g') ? flags : `${flags}g`);
  const t0 = performance.now();
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].length === 0) re.lastIndex++;
  return performance.now() - t0;
}

/** Once per file: the run-time census records what modules build as they load, and they load once. */
let collected: ReturnType<typeof collectOnce> | undefined;
const collect = (): ReturnType<typeof collectOnce> => (collected ??= collectOnce());

async function collectOnce(): Promise<{ patterns: Pattern[]; literals: number; runtime: number; unlisted: string[] }> {
  const { literals, constructorSites } = scanSources();
  const runtime = await runtimePatterns();
  const loaded = new Set(runtime.map((r) => r.where));
  const unlisted = constructorSites.filter((site) => !loaded.has(site) && !PER_CALL_SITES[fileOf(site)]);
  const samples: FoundPattern[] = Object.entries(PER_CALL_SITES).flatMap(([file, s]) =>
    s.samples.map(([source, flags]) => ({ where: `${file} (per call)`, source, flags })),
  );
  const byKey = new Map<string, Pattern>();
  for (const f of [...literals, ...runtime, ...samples]) {
    const k = `${f.flags}/${f.source}`;
    const p = byKey.get(k) ?? { source: f.source, flags: f.flags, where: [] };
    p.where.push(f.where);
    byKey.set(k, p);
  }
  return { patterns: [...byKey.values()], literals: literals.length, runtime: runtime.length, unlisted };
}

describe('ReDoS rule: every regular expression the server runs is linear (recheck)', () => {
  it('the checker flags vulnerable patterns (so it cannot pass everything silently)', async () => {
    const planted: [string, string, string][] = [
      // Finding 1: the old list gap, `\d+` repeated inside `(...)*`.
      [String.raw`^(?:[\s,/&+()-]|and|or|\d+(?:\.\d+)?|mg|q\d+(?:-\d+)?h)*$`, '', 'exponential'],
      ['^(a+)+$', '', 'exponential'],
      // Finding 2: an unanchored `X+$` tail.
      ['[.!]+$', '', 'polynomial'],
      [String.raw`(\d+(?:\.\d+)?)\s*%`, '', 'polynomial'],
    ];
    for (const [source, flags, complexity] of planted) {
      const r = await check(source, flags, OPTIONS);
      expect(r.status, source).toBe('vulnerable');
      if (r.status === 'vulnerable') expect(r.complexity.type, source).toBe(complexity);
    }
  });

  it('finds the patterns: literals by parsing the TypeScript, run-time ones as the modules build them', async () => {
    const { patterns, literals, runtime, unlisted } = await collect();
    expect(literals).toBeGreaterThan(300);
    // The drug-name alternation and the concept patterns are built from data rows when their modules load.
    const wheres = patterns.flatMap((p) => p.where);
    for (const file of [
      'src/clinical/language/drug-lexicon.ts',
      'src/clinical/language/concepts.ts',
      'src/clinical/language/no-conditions.ts',
      'dialogs/answers/calculator-answers.ts',
    ]) {
      expect(
        wheres.some((w) => w.startsWith(`${file}:`)),
        file,
      ).toBe(true);
    }
    expect(runtime).toBeGreaterThanOrEqual(6);
    expect(
      unlisted,
      'RegExp constructor calls that build a pattern per call: build it at load or list it in PER_CALL_SITES',
    ).toEqual([]);
  }, 60_000);

  it(
    'every pattern is safe',
    async () => {
      const { patterns, literals, runtime } = await collect();
      const known = readVerdicts();
      const failures: string[] = [];
      const safe: Record<string, string> = {};
      const falsePositives = new Set<string>();
      let checked = 0;
      for (const p of patterns) {
        const key = keyOf(p);
        if (known[key]) {
          safe[key] = p.where[0]!;
          continue;
        }
        checked++;
        const r = await check(p.source, p.flags, OPTIONS);
        if (r.status === 'safe') {
          safe[key] = p.where[0]!;
          continue;
        }
        const waived =
          r.status === 'vulnerable' && r.checker === 'fuzz'
            ? FUZZ_FALSE_POSITIVES.find(
                (w) => p.where.some((at) => fileOf(at) === w.file) && p.source.startsWith(w.startsWith),
              )
            : undefined;
        if (waived && r.status === 'vulnerable') {
          const attack = r.attack.string.repeat(Math.ceil((4 * MAX_TEXT_CHARS) / r.attack.string.length));
          const ms = Math.min(engineMs(p.source, p.flags, attack), engineMs(p.source, p.flags, attack));
          if (ms < ENGINE_BUDGET_MS) {
            falsePositives.add(waived.why);
            continue;
          }
          failures.push(
            `${describeResult(p, r)}\n  and V8 takes ${ms.toFixed(1)} ms on ${attack.length} characters of it`,
          );
          continue;
        }
        failures.push(describeResult(p, r));
      }
      if (MODES.has('update')) {
        const sorted = Object.fromEntries(Object.entries(safe).sort(([a], [b]) => a.localeCompare(b)));
        writeFileSync(
          VERDICTS_FILE,
          `${JSON.stringify({ recheck: RECHECK_VERSION, options: OPTIONS, safe: sorted }, null, 1)}\n`,
        );
      }
      console.log(
        `ReDoS rule: ${patterns.length} distinct patterns (${literals} literals, ${runtime} built at load), ${checked} checked now, ${patterns.length - checked} from regex-verdicts.json`,
      );
      expect(
        failures,
        `patterns recheck does not find safe (see ${join(ROOT, 'test/security/regex-linear.test.ts')})`,
      ).toEqual([]);
      // A waiver no longer needed is removed, so the list stays the exceptions that exist (only checked when checked now).
      if (checked === patterns.length)
        expect([...falsePositives].sort()).toEqual(FUZZ_FALSE_POSITIVES.map((w) => w.why).sort());
    },
    15 * 60_000,
  );
});
