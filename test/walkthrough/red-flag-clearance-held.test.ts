import { describe, expect, it } from 'vitest';
import type { ConversationState } from '../../dialogs/conversation-state.js';
import { activeRecord } from '../../dialogs/walkthrough/case-store.js';
import type { RedFlagId } from '../../src/clinical/case/case-facts.js';
import { runScenario } from './drive.js';

/**
 * A follow-up that only seems to clear a red flag (negated, questioned, qualified, or with the sign said again) leaves
 * the case at urgent evaluation; a clear work-up still resumes the pathway (clinical-reference.md section 6).
 */
const OPENERS: Record<string, [RedFlagId, string]> = {
  neuro: ['progressive-neuro-deficit', '58M chronic LBP 1 yr, new L foot drop this week, naproxen 500 bd x 6 wk'],
  ces: ['cauda-equina', '50F chronic LBP, saddle numbness and urinary retention since yesterday'],
  infection: ['infection', '40M chronic LBP 2 yrs, IV drug use, fever 38.5, failed naproxen'],
  cancer: ['cancer', '66F chronic LBP, hx breast cancer, 6 kg weight loss, failed naproxen'],
  fracture: ['fracture', '72F chronic LBP, osteoporosis, fall last week, failed naproxen'],
};

function flagsAfter(opener: string, followUp: string): RedFlagId[] {
  const { state } = runScenario({
    name: `held-${opener.slice(0, 12)}-${followUp.slice(0, 12)}`,
    turns: [{ say: opener }, { say: followUp }],
  });
  return activeRecord(state as ConversationState)?.facts.redFlags ?? [];
}

describe('a red flag stays raised on unclear clearance', () => {
  it.each([
    ['neuro', 'reviewed today: not neurologically intact, foot drop worse'],
    ['neuro', 'neuro intact apart from L foot drop'],
    ['ces', 'f/u: pain 8/10, saddle sensation normal on the right, reduced on the left, still retaining'],
    ['ces', "f/u pain 8/10. can't say CES is excluded"],
    ['ces', 'CES excluded?'],
    ['infection', 'f/u: pain 8/10, we have not ruled out infection'],
    ['infection', "fever 38.9 today, ED doc says infection ruled out but I'm not convinced"],
    ['cancer', 'oncology: no recurrence on CT but weight loss continues, 3 kg more'],
    ['fracture', 'fracture ruled out? awaiting CT'],
    ['fracture', 'old osteoporotic fracture, new L1 fracture'],
  ] as const)('%s: %s', (which, followUp) => {
    const [id, opener] = OPENERS[which]!;
    expect(flagsAfter(opener, followUp)).toContain(id);
  });
});

describe('a clear work-up still clears the flag', () => {
  it.each([
    ['infection', 'MRI whole spine normal, cultures negative, infection excluded'],
    ['fracture', 'CT: old healed fracture, nothing new'],
    ['ces', 'saddle sensation normal, PVR 20 mL, no bladder or bowel change'],
    ['cancer', 'oncology review: no recurrence; the weight loss was a new diet'],
  ] as const)('%s: %s', (which, followUp) => {
    const [id, opener] = OPENERS[which]!;
    expect(flagsAfter(opener, followUp)).not.toContain(id);
  });
});
