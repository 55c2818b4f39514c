import { describe, expect, it } from 'vitest';
import type { ConversationState } from '../../dialogs/conversation-state.js';
import { activeRecord } from '../../dialogs/walkthrough/case-store.js';
import type { CaseFacts } from '../../src/clinical/case/case-facts.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { converse } from '../helpers/conversation.js';
import { CASE_DRUG_QUESTION_ROWS } from '../../dialogs/walkthrough/case-pronoun.js';

/**
 * Mid-case classes a helper found (each in several clinician styles, no identifiers): 1. a negation does not reach
 * across a drug's dash to its reason; a condition corrected with a what-next question updates the case and the
 * answer comes from the corrected case. 2. an interaction question about "it" or the patient's other medicine names
 * the case's drug: an unlisted pair is "not checked", a listed one keeps the reference's answer. 3. more what-next
 * wordings answer from the case; a failure imagined ("if that doesn't work") is never recorded as one.
 */
const AT = '2026-11-29T10:00:00.000Z';
const read = (text: string) => extractCaseFacts(text, AT).patch;

let n = 0;
function run(...says: string[]): { text: string; facts: CaseFacts | undefined } {
  const { replies, state } = converse(says, { key: `mid-case-corrections-${n++}`, at: AT });
  const record = state ? activeRecord(state as ConversationState) : undefined;
  return { text: replies.at(-1) ?? '', facts: record?.facts };
}

describe('1a. a negated drug, then its reason after a dash or colon', () => {
  it.each([
    'no naproxen - GI bleed on ibuprofen 2019',
    'No NSAIDs -- hx of PUD',
    'avoid NSAIDs — hx GI bleed',
    'no anticoagulants - previous GI bleed',
    'no ibuprofen – bled from a duodenal ulcer in 2021',
    'NSAIDs: no. reason: no NSAIDs: GI bleed 2019',
  ])('%s: a GI bleed history', (text) => {
    expect(read(`62M chronic LBP 1 yr, red flags neg. ${text}.`).conditions?.['gi-bleed-history']).toBe('yes');
  });

  it.each([
    ['RF neg - no wt loss, no night pain', 'a negation after the dash still reaches on'],
    ['Denies fever - weight loss - night sweats', 'a dash-separated list of signs keeps its negation'],
  ])('%s: no red flag (%s)', (text) => {
    expect(read(text).redFlags ?? []).toEqual([]);
  });

  it('a hyphenated word is no dash: "no narrow-angle glaucoma"', () => {
    expect(read('no narrow-angle glaucoma').conditions?.['narrow-angle-glaucoma']).not.toBe('yes');
  });
});

const GLAUCOMA = '64F chronic LBP 6 months, no red flags, naproxen 500 bid 8 wks partial relief, glaucoma';
const GI_BLEED = '58F chronic LBP 9 months, no red flags, paracetamol 1g qid 6 wks no relief, hx GI bleed';
const NO_GI_BLEED = '58F chronic LBP 9 months, no red flags, paracetamol 1g qid 6 wks no relief, no GI bleed';

describe('1b. a condition corrected with a what-next question updates the case', () => {
  it.each([
    "sorry, it's open-angle glaucoma, not narrow-angle. Does that change your advice?",
    'correction: open angle glaucoma, well controlled - what now?',
    'Ophth letter says open angle glaucoma comma well controlled full stop does that affect the plan question mark',
    'pt clarifies OAG... sorry, open-angle glaucoma on latanoprost. what next?',
  ])('%s: duloxetine comes back', (text) => {
    const { text: reply, facts } = run(GLAUCOMA, 'what next?', text);
    expect(facts?.conditions['open-angle-glaucoma']).toBe('yes');
    expect(reply).toMatch(/Add duloxetine 30 mg daily/);
    expect(reply).not.toMatch(/not cover/);
  });

  it.each([
    'actually no history of GI bleed, I misread - does that change anything?',
    'my mistake, no GI bleed hx - that was her sister. so what would you suggest?',
    'Correction to the above: she has never had a GI bleed. What now?',
  ])('%s: the GI bleed check goes', (text) => {
    const { text: reply, facts } = run(GI_BLEED, 'what next?', text);
    expect(facts?.conditions['gi-bleed-history']).toBe('no');
    expect(reply).not.toMatch(/prior GI bleed or ulcer \[7\]/);
  });

  it.each([
    'update: GI bleed 2019 on ibuprofen. what next?',
    'Just found in the notes - upper GI bleed 2 yrs ago. Does that change things?',
  ])('%s: recorded, the NSAID needs the check', (text) => {
    const { facts } = run(NO_GI_BLEED, 'what next?', text);
    expect(facts?.conditions['gi-bleed-history']).toBe('yes');
  });

  it.each([
    'correction: her eGFR is 55 not 25 - what now?',
    'Just seen his notes - eGFR 55 not 25. Does that alter your recommendation?',
  ])('%s: duloxetine is back', (text) => {
    const { text: reply, facts } = run(
      '70M CLBP 1 yr, red flags neg, paracetamol 1g qid no help, eGFR 25',
      'what next?',
      text,
    );
    expect(facts?.renal?.egfr).toBe(55);
    expect(reply).toMatch(/duloxetine 30 mg daily/);
  });
});

const OPENER = '64F chronic LBP 6 months, no red flags, naproxen 500 bid 8 wks partial relief';

describe('2. an interaction question about the case drug', () => {
  it.each(CASE_DRUG_QUESTION_ROWS.map((r) => r.example))('row example "%s" names the proposed drug', (example) => {
    expect(run(OPENER, 'what next?', example).text).toMatch(/Duloxetine \+ \w+: not checked by this pathway/);
  });

  it.each([
    ['does it interact with letrozole?', 'letrozole'],
    ['any issue with her levothyroxine?', 'levothyroxine'],
    ['Would it interact w/ her tamoxifen', 'tamoxifen'],
    ['ok - any problems with his lamotrigine?', 'lamotrigine'],
    ['Is there an issue with her letrozole, comma, question mark', 'letrozole'],
  ])('%s: the proposed drug and %s, not checked', (text, partner) => {
    const { text: reply } = run(OPENER, 'what next?', text);
    expect(reply).toMatch(new RegExp(`Duloxetine \\+ ${partner}: not checked by this pathway`, 'i'));
    expect(reply).not.toMatch(/does not cover that/);
  });

  it.each(['is that ok with her sertraline?', 'will it clash with his lithium?'])(
    '%s: a listed pair keeps the reference answer',
    (text) => {
      expect(run(OPENER, 'what next?', text).text).toMatch(/risk of serotonin syndrome/);
    },
  );

  it('no drug proposed: the drug the case holds', () => {
    const { text } = run(
      '70M CLBP 1 yr, red flags neg, on duloxetine 60 mg daily 6 wks helping',
      'does it interact with letrozole?',
    );
    expect(text).toMatch(/Duloxetine \+ letrozole: not checked by this pathway/);
  });

  it.each(['is naproxen ok with his lithium? levels not checked recently', 'naproxen - can he have it with apixaban?'])(
    'a quick question in prose: %s',
    (text) => {
      expect(run(text).text).toMatch(/not checked by this pathway|risk of|bleeding/i);
    },
  );
});

describe('3. more what-next wordings answer from the case', () => {
  const CASE =
    '58F chronic LBP 9 months, no red flags, paracetamol 1g qid 6 wks no relief, naproxen 500 bid 6 wks no relief, eGFR 70';
  it.each([
    'what else is there',
    'ok what else is there for her?',
    'what comes after that',
    'and what comes next after that one?',
    'right... then what?',
    "what's left if that doesn't work",
    "if that doesn't help, then what",
  ])('%s: the case plan, not "not covered"', (text) => {
    const { text: reply, facts } = run(CASE, 'what next?', text);
    expect(reply).not.toMatch(/does not cover that/);
    expect(reply).toMatch(/case A/);
    // a failure imagined is not recorded
    expect(facts?.medications.find((m) => m.drug === 'duloxetine')).toBeUndefined();
  });

  it('a failure reported is still an answer: "tried it, doesn\'t work"', () => {
    const { facts } = run(CASE, 'what next?', "tried it, doesn't work");
    expect(facts?.medications.find((m) => m.drug === 'duloxetine')?.outcome).toBe('ineffective');
  });
});
