import { describe, expect, it } from 'vitest';
import type { ConversationState } from '../../dialogs/conversation-state.js';
import { activeRecord } from '../../dialogs/walkthrough/case-store.js';
import type { CaseFacts } from '../../src/clinical/case/case-facts.js';
import { CAUDA_EQUINA_EXAM_CUES } from '../../src/clinical/language/concepts.js';
import { runScenario, textOf } from './drive.js';

/**
 * Cauda equina signs (clinical-reference.md section 6: saddle anaesthesia, new urinary retention or incontinence,
 * faecal incontinence, bilateral or progressive leg weakness) in emergency-department and clinic words: each makes
 * the case an emergency (same-day assessment) and pauses the pathway; the same signs denied, said normal or resolved
 * by the work-up do not; an examination not done leaves the screen not completed and asks for it.
 */
function run(...turns: string[]): { facts: CaseFacts | undefined; text: string } {
  const { state, outputs } = runScenario({
    name: `ces-${turns[0]!.slice(0, 20)}`,
    turns: turns.map((say) => ({ say })),
  });
  return { facts: activeRecord(state as ConversationState)?.facts, text: textOf(outputs.at(-1)!) };
}

const EMERGENCY = /emergency, same-day assessment/i;

describe('a cauda equina sign in clinic words is an emergency that pauses the pathway', () => {
  it.each([
    // ED handover
    'ED handover: 58M, known CLBP x 3 yrs on naproxen 500 bd 6/52. Poor stream since yesterday, obs stable.',
    // EHR paste
    'Problem: chronic low back pain (2 yrs). Meds: duloxetine 60 mg daily x 8 wk. Bladder scan: PVR 450 mL.',
    // NP shorthand
    '55M CLBP 4y, residual 400 on bladder scan, naproxen 500 bid 6 wk',
    // GP S/O/A/P
    'S: 50F chronic back pain 2 yrs, retaining, on naproxen 500 bd 6 wks. O: obs normal. A: ?CES. P: ED.',
    // UK letter
    'Dear colleague, this 47 year old man with chronic low back pain for a year reports he is numb "down below" when wiping. Kind regards',
    // AU letter, lay words
    'Thanks for seeing this 44 year old lady with chronic LBP for 2 years, who says she cannot feel the toilet paper since Sunday.',
    // dictated
    '39 year old female comma chronic low back pain for two years comma bilateral leg heaviness since this morning full stop',
    // examination shorthand
    '61M chronic LBP 3 yrs, naproxen 500 bd 6 wk. O/E power 4/5 both EHL, reflexes reduced.',
    'ED: 66F CLBP 1 yr, EHL 4/5 bilaterally, post-void residual of 650 ml',
    '52M chronic LBP 18 months, urinary hesitancy and straining to void since Tuesday',
    '48F CLBP 2 yrs. Bladder scan showed 800 mL, catheterised.',
    '57M chronic LBP 2 yrs, both legs feel heavy and weak since last night',
    '60F chronic LBP 5 yrs, reduced sensation when wiping',
  ])('%s', (note) => {
    const { facts, text } = run(note);
    expect(facts?.redFlags).toContain('cauda-equina');
    expect(text).toMatch(EMERGENCY);
    expect(text).toMatch(/cauda equina/i);
    expect(text).not.toMatch(/Do now\b(?! \(once)/);
  });
});

describe('the same signs denied or normal do not flag', () => {
  it.each([
    'ED handover: 58M, known CLBP x 3 yrs on naproxen 500 bd 6/52. No retention, PVR 30 mL, saddle sensation normal.',
    '62F chronic LBP 3 yrs, duloxetine 60 mg x 8 wk. Bladder scan 80 mL, voiding normally.',
    '55M CLBP 4y on naproxen 500 bid 6 wk, good stream, denies numbness when wiping, no bilateral leg heaviness',
    '61M chronic LBP 3 yrs, naproxen 500 bd 6 wk. Power 5/5 bilaterally, 4/5 L EHL, 5/5 R.',
    '70F chronic LBP 2 yrs, on amlodipine, retaining fluid in her ankles, naproxen 500 bd 6 wk',
    '58M CLBP 2 yrs, residual pain 4/10 after naproxen 500 bd 6 wk',
  ])('%s', (note) => {
    const { facts, text } = run(note);
    expect(facts?.redFlags ?? []).not.toContain('cauda-equina');
    expect(text).not.toMatch(EMERGENCY);
  });
});

describe('an examination not done leaves the screen not completed and asks for it', () => {
  it.each([
    '58M CLBP 2 yrs on naproxen 500 bd x 6 wks. Saddle sensation not examined.',
    'ED handover: 58M CLBP 2 yrs, naproxen 500 bd 6/52, PR not done, PVR not done.',
    '58M CLBP 2 yrs, naproxen 500 bd 6 wk, PR declined.',
    ...CAUDA_EQUINA_EXAM_CUES.map((c) => `58M CLBP 2 yrs, naproxen 500 bd 6 wk, ${c.example}`),
  ])('%s', (note) => {
    const { facts, text } = run(note);
    expect(facts?.redFlags ?? []).not.toContain('cauda-equina');
    expect(facts?.redFlagScreen).toBe('unknown');
    expect(facts?.unsureRedFlags).toContain('cauda-equina');
    expect(text).toMatch(/red-flag screen not completed/i);
    expect(text).not.toMatch(EMERGENCY);
  });
});

describe('a later update that resolves the signs clears the flag and returns to the pathway', () => {
  it.each([
    [
      '58M CLBP 2 yrs on naproxen 500 bd x 6 wks. Saddle numbness, PVR 450 mL, bilateral leg heaviness.',
      'repeat PVR 60 mL, saddle sensation normal on repeat exam, leg heaviness gone, MRI no compression',
    ],
    ['62M CLBP 3 yrs, naproxen 500 bd 6 wk. Urinary retention.', 'MRI: no compression. Retention resolved, PVR 50.'],
    ['ED: 55M CLBP 4y, naproxen 500 bd 6 wk, residual 400', 'MRI lumbar spine: no cauda equina compression'],
  ])('%s / %s', (opener, update) => {
    expect(run(opener).facts?.redFlags).toContain('cauda-equina');
    const { facts, text } = run(opener, update);
    expect(facts?.redFlags ?? []).not.toContain('cauda-equina');
    expect(text).not.toMatch(EMERGENCY);
  });

  it('a resolved-looking update with the sign still there keeps the flag', () => {
    const { facts } = run(
      '58M CLBP 2 yrs on naproxen 500 bd x 6 wks. Bladder scan PVR 450 mL.',
      'MRI no compression but repeat PVR 500 mL',
    );
    expect(facts?.redFlags).toContain('cauda-equina');
  });
});
