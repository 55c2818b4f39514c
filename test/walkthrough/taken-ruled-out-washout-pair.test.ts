import { describe, expect, it } from 'vitest';
import { runScenario } from './drive.js';

/**
 * A drug taken now that the case rules out (option-lines.ts stopLines): a past MAOI with no stop date only asks when
 * (never a Stop line); a past MAOI dated over 14 days ago rules nothing out; a contraindicated pair taken now stops
 * without the slow-taper clause of an opioid stopped for no benefit (clinical-reference.md sections 2-3).
 */
const reply = (turns: string[]) =>
  runScenario({ name: `washout ${turns.join('|')}`, turns: turns.map((say) => ({ say })) })
    .outputs.at(-1)!
    .messages.map((m) => m.text)
    .join('\n\n');

const DULOX = '48M CLBP 1 yr RF neg. Duloxetine 60 od 10 wk helping (pain 7->4).';

describe('a past MAOI with no date asks, never stops the drug taken', () => {
  it.each([
    `${DULOX} Completed a course of linezolid.`,
    `${DULOX} Had linezolid in 2023.`,
    'GP: 55F chronic LBP, duloxetine 60mg daily 3 months, good response. Was on phenelzine previously, stopped by psych.',
    'NP note - 61M CLBP RF neg, duloxetine 60 od x 12/52 helping. Linezolid course completed, date unsure.',
  ])('"%s"', (text) => {
    const out = reply([text]);
    expect(out).not.toMatch(/Stop duloxetine/);
    expect(out).toMatch(/Before continuing duloxetine[^\n]*date not given[^\n]*when was it stopped\?/);
  });
  it.each([`${DULOX} Linezolid stopped last year.`, `${DULOX} Finished linezolid 2 months ago.`])(
    'dated past 14 days: continued, "%s"',
    (text) => {
      const out = reply([text]);
      expect(out).not.toMatch(/Stop duloxetine|Before continuing duloxetine/);
      expect(out).toMatch(/Continue: duloxetine/);
    },
  );
  it('within 14 days still stops', () => {
    expect(reply([`${DULOX} Linezolid stopped 5 days ago.`])).toMatch(/Stop duloxetine/);
  });
});

describe('a contraindicated pair: stop without the slow-taper clause', () => {
  it.each([
    '70F CLBP, RF neg. Tramadol 50 mg qid for 6 months, helping. Started phenelzine last week by psych.',
    'pharmacist: Rx tramadol 50 qds for CLBP, pt also on tranylcypromine 10 bd from psych. RF neg.',
  ])('"%s"', (text) => {
    const out = reply([text]);
    expect(out).toMatch(/- Stop tramadol[^\n]*\(on an MAOI\)/);
    expect(out).not.toMatch(/- Stop tramadol[^\n]*taper/);
  });
});
