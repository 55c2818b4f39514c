import { describe, expect, it } from 'vitest';
import { LATE_FACT_ROWS, looksLikeNewPatient } from '../../dialogs/walkthrough/read-text.js';
import { ASIDE_CUES, asideStart } from '../../src/clinical/language/aside.js';
import { SUPPLY_REPORT_ROWS, pdmpRiskFinding } from '../../src/clinical/language/pdmp-finding.js';
import { converse } from '../helpers/conversation.js';

/**
 * The conversation mid-case (class qc21): a fact said beside a question joins the open case before the question is
 * answered; a late fact in passing updates the open case, never opens another; "does that change anything?" after a
 * fact leads with what changed for the plan; a raise of the case's opioid is the opioid-increase answer (function
 * decides, MME now and asked); an early refill said with a raise holds the opioid gate.
 */
const AT = '2026-12-07T10:00:00.000Z';
let n = 0;
const run = (...says: string[]) => converse(says, { key: `late-fact-${n++}`, at: AT });
const json = (state: unknown) => JSON.stringify(state);
const caseCount = (state: unknown) => (json(state).match(/"label":"[A-Z]"/g) ?? []).length;

const ON_NAPROXEN: readonly [string, string][] = [
  ['terse', '68F CLBP 2y, tried paracetamol, on naproxen 500 bd, eGFR 75'],
  [
    'GP chatty',
    "Hi, I've got a 68 year old lady with chronic low back pain for two years. Paracetamol didn't do much, she's on naproxen 500 mg twice a day. eGFR 75.",
  ],
  ['NP shorthand', '68F cLBP x2y. APAP failed. naproxen 500 bid. eGFR 75.'],
  [
    'dictated',
    'sixty eight year old woman comma chronic low back pain two years comma paracetamol tried comma naproxen five hundred twice daily full stop eGFR seventy five',
  ],
];

describe('a fact in the same sentence as the question joins the case first', () => {
  for (const [style, opening] of ON_NAPROXEN)
    it.each([
      "can I keep the naproxen now that she's started apixaban?",
      "ok to continue naproxen given she's on apixaban now?",
      "Rx naproxen 500 bd repeat - ok to dispense since she's started apixaban?",
    ])(`${style}, then "%s"`, (ask) => {
      const { replies, state } = run(opening, ask);
      expect(json(state)).toContain('apixaban');
      expect(replies[1]).toMatch(/anticoagulant or antiplatelet/);
      expect(caseCount(state)).toBe(1);
    });

  it('a raise of duloxetine asked beside tramadol taken records the tramadol and weighs the pair', () => {
    const { replies, state } = run(
      '55M chronic low back pain 1 year, failed NSAIDs, considering duloxetine',
      "is duloxetine still ok given he's on tramadol 50 qds?",
    );
    expect(json(state)).toMatch(/"drug":"tramadol"/);
    expect(replies[1]).toMatch(/serotonin syndrome/);
    expect(replies[1]).not.toMatch(/tramadol is not the next step/);
  });

  it.each([
    // a condition that is not a fact of the patient's medicines, and an imagined fact: nothing recorded
    'can I keep the naproxen now that the pain is better?',
    'would naproxen be ok if she was on apixaban?',
  ])('contrast: "%s" records no medicine', (ask) => {
    const { state } = run(ON_NAPROXEN[0]![1], ask);
    expect(json(state)).not.toContain('apixaban');
    expect(json(state)).not.toMatch(/"drug":"anticoagulant"/);
  });

  it.each(ASIDE_CUES)('aside row: $example cut, $counter not', ({ example, counter }) => {
    expect(asideStart(example, 0, example.length)).toBeLessThan(example.length);
    expect(asideStart(counter, 0, counter.length)).toBe(counter.length);
  });
});

describe('a late fact in passing updates the open case', () => {
  it.each(LATE_FACT_ROWS)('"$cue": $example is no new patient; $counter is', ({ example, counter }) => {
    expect(looksLikeNewPatient(example)).toBe(false);
    expect(looksLikeNewPatient(counter)).toBe(true);
  });

  const OPENING = '55M chronic low back pain 1 year, failed NSAIDs, considering duloxetine';
  it.each([
    ["one more thing, he takes St John's wort", /St John's wort/],
    ["oh and he's on clopidogrel since the stent", /clopidogrel/],
    ['forgot to say - eGFR 28', /eGFR 28/],
    ['One other thing: he is on warfarin', /warfarin/],
    ['also he takes fluoxetine 20', /fluoxetine/],
  ] as const)('"%s" stays case A', (late, said) => {
    const { replies, state } = run(OPENING, late);
    expect(replies[1]).toMatch(/case A/);
    expect(replies[1]).not.toMatch(/New case B/);
    expect(replies[1]).toMatch(said);
    expect(caseCount(state)).toBe(1);
  });

  it.each([
    'one more - 23 yo F, LBP 4 months, failed ibuprofen',
    'next pt: 42F chronic low back pain 6 months, on ibuprofen 400 tds',
    '42F chronic low back pain 6 months, tried paracetamol, on ibuprofen 400 tds',
  ])('contrast: a new patient pasted mid-case still opens case B: "%s"', (next) => {
    const { replies } = run(OPENING, next);
    expect(replies[1]).toMatch(/New case B/);
  });
});

describe('"does that change anything?" after a new fact leads with what changed', () => {
  const OPENING = '55M chronic low back pain 1 year, failed NSAIDs, on naproxen 500 bd';
  it.each(['forgot to say - eGFR 28', 'eGFR 28 on the latest bloods'])('%s: NSAID and duloxetine ruled out', (fact) => {
    for (const ask of ['does that change anything?', 'still ok?', 'any difference?', 'Does that change things?']) {
      const { replies } = run(OPENING, fact, ask);
      expect(replies[2]).toMatch(/^\*\*What changed for case A:\*\* naproxen is now ruled out \(eGFR 28 < 30\)/);
      expect(replies[2]).toMatch(/duloxetine is now ruled out/);
      expect(replies[2]).toMatch(/next in the plan: Tramadol/);
      expect(replies[2]).not.toMatch(/does not cover/);
    }
  });

  it('an antiplatelet: the NSAID needs a check first, with its reason', () => {
    const { replies } = run(OPENING, "oh and he's on clopidogrel since the stent", 'does that change anything?');
    expect(replies[2]).toMatch(
      /^\*\*What changed for case A:\*\* naproxen now needs a check first \(on an anticoagulant/,
    );
  });

  it('a fact that changes nothing: "no change" with why', () => {
    const { replies } = run(OPENING, 'forgot to say - eGFR 85', 'does that change anything?');
    expect(replies[2]).toMatch(/^\*\*No change to the plan for case A:\*\*/);
  });

  it('contrast: a question with no change asked is answered as before', () => {
    const { replies } = run(OPENING, 'forgot to say - eGFR 28', 'duloxetine dose?');
    expect(replies[2]).not.toMatch(/What changed for case A/);
  });
});

describe('a raise of the case opioid mid-case is the opioid-increase answer', () => {
  const OPENINGS: readonly [string, string, string][] = [
    [
      'terse',
      '60M chronic LBP 3y, on oxycodone 10 bd, tried NSAIDs and duloxetine',
      'function no better. go up to 20 bd?',
    ],
    [
      'UK letter',
      'Dear Dr, 62 year old lady, chronic low back pain 4 years. Failed naproxen 500 bd 8 weeks and duloxetine 60 mg 10 weeks. Started oxycodone 5 mg qds 4 weeks ago.',
      'Function no better on review. Go up to 10 qds?',
    ],
    [
      'NP shorthand',
      '62F cLBP x4y. failed naproxen 500 bid x8wk, dulox 60 x10wk. oxycodone 5 qid x4wk.',
      'function no better. increase to 10 qid?',
    ],
  ];
  it.each(OPENINGS)('%s: function decides; MME now and asked', (_style, opening, ask) => {
    const { replies } = run(opening, ask);
    expect(replies[1]).toMatch(/\*\*Answer: no, do not raise oxycodone:\*\* no meaningful improvement in function/);
    expect(replies[1]).toMatch(/Now: oxycodone .* MME\/day/);
    expect(replies[1]).toMatch(/Asked: oxycodone .* 60 MME\/day/);
    expect(replies[1]).not.toMatch(/Escalation when initial medications fail/);
  });

  it('contrast: the raise asked with no function said still weighs the MME', () => {
    const { replies } = run(OPENINGS[1]![1], 'can I go up to 10 qds?');
    expect(replies[1]).toMatch(/\*\*Answer: reassess before raising\.\*\* Now 30 MME\/day/);
    expect(replies[1]).not.toMatch(/duloxetine is taken at the guideline dose/);
  });
});

describe('an early refill or another prescriber said with a raise holds the opioid gate', () => {
  const OPENING =
    '62F CLBP 4 yrs. Failed naproxen 500 bd 8 wks, duloxetine 60 mg 10 wks. Started oxycodone 5 mg qds 4 weeks ago.';
  it.each([
    'ran out a week early again - can I go up to 10 qds?',
    'she ran out 5 days early - ok to go up to 10 qds?',
    'asking for an early refill, can I go up to 10 qds?',
    'another GP is prescribing her oxycodone too - go up to 10 qds?',
  ])('"%s"', (ask) => {
    const { replies, state } = run(OPENING, ask);
    expect(replies[1]).toMatch(/^\*\*Answer: not now: the early refill, other prescriber or several pharmacies/);
    expect(replies[1]).toMatch(/holds the opioid gate/);
    expect(json(state)).toMatch(/"pdmpRiskFinding":"yes"/);
  });

  it.each(SUPPLY_REPORT_ROWS)('row: $example found, $counter not', ({ example, counter }) => {
    expect(pdmpRiskFinding(example)).toBe('yes');
    expect(pdmpRiskFinding(counter)).toBeUndefined();
  });

  it.each(['no early refills, can I go up to 10 qds?', 'never ran out early - go up to 10 qds?'])(
    'contrast: "%s" holds nothing',
    (ask) => {
      expect(pdmpRiskFinding(ask)).toBeUndefined();
    },
  );
});

describe('a thanks before the late-fact opener keeps the open case', () => {
  it.each([
    "Thanks. One more thing - he told the pharmacist he bought St John's wort for his mood last week.",
    "ok, one more thing: she's on clopidogrel since the stent",
    'Cheers - forgot to say, eGFR 28',
  ])('%j', (late) => {
    const { state } = run('59M chronic LBP 1 yr, on duloxetine 30 mg daily, no red flags', late);
    expect(caseCount(state)).toBe(1);
  });

  it('a thanks before a new patient still opens a new case (contrast)', () => {
    const { state } = run(
      '59M chronic LBP 1 yr, on duloxetine 30 mg daily, no red flags',
      'Thanks. Next pt: 42F, LBP 6 months',
    );
    expect(caseCount(state)).toBe(2);
  });
});
