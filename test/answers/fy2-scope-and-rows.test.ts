import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { converse } from '../helpers/conversation.js';

/** The scope said for a gabapentinoid asked for non-radicular pain (the drug answer's line or the axial answer). */
const NOT_RADICULAR_SCOPE =
  /Not for non-radicular pain|not for axial pain; the guideline places gabapentinoids in the radicular branch/;

/** The reply to the last of these turns, in one conversation. */
const say = (...texts: string[]): string => converse(texts).replies.at(-1) ?? '';
const radicular = (text: string) => extractCaseFacts(text, '2026-01-15T10:00:00.000Z').patch.radicular;

describe('leg pain is radicular; a denied deficit does not make the pain non-radicular', () => {
  it.each([
    ['terse', 'no leg weakness or numbness, but shooting pain down the left leg to the foot - gabapentin dose?'],
    ['GP chatty', "she's got no numbness or weakness but the pain shoots down her right leg, can I try pregabalin?"],
    ['NP shorthand', 'no LE weakness. pain down the L leg to foot. gabapentin?'],
    ['dictated', 'no weakness or numbness however he has pain going down the left leg what dose of gabapentin'],
  ])('%s: no non-radicular scope line: %s', (_style, q) => {
    const text = say(q);
    expect(text).not.toMatch(NOT_RADICULAR_SCOPE);
    expect(text).toMatch(/gabapentin|pregabalin/i);
  });

  it.each(['shooting pain down the left leg', 'pain down his right thigh', 'radiating into the left foot'])(
    'read as radicular: %s',
    (text) => expect(radicular(text)).toBe('yes'),
  );

  it.each([
    'gabapentin for axial back pain, no leg pain - dose?',
    'no sciatica, no leg weakness - pregabalin?',
    'non-radiating LBP, no numbness. gabapentin ok?',
  ])('contrast: leg pain denied: still non-radicular: %s', (q) => {
    expect(say(q)).toMatch(NOT_RADICULAR_SCOPE);
  });
});

describe('the no-figure rows: only when the figure asked is the one the sources lack', () => {
  it.each([
    ['GP chatty', 'how long can the pt stay on naproxen 500 bd?'],
    ['NP shorthand', 'how long has pt to be on duloxetine before I call it a failure?'],
    ['terse', 'how long can my pt take ibuprofen?'],
  ])('%s: "pt" is the patient, not physiotherapy: %s', (_style, q) => {
    expect(say(q)).not.toContain('no length for a trial of a non-drug therapy');
  });

  it('the sources give 3 months of optimised therapy: no "no figure" line', () => {
    const text = say('how long should she do PT before we call it failed?');
    expect(text).not.toContain('No figure in the sources');
    expect(text).toMatch(/3 months|12 weeks/);
  });

  it.each(['how long do we keep going with physio before referring?', 'CBT - how long before I call it not working?'])(
    'how long before failure or referral: no "no figure" line: %s',
    (q) => expect(say(q)).not.toContain('No figure in the sources'),
  );

  it.each([
    'how long should she keep doing acupuncture?',
    'mindfulness - how long a course?',
    'how long should PT go on for?',
  ])('contrast: a non-drug course length alone: the no-figure line stands: %s', (q) =>
    expect(say(q)).toContain('no length for a trial of a non-drug therapy'),
  );

  it.each([
    'how much acetaminophen can I give while I taper the oxycodone?',
    'Rx paracetamol 1 g qid while weaning the tramadol - ok to dispense?',
  ])('the taper as the time of another question: no taper-rate lead: %s', (q) => {
    expect(say(q)).not.toContain('no taper rate');
  });

  it.each(['how fast do I taper oxycodone?', 'by how much do I reduce the oxycodone each week?'])(
    'contrast: the taper rate asked: the lead stands: %s',
    (q) => expect(say(q)).toContain('no taper rate'),
  );
});

describe('a negative pregnancy test in Spanish, feminine or masculine', () => {
  it.each([
    'prueba de embarazo negativa, naproxen ok?',
    'test de embarazo negativo. ibuprofen?',
    '34F, prueba embarazo negativa, CLBP 2 yrs - duloxetine dose?',
  ])('not read as pregnant: %s', (q) => expect(say(q)).not.toContain('does not cover pregnancy'));

  it.each(['embarazada, naproxen ok?', 'prueba de embarazo positiva, naproxen ok?'])('contrast: pregnant: %s', (q) =>
    expect(say(q)).toContain('does not cover pregnancy'),
  );
});

describe('"equina" alone (or its typo) is cauda equina', () => {
  it.each(['equnia symptoms?', 'equina sx?', 'what are the signs of equina?'])('%s', (q) => {
    const text = say(q);
    expect(text).toMatch(/cauda equina/i);
    expect(text).not.toContain('does not cover that');
  });

  it('contrast: the whole term is read once', () => {
    expect(say('cauda equina symptoms?')).toMatch(/cauda equina syndrome/i);
  });
});

describe('the naloxone label names the drug as typed, not its class', () => {
  it.each([
    ['terse', 'oxycodone 10 mg bd and diazepam 5 mg - mme?', 'diazepam (a benzodiazepine) with an opioid'],
    ['UK brand', 'oxycodone 10 bd + valium 5 tds, any interaction?', 'valium (a benzodiazepine) with an opioid'],
    ['case', '55M CLBP, on oxycodone 10 bd and zopiclone 7.5 nocte. no red flags', 'zopiclone: a CNS depressant'],
    [
      'case benzo',
      '60F CLBP 3 yrs, oxycodone 10 bd, lorazepam 1 mg nocte, no red flags',
      'lorazepam (a benzodiazepine)',
    ],
  ])('%s: %s', (_style, q, label) => {
    const text = say(q);
    expect(text).toContain(label);
    expect(text).not.toContain('hypnotics (sleeping tablets): a CNS depressant');
  });

  it('contrast: only the class said: the class', () => {
    expect(say('oxycodone 10 bd and a benzo - naloxone?')).toContain('Naloxone (a benzodiazepine with an opioid)');
  });
});

describe('a raise of a combination opioid asked at a review in a case', () => {
  const CASE =
    '58F CLBP 2 yrs. Naproxen 500 bd 8 wks and duloxetine 60 mg 8 wks both failed, PT and CBT done. Started hydrocodone/APAP 5/325 qid 3 months ago.';
  it.each([
    ['terse', '3-month review: function no better. go up to 10/325 qid?'],
    ['GP chatty', '3-month review: function no better. can I go up to 10 qid?'],
    ['NP shorthand', '12 wk review: function no better - titrate to 10/325 qid?'],
  ])('%s: MME now and asked, no higher dose without a functional gain: %s', (_style, q) => {
    const text = say(CASE, q);
    expect(text).toContain('do not raise hydrocodone');
    expect(text).toMatch(/20 MME\/day/);
    expect(text).toMatch(/hydrocodone 10 mg four times daily is 40 MME\/day/);
    expect(text).not.toContain('Escalation when initial medications fail');
  });

  it('with a benzodiazepine in the case: the boxed warning and naloxone naming it', () => {
    const text = say(
      `${CASE} Also on diazepam 5 mg nocte.`,
      '3-month review: function no better. go up to 10/325 qid?',
    );
    expect(text).toContain('**Boxed warning:**');
    expect(text).toContain('Naloxone (diazepam (a benzodiazepine) with an opioid)');
  });

  it('contrast: function better at review: reassess before raising, the asked dose in MME', () => {
    const text = say(CASE, 'review today: function much better, ODI 50 -> 30. go up to 10/325 qid?');
    expect(text).toContain('reassess before raising');
    expect(text).toMatch(/40 MME\/day/);
    expect(text).not.toContain('**Boxed warning:**');
  });
});

describe('a choice between two options with a co-medication taken: the choice is answered', () => {
  it.each([
    ['GP chatty', "she won't stop the warfarin. naproxen or duloxetine?"],
    ['terse', 'on warfarin. naproxen or duloxetine?'],
    ['pharmacist', 'Rx: pt on apixaban, cymbalta or naproxen - which?'],
  ])('%s: %s', (_style, q) => {
    const text = say(q);
    expect(text).toMatch(/\*\*(?:Naproxen or Duloxetine|Cymbalta \(duloxetine\) or Naproxen)/);
    expect(text).toContain('NSAID + anticoagulant or antiplatelet: risk of GI bleeding');
    expect(text).not.toMatch(/\+ Naproxen \+ Duloxetine/);
  });

  it('contrast: both together asked: the three-drug combination', () => {
    expect(say('on warfarin, naproxen and duloxetine together ok?')).toMatch(/\+ Naproxen \+ Duloxetine/);
  });
});

describe('held, stopped and allergy items are not taken; a verb is no drug', () => {
  it.each([
    ['EHR paste', 'MME? Meds: oxycodone 10 mg q6h; morphine SR 30 mg bd - Held on admission', /Total 60 MME\/day/],
    ['allergy line', 'calculate MME: hydromorphone 2 mg q4h. Allergies: codeine', /Total 60 MME\/day/],
    ['stopped line', 'MME: oxycodone 5 q6h. STOPPED: tramadol 50 qid', /Total 30 MME\/day/],
  ])('%s: %s', (_style, q, total) => {
    const text = say(q);
    expect(text).toMatch(total);
    expect(text).not.toMatch(/I need the dose/);
  });

  it('contrast: an opioid said with no hold is counted', () => {
    expect(say('MME: oxycodone 5 q6h, tramadol 50 qid - holding steady')).toMatch(/Total 70 MME\/day/);
  });

  it.each([
    'any issue with adding pregabalin to her oxycodone 10 bd?',
    'problem with starting duloxetine with tramadol?',
  ])('no verb read as an unchecked drug: %s', (q) =>
    expect(say(q)).not.toMatch(/Adding|Starting|not checked by this pathway/),
  );
});
