import { describe, expect, it } from 'vitest';
import {
  appendRow,
  chainOf,
  contentFingerprint,
  contentLogProblems,
  knowledgeData,
  LOG_HEADER,
  nextVersion,
  parseContentLog,
  readContentLog,
  withContentVersion,
} from '../../scripts/eval/content-log.js';
import { readGoldenTable } from '../../scripts/eval/dose-golden-file.js';
import { CONTENT_VERSION } from '../../src/clinical/knowledge/knowledge-base.js';

/**
 * Any change to clinical content or dose-check behaviour needs a new content version: a new row in
 * docs/content-log.md with the new fingerprint, and CONTENT_VERSION (shown in every answer's footer) set to it.
 * The rows are append-only (a hash chain). When this fails with "content changed": `npm run dose-golden` if dose
 * behaviour changed (read the diff), then `npm run content-log -- "what changed"`. docs/knowledge.md explains.
 */
describe('the content log (docs/content-log.md)', () => {
  it('records the current content: last row = this fingerprint and CONTENT_VERSION; rows in order, unedited', async () => {
    const problems = contentLogProblems(parseContentLog(readContentLog()), {
      version: CONTENT_VERSION,
      fingerprint: await contentFingerprint(),
    });
    expect(problems).toEqual([]);
  });

  it('the version itself is in no fingerprinted export (index.ts re-exports it): bumping it changes nothing', async () => {
    const data = await knowledgeData();
    expect(Object.keys(data).filter((k) => k.endsWith('#CONTENT_VERSION'))).toEqual([]);
    expect(JSON.stringify(data)).not.toContain(JSON.stringify(CONTENT_VERSION));
  });

  it('the fingerprint covers the dose-check golden table: one changed verdict changes it', async () => {
    const golden = readGoldenTable();
    const changed = structuredClone(golden);
    changed.rows[0]!.headline = `${changed.rows[0]!.headline} (changed)`;
    expect(await contentFingerprint(changed)).not.toBe(await contentFingerprint(golden));
    expect(await contentFingerprint(structuredClone(golden))).toBe(await contentFingerprint(golden));
  });

  it('the fingerprint covers every data table of src/clinical/knowledge/, but not CONTENT_VERSION itself', async () => {
    const data = await knowledgeData();
    expect(Object.keys(data)).toEqual(
      expect.arrayContaining([
        'knowledge-base.ts#knowledge',
        'dosing.ts#dosing',
        'dosing.ts#avoidDrugs',
        'reference-interactions.ts#interactionRules',
        'mme-factors.ts#mmeFactors',
        'instruments.ts#START_BACK',
        'instruments.ts#OSWESTRY',
        'instruments.ts#MCID',
        'red-flags.ts#redFlagGroups',
        'combination-products.ts#combinationProducts',
        'drug-catalogue.ts#drugCatalogue',
      ]),
    );
    expect(Object.keys(data)).not.toContain('knowledge-base.ts#CONTENT_VERSION');
    expect(JSON.stringify(data['dosing.ts#dosing'])).toContain('"tramadol"');
  });
});

/** The checks themselves, on a small log built row by row as `npm run content-log` builds it. */
describe('the content-log checks', () => {
  const FP = ['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb', 'cccccccccccccccc'];
  const empty = `# Log\n\n${LOG_HEADER}\n|---|---|---|---|---|\n\nText after the table.\n`;
  const log = [
    { version: '2026.11.29-2', date: '2026-11-29', fingerprint: 'not recorded', change: 'First content as built.' },
    { version: '2026.12.06-1', date: '2026-12-06', fingerprint: FP[0]!, change: 'Interactions computed once.' },
    { version: '2026.12.06-2', date: '2026-12-06', fingerprint: FP[1]!, change: 'Combination products added.' },
  ].reduce(appendRow, empty);
  const rows = parseContentLog(log);
  const current = { version: '2026.12.06-2', fingerprint: FP[1]! };
  const replaceLine = (from: string, to: string) => parseContentLog(log.replace(from, to));

  it('a log built by appending passes, and keeps the text around its table', () => {
    expect(rows.map((r) => r.version)).toEqual(['2026.11.29-2', '2026.12.06-1', '2026.12.06-2']);
    expect(rows[0]!.chain).toBe(chainOf('', rows[0]!));
    expect(rows[2]!.chain).toBe(chainOf(rows[1]!.chain, rows[2]!));
    expect(log.endsWith('\nText after the table.\n')).toBe(true);
    expect(contentLogProblems(rows, current)).toEqual([]);
  });

  it('fails when the content changed without a new row, naming the new fingerprint', () => {
    expect(contentLogProblems(rows, { ...current, fingerprint: FP[2]! })).toEqual([
      expect.stringMatching(
        /^content changed: bump CONTENT_VERSION and add a row to docs\/content-log\.md with fingerprint cccccccccccccccc/,
      ),
    ]);
  });

  it('fails when CONTENT_VERSION is not the last row', () => {
    expect(contentLogProblems(rows, { ...current, version: '2026.12.06-3' })).toEqual([
      'CONTENT_VERSION is 2026.12.06-3 but the last row of docs/content-log.md is 2026.12.06-2',
    ]);
  });

  it('fails when the last row is re-pinned in place (new fingerprint, same row)', () => {
    const repinned = replaceLine(FP[1]!, FP[2]!);
    expect(contentLogProblems(repinned, { ...current, fingerprint: FP[2]! }).join('\n')).toMatch(
      /line \d+ \(2026\.12\.06-2\): the row does not match its chain: rows are append-only/,
    );
  });

  it('fails when an older row is edited, even with its chain value recomputed', () => {
    const edited = replaceLine('Interactions computed once.', 'Interactions computed twice.');
    expect(contentLogProblems(edited, current).join('\n')).toMatch(
      /\(2026\.12\.06-1\): the row does not match its chain/,
    );
    const text = log.replace('Interactions computed once.', 'Interactions computed twice.');
    const rechain = chainOf(rows[0]!.chain, { ...rows[1]!, change: 'Interactions computed twice.' });
    const rechained = parseContentLog(text.replace(rows[1]!.chain, rechain));
    const problems = contentLogProblems(rechained, current).join('\n');
    expect(problems).not.toMatch(/2026\.12\.06-1/);
    expect(problems).toMatch(/\(2026\.12\.06-2\): the row does not match its chain/);
  });

  it('fails when a version repeats or goes back, or its date is not the row date', () => {
    const again = parseContentLog(
      appendRow(log, {
        version: '2026.12.06-2',
        date: '2026-12-06',
        fingerprint: FP[2]!,
        change: 'Same version again.',
      }),
    );
    const problems = contentLogProblems(again, { version: '2026.12.06-2', fingerprint: FP[2]! }).join('\n');
    expect(problems).toMatch(/version 2026\.12\.06-2 is already in the log/);
    expect(problems).toMatch(/versions must increase \(after 2026\.12\.06-2\)/);
    const back = parseContentLog(
      appendRow(log, { version: '2026.12.05-4', date: '2026-12-05', fingerprint: FP[2]!, change: 'An older version.' }),
    );
    expect(contentLogProblems(back, { version: '2026.12.05-4', fingerprint: FP[2]! }).join('\n')).toMatch(
      /versions must increase/,
    );
    const misdated = parseContentLog(
      appendRow(log, { version: '2026.12.07-1', date: '2026-12-08', fingerprint: FP[2]!, change: 'Dated wrongly.' }),
    );
    expect(contentLogProblems(misdated, { version: '2026.12.07-1', fingerprint: FP[2]! }).join('\n')).toMatch(
      /the version's date is not the row's date 2026-12-08/,
    );
  });

  it('fails when a fingerprint is recorded twice', () => {
    const twice = parseContentLog(
      appendRow(log, { version: '2026.12.07-1', date: '2026-12-07', fingerprint: FP[0]!, change: 'Back to before.' }),
    );
    expect(contentLogProblems(twice, { version: '2026.12.07-1', fingerprint: FP[0]! }).join('\n')).toMatch(
      /fingerprint aaaaaaaaaaaaaaaa is already recorded for 2026\.12\.06-1/,
    );
  });

  it('refuses a malformed table and a change holding "|"', () => {
    expect(() => parseContentLog('# no table\n')).toThrow(/no table/);
    expect(() => parseContentLog(log.replace(`| ${FP[0]} |`, '|'))).toThrow(/expected 5 cells/);
    expect(() =>
      appendRow(log, { version: '2026.12.07-1', date: '2026-12-07', fingerprint: FP[2]!, change: 'a | b, c d e f' }),
    ).toThrow(/cannot contain/);
  });

  it('the next version counts on the same day and starts at 1 on a later day', () => {
    expect(nextVersion('2026.12.06-2', '2026-12-06')).toBe('2026.12.06-3');
    expect(nextVersion('2026.12.06-2', '2026-12-09')).toBe('2026.12.09-1');
    expect(() => nextVersion('2026.12.06-2', '2026-12-05')).toThrow(/before/);
  });

  it('sets CONTENT_VERSION in knowledge-base.ts', () => {
    const source = "/** doc */\nexport const CONTENT_VERSION = '2026.12.06-2';\nexport const other = 1;\n";
    expect(withContentVersion(source, '2026.12.06-3')).toBe(
      "/** doc */\nexport const CONTENT_VERSION = '2026.12.06-3';\nexport const other = 1;\n",
    );
  });
});
