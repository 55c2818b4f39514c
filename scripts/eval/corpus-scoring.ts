import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseFacts, Medication, NonDrugTrial } from '../../src/clinical/case/case-facts.js';
import { extractCaseFacts } from '../../src/clinical/language/index.js';

export interface CorpusCase {
  id: string;
  text: string;
  receivedAt: string;
  /** The fixture file the case came from (without .json). */
  set?: string;
  identifiers?: boolean;
  isCaseNarrative?: boolean;
  expect: Partial<CaseFacts>;
}

export const FACT_TYPES = [
  'drug',
  'dose',
  'frequency',
  'duration',
  'outcome',
  'radicular',
  'red flags',
  'non-drug',
  'psychosocial',
  'conditions',
  'instruments',
  'age',
  'renal',
  'gate facts',
  'identifiers',
] as const;
export type FactType = (typeof FACT_TYPES)[number];

const CORPUS_DIR = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'cases');

/** The tuning corpus (top-level files) or the held-out set (`held-out/`), scored but never tuned against. */
export function loadCorpus(part: 'corpus' | 'held-out' = 'corpus'): CorpusCase[] {
  const dir = part === 'corpus' ? CORPUS_DIR : join(CORPUS_DIR, 'held-out');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const file = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
        receivedAt: string;
        cases: Omit<CorpusCase, 'receivedAt'>[];
      };
      return file.cases.map((c) => ({ ...c, receivedAt: file.receivedAt, set: f.replace(/\.json$/, '') }));
    });
}

/** Weeks compared to the nearest whole week (months are 52/12 weeks; "since March" counts from the 1st). */
const wk = (n: number): number => Math.round(n);

/** A case's facts as atoms ("outcome:naproxen:ineffective"), grouped by fact type. */
export function atoms(f: Partial<CaseFacts>, identifiers?: boolean): Map<FactType, Set<string>> {
  const out = new Map<FactType, Set<string>>(FACT_TYPES.map((t) => [t, new Set<string>()]));
  const add = (t: FactType, a: string) => out.get(t)!.add(a);
  for (const m of f.medications ?? []) medicationAtoms(m, add);
  for (const t of f.nonDrugTherapies ?? []) therapyAtoms(t, add);
  if (f.painDurationWeeks !== undefined) add('duration', `pain:${wk(f.painDurationWeeks)}`);
  if (f.radicular) add('radicular', f.radicular);
  if (f.redFlagScreen) add('red flags', `screen:${f.redFlagScreen}`);
  for (const r of f.redFlags ?? []) add('red flags', r);
  for (const [k, v] of Object.entries(f.psychosocial ?? {})) add('psychosocial', `${k}:${v}`);
  for (const [k, v] of Object.entries(f.conditions ?? {})) add('conditions', `${k}:${v}`);
  if (f.startBack) add('instruments', `sbt:${f.startBack.total}/${f.startBack.psychosocial}`);
  if (f.startBackRisk) add('instruments', `sbt-risk:${f.startBackRisk}`);
  if (f.oswestryPercent !== undefined) add('instruments', `odi:${f.oswestryPercent}`);
  if (f.painScore !== undefined) add('instruments', `pain:${f.painScore}`);
  if (f.age !== undefined) add('age', String(f.age));
  if (f.renal?.crcl !== undefined) add('renal', `crcl:${f.renal.crcl}`);
  if (f.renal?.egfr !== undefined) add('renal', `egfr:${f.renal.egfr}`);
  if (f.renal?.ckdStage !== undefined) add('renal', `stage:${f.renal.ckdStage}`);
  for (const k of [
    'priorMri',
    'functionalDisability',
    'consideringInterventional',
    'opioidRiskAssessment',
    'opioidDiscussion',
    'improvedSinceLastVisit',
  ] as const) {
    if (f[k] !== undefined) add('gate facts', `${k}:${f[k]}`);
  }
  if (f.weeksOptimizedTherapy !== undefined) add('gate facts', `weeksOptimized:${wk(f.weeksOptimizedTherapy)}`);
  if (identifiers) add('identifiers', 'identifiers');
  return out;
}

function medicationAtoms(m: Medication, add: (t: FactType, a: string) => void): void {
  add('drug', m.drug);
  if (m.doseMg !== undefined) add('dose', `${m.drug}:${m.doseMg}`);
  if (m.dailyMg !== undefined) add('dose', `${m.drug}:${m.dailyMg}/day`);
  if (m.timesPerDay !== undefined) add('frequency', `${m.drug}:${m.timesPerDay}`);
  if (m.prn) add('frequency', `${m.drug}:prn`);
  if (m.durationWeeks !== undefined) add('duration', `${m.drug}:${wk(m.durationWeeks)}`);
  if (m.outcome) add('outcome', `${m.drug}:${m.outcome}`);
}

function therapyAtoms(t: NonDrugTrial, add: (t: FactType, a: string) => void): void {
  add('non-drug', `${t.therapy}:${t.status}`);
  if (t.weeks !== undefined) add('duration', `${t.therapy}:${wk(t.weeks)}`);
}

export interface Score {
  truePositives: number;
  extracted: number;
  expected: number;
}

export interface CaseResult {
  id: string;
  missed: string[];
  extra: string[];
  narrativeWrong: boolean;
}

/** Precision and recall per fact type over the corpus, with each case's misses and extras for reading. */
export function scoreCorpus(cases: readonly CorpusCase[]): { scores: Map<FactType, Score>; results: CaseResult[] } {
  const scores = new Map<FactType, Score>(FACT_TYPES.map((t) => [t, { truePositives: 0, extracted: 0, expected: 0 }]));
  const results: CaseResult[] = [];
  for (const c of cases) {
    const ex = extractCaseFacts(c.text, c.receivedAt);
    const want = atoms(c.expect, c.identifiers ?? false);
    const got = atoms(ex.patch, ex.identifiers);
    const missed: string[] = [];
    const extra: string[] = [];
    for (const t of FACT_TYPES) {
      const s = scores.get(t)!;
      const w = want.get(t)!;
      const g = got.get(t)!;
      s.expected += w.size;
      s.extracted += g.size;
      const has = (set: Set<string>, a: string) =>
        set.has(a) || (t === 'duration' && [...set].some((x) => closeWeeks(x, a)));
      for (const a of g) has(w, a) ? s.truePositives++ : extra.push(`${t} ${a}`);
      for (const a of w) if (!has(g, a)) missed.push(`${t} ${a}`);
    }
    const narrativeWrong = c.isCaseNarrative !== undefined && ex.isCaseNarrative !== c.isCaseNarrative;
    results.push({ id: c.id, missed, extra, narrativeWrong });
  }
  return { scores, results };
}

/** Durations agree within 10 % or a week: "about 7 years" read as 364 or 387 weeks is the same fact. */
function closeWeeks(a: string, b: string): boolean {
  const [ka, va] = a.split(':');
  const [kb, vb] = b.split(':');
  const x = Number(va);
  const y = Number(vb);
  return ka === kb && Math.abs(x - y) <= Math.max(1, 0.1 * Math.max(x, y));
}

export const precision = (s: Score): number => (s.extracted === 0 ? 1 : s.truePositives / s.extracted);
export const recall = (s: Score): number => (s.expected === 0 ? 1 : s.truePositives / s.expected);
