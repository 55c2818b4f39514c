import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';
import { extractCaseFacts } from '../../src/clinical/language/index.js';

/**
 * The alcohol disorder, then its recovery or abstinence as the next comma item ("hx alcohol dependence, in recovery
 * 5 yrs"): no heavy drinking now, the substance use disorder history kept (stopped.ts ALCOHOL_STOPPED_ROWS,
 * PAST_AFTER). Too short a time, or another subject's remission, changes nothing.
 */
const conditions = (text: string) => extractCaseFacts(text.toLowerCase(), '2026-01-15T10:00:00.000Z').patch.conditions;

describe('alcohol disorder in recovery, said as the next item', () => {
  it.each([
    ['terse', 'hx alcohol dependence, in recovery 5 yrs'],
    ['EHR paste', 'PMH: AUD, in remission since 2019'],
    ['GP chatty', 'he had alcohol dependence, sober 5 years now'],
    ['NP shorthand', 'etoh abuse - abstinent since 2019'],
    ['UK/AU', 'ex heavy drinker, dry for 3 yrs'],
    ['dictated', 'history of alcoholism, in remission'],
  ])('%s: "%s" is no heavy drinking now', (_, text) => {
    expect(conditions(text)?.['heavy-alcohol']).toBe('no');
  });

  it('the disorder history stays', () => {
    expect(conditions('hx alcohol dependence, in recovery 5 yrs')?.['substance-use-disorder']).toBe('yes');
  });

  it.each([
    ['too short', 'alcohol dependence, in recovery 2 weeks'],
    ['too short, sober', 'AUD, sober 2 weeks'],
    ['drinking now', 'alcohol dependence, drinks 6 beers a night'],
    ['dry eyes', 'heavy drinker, eyes dry for 6 months'],
  ])('contrast, %s: "%s" stays heavy drinking', (_, text) => {
    expect(conditions(text)?.['heavy-alcohol']).toBe('yes');
  });

  it('contrast: another condition in remission is not alcohol', () => {
    expect(conditions('breast ca, in remission, drinks 2 glasses wine')?.['heavy-alcohol']).toBeUndefined();
  });

  it('a full description keeps duloxetine', () => {
    const text =
      '45M LBP 6 months, naproxen 500 bd 8 wks no help, hx alcohol dependence, in recovery 5 yrs, no red flags, egfr 90';
    const out = handleTurn(undefined, coreInput(text, 9500), CORE_OPTIONS)
      .output.messages.map((m) => m.text)
      .join('\n');
    expect(out).toMatch(/Add duloxetine 30 mg daily/);
    expect(out).toMatch(/^- no heavy alcohol use$/m);
    expect(out).toMatch(/^- substance use disorder$/m);
  });
});
