import { describe, expect, it } from 'vitest';
import type { ConversationState } from '../../dialogs/conversation-state.js';
import { activeRecord } from '../../dialogs/walkthrough/case-store.js';
import type { CaseFacts, RedFlagId } from '../../src/clinical/case/case-facts.js';
import { populationsIn } from '../../src/clinical/language/populations.js';
import { clearedRedFlags } from '../../src/clinical/language/red-flag-clearance.js';
import { runScenario, textOf } from './drive.js';

/**
 * Red flags (clinical-reference.md section 6) read where they are not, or kept once the work-up has ruled them out:
 * a negation carries over its whole list ("or" included); an imaging result or a specialist's examination that rules
 * the concern out clears it; a historic or corrected item ("a single febrile seizure at age two") is not a sign now.
 */
function run(...turns: string[]): { facts: CaseFacts | undefined; text: string } {
  const { state, outputs } = runScenario({
    name: `rf-${turns[0]!.slice(0, 20)}`,
    turns: turns.map((say) => ({ say })),
  });
  return { facts: activeRecord(state as ConversationState)?.facts, text: textOf(outputs.at(-1)!) };
}

const URGENT = /Stop the pathway|same-day assessment|prompt evaluation/i;

describe('a negation carries over its whole list', () => {
  it.each([
    '52F CLBP 2 yrs, no fever, weight loss, cancer history or trauma. Naproxen 500 bd 6 wks no help.',
    'S: 61M chronic LBP 3 yrs. Denies fever, night pain, cancer history or trauma. P: naproxen 500 bd 6/52 failed.',
    'ED handover 58M CLBP 4y, nil fever, wt loss, ca hx or trauma, naproxen 500 bid 6 wk no relief',
    '47 year old woman comma chronic low back pain two years comma no fever comma weight loss comma cancer history or trauma full stop naproxen 500 twice daily six weeks no help',
  ])('%s', (note) => {
    const { facts, text } = run(note);
    expect(facts?.redFlags ?? []).toEqual([]);
    expect(text).not.toMatch(URGENT);
  });

  it('a sign after the list, outside it, still counts', () => {
    const { facts } = run(
      '70F CLBP 2 yrs, no fever or weight loss. Fell down the stairs last week. Naproxen 500 bd 6 wks.',
    );
    expect(facts?.redFlags).toContain('fracture');
  });
});

describe('an imaging result or a specialist examination that rules the concern out clears it', () => {
  it.each<[RedFlagId, string, string]>([
    ['fracture', '70F CLBP 2 yrs, after a fall last week. Naproxen 500 bd 6 wks no help.', 'X-ray and CT: no fracture'],
    [
      'fracture',
      '72F chronic LBP 3 yrs, osteoporosis, naproxen 500 bd 6 wk failed',
      'XR lumbar spine - no fracture seen',
    ],
    [
      'progressive-neuro-deficit',
      '52M CLBP 3 yrs, duloxetine 60 x 8 wks, no help. New L foot weakness, power 4/5 EHL.',
      'spinal review: power 5/5 on their exam (effort-limited earlier), reflex unchanged, repeat MRI unchanged',
    ],
    [
      'progressive-neuro-deficit',
      '57M CLBP 2 yrs, progressive weakness L leg, naproxen 500 bd 6 wk failed',
      'Ortho letter: full power on examination, weakness unchanged since onset, no progression.',
    ],
  ])('%s: %s / %s', (id, opener, update) => {
    expect(run(opener).facts?.redFlags).toContain(id);
    const { facts, text } = run(opener, update);
    expect(facts?.redFlags ?? []).not.toContain(id);
    expect(text).not.toMatch(URGENT);
  });

  it.each([
    ['fracture', 'X-ray: no fracture, but CT shows a new L1 fracture'],
    ['progressive-neuro-deficit', 'power 5/5 on the right, 3/5 on the left'],
    ['progressive-neuro-deficit', 'power now 4-/5, was 5/5 last month'],
    ['fracture', 'no fracture on X-ray; CT pending'],
  ])('a partial or pending result does not clear %s: %s', (id, text) => {
    expect(clearedRedFlags(text)).not.toContain(id);
  });
});

describe('a historic or corrected item is not a sign now', () => {
  it('a corrected seizure history ("a single febrile seizure at age two") is no fever and no under-18 patient', () => {
    const { facts, text } = run(
      '52M CLBP 3 yrs on tramadol 50 qds, hx seizures, naproxen 500 bd 6 wk failed',
      'The seizure history is wrong: it was a single febrile seizure at age two.',
    );
    expect(facts?.redFlags ?? []).not.toContain('infection');
    expect(facts?.population ?? []).toEqual([]);
    expect(facts?.conditions['seizure-disorder']).toBe('no');
    expect(text).not.toMatch(URGENT);
    expect(text).not.toMatch(/under 18/i);
  });

  it.each([
    '58M CLBP 2 yrs, febrile convulsions as a child, naproxen 500 bd 6 wk failed',
    'EHR: PMH - febrile seizure at age 2. Chronic LBP 4 yrs. Naproxen 500 mg bd 8 wk no relief.',
  ])('%s', (note) => {
    const { facts } = run(note);
    expect(facts?.redFlags ?? []).not.toContain('infection');
    expect(facts?.population ?? []).toEqual([]);
  });

  it('a fever now is still a fever', () => {
    expect(run('40M CLBP 2 yrs, IVDU, febrile 38.6 today, naproxen 500 bd 6 wk').facts?.redFlags).toContain(
      'infection',
    );
  });

  it('an age at presentation is still held when nothing dates a past event', () => {
    expect(populationsIn('presented at age 15 with back pain, naproxen dose?')).toContain('under-18');
  });
});
