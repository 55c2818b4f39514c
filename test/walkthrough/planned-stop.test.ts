import { describe, expect, it } from 'vitest';
import { isHeld } from '../../src/clinical/case/medication-facts.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { runScenario, textOf } from './drive.js';

/**
 * A stop planned or intended is not a stop: the drug is taken until then, so it stays held and its interactions stand
 * (sertraline + duloxetine: "not recommended", clinical-reference.md section 3). "stopped sertraline in May", "off
 * sertraline since March", "came off it last month" are stops. Styles: a plan heading (own sentence, mid-sentence,
 * a numbered list), the drug's own clause, modal and future forms, a later turn.
 */
const AT = '2026-11-29T10:00:00.000Z';
const ssri = (text: string) => extractCaseFacts(text, AT).patch.medications?.find((m) => m.drug === 'ssri');
const first = (text: string) => textOf(runScenario({ name: text.slice(0, 40), turns: [{ say: text }] }).outputs[0]!);

const OPENING = '52F CLBP 2 yrs, naproxen 500 bd 8 wk failed, RF neg, eGFR 90';
const DUPLICATE = /Not for this patient: duloxetine \(on an SSRI or SNRI: duplicate antidepressant therapy\)/;

describe('a planned stop keeps the drug taken (one message)', () => {
  it.each([
    ['plan heading', `${OPENING}, on sertraline 100 mg. Plan: off sertraline`],
    ['plan heading, only mention', `${OPENING}. Plan: off sertraline, start duloxetine.`],
    ['plan mid-sentence', `${OPENING}, Plan - wean sertraline, then duloxetine`],
    ['numbered plan', `${OPENING}, sertraline 100 mg daily.\nPlan:\n1. off sertraline\n2. duloxetine 30 mg daily`],
    ['intention', `${OPENING}, on sertraline 100 mg, plan to stop sertraline`],
    ['future', `${OPENING}, sertraline 100 mg - will wean off the sertraline`],
    ['next month', `${OPENING}, going to come off citalopram next month`],
    ['own clause', `${OPENING}, sertraline - stopping next week`],
    ['label style', `${OPENING}. Citalopram: coming off next month.`],
    ['bracket', `${OPENING}. Sertraline (stopping in 2 wks).`],
    ['modal', `${OPENING}, sertraline 100 mg, to be discontinued`],
    ['someone else plans it', `${OPENING}, psych to stop sertraline`],
  ])('%s', (_style, text) => {
    const m = ssri(text);
    expect(m).toBeDefined();
    expect(m!.stopped).toBeUndefined();
    expect(isHeld(m!)).toBe(true);
    // a taper's time is not how long the drug was taken
    expect(m!.durationWeeks).toBeUndefined();
  });

  it.each([['stopped sertraline in May'], ['off sertraline since March'], ['sertraline was stopped 6 months ago']])(
    'a stop said: %s',
    (said) => {
      const m = ssri(`${OPENING}, ${said}`);
      expect(m?.stopped).toBe(true);
      expect(isHeld(m!)).toBe(false);
    },
  );

  it('said, the plan is shown as read', () => {
    const out = first(`${OPENING}, on sertraline 100 mg daily, plan to stop sertraline`);
    expect(out).toMatch(/sertraline 100 mg daily: stop planned \(still taken\)/);
    expect(out).toMatch(DUPLICATE);
    expect(out).not.toMatch(/Add duloxetine 30 mg daily/);
  });

  it('a numbered plan: the duloxetine in it is proposed, not taken; the sertraline dose is not the list number', () => {
    const out = first(`${OPENING}, sertraline 100 mg daily.\nPlan:\n1. off sertraline\n2. duloxetine 30 mg daily`);
    expect(out).toMatch(/sertraline 100 mg daily: stop planned/);
    expect(out).not.toMatch(/sertraline 2 mg/);
    expect(out).not.toMatch(/^- duloxetine 30 mg daily$/m);
    expect(out).toMatch(/duloxetine is not for this patient: on an SSRI or SNRI/);
  });
});

describe('a planned stop said in a later turn leaves the interaction in place', () => {
  it.each([
    'Plan: off sertraline',
    'plan to stop sertraline',
    'will wean off the sertraline',
    'she is going to come off the sertraline next month',
    'sertraline - stopping next week',
  ])('%s', (said) => {
    runScenario({
      name: `planned-later-${said}`,
      turns: [
        { say: `${OPENING}, on sertraline 100 mg daily`, expect: { text: [DUPLICATE] } },
        {
          say: said,
          expect: {
            facts: { medications: [{ drug: 'naproxen' }, { drug: 'ssri', doseMg: 100 }] },
            noText: [/Add duloxetine 30 mg daily/, /sertraline[^\n]*: stopped/],
          },
        },
        { say: 'plan', expect: { text: [DUPLICATE] } },
      ],
    });
  });

  it('then stopped: duloxetine comes back', () => {
    runScenario({
      name: 'planned-then-stopped',
      turns: [
        { say: `${OPENING}, on sertraline 100 mg daily, plan to stop it next month` },
        { say: 'plan', expect: { text: [DUPLICATE] } },
        {
          say: 'sertraline stopped 6 weeks ago',
          expect: { text: [/Add duloxetine 30 mg daily/], noText: [DUPLICATE, /stop planned/] },
        },
      ],
    });
  });
});
