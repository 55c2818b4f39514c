import { describe, expect, it } from 'vitest';
import { CLASS_WORDS, classWordMessage, pairQuestionMessage } from '../../dialogs/answers/interactions.js';
import { alcoholDeniedAt } from '../../dialogs/answers/question-context.js';
import { findDrugs } from '../../dialogs/answers/ports.js';
import { handleTurn } from '../../dialogs/turn-core.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';

/**
 * The opioid + CNS-depressant pair (clinical-reference.md section 3) read from a class word only when the word names
 * current use: alcohol denied, past, another drink or another sense of the word, and "non-sedating", are not the
 * pair. A warning on everything is ignored, so over-firing is a safety defect too.
 */
let n = 0;
const ask = (q: string): string =>
  handleTurn(undefined, coreInput(q, 9600 + n++), CORE_OPTIONS)
    .output.messages.map((m) => m.text)
    .join('\n');

const CNS = /CNS depressants/;
const PAIR_TITLE = /\+ (?:Alcohol|Sedating antihistamine)/i;

describe('class words: the counters each row lists are not read', () => {
  const rows = CLASS_WORDS.flatMap((w) => (w.counters ?? []).map((c) => [w.drugClass, c] as const));
  it('alcohol and antihistamine rows carry counters', () => {
    expect(rows.length).toBeGreaterThanOrEqual(9);
  });
  it.each(rows)('%s: %s', (_, counter) => {
    const text = ask(counter);
    expect(text).not.toMatch(CNS);
    expect(text).not.toMatch(PAIR_TITLE);
  });
});

describe('alcohol: negated, past and unrelated words (turn core)', () => {
  it.each([
    'no alcohol, tramadol 50 qid ok?',
    'denies etoh',
    'denies etoh. oxycodone 5 mg q6h ok?',
    'ex-drinker, on codeine, ok?',
    'drinks 2 litres of water a day, tramadol?',
    'drinks a lot of fluids, tramadol ok?',
    'pt in good spirits, oxycodone 10 bd ok?',
    'coffee drinker, tramadol ok?',
  ])('%s', (q) => {
    expect(ask(q)).not.toMatch(CNS);
  });
});

describe('contrasts that must not change: current alcohol still warns', () => {
  it.each([
    'drinks 4 beers a night, oxycodone ok?',
    'tramadol and alcohol',
    'pt drinks heavily, on oxycodone, risk?',
    'tramadol and a few beers ok?',
    'drinking 3 pints most nights, on tramadol 50 qds, ok?',
    'social drinker, tramadol ok?',
    'codeine plus alcohol, risk?',
  ])('%s', (q) => {
    expect(ask(q)).toMatch(CNS);
  });

  it('a dose given keeps its answer and adds the pair with alcohol', () => {
    const text = ask('Rx oxycodone 5 mg q6h, pt drinks most nights. ok to dispense?');
    expect(text).toMatch(/30 MME\/day/);
    expect(text).toMatch(CNS);
  });

  it('a sedating antihistamine named as such still warns; the non-sedating one beside it does not', () => {
    expect(ask('tramadol with a sedating antihistamine at night?')).toMatch(CNS);
    expect(ask('tramadol with a non-sedating antihistamine at night?')).not.toMatch(CNS);
  });
});

describe('the readers directly', () => {
  it('one denial reading: alcoholDeniedAt', () => {
    const at = (s: string, w: string) => alcoholDeniedAt(s, s.indexOf(w));
    expect(at('no alcohol', 'alcohol')).toBe(true);
    expect(at('denies etoh', 'etoh')).toBe(true);
    expect(at('ex-drinker', 'drinker')).toBe(true);
    expect(at('non-drinker', 'drinker')).toBe(true);
    expect(at('former heavy drinker', 'heavy')).toBe(true);
    expect(at('drinks 4 beers', 'drinks')).toBe(false);
  });

  it('pairQuestionMessage and classWordMessage read the same guard', () => {
    const q = 'no alcohol, tramadol 50 qid ok?';
    expect(classWordMessage(q, findDrugs(q))).toBeUndefined();
    const yes = 'drinks 4 beers a night, tramadol 50 qid ok?';
    expect(classWordMessage(yes, findDrugs(yes))?.text).toMatch(CNS);
    const bare = 'pt in good spirits, oxycodone and what else?';
    expect(pairQuestionMessage(bare, findDrugs(bare))).toBeUndefined();
  });
});
