import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/index.js';

/**
 * Outcome phrases as clinicians type them, each scoped to the drug it follows; a list of drugs sharing one
 * outcome ("neither helped"); a side effect beats "ineffective" ("ineffective and sedating" was stopped for it).
 * 'none': taken once, no outcome said.
 */
const ROWS: [string, Record<string, string>][] = [
  ["naproxen 500 bid, didn't do much", { naproxen: 'ineffective' }],
  ["naproxen x 8 wks, didn't do much", { naproxen: 'ineffective' }],
  ["Naproxen 375 bid x 8 wks, didn't do much.", { naproxen: 'ineffective' }],
  ["duloxetine 60 mg x 12 weeks, didn't do much.", { duloxetine: 'ineffective' }],
  ['ibuprofen no better', { ibuprofen: 'ineffective' }],
  ['gabapentin - minimal benefit', { gabapentin: 'ineffective' }],
  ['duloxetine made her dizzy', { duloxetine: 'not-tolerated' }],
  ['ibuprofen GI upset', { ibuprofen: 'not-tolerated' }],
  ['naproxen stopped due to heartburn', { naproxen: 'not-tolerated' }],
  ['tramadol helped a bit', { tramadol: 'partial' }],
  ['tylenol, some improvement', { acetaminophen: 'partial' }],
  ['duloxetine worked until last month, now no benefit', { duloxetine: 'ineffective' }],
  ['duloxetine worked until the summer', { duloxetine: 'ineffective' }],
  ['naproxen failed', { naproxen: 'ineffective' }],
  ['tried naproxen and ibuprofen, neither helped', { naproxen: 'ineffective', ibuprofen: 'ineffective' }],
  ['naproxen and ibuprofen both failed', { naproxen: 'ineffective', ibuprofen: 'ineffective' }],
  [
    'naproxen, ibuprofen, meloxicam - none helped',
    { naproxen: 'ineffective', ibuprofen: 'ineffective', 'other-nsaid': 'ineffective' },
  ],
  ['naproxen no relief, duloxetine helped', { naproxen: 'ineffective', duloxetine: 'effective' }],
  ['duloxetine helped a bit, gabapentin made him dizzy', { duloxetine: 'partial', gabapentin: 'not-tolerated' }],
  ['naproxen helped, ibuprofen did not', { naproxen: 'effective', ibuprofen: 'ineffective' }],
  [
    'ibuprofen caused GI upset so switched to naproxen, no better',
    { ibuprofen: 'not-tolerated', naproxen: 'ineffective' },
  ],
  [
    'tried ibuprofen - no help; then naproxen 500 bid, partial relief',
    { ibuprofen: 'ineffective', naproxen: 'partial' },
  ],
  ['naproxen 500 bid did nothing', { naproxen: 'ineffective' }],
  ['naproxen 500 bid - nil benefit', { naproxen: 'ineffective' }],
  ['duloxetine 60 mg, not much help', { duloxetine: 'ineffective' }],
  ['gabapentin made no difference', { gabapentin: 'ineffective' }],
  ['tramadol 50 prn takes the edge off', { tramadol: 'partial' }],
  ['duloxetine 60 daily - modest benefit', { duloxetine: 'partial' }],
  ['naproxen was stopped because of reflux', { naproxen: 'not-tolerated' }],
  ['gabapentin 300 tid, too sedating', { gabapentin: 'not-tolerated' }],
  ['cymbalta gave her nausea', { duloxetine: 'not-tolerated' }],
  ["meloxicam, didn't help much", { 'other-nsaid': 'ineffective' }],
  ['Stopped ibuprofen due to GI upset.', { ibuprofen: 'not-tolerated' }],
  ['duloxetine 60 x 3 months no relief', { duloxetine: 'ineffective' }],
  ['tylenol, ibuprofen: neither effective', { acetaminophen: 'ineffective', ibuprofen: 'ineffective' }],
  ['Previously on oxycodone 5 mg q6h, weaned off.', { oxycodone: 'none' }],
  ['naproxen and duloxetine, both no benefit', { naproxen: 'ineffective', duloxetine: 'ineffective' }],
  ['tramadol helped slightly', { tramadol: 'partial' }],
  ['duloxetine: slight improvement', { duloxetine: 'partial' }],
  ['naproxen with little effect', { naproxen: 'ineffective' }],
  ['celebrex - no response', { 'other-nsaid': 'ineffective' }],
  ['pregabalin, weight gain, stopped', { pregabalin: 'not-tolerated' }],
  ['gabapentin - ineffective and sedating', { gabapentin: 'not-tolerated' }],
  ['ibuprofen and naproxen tried without relief', { ibuprofen: 'ineffective', naproxen: 'ineffective' }],
  [
    'has tried naproxen, ibuprofen and meloxicam with no improvement',
    { naproxen: 'ineffective', ibuprofen: 'ineffective', 'other-nsaid': 'ineffective' },
  ],
  ['failed trials of naproxen and duloxetine', { naproxen: 'ineffective', duloxetine: 'ineffective' }],
  ['naproxen gave some relief but duloxetine caused nausea', { naproxen: 'partial', duloxetine: 'not-tolerated' }],
  ['duloxetine stopped after 2 weeks because of nausea', { duloxetine: 'not-tolerated' }],
  ["d/c'd gabapentin due to dizziness", { gabapentin: 'not-tolerated' }],
  ['Gabapentin discontinued d/t sedation', { gabapentin: 'not-tolerated' }],
  ['tramadol - constipated, stopped', { tramadol: 'not-tolerated' }],
  ['naproxen 500 bid: no benefit after 6 weeks', { naproxen: 'ineffective' }],
  ['naproxen 500 bid - pain no better', { naproxen: 'ineffective' }],
  ['duloxetine 60 - only slight improvement', { duloxetine: 'partial' }],
  ['duloxetine 60 mg helped initially, now wearing off', { duloxetine: 'ineffective' }],
  ['ibuprofen helps somewhat', { ibuprofen: 'partial' }],
  ['ibuprofen 400 prn with good effect', { ibuprofen: 'effective' }],
  ['naproxen - mild improvement only', { naproxen: 'partial' }],
  ['she could not tolerate duloxetine', { duloxetine: 'not-tolerated' }],
  ['duloxetine made her feel sick', { duloxetine: 'not-tolerated' }],
  ['codeine made him vomit', { codeine: 'not-tolerated' }],
  ['tramadol made her throw up', { tramadol: 'not-tolerated' }],
  ['naproxen upset her stomach', { naproxen: 'not-tolerated' }],
  ['ibuprofen caused stomach pain', { ibuprofen: 'not-tolerated' }],
  ['tylenol does very little', { acetaminophen: 'ineffective' }],
  ['tylenol barely helps', { acetaminophen: 'ineffective' }],
  ['duloxetine, pain unchanged at 8 weeks', { duloxetine: 'ineffective' }],
  ['gabapentin did not help and made her sleepy', { gabapentin: 'not-tolerated' }],
  ['naproxen ineffective. duloxetine 30 mg started 2 wks ago.', { naproxen: 'ineffective', duloxetine: 'current' }],
  ['NSAIDs (naproxen, ibuprofen) - no relief', { naproxen: 'ineffective', ibuprofen: 'ineffective' }],
  ['trialled amitriptyline and gabapentin, both no good', { gabapentin: 'ineffective' }],
  [
    'naproxen not effective, switched to celecoxib which helped',
    { naproxen: 'ineffective', 'other-nsaid': 'effective' },
  ],
  ['tramadol 50 tid, some benefit', { tramadol: 'partial' }],
  ['duloxetine 60 daily with marginal benefit', { duloxetine: 'partial' }],
  ['naproxen x 6 wks - nil relief', { naproxen: 'ineffective' }],
  ['duloxetine 60 stopped: hyponatremia', { duloxetine: 'not-tolerated' }],
  ['ibuprofen stopped, BP went up', { ibuprofen: 'not-tolerated' }],
  ['pregabalin - swelling of ankles', { pregabalin: 'not-tolerated' }],
  [
    'naproxen 500 bid and duloxetine 60 daily, neither made any difference',
    { naproxen: 'ineffective', duloxetine: 'ineffective' },
  ],
  ["duloxetine didn't touch the pain", { duloxetine: 'ineffective' }],
  [
    'naproxen 500 bid for 6 weeks without improvement, then ibuprofen 800 tid, also without improvement',
    { naproxen: 'ineffective', ibuprofen: 'ineffective' },
  ],
  ['ibuprofen: GI intolerance', { ibuprofen: 'not-tolerated' }],
  ['naproxen 250 bid — minimal effect', { naproxen: 'ineffective' }],
  ['tried tramadol, helped a little', { tramadol: 'partial' }],
  [
    'naproxen 500 bid helped but caused reflux; duloxetine 60 no effect',
    { naproxen: 'not-tolerated', duloxetine: 'ineffective' },
  ],
  [
    'on duloxetine 60 daily and naproxen 500 bid, naproxen not helping',
    { duloxetine: 'current', naproxen: 'ineffective' },
  ],
  [
    'ibuprofen caused GI upset, naproxen tolerated but ineffective',
    { ibuprofen: 'not-tolerated', naproxen: 'ineffective' },
  ],
  ['gabapentin helps the leg pain; tramadol prn rarely', { gabapentin: 'effective', tramadol: 'none' }],
  ['tramadol 50 bid (helps), gabapentin 300 tid (dizzy)', { tramadol: 'effective', gabapentin: 'not-tolerated' }],
  ['failed naproxen; duloxetine 30 mg started 1 week ago', { naproxen: 'ineffective', duloxetine: 'current' }],
  [
    'naproxen: no relief. ibuprofen: partial relief. duloxetine: nausea.',
    { naproxen: 'ineffective', ibuprofen: 'partial', duloxetine: 'not-tolerated' },
  ],
  ['tylenol helps a bit, naproxen did nothing', { acetaminophen: 'partial', naproxen: 'ineffective' }],
  ['meloxicam x 2 months then switched to celecoxib, neither helped', { 'other-nsaid': 'ineffective' }],
  ['duloxetine 60 mg daily (partial), naproxen 500 bid (none)', { duloxetine: 'partial', naproxen: 'ineffective' }],
  ['no relief from naproxen or ibuprofen', { naproxen: 'ineffective', ibuprofen: 'ineffective' }],
  ['intolerant of duloxetine and tramadol', { duloxetine: 'not-tolerated', tramadol: 'not-tolerated' }],
  ['allergic to NSAIDs', { 'other-nsaid': 'contraindicated' }],
  [
    'naproxen and duloxetine both stopped due to side effects',
    { naproxen: 'not-tolerated', duloxetine: 'not-tolerated' },
  ],
  // Pain that did not move on the drug is no response to it (class "a failed drug after an adequate trial").
  [
    'naproxen 500 bd x 3/12 and duloxetine 60 od x 4/12, neither of which helped',
    { naproxen: 'ineffective', duloxetine: 'ineffective' },
  ],
  ['celecoxib 200 daily, none of these made a difference', { 'other-nsaid': 'ineffective' }],
  ['ibuprofen 600 tds x 8/52 - "not touching it"', { ibuprofen: 'ineffective' }],
  ["Cymbalta 60mg for 2 months, she says it isn't touching the pain", { duloxetine: 'ineffective' }],
  ['duloxetine 60 daily x 4 mo, pain 7/10 before and now', { duloxetine: 'ineffective' }],
  ['naproxen 500 bid 10 wks, NRS 6/10 unchanged', { naproxen: 'ineffective' }],
  ['duloxetine 60 mg for 12 weeks without any change in his pain', { duloxetine: 'ineffective' }],
  ['Pain 7/10 persists on the ibuprofen.', { ibuprofen: 'ineffective' }],
  ['Pain 6/10, unchanged over the 10 weeks of naproxen.', { naproxen: 'ineffective' }],
  ['duloxetine 60 od for the last 5 weeks, pain 7/10 to 6/10', { duloxetine: 'ineffective' }],
  ['on naproxen 500 b.d. 6/52, pain 8 -> 7', { naproxen: 'ineffective' }],
  // a fall that meets the minimal important change on every score is a response: effective, still taken
  ['taking duloxetine 60 daily x 8 wks, pain 8 -> 4', { duloxetine: 'effective' }],
  ['duloxetine 60 mg x 6/52, pain 6 to 3/10, ODI 40% to 22%', { duloxetine: 'effective' }],
  // one score meets it and one does not: the words decide (none here)
  ['on duloxetine 60 mg for 8 wks, pain 8 -> 5, ODI 50 -> 49', { duloxetine: 'current' }],
  ['naproxen 500 bd x 3 mo (7->7)', { naproxen: 'ineffective' }],
];

describe('medication outcomes', () => {
  it.each(ROWS)('%s', (text, want) => {
    const meds = extractCaseFacts(text, '2026-11-29T10:00:00.000Z').patch.medications ?? [];
    const got = Object.fromEntries(meds.map((m) => [m.drug, m.outcome ?? 'none']));
    expect(got).toMatchObject(want);
  });
});
