import { handleTurn } from '../../dialogs/turn-core.js';
import type { DrugId } from '../../src/clinical/knowledge/drug-catalogue.js';
import type { GoldenInput, GoldenRoute, GoldenRow, GoldenTable, GoldenVerdict } from './dose-golden-file.js';
import { CORE_OPTIONS, coreInput } from './question-suite.js';

/**
 * The dose-check golden table: questions that drive every dosing route of the pure core, each with a compact
 * verdict of its answer. `npm run dose-golden` (scripts/dose-golden.ts) writes it to
 * test/fixtures/dose-check-golden.json; test/knowledge/dose-golden.test.ts checks the live answers still give it,
 * and the content fingerprint (docs/content-log.md) covers the file, so a change of dose-check behaviour needs a
 * new content version.
 *
 * A verdict is what a clinician acts on, not the wording the knowledge entries give it:
 * - `headline`: the answer's first line (markdown and citation markers removed): the verdict itself
 *   ("Tramadol 100 mg x 4/day = 400 mg/day: above the label maximum", "Total 120 MME/day", "not covered ...");
 * - `findings`: the lines the dose logic writes itself (no citation marker, no bold lead-in), verbatim: "400
 *   mg/day is above the adjusted maximum for this patient of 200 mg/day.", "... not checked by this pathway";
 * - `labels`: the bold lead-ins of the other lines, in order ("Interaction", "Renal (CrCl 20)", "Guideline vs
 *   label"): which knowledge the answer shows;
 * - `numbers`: every number in those other lines, sorted, without repeats, thousands separators and citation
 *   markers: the limits and doses they state (their wording is the knowledge's, fingerprinted on its own).
 * Rewording a knowledge entry changes none of these; a new finding, limit, total or headline changes the table.
 */

export { GOLDEN_FILE, readGoldenTable } from './dose-golden-file.js';
export type { GoldenInput, GoldenRoute, GoldenRow, GoldenTable, GoldenVerdict } from './dose-golden-file.js';

const input = (route: GoldenRoute, q: string, ...drugs: DrugId[]): GoldenInput => ({ q, route, drugs });

export const GOLDEN_INPUTS: readonly GoldenInput[] = [
  // Dose questions: every drug the catalogue can dose or refuse.
  input('dose', 'duloxetine dose?', 'duloxetine'),
  input('dose', 'naproxen dose', 'naproxen'),
  input('dose', 'ibuprofen dose?', 'ibuprofen'),
  input('dose', 'meloxicam dose?', 'other-nsaid'),
  input('dose', 'tramadol dose', 'tramadol'),
  input('dose', 'gabapentin dose?', 'gabapentin'),
  input('dose', 'pregabalin dose?', 'pregabalin'),
  input('dose', 'tylenol dose for back pain', 'acetaminophen'),
  input('dose', 'codeine dose?', 'codeine'),
  input('dose', 'fentanyl patch dose', 'fentanyl'),
  input('dose', 'hydrocodone dose', 'hydrocodone'),
  input('dose', 'hydromorphone dose?', 'hydromorphone'),
  input('dose', 'methadone dose', 'methadone'),
  input('dose', 'morphine dose?', 'morphine'),
  input('dose', 'oxycodone dose?', 'oxycodone'),
  input('dose', 'oxymorphone dose', 'oxymorphone'),
  input('dose', 'tapentadol dose?', 'tapentadol'),
  input('dose', 'buprenorphine dose', 'buprenorphine'),
  input('dose', 'cyclobenzaprine dose?', 'muscle-relaxant'),
  input('dose', 'amitriptyline dose for back pain', 'tricyclic'),
  input('dose', 'venlafaxine dose?', 'other-snri'),
  // Avoid: never a dose.
  input('avoid', 'diazepam dose for back pain?', 'benzodiazepine'),
  input('avoid', 'prednisone 40 mg daily for back pain?', 'systemic-corticosteroid'),
  input('avoid', 'steroids?', 'systemic-corticosteroid'),
  // Dose checks: below, at, above the guideline and the label; per-dose ceilings; salts and products.
  input('check', 'is naproxen 250 bid adequate?', 'naproxen'),
  input('check', 'naproxen 500 bid', 'naproxen'),
  input('check', 'naproxen 750 bid', 'naproxen'),
  input('check', 'naproxen 1000 bid', 'naproxen'),
  input('check', 'anaprox ds 550 bid', 'naproxen'),
  input('check', 'aleve 220 bid', 'naproxen'),
  input('check', 'ibuprofen 400 tid', 'ibuprofen'),
  input('check', 'ibuprofen 800 tid', 'ibuprofen'),
  input('check', 'ibuprofen 1200 tid', 'ibuprofen'),
  input('check', 'ibuprofen 800 qid', 'ibuprofen'),
  input('check', 'meloxicam 15 mg daily', 'other-nsaid'),
  input('check', 'celecoxib 200 bid', 'other-nsaid'),
  input('check', 'duloxetine 30 mg daily', 'duloxetine'),
  input('check', 'duloxetine 60 mg daily', 'duloxetine'),
  input('check', 'duloxetine 120 mg daily', 'duloxetine'),
  input('check', 'tramadol 50 qid', 'tramadol'),
  input('check', 'tramadol 100 qid', 'tramadol'),
  input('check', 'tramadol 100 q4h', 'tramadol'),
  input('check', 'conzip 300 mg daily', 'tramadol'),
  input('check', 'gabapentin 300 tid', 'gabapentin'),
  input('check', 'gabapentin 1200 tid', 'gabapentin'),
  input('check', 'gabapentin 1600 tid', 'gabapentin'),
  input('check', 'gralise 1800 mg daily', 'gabapentin'),
  input('check', 'horizant 600 bid', 'gabapentin'),
  input('check', 'pregabalin 75 bid', 'pregabalin'),
  input('check', 'pregabalin 150 bid', 'pregabalin'),
  input('check', 'pregabalin 300 bid', 'pregabalin'),
  input('check', 'pregabalin 400 bid', 'pregabalin'),
  input('check', 'tylenol 1 g tid', 'acetaminophen'),
  input('check', 'tylenol 1000 mg qid', 'acetaminophen'),
  input('check', 'tylenol 1000 mg q4h', 'acetaminophen'),
  input('check', 'oxycontin 20 mg bid', 'oxycodone'),
  input('check', 'ms contin 30 bid', 'morphine'),
  input('check', 'duragesic 25 mcg/hr', 'fentanyl'),
  // The same drugs for a given patient: kidney function, age, liver, and people the guideline does not cover.
  input('patient', 'tramadol 100 qid crcl 20', 'tramadol'),
  input('patient', 'tramadol 50 q6h crcl 20', 'tramadol'),
  input('patient', 'tramadol 50 q6h in an 80 year old', 'tramadol'),
  input('patient', 'tramadol 100 q6h in cirrhosis', 'tramadol'),
  input('patient', 'tramadol in an 80 year old', 'tramadol'),
  input('patient', 'gabapentin 600 tid crcl 25', 'gabapentin'),
  input('patient', 'gabapentin 300 tid egfr 40', 'gabapentin'),
  input('patient', 'gabapentin crcl 20', 'gabapentin'),
  input('patient', 'pregabalin 150 bid crcl 25', 'pregabalin'),
  input('patient', 'pregabalin 300 bid crcl 45', 'pregabalin'),
  input('patient', 'lyrica dose crcl 45', 'pregabalin'),
  input('patient', 'duloxetine 60 mg daily crcl 25', 'duloxetine'),
  input('patient', 'duloxetine 60 mg daily in cirrhosis', 'duloxetine'),
  input('patient', 'is duloxetine 60 mg enough for a 70 year old?', 'duloxetine'),
  input('patient', 'naproxen 500 bid crcl 20', 'naproxen'),
  input('patient', 'naproxen 500 bid in a 75 year old', 'naproxen'),
  input('patient', 'ibuprofen 600 tid in a 70 year old', 'ibuprofen'),
  input('patient', 'ibuprofen 800 tid egfr 25', 'ibuprofen'),
  input('patient', 'tylenol 1 g qid with liver disease', 'acetaminophen'),
  input('patient', 'naproxen dose for a 13 year old', 'naproxen'),
  input('patient', 'ibuprofen dose in pregnancy', 'ibuprofen'),
  input('patient', 'tramadol 50 q6h while breastfeeding', 'tramadol'),
  // The MME calculator, one opioid at a time and together.
  input('mme', 'MME oxycodone 5 mg q6h', 'oxycodone'),
  input('mme', 'MME hydrocodone 5 mg qid', 'hydrocodone'),
  input('mme', 'MME morphine 30 mg bid', 'morphine'),
  input('mme', 'MME fentanyl 25 mcg/hr', 'fentanyl'),
  input('mme', 'MME methadone 20 mg/day', 'methadone'),
  input('mme', 'MME buprenorphine 8 mg daily', 'buprenorphine'),
  input('mme', 'mme dilaudid 2 mg q4h', 'hydromorphone'),
  input('mme', 'MME oxymorphone 10 mg bid', 'oxymorphone'),
  input('mme', 'MME tapentadol 100 mg bid', 'tapentadol'),
  input('mme', 'MME codeine 30 mg q6h', 'codeine'),
  input('mme', 'mme tramadol 50 q6h', 'tramadol'),
  input('mme', 'MME oxycodone 5 mg q6h + tramadol 50 bid', 'oxycodone', 'tramadol'),
  input('mme', 'MME of morphine 30 mg bid and oxycodone 10 tid', 'morphine', 'oxycodone'),
  // Tablets and combination products: strength x tablets x doses a day; unknown strengths asked for.
  input('tablets', 'MME percocet 10/325 2 tabs q6h', 'oxycodone'),
  input('tablets', 'percocet 10/325 2 tabs q6h', 'oxycodone'),
  input('tablets', 'norco 10/325 2 tabs q6h MME', 'hydrocodone'),
  input('tablets', 'MME tylenol #3 two tabs q6h', 'codeine'),
  input('tablets', 'MME tylenol #4 1 tab q6h', 'codeine'),
  input('tablets', 'MME ultracet 2 tabs q6h', 'tramadol'),
  input('tablets', 'MME vicodin 5/325 q6h', 'hydrocodone'),
  input('tablets', 'MME endocet 7.5/325 2 tabs bid', 'oxycodone'),
  input('tablets', 'MME percocet 2 tabs q6h', 'oxycodone'),
  input('tablets', 'MME percocet 15/325 q6h', 'oxycodone'),
  input('tablets', 'MME oxycodone 5 mg 2 tabs q6h', 'oxycodone'),
  input('tablets', 'MME percocet 10/325 2 tabs q6h + norco 10/325 1 tab q6h', 'oxycodone', 'hydrocodone'),
  input('tablets', 'tylenol 1 g tid and percocet 5/325 2 tabs q6h', 'acetaminophen', 'oxycodone'),
  // As needed, ranges, caps and open-ended extras: the most the prescription allows.
  input('as-needed', 'MME norco 10/325 1-2 tabs q4-6h prn', 'hydrocodone'),
  input('as-needed', 'MME percocet 5/325 1-2 tabs q4h prn, max 6 a day', 'oxycodone'),
  input('as-needed', 'MME oxycodone 5 mg 1-2 tabs q4-6h prn', 'oxycodone'),
  input('as-needed', 'tramadol 100 qid plus extra 50s when needed', 'tramadol'),
  input('as-needed', 'tramadol 50-100 mg q4-6h prn', 'tramadol'),
  input('as-needed', 'ibuprofen 400-800 mg q6-8h prn', 'ibuprofen'),
  input('as-needed', 'tylenol 500 mg 1-2 tabs q4-6h prn', 'acetaminophen'),
  input('as-needed', 'gabapentin 300-600 mg tid', 'gabapentin'),
  input('as-needed', 'naproxen 500 bid prn', 'naproxen'),
  // Interactions: every pair class of the reference's table, and pairs outside it.
  input('interaction', 'duloxetine and tramadol', 'duloxetine', 'tramadol'),
  input('interaction', 'sertraline and duloxetine', 'ssri', 'duloxetine'),
  input('interaction', 'duloxetine and venlafaxine', 'duloxetine', 'other-snri'),
  input('interaction', 'duloxetine and fluvoxamine', 'duloxetine', 'fluvoxamine'),
  input('interaction', 'duloxetine and cipro', 'duloxetine', 'ciprofloxacin'),
  input('interaction', 'duloxetine and phenelzine', 'duloxetine', 'maoi'),
  input('interaction', 'tramadol and phenelzine', 'tramadol', 'maoi'),
  input('interaction', 'tramadol and sumatriptan', 'tramadol', 'other-serotonergic'),
  input('interaction', 'tramadol and amitriptyline', 'tramadol', 'tricyclic'),
  input('interaction', 'tramadol and bupropion', 'tramadol', 'bupropion'),
  input('interaction', 'naproxen and warfarin', 'naproxen', 'anticoagulant'),
  input('interaction', 'ibuprofen and aspirin', 'ibuprofen', 'antiplatelet'),
  input('interaction', 'naproxen and ibuprofen', 'naproxen', 'ibuprofen'),
  input('interaction', 'naproxen and sertraline', 'naproxen', 'ssri'),
  input('interaction', 'duloxetine and celecoxib', 'duloxetine', 'other-nsaid'),
  input('interaction', 'gabapentin and pregabalin', 'gabapentin', 'pregabalin'),
  input('interaction', 'oxycodone and cyclobenzaprine', 'oxycodone', 'muscle-relaxant'),
  input('interaction', 'oxycodone and diazepam', 'oxycodone', 'benzodiazepine'),
  input('interaction', 'oxycodone 10 mg bid and zopiclone at night', 'oxycodone', 'hypnotic'),
  input('interaction', 'hydrocodone and diphenhydramine', 'hydrocodone', 'sedating-antihistamine'),
  input('interaction', 'gabapentin and oxycodone', 'gabapentin', 'oxycodone'),
  input('interaction', 'tylenol and percocet together', 'acetaminophen', 'oxycodone'),
  input('interaction', 'meloxicam and prednisone', 'other-nsaid', 'systemic-corticosteroid'),
  input('interaction', 'duloxetine and gabapentin', 'duloxetine', 'gabapentin'),
  input('interaction', 'tramadol and methadone', 'tramadol', 'methadone'),
];

const CITATION = /\[\d+\]/g;
const CITED = /\[\d+\]/;
const NUMBER = /\d[\d,]*(?:\.\d+)?/g;
const LEAD_IN = /^(?:- )?\*\*([^*]+)\*\*/;

const plain = (line: string): string =>
  line
    .replace(CITATION, '')
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The compact verdict of one answer (all its messages, in order). */
export function verdictOf(messages: readonly string[]): GoldenVerdict {
  const lines = messages
    .join('\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const [first = '', ...rest] = lines;
  const findings: string[] = [];
  const labels: string[] = [];
  const numbers = new Set<number>();
  for (const line of rest) {
    const lead = LEAD_IN.exec(line)?.[1];
    if (!lead && !CITED.test(line)) {
      findings.push(plain(line.replace(/^- /, '')));
      continue;
    }
    if (lead) labels.push(plain(lead).replace(/:$/, ''));
    for (const n of line.replace(CITATION, '').match(NUMBER) ?? []) numbers.add(Number(n.replaceAll(',', '')));
  }
  return {
    headline: plain(first),
    findings,
    labels,
    numbers: [...numbers].sort((a, b) => a - b).map(String),
  };
}

/** Asks the pure core each question with a fresh conversation. */
export function goldenRow(entry: GoldenInput, n: number): GoldenRow {
  const messages = handleTurn(undefined, coreInput(entry.q, n), CORE_OPTIONS).output.messages.map((m) => m.text);
  return { ...entry, ...verdictOf(messages) };
}

export function goldenTable(): GoldenTable {
  return {
    about:
      'Dose-check behaviour, one row per question: the headline, the findings the dose logic writes, the bold lead-ins and the numbers of each answer (scripts/eval/dose-golden-table.ts). Written by `npm run dose-golden`; part of the content fingerprint (docs/content-log.md).',
    rows: GOLDEN_INPUTS.map((entry, n) => goldenRow(entry, n)),
  };
}

/** The file as written: one row per line (a changed verdict is a one-line diff), a final newline. */
export function serialiseGoldenTable(table: GoldenTable): string {
  const rows = table.rows.map((row) => `    ${JSON.stringify(row)}`).join(',\n');
  return `{\n  "about": ${JSON.stringify(table.about)},\n  "rows": [\n${rows}\n  ]\n}\n`;
}
