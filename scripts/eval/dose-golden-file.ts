import { readFileSync } from 'node:fs';
import type { DrugId } from '../../src/clinical/knowledge/drug-catalogue.js';

/**
 * The dose-check golden table's file and shapes, apart from the code that computes it
 * (dose-golden-table.ts), so the content fingerprint can read the file without running the core.
 */
export const GOLDEN_FILE = new URL('../../test/fixtures/dose-check-golden.json', import.meta.url);

export type GoldenRoute =
  | 'dose' // a dose question: "duloxetine dose?"
  | 'check' // a dose check: "is naproxen 250 bid adequate?"
  | 'patient' // a dose or check with kidney, age, liver or population context
  | 'mme' // the MME calculator with single-ingredient opioids
  | 'tablets' // tablet counts and combination products (MME, acetaminophen)
  | 'as-needed' // as-needed doses, ranges, caps and open-ended extras
  | 'interaction' // two or more drugs together
  | 'avoid'; // a drug the guideline says to avoid

export interface GoldenInput {
  q: string;
  route: GoldenRoute;
  /** The catalogue drugs the question names (the test checks each is named in `q`). */
  drugs: DrugId[];
}

export interface GoldenVerdict {
  headline: string;
  findings: string[];
  labels: string[];
  numbers: string[];
}

export interface GoldenRow extends GoldenInput, GoldenVerdict {}

export interface GoldenTable {
  about: string;
  rows: GoldenRow[];
}

export function readGoldenTable(): GoldenTable {
  return JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')) as GoldenTable;
}
