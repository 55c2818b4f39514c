import { describe, expect, it } from 'vitest';
import { activeRecord } from '../../dialogs/walkthrough/case-store.js';
import type { ConversationState } from '../../dialogs/conversation-state.js';
import { runScenario, textOf } from './drive.js';

const OPEN =
  '61M CLBP 3 yrs, on OxyContin 20 mg bd, gabapentin 300 tds, duloxetine 30 daily, naproxen 500 bd no help, no red flags';

const dosesAfter = (turns: string[]) => {
  const { state, outputs } = runScenario({
    name: `doses-${turns.join('|').length}`,
    turns: turns.map((say) => ({ say })),
  });
  const meds = activeRecord(state as ConversationState)?.facts.medications ?? [];
  return { meds, last: textOf(outputs.at(-1)!) };
};

/** A dose change said mid-case updates the case's drug, whether or not the message also asks something. */
describe('mid-case dose changes', () => {
  it.each([
    ['OxyContin went up to 30 mg bd', 'oxycodone', 30],
    ['gabapentin increased to 600 tds last week', 'gabapentin', 600],
    ['dulox now 60', 'duloxetine', 60],
    ['FYI the pain team titrated gabapentin up to 900 tds', 'gabapentin', 900],
  ])('%j: %s now %i mg', (said, drug, dose) => {
    const { meds } = dosesAfter([OPEN, said]);
    expect(meds.find((m) => m.drug === drug)?.doseMg).toBe(dose);
  });

  it('a question in the same message is still answered, after a one-line note', () => {
    const { meds, last } = dosesAfter([OPEN, 'gabapentin increased to 600 tds last week - can I add tramadol?']);
    expect(meds.find((m) => m.drug === 'gabapentin')?.doseMg).toBe(600);
    expect(last).toMatch(/Case A updated: gabapentin 600 mg three times daily/);
    expect(last).toMatch(/tramadol/i);
  });

  it('the MME follows the new dose', () => {
    const { last } = dosesAfter([OPEN, 'so the OxyContin has gone up to 40 mg bd, what is his MME now?']);
    expect(last).toMatch(/120 MME\/day/);
    expect(dosesAfter([OPEN, 'OxyContin went up to 40 mg bd', 'total MME?']).last).toMatch(/120 MME\/day/);
  });

  it('a failed trial stays failed at its new dose', () => {
    const { meds } = dosesAfter([
      '58F CLBP 18 months, ibuprofen 400 tds 3 months little benefit, no red flags',
      'Update: ibuprofen now 800 mg tds for 5 weeks. Pain 7/10 to 6/10.',
    ]);
    const ibuprofen = meds.find((m) => m.drug === 'ibuprofen');
    expect(ibuprofen?.doseMg).toBe(800);
    expect(ibuprofen?.outcome).not.toBe('current');
  });
});

/** A companion's own medicines never join the case; a relative reporting the patient's do. */
describe('companion medicines in a case', () => {
  it.each([
    ['68F chronic LBP 2 yrs, naproxen 500 bd helped partly, came with her husband, he takes warfarin', 'anticoagulant'],
    ['72F CLBP 1 yr, ibuprofen no help. Her son’s on sertraline and asked about his own back', 'ssri'],
    ['64M LBP 9/12, failed naproxen. wife is on tramadol', 'tramadol'],
  ])('%j: no %s in the case', (said, drug) => {
    const { meds } = dosesAfter([said]);
    expect(meds.map((m) => m.drug)).not.toContain(drug);
  });

  it.each([
    ['74F LBP 2 yrs, failed naproxen, her daughter says she takes extra paracetamol', 'acetaminophen'],
    ['66M CLBP, failed ibuprofen, wife says he is on warfarin', 'anticoagulant'],
  ])('%j: %s is the patient’s', (said, drug) => {
    const { meds } = dosesAfter([said]);
    expect(meds.map((m) => m.drug)).toContain(drug);
  });
});
