import { describe, expect, it } from 'vitest';
import { INCREASE_BETWEEN_ROWS } from '../../dialogs/answers/opioid-increase.js';
import { converse } from '../helpers/conversation.js';

/**
 * Class: a proposed opioid increase said between two regimens of the same opioid ("increase oxycodone 10 bd to 20
 * bd?", "wants oxycodone increased from 10 mg bd to 20 mg bd", "oxycodone 10 bid -> 20 bid?") is answered as the
 * MME now -> proposed with the thresholds and naloxone (clinical-reference.md section 4), never as an opioid start
 * or the current MME alone. In a case beside a benzodiazepine the boxed warning leads the headline.
 */
let n = 0;
const reply = (q: string): string => converse([q], { key: `inc-between-${n++}` }).replies.join('\n');

describe('increase said between two regimens', () => {
  it.each(INCREASE_BETWEEN_ROWS.map((r) => [r.example, r.counter] as const))(
    'row: %s / not: %s',
    (example, counter) => {
      expect(reply(example)).toMatch(/increase: \d+ to \d+ MME\/day|Asked: oxycodone/);
      expect(reply(counter)).not.toMatch(/increase: \d+ to|Asked:/);
    },
  );

  it.each([
    ['terse', 'increase oxycodone 10 bd to 20 bd?', '30 to 60 MME/day'],
    ['GP chatty', 'wants oxycodone increased from 10 mg bd to 20 mg bd', '30 to 60 MME/day'],
    ['NP shorthand', 'titrate oxycodone 10mg q6h to 15mg q6h?', '60 to 90 MME/day'],
    ['arrow, quick', 'oxycodone 10 bid -> 20 bid?', '30 to 60 MME/day'],
    ['UK', 'pt would like her morphine increased from 10 mg bd to 20 mg bd - ok?', '20 to 40 MME/day'],
  ])('%s: %j', (_style, q, change) => {
    const text = reply(q);
    expect(text).toContain(change);
    expect(text).not.toMatch(/gate is closed/);
  });

  it('a question then an aside about the patient is a quick question: the boxed warning leads its answer', () => {
    // "...? pt also takes clonazepam": read as a question with an aside (aside.ts), answered without opening a case
    const text = reply('oxycodone 10 bid -> 20 bid? pt also takes clonazepam 0.5 nocte');
    expect(text.split('\n')[0]).toMatch(/30 to 60 MME\/day.*boxed warning: oxycodone \+ clonazepam/);
    expect(text).toContain('oxycodone 20 mg/day x 1.5 = 30 MME/day');
    expect(text).toContain('oxycodone 40 mg/day x 1.5 = 60 MME/day');
    expect(text).not.toMatch(/gate is closed|New case/);
  });

  it.each([
    [
      'from..to with diazepam',
      'increase oxycodone from 10 bid to 15 bid? also on diazepam 5 bd',
      'Asked: oxycodone 15 mg twice daily is 45',
    ],
  ])('in a case, the boxed warning leads: %s', (_style, q, asked) => {
    const text = reply(q);
    expect(text.split('\n')[0]).toMatch(/boxed warning/);
    expect(text).toContain(asked);
    expect(text).toContain('Now 30 MME/day');
    expect(text).not.toMatch(/gate is closed/);
  });

  it.each([
    ['done, past', 'oxycodone went from 10 bd to 20 bd last month, MME?'],
    ['reduction', 'reduce oxycodone 20 bd to 10 bd?'],
    ['arrow done', 'oxycodone 10 bid -> 20 bid since March. MME?'],
  ])('contrast, %s: %j', (_style, q) => {
    expect(reply(q)).not.toMatch(/increase: \d+ to/);
  });
});
