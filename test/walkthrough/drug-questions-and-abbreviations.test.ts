import { describe, expect, it } from 'vitest';
import type { ConversationState } from '../../dialogs/conversation-state.js';
import { activeRecord } from '../../dialogs/walkthrough/case-store.js';
import type { CaseFacts } from '../../src/clinical/case/case-facts.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { converse } from '../helpers/conversation.js';

/**
 * Case-reading classes, each in several clinician styles (no identifiers): a question about a drug is not a statement
 * of how it went; "HF" and the other abbreviations of conditions that rule a drug out are read and route; a
 * co-codamol strength typed counts its paracetamol.
 */
const AT = '2026-11-29T10:00:00.000Z';
const read = (text: string) => extractCaseFacts(text, AT);

let n = 0;
function run(...says: string[]): { text: string; facts: CaseFacts | undefined } {
  const { replies, state } = converse(says, { key: `drug-questions-${n++}`, at: AT });
  const record = state ? activeRecord(state as ConversationState) : undefined;
  return { text: replies.at(-1) ?? '', facts: record?.facts };
}

describe('a question about a drug records no outcome and no stop', () => {
  it.each([
    ['has the warfarin been stopped for the procedure?', 'anticoagulant'],
    ['Was the naproxen stopped because of the bleed?', 'naproxen'],
    ['did she tolerate gabapentin?', 'gabapentin'],
    ['Did he tolerate the duloxetine ok?', 'duloxetine'],
    ['Has she stopped the ibuprofen?', 'ibuprofen'],
    ['Were they taken off the tramadol because of nausea?', 'tramadol'],
    ['had the pt stopped naproxen before the endoscopy?', 'naproxen'],
  ])('%s', (text, drug) => {
    const med = read(text).patch.medications?.find((m) => m.drug === drug);
    expect(med).toBeDefined();
    expect(med?.outcome).toBeUndefined();
    expect(med?.stopped).toBeUndefined();
  });

  it.each([
    ['was on naproxen 500 bid, stopped due to GI upset - what next?', 'naproxen', 'not-tolerated'],
    ['naproxen stopped due to GI upset. did she tolerate gabapentin?', 'naproxen', 'not-tolerated'],
    ['Duloxetine stopped for nausea, full stop. Has she tried gabapentin?', 'duloxetine', 'not-tolerated'],
  ])('a statement keeps its outcome: %s', (text, drug, outcome) => {
    expect(read(text).patch.medications?.find((m) => m.drug === drug)?.outcome).toBe(outcome);
  });

  it('a question about the anticoagulant still holds it for the NSAID check', () => {
    const { facts } = run(
      '72M CLBP 1 yr, no red flags, acetaminophen no help',
      'has the warfarin been stopped for the procedure?',
    );
    const warfarin = facts?.medications.find((m) => m.drug === 'anticoagulant');
    expect(warfarin?.stopped).toBeUndefined();
    expect(warfarin?.outcome).not.toBe('not-tolerated');
  });
});

describe('condition abbreviations that rule a drug out', () => {
  it.each(['HF', 'hx HF', 'PMH: HF, T2DM, OA', 'HFmrEF', 'HFrEF (EF 30%)', 'known CCF', 'CHF on furosemide'])(
    '%s: heart failure',
    (text) => {
      expect(read(text).patch.conditions?.['heart-failure']).toBe('yes');
    },
  );

  it.each([
    ['nil red flags bg HF', 'heart-failure'],
    ['no red flags PMH CKD', 'ckd'],
    ['No RF, background: PUD', 'gi-bleed-history'],
  ] as const)('a history heading after a denied list: %s', (text, id) => {
    expect(read(text).patch.conditions?.[id]).toBe('yes');
  });

  it.each(['no hx of PUD', 'no history of GI bleed'])('%s: still denied', (text) => {
    expect(read(text).patch.conditions?.['gi-bleed-history']).toBe('no');
  });

  it.each(['HF10 stimulator trial discussed', 'no HF'])('%s: no heart failure said', (text) => {
    expect(read(text).patch.conditions?.['heart-failure']).not.toBe('yes');
  });

  it.each([
    ['CKD4', 4],
    ['CKD stage 4', 4],
    ['ESRD', 5],
    ['ESKD on HD', 5],
  ] as const)('%s: CKD stage', (text, stage) => {
    const p = read(text).patch;
    expect(p.conditions?.ckd).toBe('yes');
    expect(p.renal?.ckdStage).toBe(stage);
  });

  it.each(['PUD', 'hx PUD'])('%s: GI bleed or ulcer history', (text) => {
    expect(read(text).patch.conditions?.['gi-bleed-history']).toBe('yes');
  });

  it.each(['AF on apixaban', 'on a DOAC for AF'])('%s: an anticoagulant taken', (text) => {
    expect(read(text).patch.medications?.some((m) => m.drug === 'anticoagulant')).toBe(true);
  });

  it.each([
    '66M CLBP 6 months, no red flags, PMH HF, acetaminophen no help, what next?',
    'Dear colleague, this 66 year old man has chronic low back pain for 6 months; no red flags. Background: HF, T2DM. Paracetamol has not helped.',
    '66m clbp 6/12 nil red flags bg HF paracetamol ineffective',
  ])('HF takes NSAIDs out of the plan with the reason: %s', (text) => {
    const { text: reply, facts } = run(text);
    expect(facts?.conditions['heart-failure']).toBe('yes');
    expect(reply).toMatch(/Not for this patient: NSAIDs \(heart failure\)/);
    expect(reply).not.toMatch(/Before declaring NSAID failure/);
  });
});

describe('co-codamol: the typed strength counts its paracetamol', () => {
  it.each([
    ['co-codamol 30/500 2 tabs qid', 60, 1000],
    ['co-codamol 15/500 2 qds', 30, 1000],
    ['cocodamol 8/500 one tab qds', 8, 500],
  ])('%s', (text, codeine, paracetamol) => {
    const med = read(text).patch.medications?.find((m) => m.drug === 'codeine');
    expect(med?.doseMg).toBe(codeine);
    expect(med?.acetaminophenMg).toBe(paracetamol);
  });

  it('no strength typed: no paracetamol guessed', () => {
    expect(read('co-codamol qds').patch.medications?.[0]?.acetaminophenMg).toBeUndefined();
  });
});
