import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';
import type { ConversationState } from '../../dialogs/conversation-state.js';
import { activeRecord } from '../../dialogs/walkthrough/case-store.js';
import { converse } from '../helpers/conversation.js';

/**
 * Defects a reviewer found in the day's new readers (each input is the reviewer's or a variant): a subscale number
 * read as the STarT Back total, a stated ODI percentage read as a section sum, "controlled" narrow-angle glaucoma
 * taken back in the same clause, and a medicine said beside an ODI sum dropped from the case.
 */
const reply = (text: string) => ask(text).join('\n\n');

describe('STarT Back: the total is never the subscale number', () => {
  it.each([
    ['start back psychosocial 3, total 7', 'medium risk'],
    ['STarT Back psych subscale 4, total 7', 'high risk'],
    ['startback tot 3, subscale 2 -> risk grp?', 'low risk'],
    ['start back 7 total psych 4', 'high risk'],
  ])('%s', (q, risk) => expect(reply(q)).toContain(risk));

  it('"psych score 3, total 8" is total 8 (impossible with subscale 3), not total 3', () => {
    expect(reply('start back psych score 3, total 8')).toMatch(/not possible/);
  });
});

describe('ODI: a stated percentage is the score, not a section sum', () => {
  it.each([
    ['ODI came to 40% with all 10 sections answered', '40%', 'moderate disability'],
    ['ODI 36% (9/10 sections)', '36%', 'moderate disability'],
    ['oswestry 36%, 10/10 answered', '36%', 'moderate disability'],
  ])('%s', (q, percent, band) => {
    const text = reply(q);
    expect(text).toContain(`${percent} (${band})`);
    expect(text).not.toContain('Sum ');
  });

  it('a raw sum out of 5 x sections is still scored', () => {
    expect(reply('oswestry raw 18/50')).toContain('36% (moderate disability)');
  });
});

describe('narrow-angle glaucoma: "controlled" taken back is uncontrolled', () => {
  it.each([
    'angle closure glaucoma, controlled until last month, now worse - duloxetine ok?',
    'narrow-angle glaucoma, controlled? duloxetine',
    'previously controlled NAG, duloxetine?',
  ])('%s', (q) => expect(reply(q)).toMatch(/^\*\*Duloxetine: not for this patient/));

  it.each([
    'duloxetine ok with narrow angle glaucoma, well controlled after laser?',
    'duloxetine with NAG s/p iridotomy?',
  ])('still controlled: %s', (q) => expect(reply(q)).toContain('(said to be controlled)'));
});

describe('a medicine said beside an ODI sum joins the open case', () => {
  it('"her ODI came to 22 with 9 sections answered, and she started tramadol 50 q6h"', () => {
    const { state } = converse(
      [
        '58F chronic LBP 9 months, naproxen 500 bid x 8 wks no relief, no red flags',
        'her ODI came to 22 with 9 sections answered, and she started tramadol 50 q6h last week',
      ],
      { key: 'odi-and-drug' },
    );
    const facts = activeRecord(state as ConversationState)?.facts;
    expect(facts?.medications.map((m) => m.drug)).toContain('tramadol');
  });
});

describe('stopping an opioid and a benzodiazepine: the taper row leads', () => {
  it.each([
    "He's on Percocet 10/325 qid and diazepam 5 mg at night. He wants to just stop both this week. OK?",
    'can I stop his oxycodone and diazepam today?',
  ])('%s', (q) => expect(reply(q)).toMatch(/Do not stop opioids abruptly or taper rapidly/));

  it('continuing them still leads with the boxed warning', () => {
    expect(reply('on oxycodone 3 weeks plus diazepam, no change in function - keep going?')).toMatch(/boxed warning/);
  });
});
