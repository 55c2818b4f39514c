import { describe, expect, it } from 'vitest';
import type { ConversationState } from '../../dialogs/conversation-state.js';
import { activeRecord } from '../../dialogs/walkthrough/case-store.js';
import type { CaseFacts } from '../../src/clinical/case/case-facts.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { converse } from '../helpers/conversation.js';

/**
 * Case-reading classes a helper found (each in several clinician styles, no identifiers): 1. "no NSAID - reason"
 * rules the NSAID out and keeps the reason; 2. a corrected glaucoma type; 3. a pasted list's lines keep their own
 * regimens; 4. Panadol is paracetamol.
 */
const AT = '2026-11-29T10:00:00.000Z';
const read = (text: string) => extractCaseFacts(text, AT).patch;

let n = 0;
function run(...says: string[]): { text: string; facts: CaseFacts | undefined } {
  const { replies, state } = converse(says, { key: `case-reading-lists-${n++}`, at: AT });
  const record = state ? activeRecord(state as ConversationState) : undefined;
  return { text: replies.at(-1) ?? '', facts: record?.facts };
}

describe('1. a negated NSAID class with its reason after a dash, colon or bracket', () => {
  it.each([
    ['no NSAID - GI bleed on ibuprofen 2 yrs ago', 'gi-bleed-history'],
    ['No NSAIDs -- hx PUD', 'gi-bleed-history'],
    ['no nsaids — previous GI bleed', 'gi-bleed-history'],
    ['NSAIDs: no (GI bleed 2019)', 'gi-bleed-history'],
    ['NSAIDs - avoid, hx PUD', 'gi-bleed-history'],
    ['no NSAIDs: CKD 4', 'ckd'],
  ] as const)('%s: the NSAID is out, the reason recorded', (text, condition) => {
    const patch = read(`62M chronic LBP 1 yr, red flags neg. ${text}.`);
    expect(patch.medications).toContainEqual({ drug: 'other-nsaid', outcome: 'contraindicated' });
    expect(patch.conditions?.[condition]).toBe('yes');
  });

  it('"NSAID: no (bleed 2019)": the NSAID is out', () => {
    expect(read('NSAID: no (bleed 2019)').medications).toContainEqual({
      drug: 'other-nsaid',
      outcome: 'contraindicated',
    });
  });

  it.each(['no NSAIDs - not tried', 'NSAIDs: no relief', 'no NSAIDs tried yet'])('%s: no ban', (text) => {
    expect(read(text).medications?.some((m) => m.outcome === 'contraindicated') ?? false).toBe(false);
  });

  it('the plan leaves the NSAID out and offers duloxetine', () => {
    const { text, facts } = run(
      '62M chronic LBP 1 yr, red flags neg, paracetamol 1g qid 6 wks no relief. no NSAID - GI bleed on ibuprofen 2 yrs ago.',
      'what next?',
    );
    expect(facts?.conditions['gi-bleed-history']).toBe('yes');
    expect(facts?.medications).toContainEqual({ drug: 'other-nsaid', outcome: 'contraindicated' });
    expect(text).toMatch(/Add duloxetine 30 mg daily/);
    expect(text).not.toMatch(/Before declaring NSAID failure/);
  });
});

const GLAUCOMA = '64F chronic LBP 6 months, no red flags, naproxen 500 bid 8 wks partial relief';

describe('2. a glaucoma type corrected', () => {
  it.each([
    [
      `${GLAUCOMA}, glaucoma`,
      'it is primary open-angle glaucoma, well controlled on latanoprost drops, not angle-closure. Does that change your advice?',
    ],
    [`${GLAUCOMA}, narrow-angle glaucoma`, "it's POAG on latanoprost, not angle closure - does that change the plan?"],
    [
      `${GLAUCOMA}, hx glaucoma`,
      'correction - the glaucoma is open angle (POAG), on latanoprost. does that change anything?',
    ],
  ])('%s / %s: duloxetine back, no "controlled?" on a denied NAG', (opener, correction) => {
    const { text, facts } = run(opener, 'what next?', correction);
    expect(facts?.conditions['glaucoma-type-unknown']).toBeUndefined();
    expect(text).toMatch(/duloxetine 30 mg daily/);
    expect(text).not.toMatch(/no narrow-angle glaucoma \(not said/);
  });

  it.each([
    'ophthalmology says the narrow-angle glaucoma is controlled, had laser iridotomy. what now?',
    'NAG now controlled s/p LPI - what next?',
  ])('%s: controlled replaces "not said to be controlled"', (correction) => {
    const { facts } = run(`${GLAUCOMA}, narrow-angle glaucoma`, correction);
    expect(facts?.conditions['narrow-angle-glaucoma-controlled']).toBe('yes');
    expect(facts?.conditions['narrow-angle-glaucoma']).toBeUndefined();
  });
});

describe('3. a pasted list: each line its own regimen', () => {
  it.each([
    '67F CLBP 1 yr, no red flags. Meds:\n- venlafaxine XR 150 mg PO daily\n- sacubitril/valsartan 49/51 mg PO bid',
    '58M CLBP 2 yrs, no red flags. Current meds: • venlafaxine XR 150mg PO QD • Entresto 49/51 mg PO BID',
    '71F chronic LBP 9 months, RF neg. meds - venlafaxine XR 150 mg daily - metoprolol succinate 50 mg bid',
  ])('%s: venlafaxine once daily (the turn core joins the lines)', (text) => {
    const { facts } = run(text);
    expect(facts?.medications.find((m) => m.name === 'venlafaxine')?.timesPerDay).toBe(1);
  });

  it('"warfarin 5 mg TAKE AS DIRECTED - pantoprazole 40 mg daily": warfarin keeps its own dose', () => {
    expect(read('warfarin 5 mg TAKE AS DIRECTED - pantoprazole 40 mg TAKE 1 TABLET DAILY').medications).toEqual([
      { drug: 'anticoagulant', doseMg: 5, name: 'warfarin' },
    ]);
  });

  it.each([
    'duloxetine 60mg daily for 4 months - no improvement, then 90 mg - nausea',
    'percocet 5/325 - take 1 tab q6h prn',
  ])("%s: a dash inside one drug's regimen does not end it", (text) => {
    const med = read(text).medications?.[0];
    expect(med?.timesPerDay).toBeDefined();
  });

  it.each(['OTC Aleve (naproxen sodium 220 mg) 2 tabs bid', '- OTC Aleve (naproxen sodium 220mg) 2 tabs BID'])(
    '%s: one naproxen entry, 400 mg twice daily',
    (text) => {
      const meds = read(text).medications ?? [];
      expect(meds).toHaveLength(1);
      expect(meds[0]).toMatchObject({ drug: 'naproxen', doseMg: 400, timesPerDay: 2 });
    },
  );

  it.each(['58M CLBP 2 yrs, Percocet 5/325 6 a day, no red flags', 'percocet 5/325 six tabs a day'])(
    '%s: 6 tablets a day, one 5/325 tablet a dose (30 mg oxycodone, 1,950 mg acetaminophen a day)',
    (text) => {
      expect(read(text).medications?.[0]).toMatchObject({ doseMg: 5, timesPerDay: 6, acetaminophenMg: 325 });
    },
  );
});

describe('4. Panadol is paracetamol', () => {
  it.each(['Panadol 1 g qds', 'Paracetamol/Panadol 1 g qds, naproxen 500 mg bd', 'panadol 1g QDS'])('%s', (text) => {
    expect(read(text).medications).toContainEqual(
      expect.objectContaining({ drug: 'acetaminophen', doseMg: 1000, timesPerDay: 4 }),
    );
  });
});
