import { describe, expect, it } from 'vitest';
import { runScenario } from './drive.js';

/**
 * A drug course finished weeks or months ago is past use, never current: it rules nothing out beyond the reference's
 * one interval (an MAOI: within 14 days, clinical-reference.md section 2). A course still under way is held.
 */
const reply = (turns: string[]) =>
  runScenario({ name: `course ${turns.join('|')}`, turns: turns.map((say) => ({ say })) })
    .outputs.at(-1)!
    .messages.map((m) => m.text)
    .join('\n\n');

const BASE = '55F CLBP 7 mo, RF neg, naproxen 500 bd 6 wk failed.';

describe('a finished course', () => {
  it.each([
    `${BASE} Finished linezolid two months ago for a foot infection.`,
    `GP letter: ${BASE} She completed linezolid 3 months ago (osteomyelitis).`,
    `${BASE} linezolid finished 10 weeks ago`,
  ])('is past, duloxetine stays offered: %s', (text) => {
    const out = reply([text]);
    expect(out).toMatch(/linezolid: stopped/);
    expect(out).not.toMatch(/on an MAOI/);
    expect(out).toMatch(/Add duloxetine/);
  });

  it('finished within 14 days: the MAOI window still holds', () => {
    expect(reply([`${BASE} finished linezolid 5 days ago`])).toMatch(
      /Not for this patient: duloxetine \(linezolid stopped 5 days ago, under 14/,
    );
  });

  it.each([`${BASE} On linezolid for a foot infection.`, `${BASE} on linezolid, not finished yet`])(
    'contrast, a course under way is held: %s',
    (text) => expect(reply([text])).toMatch(/Not for this patient: duloxetine \(on an MAOI\)/),
  );
});
