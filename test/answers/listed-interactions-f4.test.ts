import { describe, expect, it } from 'vitest';
import { IMPLIED_DRUG_ROWS, impliedMentions } from '../../dialogs/answers/implied-drugs.js';
import { CLASS_WORDS } from '../../dialogs/answers/interactions.js';
import { handleTurn } from '../../dialogs/turn-core.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';

/**
 * Interaction rows the reference lists (clinical-reference.md section 3, and section 2's ibuprofen + low-dose aspirin
 * row), asked in clinicians' own words: the warning is said, cold or in the middle of a case.
 */
let n = 0;
/** Every turn of one conversation; the text of the last turn's messages. */
function talk(...turns: string[]): string {
  const key = n++;
  let state: unknown;
  let text = '';
  for (const t of turns) {
    const r = handleTurn(state, coreInput(t, 9000 + key), CORE_OPTIONS);
    state = r.state ?? state;
    text = r.output.messages.map((m) => m.text).join('\n');
  }
  return text;
}

const BLUNTS = /ibuprofen can blunt aspirin's antiplatelet effect/i;
const CNS = /CNS depressants.*sedation and respiratory depression/i;
const BUPROPION = /bupropion.*(?:seizure threshold).*weaken tramadol's analgesic metabolite/is;

describe('ibuprofen with low-dose aspirin (ref section 2, ibuprofen row)', () => {
  it.each([
    'ibuprofen with baby aspirin?',
    'pt has cardiac stents on aspirin 81, ok to add ibuprofen 600 tds?',
    'Rx ibuprofen 400mg tid, pt on aspirin 75 mg daily - ok to dispense?',
    'on low dose aspirin can she take advil',
    'asa 81 and motrin ok',
    'nurofen plus her aspirin 75 mg - any issue',
  ])('%s', (q) => {
    const text = talk(q);
    expect(text).toMatch(BLUNTS);
    // the antiplatelet pair stays said beside it
    expect(text).toMatch(/GI bleeding/);
  });

  it('is said mid-case, for a case that holds aspirin', () => {
    const text = talk(
      '62M CLBP 8 months, cardiac stents on aspirin 81 daily, naproxen 500 bd failed after 6 weeks, duloxetine not tried',
      'ibuprofen 600 tds ok?',
    );
    expect(text).toMatch(BLUNTS);
  });

  it.each(['naproxen with aspirin 81?', 'ibuprofen with clopidogrel?', 'ibuprofen and warfarin'])(
    'not for another pair: %s',
    (q) => {
      const text = talk(q);
      expect(text).not.toMatch(BLUNTS);
      expect(text).toMatch(/GI bleeding/);
    },
  );
});

describe('tramadol with bupropion (ref section 3)', () => {
  it.each([
    'tramadol with wellbutrin?',
    'Rx tramadol 50 q6h, takes Zyban for smoking cessation. ok to dispense?',
    'tramadol and bupropion together',
    'pt on bupropion XL, can I add tramadol?',
    'wellbutrin 150 + ultram 50 qid ok',
  ])('%s', (q) => {
    expect(talk(q)).toMatch(BUPROPION);
  });
});

describe('an opioid with a CNS depressant: muscle relaxant, sedating antihistamine, alcohol (ref section 3)', () => {
  it.each([
    'oxycodone with cyclobenzaprine?',
    'tramadol plus methocarbamol at night',
    'tizanidine and tramadol ok',
    'baclofen with his morphine?',
    'something for spasms at night on top of his tramadol?',
    'anything for muscle spasms with oxycodone',
    'can I add an antispasmodic at night with his tramadol?',
    'tramadol and benadryl for sleep?',
    'codeine with promethazine',
    'tramadol with a sedating antihistamine at night?',
    'tramadol and alcohol',
    'pt drinks heavily, on oxycodone, risk?',
    'tramadol and a few beers ok?',
  ])('%s', (q) => {
    expect(talk(q)).toMatch(CNS);
  });

  it('a dose given keeps its answer and adds the pair with alcohol', () => {
    const text = talk('Rx oxycodone 5 mg q6h, pt drinks most nights. ok to dispense?');
    expect(text).toMatch(/30 MME\/day/);
    expect(text).toMatch(CNS);
  });

  it.each([
    "something for spasms at night on top of what he's on?",
    'can I add cyclobenzaprine at night?',
    'muscle relaxant for spasm?',
  ])('mid-case, for a case on an opioid: %s', (q) => {
    const text = talk(
      '58M CLBP 1 yr, on oxycodone 10 mg qid for 6 months. naproxen and duloxetine failed, physio done',
      q,
    );
    expect(text).toMatch(CNS);
    expect(text).toMatch(/not covered by this pathway/i);
  });

  it.each(['muscle spasm better with heat?', 'tramadol dose?', 'naproxen for back spasms?'])(
    'no CNS-depressant pair without an opioid and a depressant: %s',
    (q) => {
      expect(talk(q)).not.toMatch(CNS);
    },
  );
});

describe('cue rows', () => {
  it.each(IMPLIED_DRUG_ROWS.map((r) => [r.example, r.counterExample, r.drug] as const))(
    'implied drug: %s (not: %s)',
    (example, counter, drug) => {
      expect(impliedMentions(example.toLowerCase(), []).map((m) => m.drug)).toContain(drug);
      expect(impliedMentions(counter.toLowerCase(), [])).toEqual([]);
    },
  );

  it.each(CLASS_WORDS.map((w) => [w.example, w.drugClass] as const))('class word: %s', (example) => {
    expect(talk(example)).toMatch(/Interaction|caution|boxed|avoid/i);
  });
});
