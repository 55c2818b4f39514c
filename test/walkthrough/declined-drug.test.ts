import { describe, expect, it } from 'vitest';
import { isHeld } from '../../src/clinical/case/medication-facts.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { runScenario, textOf } from './drive.js';

/**
 * A drug the patient refused or declined ("Pt refused duloxetine (worried about side effects)") is neither
 * contraindicated nor ineffective nor not tolerated (guideline: tramadol when duloxetine and NSAIDs are
 * contraindicated or ineffective): the case records it as declined, never taken and never ruled out, and the reply
 * says so: discuss the concern, non-drug therapy meanwhile, tramadol a judgement call. A drug stopped for a reaction
 * stays not tolerated.
 */
const AT = '2026-11-29T10:00:00.000Z';
const dulox = (text: string) => extractCaseFacts(text, AT).patch.medications?.find((m) => m.drug === 'duloxetine');
const first = (text: string) => textOf(runScenario({ name: text.slice(0, 40), turns: [{ say: text }] }).outputs[0]!);
const OPENING = '52F CLBP 1 yr, RF neg, eGFR 90. Naproxen 500 bd x 8 wk failed.';

describe('a refusal is recorded as declined, the option left open', () => {
  it.each([
    ['terse', `${OPENING} Pt refused duloxetine (worried about side effects). Next?`],
    ['NP shorthand', `${OPENING} declined cymbalta - read about withdrawal. what now?`],
    ['GP chatty', `${OPENING} She refuses duloxetine, she's scared of the side effects. What would you suggest?`],
    ['UK', `${OPENING} Patient declined duloxetine as she does not want an antidepressant. Next step?`],
  ])('%s', (_style, text) => {
    const m = dulox(text);
    expect(m?.declined).toBe(true);
    expect(m?.outcome).toBeUndefined();
    expect(isHeld(m!)).toBe(false);
    const out = first(text);
    expect(out).toMatch(/Duloxetine: declined by the patient\.\*\* A refusal is neither/);
    expect(out).toMatch(/after a refusal, that is a judgement call/);
    expect(out).not.toMatch(/duloxetine: not tolerated|duloxetine not tolerated/);
    expect(out.split('\n')[0]).not.toMatch(/Tramadol 50-100/);
  });
});

describe('contrasts: a reaction stays not tolerated', () => {
  it.each([
    ['stopped for nausea', `${OPENING} Duloxetine: stopped after 1 wk for nausea. Next?`],
    ['refuses to restart after a reaction', `${OPENING} Duloxetine caused bad nausea, refuses to restart it. Next?`],
  ])('%s', (_style, text) => {
    expect(dulox(text)?.outcome).toBe('not-tolerated');
    expect(first(text)).not.toMatch(/declined by the patient/);
  });
});
