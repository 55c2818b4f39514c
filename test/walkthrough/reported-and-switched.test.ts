import { describe, expect, it } from 'vitest';
import { pdmpRiskFinding } from '../../src/clinical/language/pdmp-finding.js';
import { normalize } from '../../src/clinical/language/normalize.js';
import { converse } from '../helpers/conversation.js';

/**
 * Facts about the patient told by someone else (a spouse, carer, pharmacist, letter), and switches of a drug: read in
 * quick questions and mid-case, and the plan after the turn follows them. A relative's own drug or illness is not the
 * patient's.
 */
const AT = '2026-12-07T10:00:00.000Z';
let n = 0;
const replies = (...says: string[]) => converse(says, { key: `reported-switched-${n++}`, at: AT }).replies;
const last = (...says: string[]) => replies(...says).at(-1)!;

const NAPROXEN_CASE = '62M CLBP 1 yr, RF neg, naproxen 500 bd 6 wk helped';
const OPIOID_CASE = '62F CLBP 1 yr, RF neg, oxycodone 10 bd 3 months, naproxen failed, duloxetine failed';

describe('a GI bleed reported by a relative or carer: the NSAID stops', () => {
  it.each([
    'wife says he has had black stools since the weekend',
    'his daughter rang - he has been vomiting blood this morning',
    'Carer reports he has had black tarry stools x2 days',
  ])('mid-case: "%s"', (update) => {
    const text = replies(NAPROXEN_CASE, update)[1]!;
    expect(text).toMatch(/Stop naproxen[^\n]*signs of a GI bleed now/);
  });

  it('quick question, GP chatty', () => {
    const text = last(
      'His wife says he has had black stools since the weekend - he is on naproxen 500 bd, ok to continue?',
    );
    expect(text).toMatch(/naproxen[^\n]*not for this patient \(signs of a GI bleed now/i);
  });

  it.each(['her husband had a GI bleed last year', 'wife has had black stools since the weekend'])(
    'contrast, the relative\'s own: "%s" leaves naproxen',
    (update) => {
      const text = replies(NAPROXEN_CASE, update, 'plan')[2]!;
      expect(text).not.toMatch(/Stop naproxen/);
      expect(text).not.toMatch(/gi bleed now/i);
    },
  );
});

describe('an unprescribed sedative reported: the opioid + sedative warning applies', () => {
  it.each([
    "carer reports she's been getting diazepam from a friend",
    'daughter says she is buying zopiclone online',
    "NP f/u - carer says she's getting some zopiclone off a mate",
  ])('mid-case: "%s"', (update) => {
    const [, noted, plan] = replies(OPIOID_CASE, update, 'plan');
    expect(noted).toMatch(/Noted for case A: (?:diazepam|zopiclone): current/);
    expect(plan).toMatch(/benzodiazepine or other CNS depressant: profound sedation/);
  });

  it("contrast: the husband's own diazepam is not hers", () => {
    const plan = replies(OPIOID_CASE, 'her husband takes diazepam', 'plan')[2]!;
    expect(plan).not.toMatch(/diazepam: current/);
  });
});

describe('a pharmacist reporting early refills holds the opioid gate like a PDMP finding', () => {
  it.each(['pharmacist rang: early refill requests', 'Pharmacy flagged 2 early refills of the oxycodone this month'])(
    'mid-case: "%s"',
    (update) => {
      const [, noted, plan] = replies(OPIOID_CASE, update, 'plan');
      expect(noted).toContain('PDMP or pharmacy risk finding');
      expect(plan).toContain('opioids only if you judge the benefits clearly outweigh the risks');
    },
  );

  it.each(['pharmacist rang, no early refills', 'pharmacy: refills on time', 'bought it at the pharmacy early'])(
    'contrast: "%s" is no finding',
    (text) => {
      expect(pdmpRiskFinding(normalize(text))).not.toBe('yes');
    },
  );
});

describe('a switch done: the plan follows the drug now taken', () => {
  const SSRI_CASE = '55F CLBP 8 mo, RF neg, naproxen 500 bd 6 wk failed, on citalopram 20 for mood';

  it.each([
    'we switched her citalopram to duloxetine 30 last month',
    'psych swapped the citalopram for duloxetine 30 mg 4/52 ago',
    'update - citalopram replaced by duloxetine 30 od in Oct',
  ])('mid-case: "%s": citalopram stopped, no SSRI rule-out of duloxetine', (update) => {
    const plan = replies(SSRI_CASE, update, 'plan')[2]!;
    expect(plan).toMatch(/citalopram 20 mg: stopped/);
    expect(plan).not.toMatch(/Not for this patient: duloxetine/);
  });

  it('planned switch: citalopram still taken, its stop planned', () => {
    const plan = replies(SSRI_CASE, 'plan to switch her citalopram to duloxetine', 'plan')[2]!;
    expect(plan).toMatch(/citalopram 20 mg: stop planned \(still taken\)/);
    expect(plan).not.toMatch(/start planned/);
  });

  it.each([
    ['switched her citalopram to duloxetine last month - tramadol ok?', /citalopram|SSRI/i],
    ['moved him from naproxen to celecoxib 2 weeks ago, ok to add tramadol?', /naproxen/i],
    ['Pharm: swapped amitriptyline for duloxetine in May. Rx tramadol 50 qid - ok to dispense?', /amitriptyline/i],
  ])('quick question: "%s" leaves the first drug out', (text, gone) => {
    expect(last(text).split('\n')[0]).not.toMatch(gone);
  });

  it('contrast: a planned swap keeps the first drug in the answer', () => {
    expect(last('will swap amitriptyline for duloxetine next week - tramadol ok?')).toMatch(/Amitriptyline/);
  });
});

describe("a relative's own drug, then the clinician's question: answered for the patient, no dead end", () => {
  it.each([
    ['his wife takes warfarin - naproxen ok?', /Warfarin is his wife's, not his/],
    ['wife takes sertraline, naproxen ok?', /Sertraline is the wife's, not the patient's|Sertraline is his wife's/],
    ["her husband's on warfarin -- is naproxen safe for her?", /Warfarin is her husband's, not hers/],
  ])('"%s"', (text, whose) => {
    const reply = last(text);
    expect(reply).not.toContain('does not cover');
    expect(reply).toMatch(/^\*\*Naproxen/);
    expect(reply).toMatch(whose);
    expect(reply).not.toMatch(/Avoid:\*\* (?:NSAID|Naproxen) \+ (?:warfarin|an anticoagulant)/i);
  });

  it("contrast: a list said, not asked, stays the companion's", () => {
    const plan = replies('70M CLBP 3 yrs, naproxen 500 bd helped, wife is on warfarin - and sertraline', 'plan')[1]!;
    expect(plan).not.toMatch(/warfarin: current|sertraline: current/);
  });
});
