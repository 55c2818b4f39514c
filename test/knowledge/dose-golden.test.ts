import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  GOLDEN_FILE,
  GOLDEN_INPUTS,
  type GoldenRoute,
  goldenTable,
  readGoldenTable,
  serialiseGoldenTable,
  verdictOf,
} from '../../scripts/eval/dose-golden-table.js';
import { drugCatalogue, drugIdSchema } from '../../src/clinical/knowledge/drug-catalogue.js';

/**
 * The dose-check golden table (test/fixtures/dose-check-golden.json): what the pure core answers to about 140
 * dosing questions, as compact verdicts. The content fingerprint covers it (content-version.test.ts), so a change
 * of dose-check behaviour shows here first, then needs a new content version. When the change is deliberate:
 * `npm run dose-golden`, read the diff of the JSON, then `npm run content-log -- "what changed"`.
 */
const recorded = readGoldenTable();
const ROUTES: GoldenRoute[] = ['dose', 'check', 'patient', 'mme', 'tablets', 'as-needed', 'interaction', 'avoid'];

describe('the dose-check golden table', () => {
  it('asks 80 to 150 questions covering every drug of the catalogue and every route', () => {
    expect(GOLDEN_INPUTS.length).toBeGreaterThanOrEqual(80);
    expect(GOLDEN_INPUTS.length).toBeLessThanOrEqual(150);
    const named = new Set(GOLDEN_INPUTS.flatMap((i) => i.drugs));
    expect(drugIdSchema.options.filter((id) => !named.has(id))).toEqual([]);
    for (const route of ROUTES) {
      expect(GOLDEN_INPUTS.filter((i) => i.route === route).length, route).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(GOLDEN_INPUTS.map((i) => i.q)).size, 'no question twice').toBe(GOLDEN_INPUTS.length);
  });

  it('each question names the drugs it is listed under', () => {
    for (const input of GOLDEN_INPUTS) {
      const q = input.q.toLowerCase();
      for (const id of input.drugs) {
        const d = drugCatalogue.find((x) => x.id === id)!;
        const names = [d.generic, ...d.names, ...d.misspellings].map((n) => n.toLowerCase());
        expect(
          names.some((n) => q.includes(n)),
          `"${input.q}" names ${id}`,
        ).toBe(true);
      }
    }
  });

  it('the file holds exactly the questions of scripts/eval/dose-golden-table.ts, as the script writes them', () => {
    expect(recorded.rows.map(({ q, route, drugs }) => ({ q, route, drugs }))).toEqual(GOLDEN_INPUTS);
    expect(readFileSync(GOLDEN_FILE, 'utf8')).toBe(serialiseGoldenTable(recorded));
  });

  it('the live answers give the recorded verdicts', () => {
    const live = goldenTable();
    const changed = live.rows.filter((row, i) => !isDeepStrictEqual(row, recorded.rows[i]));
    const message = `dose-check behaviour changed for ${changed.length} question(s): ${changed
      .map((r) => `"${r.q}"`)
      .join(
        ', ',
      )}. If deliberate: \`npm run dose-golden\`, read the diff, then \`npm run content-log -- "what changed"\``;
    if (changed[0]) expect(changed[0], message).toEqual(recorded.rows.find((r) => r.q === changed[0]!.q));
    expect(changed.length, message).toBe(0);
  });
});

describe('a verdict', () => {
  const answer = [
    '**Tramadol 100 mg x 4/day = 400 mg/day: above the label maximum**',
    '',
    '- 400 mg/day is above the adjusted maximum for this patient of 200 mg/day.',
    '- **Renal (CrCl 20):** Tramadol with CrCl < 30: every 12 hours, maximum 200 mg/day. [7]',
    '- Label: maximum 400 mg/day; seizure risk. [7]',
  ];
  const base = verdictOf([answer.join('\n')]);
  const edited = (i: number, line: string) => verdictOf([answer.map((l, j) => (j === i ? line : l)).join('\n')]);

  it('is the headline, the findings the dose logic writes, the lead-ins and the numbers the knowledge states', () => {
    expect(base).toEqual({
      headline: 'Tramadol 100 mg x 4/day = 400 mg/day: above the label maximum',
      findings: ['400 mg/day is above the adjusted maximum for this patient of 200 mg/day.'],
      labels: ['Renal (CrCl 20)'],
      numbers: ['12', '20', '30', '200', '400'],
    });
  });

  it('does not change when a knowledge line is reworded or its citation renumbered', () => {
    expect(edited(4, '- Label: at most 400 mg per day; risk of seizures. [8]')).toEqual(base);
    expect(
      edited(3, '- **Renal (CrCl 20):** With CrCl under 30 give tramadol every 12 hours, up to 200 mg/day. [9]'),
    ).toEqual(base);
  });

  it('changes with a number, a finding, a lead-in or the headline', () => {
    expect(edited(4, '- Label: maximum 300 mg/day; seizure risk. [7]')).not.toEqual(base);
    expect(edited(2, '- 400 mg/day is the adjusted maximum for this patient.')).not.toEqual(base);
    expect(
      edited(3, '- **Renal (eGFR 20):** Tramadol with CrCl < 30: every 12 hours, maximum 200 mg/day. [7]'),
    ).not.toEqual(base);
    expect(edited(0, '**Tramadol 100 mg x 4/day = 400 mg/day: adequate (guideline dose)**')).not.toEqual(base);
  });

  it('reads thousands separators and decimals as numbers', () => {
    expect(verdictOf(['**T**\n- Up to 1,500 mg/day, 7.5 mg tablets. [7]']).numbers).toEqual(['7.5', '1500']);
  });
});
