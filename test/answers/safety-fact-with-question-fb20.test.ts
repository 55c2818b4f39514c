import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';
import { looksLikeQuestion } from '../../dialogs/walkthrough/read-text.js';
import { asideStart } from '../../src/clinical/language/aside.js';
import { converse } from '../helpers/conversation.js';

/**
 * Class: a safety fact said in the same message as a question, before or after it, routes the answer (clinical-
 * reference.md preamble and sections 2-3). Quick questions: an NSAID with an anticoagulant or antiplatelet taken now
 * is "check first" (the reference asks about them before calling an NSAID appropriate; it says GI bleeding, not
 * avoid), with the guideline's next option if unsuitable; a drug ruled out or adjusted keeps its reason and next
 * option. Mid-case: the fact joins the case first and the question is answered from it; the plan keeps it. Aspirin
 * said taken for pain is an NSAID in use: "use one NSAID only" leads. Relatives, past and planned drugs, negations
 * and questions without facts stay as they were.
 */
const AT = '2026-11-29T10:00:00Z';
let n = 0;
const quick = (q: string): string => ask(q, n++).join('\n');
const firstLine = (text: string): string => text.split('\n')[0]!;

describe('quick: an NSAID beside an anticoagulant or antiplatelet taken now is checked first, with the next option', () => {
  it.each([
    ['GP chatty', "he's on warfarin, can I give ibuprofen?"],
    ['terse', 'started apixaban last week; naproxen still ok?'],
    ['NP shorthand', 'pt on clopidogrel 75 qd. ibuprofen dose?'],
    ['UK/AU', 'She takes rivaroxaban for her AF - alright to prescribe naproxen?'],
    ['dictated voice', 'patient is on warfarin comma can he have naproxen question mark'],
    ['EHR paste', 'Meds: apixaban 5 mg BID. Plan: naproxen 500 mg BID?'],
    ['pharmacist', 'Rx naproxen 500 bd, pt on apixaban - ok to dispense?'],
  ])('%s: %j', (_style, q) => {
    const head = firstLine(quick(q));
    expect(head).toMatch(/check first \(on an anticoagulant or antiplatelet\)/);
    expect(head).toMatch(/if unsuitable, next option: duloxetine/);
    expect(quick(q)).toMatch(/GI bleeding/);
  });

  it('a prior GI bleed with the antiplatelet still rules the NSAID out (the stricter row)', () => {
    const head = firstLine(quick('had a GI bleed last year and on clopidogrel - naproxen?'));
    expect(head).toMatch(/not for this patient \(anticoagulant or antiplatelet with a prior GI bleed\)/);
    expect(head).not.toMatch(/check first/);
  });

  it.each([
    ['negated', 'not on any thinners, naproxen dose?'],
    ['negated history', 'no ulcer hx, kidneys fine. naproxen dose?'],
    ['past drug', 'was on warfarin in 2019, stopped. naproxen ok?'],
    ['planned', 'cardiology may start apixaban. naproxen ok?'],
    ["a relative's", 'her mum is on warfarin. naproxen ok?'],
    ['no fact', 'naproxen dose?'],
  ])('contrast, %s: %j is not held back', (_style, q) => {
    const text = quick(q);
    expect(text).not.toMatch(/check first|not for this patient/);
  });
});

describe('quick: other facts said before the question still route it', () => {
  it.each([
    ['eGFR 24 now. pregabalin dose?', /Pregabalin: adjusted for this patient/, /CrCl 15-30: 25-150 mg\/day/],
    ['eGFR 22, can I give naproxen?', /not for this patient/, /next option: tramadol/],
    ['on sertraline 100 - tramadol ok?', /Sertraline \(SSRIs\) \+ Tramadol/, /serotonin syndrome/],
    ['on phenelzine - tramadol ok?', /Tramadol not for this patient \(on an MAOI\)/, /next option/],
  ])('%j', (q, head, line) => {
    const text = quick(q);
    expect(firstLine(text)).toMatch(head);
    expect(text).toMatch(line);
  });
});

describe('quick: aspirin said taken for pain beside an NSAID leads with "use one NSAID only"', () => {
  it.each([
    ['terse', 'aspirin for pain plus naproxen ok?'],
    ['GP chatty', "he's been taking aspirin for the pain as well as naproxen - ok?"],
    ['pharmacist', 'Rx naproxen 500 bd, pt takes aspirin for his back pain - ok to dispense?'],
    ['NP shorthand', 'ibuprofen plus aspirin for headaches, ok?'],
  ])('%s: %j', (_style, q) => {
    const text = quick(q);
    expect(firstLine(text)).toMatch(/: avoid$|: avoid\*\*$/);
    expect(text.split('\n')[2]).toMatch(/use one NSAID only/);
    expect(text).toMatch(/aspirin said taken for pain is analgesic use/);
    expect(text).not.toMatch(/\+ Pain|Pain with/);
  });

  it.each([
    ['low-dose daily', "she's on aspirin 81 daily, naproxen ok?"],
    ['daily for the heart', 'aspirin 75 mg od for his heart - ibuprofen ok?'],
  ])('contrast, %s: %j stays an antiplatelet (GI bleeding, no "use one NSAID only")', (_style, q) => {
    const text = quick(q);
    expect(text).not.toMatch(/use one NSAID only/);
    expect(text).toMatch(/GI bleeding/);
  });
});

describe('mid-case: a safety fact said with the question is recorded first, then the question answered', () => {
  const OPENING = '64F chronic LBP 8 months, no red flags, naproxen 500 bid 3 wks helping, eGFR 70. next?';
  const run = (said: string) => converse([OPENING, said, 'plan'], { key: `fb20-${n++}` }).replies;

  it.each([
    ['before, GP chatty', "she's just been started on rivaroxaban. keep the naproxen?", 'rivaroxaban'],
    ['after, terse', 'keep the naproxen? she started rivaroxaban yesterday', 'rivaroxaban'],
    ['UK, dictated', 'Pt commenced on apixaban 5mg BD by cardiology yesterday. Continue naproxen?', 'apixaban'],
    [
      'chatty, antiplatelet',
      "so she's now on clopidogrel after her stent. ok to carry on with the naproxen?",
      'clopidogrel',
    ],
    ['after, aside', "continue naproxen? btw she's on warfarin now", 'warfarin'],
  ])('%s: %j', (_style, said, drug) => {
    const [, reply, plan] = run(said);
    expect(reply).toMatch(
      /\*\*Answer: not yet\.\*\* naproxen is taken now: check before continuing: on an anticoagulant or antiplatelet/,
    );
    expect(reply).toMatch(/updated|Noted/);
    expect(reply).not.toMatch(/Answer: yes/);
    expect(plan).toMatch(new RegExp(`${drug}[^\\n]*current`));
    expect(plan).toMatch(/Check before continuing naproxen 500 mg twice daily/);
    expect(plan).not.toMatch(/Continue: naproxen/);
  });

  it('kidney function said before the question joins the case', () => {
    const [, , plan] = run('eGFR 24 now. naproxen ok?');
    expect(plan).toMatch(/Renal: eGFR 24/);
  });

  it.each([
    ['planned', 'cardiology may start apixaban. keep the naproxen?'],
    ['past', 'was on warfarin in 2019, stopped. keep the naproxen?'],
    ["a relative's", 'her husband is on warfarin. keep the naproxen?'],
    ['no fact', 'keep the naproxen?'],
  ])('contrast, %s: %j changes nothing in the case', (_style, said) => {
    const [, , plan] = run(said);
    expect(plan).toMatch(/Continue: naproxen 500 mg twice daily/);
    expect(plan).not.toMatch(/warfarin: current|apixaban[^\n]*: current|Check before continuing/);
  });

  it('a case opened with the pair says check before continuing, not continue', () => {
    const [reply] = converse([
      '64F chronic LBP 8 months, no red flags, naproxen 500 bid 3 wks helping, on apixaban 5 bid, eGFR 70. next?',
    ]).replies;
    expect(reply).toMatch(/Check before continuing naproxen/);
    expect(reply).not.toMatch(/- Continue: naproxen/);
  });
});

describe('language: an aside that opens on the question mark and a "started" fact', () => {
  it.each([
    ['keep the naproxen? she started rivaroxaban yesterday', 'keep the naproxen'],
    ['naproxen ok? he began apixaban last week', 'naproxen ok'],
  ])('%j: the question before the aside is read as a question', (text, asked) => {
    expect(looksLikeQuestion(text, AT)).toBe(true);
    expect(text.slice(0, asideStart(text, 0, text.length))).toBe(asked);
  });

  it('counter: "can she take naproxen, started last week?" has no patient word: no aside', () => {
    const text = 'can she take naproxen, started last week?';
    expect(asideStart(text, 0, text.length)).toBe(text.length);
  });
});
