import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';
import { converse } from '../helpers/conversation.js';

/**
 * Two classes found when clinicians who never saw the code asked quick questions (round f3):
 * 1. a drug the patient's facts rule out leaves the answer with its reason, and the guideline's NEXT option steps up,
 *    itself checked against every fact given (clinical-reference.md preamble; guideline L5-7);
 * 2. a regimen with a patient fact that lowers the limit: the daily total against the adjusted limit, said plainly.
 */
const reply = (text: string): string => ask(text).join('\n\n');
const title = (text: string): string => /^\*\*(.*)\*\*$/m.exec(reply(text))?.[1] ?? '';

const conversation = (texts: string[]): string[] => converse(texts).replies;

/** The guideline's NSAID line (L6), as the next option. */
const NSAID_NEXT = /\*\*Next option:\*\* Before declaring NSAID failure[^\n]*naproxen 500 mg twice daily/;
/** Tramadol's guideline line (L7) and the reference's CrCl < 30 row (ref §2). */
const TRAMADOL_NEXT = /\*\*Next option:\*\* Tramadol 50-100 mg every 6-8 hours/;
const TRAMADOL_RENAL = 'Tramadol with CrCl < 30: every 12 hours, maximum 200 mg/day';

describe('class 1: an MAOI rules out duloxetine and tramadol; the NSAID steps up', () => {
  it.each([
    'pt on phenelzine, duloxetine or tramadol?',
    'on an MAOI - duloxetine or tramadol?',
    'Nardil pt, cymbalta vs tramadol??',
    'Rx tramadol 50 q6h, pt takes selegiline - ok to dispense?',
    'on linezolid what about tramadol',
    'pt on tranylcypromine is cymbalta or tramadol ok',
  ])('%s', (q) => {
    const text = reply(q);
    expect(text).toMatch(/not for this patient/);
    expect(title(q)).toMatch(/next option: an NSAID$/);
    expect(text).toMatch(NSAID_NEXT);
    expect(text).not.toMatch(/next option: (?:duloxetine|tramadol)/);
  });

  it('with CrCl < 30 the NSAIDs are out too: no drug step is left, referral and last-resort opioids', () => {
    const q = 'on phenelzine and CrCl 25 - duloxetine or tramadol?';
    expect(title(q)).toMatch(/no guideline drug option left: referral, or opioids as a last resort$/);
    const text = reply(q);
    expect(text).toMatch(/pain specialist/);
    // tramadol is out (MAOI): no dose row for it
    expect(text).not.toContain(TRAMADOL_RENAL);
  });
});

describe('class 1: a potent CYP1A2 inhibitor rules out duloxetine', () => {
  it.each([
    'patient on fluvoxamine, can I start duloxetine?',
    'cipro course ongoing - cymbalta ok?',
    'Rx duloxetine 30 mg daily, pt takes ciprofloxacin - ok to dispense?',
    'on ciprofloxacin for a UTI, is duloxetine still the next step?',
  ])('-> NSAID: %s', (q) => {
    expect(title(q)).toMatch(/not for this patient \(on a potent CYP1A2 inhibitor[^)]*\).*next option: an NSAID$/);
    expect(reply(q)).toMatch(NSAID_NEXT);
  });

  it('fluvoxamine is an SSRI too: the NSAID steps up with its GI-bleeding warning', () => {
    expect(reply('patient on fluvoxamine, can I start duloxetine?')).toMatch(
      /NSAID \+ an SSRI or SNRI: risk of GI bleeding/,
    );
  });

  it('heart failure rules the NSAIDs out as well: tramadol steps up', () => {
    const q = 'on cipro with CHF, duloxetine?';
    expect(title(q)).toMatch(/next option: tramadol$/);
    expect(reply(q)).toMatch(TRAMADOL_NEXT);
  });
});

describe('class 1: heavy drinking rules out duloxetine', () => {
  it.each([
    'heavy drinker, duloxetine ok?',
    'hx EtOH excess - cymbalta?',
    'drinks heavily most nights is duloxetine ok',
    'GP here - lovely chap but a binge drinker at weekends, worth trying duloxetine?',
  ])('-> NSAID: %s', (q) => {
    expect(title(q)).toMatch(
      /^(?:Duloxetine|Cymbalta \(duloxetine\)): not for this patient .*; next option: an NSAID$/,
    );
    expect(reply(q)).toMatch(NSAID_NEXT);
  });

  it('with CrCl < 30 too: tramadol at its renal schedule', () => {
    const text = reply('drinks heavily, CrCl 25, duloxetine?');
    expect(text).toContain('next option: tramadol, adjusted for this patient');
    expect(text).toContain(TRAMADOL_RENAL);
  });

  it('with heart failure: tramadol, and heavy drinking alone is not cirrhosis (no cirrhosis dose)', () => {
    const text = reply('pt drinks heavily and has HF - duloxetine?');
    expect(text).toMatch(/next option: tramadol\*\*/);
    expect(text).not.toMatch(/Tramadol in cirrhosis/);
  });
});

describe('class 1: CrCl < 30 rules out duloxetine and the NSAIDs; tramadol at the CrCl < 30 schedule', () => {
  it.each([
    'CrCl 25, duloxetine?',
    '71M eGFR 22 wants cymbalta, thoughts',
    'CKD stage 4 - start duloxetine?',
    'duloxetine 60mg daily ok? CrCl 25',
    'creatinine clearance 20 so is duloxetine off the table',
    'Rx Cymbalta 30 mg od, CrCl 27 - ok to dispense?',
  ])('%s', (q) => {
    const text = reply(q);
    expect(text).toMatch(/not for this patient \(Avoid duloxetine if CrCl < 30\)/);
    expect(text).toContain('next option: tramadol, adjusted for this patient');
    expect(text).toMatch(TRAMADOL_NEXT);
    expect(text).toContain(TRAMADOL_RENAL);
  });

  it('an 80-year-old: both of tramadol’s rows for this patient', () => {
    const text = reply('80yo crcl 25 duloxetine');
    expect(text).toContain(TRAMADOL_RENAL);
    expect(text).toContain('Tramadol over age 75: maximum 300 mg/day');
  });

  it('cirrhosis rules out duloxetine and NSAIDs: tramadol at the cirrhosis dose', () => {
    const text = reply('cirrhosis - duloxetine or naproxen?');
    expect(text).toContain('next option: tramadol, adjusted for this patient');
    expect(text).toContain('Tramadol in cirrhosis: 50 mg every 12 hours');
  });

  it('heart failure rules out the NSAID: duloxetine steps up', () => {
    // the label's own avoid row, with its reason, as every label stop is titled
    expect(title('hf, naproxen?')).toMatch(
      /^Naproxen: not for this patient \(Avoid NSAIDs in heart failure: fluid retention\); next option: duloxetine$/,
    );
  });
});

describe('class 1 mid-case: the case’s facts decide the next option', () => {
  it('a case on an MAOI: duloxetine and tramadol asked -> the NSAID', () => {
    const [, dul, tram] = conversation([
      '62F CLBP 6 months, on phenelzine, tried paracetamol and physio',
      'duloxetine?',
      'tramadol 50 q6h?',
    ]);
    expect(dul).toMatch(/not for this patient \(on an MAOI\); next option: an NSAID/);
    expect(tram).toMatch(/not for this patient \(on an MAOI\); next option: an NSAID/);
    // a drug ruled out is never "adequate"
    expect(tram).not.toMatch(/adequate \(guideline dose\)/);
  });

  it('a case whose NSAID failed: duloxetine out (heavy drinking) -> tramadol, never the failed NSAID', () => {
    const [, dul] = conversation([
      '58M CLBP 1 yr, heavy drinker, failed naproxen 500 bd 6 wks, physio done',
      'duloxetine?',
    ]);
    expect(dul).toMatch(/next option: tramadol/);
    expect(dul).not.toMatch(/next option: an NSAID/);
  });

  it('a case with CrCl 24: tramadol at the CrCl < 30 schedule', () => {
    const [, dul] = conversation(['70M CLBP 1 yr, CrCl 24, failed naproxen 500 bd 6 wks, physio done', 'cymbalta?']);
    expect(dul).toContain('next option: tramadol, adjusted for this patient');
    expect(dul).toContain(TRAMADOL_RENAL);
  });
});

describe('class 1 contrasts: nothing ruled out, no next option', () => {
  it.each([
    'duloxetine dose?',
    'on sertraline, tramadol ok?',
    'CrCl 45, duloxetine?',
    'former heavy drinker, dry since 2015 - duloxetine?',
    'drinks a lot of coffee, duloxetine ok?',
    'tramadol 50 q6h in a 60 year old?',
  ])('%s', (q) => {
    const text = reply(q);
    expect(text).not.toMatch(/next option/);
    expect(text).not.toMatch(/not for this patient/);
  });
});

describe('class 2: a regimen above this patient’s lowered limit', () => {
  it.each([
    'tramadol 100mg qid for an 80 yo man ok?',
    '82M on tramadol 100 four times a day - within limits?',
    'Rx tramadol 100 mg QID, pt aged 79 - ok to dispense?',
    'tramadol 100 mg every 6 hours for my 77 year old patient',
    'tramadol 100 6 hourly 78 yo male',
  ])('tramadol 400 mg/day over 75: %s', (q) => {
    expect(title(q)).toMatch(/400 mg\/day: above this patient's maximum of 300 mg\/day/);
  });

  it.each([
    ['tramadol 50 mg qid 80yo', /within this patient's maximum of 300 mg\/day/],
    ['tramadol 100 qid 70yo', /at the label maximum of 400 mg\/day/],
  ])('contrast: %s', (q, expected) => {
    expect(title(q)).toMatch(expected);
    expect(title(q)).not.toMatch(/above this patient's/);
  });

  it.each([
    'conzip 200 mg daily crcl 22?',
    'ultram er 100 mg with egfr 25',
    'tramadol ER 300 CKD stage 4',
    'Rx tramadol extended release 200 mg od, CrCl 18 - ok to dispense?',
  ])('tramadol ER with CrCl < 30: what the reference says, and no ER schedule it does not give: %s', (q) => {
    const text = reply(q);
    expect(text).toMatch(/not for this patient \(tramadol extended-release is not for CrCl < 30/);
    expect(text).toContain('not for CrCl < 30 or severe hepatic impairment');
    // the every-12-hours row is immediate-release: never said of the ER product
    expect(text).not.toMatch(/(?:ER|extended-release)[^\n]*every 12 hours/i);
  });

  it.each([
    ['can i increase gabapentin to 900 tds crcl 40', '2,700 mg/day'],
    ['increase gabapentin to 600mg three times a day, eGFR 50', '1,800 mg/day'],
    ['gabapentin 600 tds, crcl 45 - ok?', '1,800 mg/day'],
    ['GP: thinking of upping his gabapentin to 800 tds, CrCl 35', '2,400 mg/day'],
  ])('gabapentin raised at CrCl 30-59: the total, the ceiling and the doses a day: %s', (q, total) => {
    const text = reply(q);
    expect(text).toContain(`${total}: above this patient's maximum of 1,400 mg/day`);
    expect(text).toContain('400-1400 mg/day in 2 doses');
  });

  it.each([
    ['pregabalin up to 150 tds, CrCl 45?', '450 mg/day'],
    ['pregabalin 200 bd crcl 50', '400 mg/day'],
  ])('pregabalin raised at CrCl 30-60: %s', (q, total) => {
    const text = reply(q);
    expect(text).toContain(`${total}: above this patient's maximum of 300 mg/day`);
    expect(text).toContain('75-300 mg/day in 2-3 doses');
  });

  it('contrast: gabapentin 600 tds with CrCl 70 is within the row', () => {
    expect(title('gabapentin 600 tds crcl 70')).not.toMatch(/above/);
  });
});
