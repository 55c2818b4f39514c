import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';
import { extractCaseFacts } from '../../src/clinical/language/index.js';
import { runScenario } from '../walkthrough/drive.js';

/**
 * Duloxetine label: "Avoid in uncontrolled narrow-angle glaucoma" (clinical-reference.md section 2). Narrow-angle
 * glaucoma not said to be controlled is read as uncontrolled (conservative); controlled asks the clinician to
 * confirm; open-angle glaucoma is not the rule.
 */
const reply = (text: string): string => ask(text, 1).join('\n');
const conditions = (t: string) => extractCaseFacts(t, '2026-11-29T10:00:00.000Z').patch.conditions ?? {};

describe('quick answer: duloxetine in narrow-angle glaucoma', () => {
  it.each([
    'duloxetine for a pt with narrow-angle glaucoma?',
    'cymbalta ok w/ NAG?',
    'Cymbalta 60mg in pt w/ hx angle-closure glaucoma & eGFR 45?',
    'duloxetine 30 mg daily, closed angle glaucoma',
    'Is duloxetine alright for a lady with uncontrolled narrow angle glaucoma?',
    'duloxetine - glaucoma (angle closure) on drops, ok?',
    'poorly controlled narrow angle glaucoma, duloxetine 30 mg ok?',
    'inadequately treated angle-closure glaucoma - cymbalta?',
  ])('%s: not for this patient, with the label row', (q) => {
    const text = reply(q);
    expect(text.split('\n')[0]).toMatch(
      /not for this patient \(Avoid duloxetine in uncontrolled narrow-angle glaucoma\)/,
    );
    expect(text).toMatch(/\*\*Narrow-angle glaucoma:\*\* Avoid duloxetine/);
  });

  it.each([
    'duloxetine in open-angle glaucoma?',
    'duloxetine in POAG?',
    'duloxetine in well-controlled angle closure glaucoma?',
    'duloxetine, pt has no NAG',
    'naproxen for a pt with narrow-angle glaucoma?',
  ])('%s: no glaucoma rule-out', (q) => {
    expect(reply(q)).not.toMatch(/narrow-angle glaucoma\)/);
  });
});

describe('case: narrow-angle glaucoma read from the narrative', () => {
  it.each([
    'hx narrow-angle glaucoma',
    'PMH: HTN, NAG',
    'known angle closure glaucoma on pilocarpine',
    'glaucoma (narrow angle), sees ophthalmology',
    'history of acute angle-closure in 2019',
    'PACG',
    'uncontrolled narrow angle glaucoma',
  ])('%s: narrow-angle glaucoma', (t) => {
    expect(conditions(t)['narrow-angle-glaucoma']).toBe('yes');
  });

  it.each([
    'well-controlled NAG',
    'controlled narrow angle glaucoma',
    'angle-closure glaucoma s/p LPI',
    'narrow-angle glaucoma, stable',
  ])('%s: controlled', (t) => {
    expect(conditions(t)).toEqual({ 'narrow-angle-glaucoma-controlled': 'yes' });
  });

  it.each(['open-angle glaucoma', 'POAG on latanoprost', 'glaucoma', 'nagging pain'])('%s: not narrow-angle', (t) => {
    const c = conditions(t);
    expect(c['narrow-angle-glaucoma']).toBeUndefined();
    expect(c['narrow-angle-glaucoma-controlled']).toBeUndefined();
  });

  it.each([
    'PMH: HTN, glaucoma, T2DM',
    'hx of glaucoma on drops',
    'Glaucoma - sees the eye clinic yearly',
    'known glaucoma, type unclear',
  ])('%s: glaucoma of no stated type', (t) => {
    expect(conditions(t)).toEqual({ 'glaucoma-type-unknown': 'yes' });
  });

  it.each([
    ['primary open-angle glaucoma', 'open-angle-glaucoma'],
    ['glaucoma (open angle) on latanoprost', 'open-angle-glaucoma'],
    ['POAG', 'open-angle-glaucoma'],
    ['glaucoma - narrow angle', 'narrow-angle-glaucoma'],
    ['narrow angle glaucoma - controlled after laser iridotomy', 'narrow-angle-glaucoma-controlled'],
  ])('%s: typed, %s', (t, id) => {
    expect(conditions(t)).toEqual({ [id]: 'yes' });
  });

  it('"no glaucoma" records nothing: it does not answer the conditions question', () => {
    expect(conditions('no glaucoma, no asthma')['glaucoma-type-unknown']).toBeUndefined();
  });

  it('"no other conditions" does not claim glaucoma was checked (the conditions question does not ask it)', () => {
    const c = conditions('55F chronic LBP, no other medical conditions');
    expect(c.ckd).toBe('no');
    expect(c['narrow-angle-glaucoma']).toBeUndefined();
  });

  it('duloxetine leaves the plan and tramadol steps up, with the reason', () => {
    const text = reply(
      '58M chronic LBP 6 months, failed naproxen 500 bid x 6 wks, hx narrow-angle glaucoma, no red flags, no leg pain. next step?',
    );
    expect(text).toMatch(/Not for this patient: duloxetine \(narrow angle glaucoma\)/);
    expect(text).toMatch(/\*\*Answer: next step:\*\* Tramadol/);
    expect(text).not.toMatch(/Add duloxetine 30 mg/);
  });

  it('controlled: the clinician confirms before starting duloxetine', () => {
    const text = reply(
      'cLBP 9 mo, naproxen 500 bid x 6 wk failed, controlled NAG, denies red flags, no radiating pain',
    );
    expect(text).toMatch(/Check before starting duloxetine: narrow-angle glaucoma said to be controlled/);
  });

  it.each([
    '66F CLBP 2 yrs, naproxen 500 bd 6 wks no help, PMH glaucoma and HTN, no red flags, no leg pain',
    'pt 58M, LBP >1y, failed ibuprofen 400 tds x 8/52. Glaucoma. No sciatica, red flags neg.',
  ])('plain glaucoma: duloxetine held with the type question (%s)', (t) => {
    const text = reply(t);
    expect(text).toMatch(
      /Check before starting duloxetine: glaucoma, type not given \(which type, and is it controlled\?\)/,
    );
    expect(text).not.toMatch(/Not for this patient: duloxetine/);
  });

  it('plain glaucoma then its type: "type not given" goes', () => {
    runScenario({
      name: 'glaucoma-type',
      turns: [
        {
          say: '66F CLBP 2 yrs, naproxen 500 bd 6 wks no help, PMH glaucoma, no red flags, no leg pain',
          expect: { facts: { conditions: { 'glaucoma-type-unknown': 'yes' } } },
        },
        {
          say: "it's open angle glaucoma",
          expect: { facts: { conditions: { 'open-angle-glaucoma': 'yes' } }, noText: [/glaucoma, type not given/] },
        },
      ],
    });
  });

  it.each([
    'duloxetine ok with narrow angle glaucoma, well controlled after laser?',
    'cymbalta dose, pt has angle closure glaucoma s/p LPI',
    'Dulox 30 - NAG, stable, seen by ophthalmology',
  ])('quick answer, controlled narrow-angle glaucoma: a short line, cited (%s)', (q) => {
    const text = reply(q);
    expect(text).toMatch(
      /\*\*Narrow-angle glaucoma \(said to be controlled\):\*\* Avoid duloxetine in uncontrolled narrow-angle glaucoma\. Said to be controlled, so the avoid does not apply\. \[\d+\]/,
    );
    expect(text.split('\n')[0]).not.toMatch(/not for this patient/);
  });

  it('open-angle glaucoma: duloxetine is still the next step', () => {
    const text = reply(
      '70 yo, chronic LBP > 2 yrs, tried naproxen 500 BID 6 weeks, no relief. POAG on latanoprost. no red flags, no radiculopathy',
    );
    expect(text).toMatch(/Add duloxetine 30 mg daily/);
  });
});
