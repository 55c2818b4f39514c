import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/language/index.js';

/**
 * Outcome phrases as clinicians type them, each scoped to the drug it follows; a list of drugs sharing one
 * outcome ("neither helped"); a side effect beats "ineffective" ("ineffective and sedating" was stopped for it).
 * 'none': taken once, no outcome said.
 */
const ROWS: [string, Record<string, string>][] = [
 ['naproxen 500 bid, didn\'t do much', {naproxen:'ineffective'}],
 ['naproxen x 8 wks, didn\'t do much', {naproxen:'ineffective'}],
 ['Naproxen 375 bid x 8 wks, didn\'t do much.', {naproxen:'ineffective'}],
 ['duloxetine 60 mg x 12 weeks, didn\'t do much.', {duloxetine:'ineffective'}],
 ['ibuprofen no better', {ibuprofen:'ineffective'}],
 ['gabapentin - minimal benefit', {gabapentin:'ineffective'}],
 ['duloxetine made her dizzy', {duloxetine:'not-tolerated'}],
 ['ibuprofen GI upset', {ibuprofen:'not-tolerated'}],
 ['naproxen stopped due to heartburn', {naproxen:'not-tolerated'}],
 ['tramadol helped a bit', {tramadol:'partial'}],
 ['tylenol, some improvement', {acetaminophen:'partial'}],
 ['duloxetine worked until last month, now no benefit', {duloxetine:'ineffective'}],
 ['duloxetine worked until the summer', {duloxetine:'ineffective'}],
 ['naproxen failed', {naproxen:'ineffective'}],
 ['tried naproxen and ibuprofen, neither helped', {naproxen:'ineffective', ibuprofen:'ineffective'}],
 ['naproxen and ibuprofen both failed', {naproxen:'ineffective', ibuprofen:'ineffective'}],
 ['naproxen, ibuprofen, meloxicam - none helped', {naproxen:'ineffective', ibuprofen:'ineffective','other-nsaid':'ineffective'}],
 ['naproxen no relief, duloxetine helped', {naproxen:'ineffective', duloxetine:'effective'}],
 ['duloxetine helped a bit, gabapentin made him dizzy', {duloxetine:'partial', gabapentin:'not-tolerated'}],
 ['naproxen helped, ibuprofen did not', {naproxen:'effective', ibuprofen:'ineffective'}],
 ['ibuprofen caused GI upset so switched to naproxen, no better', {ibuprofen:'not-tolerated', naproxen:'ineffective'}],
 ['tried ibuprofen - no help; then naproxen 500 bid, partial relief', {ibuprofen:'ineffective', naproxen:'partial'}],
 ['naproxen 500 bid did nothing', {naproxen:'ineffective'}],
 ['naproxen 500 bid - nil benefit', {naproxen:'ineffective'}],
 ['duloxetine 60 mg, not much help', {duloxetine:'ineffective'}],
 ['gabapentin made no difference', {gabapentin:'ineffective'}],
 ['tramadol 50 prn takes the edge off', {tramadol:'partial'}],
 ['duloxetine 60 daily - modest benefit', {duloxetine:'partial'}],
 ['naproxen was stopped because of reflux', {naproxen:'not-tolerated'}],
 ['gabapentin 300 tid, too sedating', {gabapentin:'not-tolerated'}],
 ['cymbalta gave her nausea', {duloxetine:'not-tolerated'}],
 ['meloxicam, didn\'t help much', {'other-nsaid':'ineffective'}],
 ['Stopped ibuprofen due to GI upset.', {ibuprofen:'not-tolerated'}],
 ['duloxetine 60 x 3 months no relief', {duloxetine:'ineffective'}],
 ['tylenol, ibuprofen: neither effective', {acetaminophen:'ineffective', ibuprofen:'ineffective'}],
 ['Previously on oxycodone 5 mg q6h, weaned off.', { oxycodone: 'none' }],
 ['naproxen and duloxetine, both no benefit', {naproxen:'ineffective', duloxetine:'ineffective'}],
 ['tramadol helped slightly', {tramadol:'partial'}],
 ['duloxetine: slight improvement', {duloxetine:'partial'}],
 ['naproxen with little effect', {naproxen:'ineffective'}],
 ['celebrex - no response', {'other-nsaid':'ineffective'}],
 ['pregabalin, weight gain, stopped', {pregabalin:'not-tolerated'}],
 ['gabapentin - ineffective and sedating', {gabapentin:'not-tolerated'}],
];

describe('medication outcomes', () => {
  it.each(ROWS)('%s', (text, want) => {
    const meds = extractCaseFacts(text, '2026-11-29T10:00:00.000Z').patch.medications ?? [];
    const got = Object.fromEntries(meds.map((m) => [m.drug, m.outcome ?? 'none']));
    expect(got).toMatchObject(want);
  });
});
