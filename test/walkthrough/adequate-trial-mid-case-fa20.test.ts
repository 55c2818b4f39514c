import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * Class: what counts as an adequate trial asked with a case open that holds the drug: the case's trial is judged
 * first (its dose against the adequate dose, its length against 4 weeks, as-needed use), then the general answer;
 * the question is never read as an answer to the pending question ("define treatment failure" is no NSAID outcome),
 * nor as the "if it fails" hypothetical. Several styles; no identifiers.
 */
let n = 0;
const talk = (turns: string[]): string[] => converse(turns, { key: `fa20-case-${n++}` }).replies;

const ON_DULOXETINE =
  '58M chronic LBP 3 yrs, no leg sx, RF neg, eGFR 85, no GI/CV hx. on duloxetine 60 daily, PT done 8 wks. plan?';
const LOW_NAPROXEN = '55F CLBP 2y, naproxen 250 bd for 2 months, RF neg, eGFR 90. next?';
const PRN_TRAMADOL = '60M CLBP 4y, RF neg, tramadol prn once or twice a week, eGFR 80. plan?';

describe('mid-case: the case trial judged, then the adequate trial', () => {
  it.each([
    ["how many weeks before I can say duloxetine didn't work?"],
    ['how much week before i can say the duloxetin not work?'],
  ])('duloxetine held, its length unknown: asked, not assumed (%s)', (q) => {
    const reply = talk([ON_DULOXETINE, q])[1]!;
    expect(reply).toMatch(
      /duloxetine 60 mg daily: a failure only after at least 4 weeks at the guideline dose: for how long/,
    );
    expect(reply).toMatch(/An adequate trial of duloxetine: 60 mg once daily for at least 4 weeks/);
    expect(reply).not.toMatch(/hypothetical/);
  });

  it.each([['is that a failed NSAID trial?'], ['when can I call the NSAID a flop'], ['does that count as tried?']])(
    'naproxen 250 bd held: below the adequate dose, not an adequate trial (%s)',
    (q) => {
      const reply = talk([LOW_NAPROXEN, q])[1]!;
      expect(reply).toMatch(
        /naproxen 250 mg twice daily for 2 months: not an adequate trial: below the guideline dose/,
      );
      expect(reply).toMatch(/500 mg twice daily/);
    },
  );

  it('tramadol as needed: not an adequate trial, with its guideline dose', () => {
    const reply = talk([PRN_TRAMADOL, 'does that count as tried?'])[1]!;
    expect(reply).toMatch(/tramadol[^*]*: not an adequate trial: taken as needed/);
    expect(reply).toMatch(/50-100 mg every 6-8 hours/);
    expect(reply).not.toMatch(/does not cover/);
  });

  it('"define treatment failure" is a question, never read as the NSAID answer', () => {
    const replies = talk([ON_DULOXETINE, 'define treatment failure']);
    expect(replies[1]).toMatch(/An adequate trial: the guideline's adequate dose for at least 4 weeks/);
    expect(replies[1]).not.toMatch(/Noted for case A/);
  });

  it('contrast: "what if duloxetine fails?" is still the hypothetical', () => {
    expect(talk([ON_DULOXETINE, 'what if duloxetine fails?'])[1]).toMatch(/hypothetical/);
  });
});
