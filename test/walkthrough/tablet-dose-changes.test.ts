import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import { acetaminophenDailyMg } from '../../src/clinical/case/medication-facts.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';

const AT = '2026-01-15T10:00:00.000Z';

/** Turns in one conversation; the replies' text, one string per turn. */
function talk(...texts: string[]): string[] {
  let state: unknown;
  return texts.map((text, i) => {
    const at = new Date(Date.parse(AT) + i * 60_000).toISOString();
    const r = handleTurn(state as never, { ...coreInput(text, 7), receivedAt: at }, CORE_OPTIONS);
    state = r.state;
    return r.output.messages.map((m) => m.text ?? '').join('\n');
  });
}

const OPEN = 'new case: 58M chronic low back pain 6 months, no red flags, on oxycodone 10 mg q6h';

/** A mid-case change said in tablets is the tablets times the case's strength (clinical-reference.md section 4). */
describe('mid-case dose changes in tablets and grams', () => {
  it.each(['oxycodone now 2 tabs q6h', 'FYI oxy now 2 tablets every 6 hours', 'oxycodone was increased to 2 tabs qid'])(
    '%j: 2 x 10 mg x 4 x 1.5 = 120 MME/day',
    (change) => {
      const [, , mme] = talk(OPEN, change, 'total MME?');
      expect(mme).toContain('120 MME/day');
    },
  );

  it('a planned change leaves the case as it was', () => {
    const [, , mme] = talk(OPEN, 'plan: oxycodone increased to 15 mg q6h', 'total MME?');
    expect(mme).toContain('60 MME/day');
  });

  it('a Norco change in tablets keeps the case strength (5/325): 2 tabs q4h = 60 mg, 3,900 mg acetaminophen', () => {
    const [, , apap] = talk(
      'new case: 61F chronic LBP 8 months, no red flags, on Norco 5/325 1 tab q6h',
      'norco now 2 tabs q4h',
      'how much acetaminophen is she on?',
    );
    expect(apap).toContain('3,900');
  });

  it('a tablet count with no strength known asks for it, never reads mg', () => {
    const [, changed] = talk(
      'new case: 58M chronic low back pain 6 months, no red flags, on norco q6h',
      'norco now 2 tabs q6h',
    );
    expect(changed?.toLowerCase()).toContain('strength');
    expect(changed).not.toContain('hydrocodone 2 mg');
  });
});

/** Range or as-needed combinations: the most the prescription allows, counted in tablets of the product's strength. */
describe('most a day of one-strength combinations', () => {
  const med = (text: string) => extractCaseFacts(text, AT).patch.medications?.[0];
  it.each([
    ['tylenol #3 1-2 q4-6h prn', 360, 3600],
    ['Tylenol #3 i-ii tabs q4h PRN', 360, 3600],
    ['ultracet 1-2 tabs q6h prn', 300, 2600],
    ['tylenol #3 1-2 tabs q6h prn, max 8/day', 240, 2400],
    ['Percocet 10/325 1-2 q4h', 120, 3900],
  ])('%j: %i mg opioid, %i mg acetaminophen a day at most', (text, opioid, apap) => {
    const m = med(text)!;
    expect(m.mostDailyMg).toBe(opioid);
    expect(acetaminophenDailyMg(m)).toBe(apap);
  });

  it('Norco 5/325 2 tabs q6h max 6/day stays 1,950 mg', () => {
    const [reply] = talk('norco 5/325 2 tabs q6h max 6/day - how much acetaminophen?');
    expect(reply).toContain('1,950');
  });
});
