import { describe, expect, it } from 'vitest';
import { STILL_TAKING_ROWS } from '../../dialogs/answers/drug-answer.js';
import { readContext } from '../../dialogs/answers/question-context.js';
import { NOT_A_MEDICINE_ROWS } from '../../dialogs/answers/unchecked-partner.js';
import { ask } from '../../scripts/eval/question-suite.js';

const reply = (text: string): string => ask(text).join('\n\n');

describe('a condition or treatment is never an unknown interaction partner', () => {
  it.each([
    ['pt on dialysis, any interaction with naproxen?', /Naproxen: not for this patient \(.*CrCl < 30/],
    ['patient on hemodialysis, any interaction with duloxetine?', /Duloxetine: not for this patient/],
    ['pt is cirrhotic, any interaction with naproxen?', /Naproxen: not for this patient \(Avoid NSAIDs in cirrhosis/],
    ['Pt is on ESRD dialysis - interaction with tramadol?', /maximum 200 mg\/day/],
    ['ED handover: 70M on haemodialysis comma any ixn with naproxen full stop', /not for this patient/],
    ['she is on dialysis 3x a week; any interactions with gabapentin?', /after each 4-hour session/],
    ['Dear Dr, this lady is on home oxygen for COPD; any interaction with naproxen? eGFR 25', /not for this patient/],
  ])('%s', (q, want) => {
    const text = reply(q);
    expect(text).toMatch(want);
    expect(text).not.toMatch(/\+ (?:dialysis|hemodialysis|haemodialysis|cirrhotic|esrd|home|oxygen): not checked/);
  });

  it('gabapentin on dialysis gets its renal band, not the general dose alone', () => {
    expect(reply('she is on dialysis 3x a week; any interactions with gabapentin?')).toContain('CrCl < 15');
  });

  it.each(NOT_A_MEDICINE_ROWS.map((r) => r.example))('row example names no partner: %s', (q) => {
    expect(reply(q)).not.toMatch(/not checked by this pathway/);
  });

  it('a medicine the patient takes is still an unknown partner', () => {
    expect(reply('her mood stabiliser is lamotrigine; any interaction with naproxen?')).toContain(
      'Naproxen + lamotrigine: not checked by this pathway',
    );
  });

  it('an unknown partner with patient facts: the facts apply and the pair is still not checked', () => {
    const text = reply('pt on dialysis, takes lamotrigine, any interaction with naproxen?');
    expect(text).toMatch(/Naproxen: not for this patient/);
    expect(text).toContain('lamotrigine: not checked by this pathway');
  });
});

describe('a failed drug still taken stays held for interactions', () => {
  it('sertraline still taken: the SSRI + duloxetine avoid is said', () => {
    const text = reply('CHF, tried sertraline - still on it. next step: cymbalta or ibuprofen?');
    expect(text).toMatch(/Sertraline/);
    expect(text).toMatch(/serotonin syndrome/);
    expect(text).toMatch(/Ibuprofen not for this patient/);
  });

  it.each([
    "heart failure, tramadol didn't help but she's still taking it. next: duloxetine or naproxen?",
    'CHF. tramadol not helping, remains on it; next: duloxetine or naproxen?',
  ])('tramadol still taken: the serotonin warning with duloxetine is said: %s', (q) => {
    const text = reply(q);
    expect(text).toMatch(/Duloxetine \+ tramadol: risk of serotonin syndrome/);
    expect(text).toMatch(/Naproxen not for this patient/);
  });

  it.each(STILL_TAKING_ROWS.map((r) => r.example))('row example keeps the failed drug: %s', (q) => {
    expect(reply(q)).not.toMatch(/^\*\*(?:Cymbalta|Duloxetine)[^+\n]*\*\*$/m);
  });

  it('a failed drug not said to be taken is still history', () => {
    expect(reply('pt eGFR 24, failed APAP. next: cymbalta or naproxen?')).not.toMatch(/Apap \(acetaminophen\)/);
  });
});

describe('never step up to a drug that already failed', () => {
  it.each([
    'CrCl 25, failed tramadol. next: duloxetine or naproxen?',
    'eGFR 22, tramadol didnt help; what next - cymbalta or ibuprofen?',
  ])('%s', (q) => {
    const text = reply(q);
    expect(text).not.toContain('next option: tramadol');
    expect(text).toContain('tramadol already tried: referral, or opioids as a last resort');
    expect(text).toMatch(/pain specialist/);
  });
});

describe('heavy alcohol use: denial, other drinks and past use', () => {
  it.each([
    'not a heavy drinker, is duloxetine still the next step?',
    'drinks a lot of coffee, duloxetine ok?',
    'ex-alcoholic, sober 10 yrs. cymbalta?',
    'former heavy drinker, dry since 2015 - duloxetine?',
    'no alcohol use. duloxetine dose?',
  ])('not read as heavy use: %s', (q) => {
    expect(readContext(q.toLowerCase()).liverDisease).toBeUndefined();
    expect(readContext(q.toLowerCase()).heavyAlcohol).toBeUndefined();
    expect(reply(q)).not.toMatch(/Duloxetine: not for this patient/);
  });

  it.each(['heavy drinker by his own admission, most nights. duloxetine?', 'drinks a lot of beer, cymbalta ok?'])(
    'still ruled out: %s',
    (q) => {
      expect(reply(q)).toMatch(
        /not for this patient \(Avoid duloxetine in chronic liver disease or heavy alcohol use\)/,
      );
    },
  );
});

describe('a drug not tolerated but still taken at a changed dose stays in the pairs', () => {
  it.each([
    ["couldn't tolerate pregabalin so halved it to 75 bd, add tramadol?", /Opioid \+ gabapentin or pregabalin/],
    ['gabapentin poorly tolerated, dose reduced to 300 tds - add oxycodone?', /Opioid \+ gabapentin or pregabalin/],
    ["didn't tolerate duloxetine 60, back on 30 mg - add tramadol?", /Duloxetine \+ tramadol: risk of serotonin/],
    [
      'Pt c/o dizziness on pregabalin 150 bd comma dropped to 75 bd full stop OK to start tramadol?',
      /Opioid \+ gabapentin/,
    ],
    ['cymbalta 60 not tolerated (nausea), now on 30 mg daily. can we add tramadol 50 prn?', /Duloxetine \+ tramadol/],
    ['Dear Dr, gabapentin caused drowsiness so she is on a lower dose; may I add morphine?', /Opioid \+ gabapentin/],
  ])('%s', (q, want) => {
    expect(reply(q)).toMatch(want);
  });

  it.each([
    "couldn't tolerate duloxetine, stopped it - ok to go straight to tramadol?",
    'stopped duloxetine last month due to nausea; add tramadol?',
  ])('a stopped drug leaves: %s', (q) => {
    expect(reply(q)).toMatch(/^\*\*Tramadol[*:]/);
  });
});
