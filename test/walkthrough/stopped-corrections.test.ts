import { describe, it } from 'vitest';
import { runScenario } from './drive.js';

/**
 * A correction or update that stops something in an open case (src/clinical/language/stopped.ts, merge-facts.ts): a
 * drug stopped is held for no rule, a condition said to be an error or stopped lifts the rule-out it caused, and a red
 * flag the work-up excluded is acknowledged as excluded.
 */
describe('an open case: what was stopped no longer rules anything out', () => {
  it('an SSRI stopped: duloxetine comes back; "no longer on warfarin" answers no pending question', () => {
    runScenario({
      name: 'ssri-stopped',
      turns: [
        {
          say: '58F chronic LBP 8 months, failed naproxen 500 bid x 6 wk, on sertraline 100 mg and warfarin, no red flags, eGFR 80',
          expect: { text: [/duplicate antidepressant/] },
        },
        {
          say: 'Correction - I misread the list: sertraline was stopped 6 months ago by her psychiatrist, on no antidepressant now',
          expect: {
            facts: { medications: [{ drug: 'naproxen' }, { drug: 'ssri', stopped: true }, { drug: 'anticoagulant' }] },
            noText: [/duplicate antidepressant/],
            text: [/sertraline 100 mg: stopped/, /Add duloxetine 30 mg daily/],
            pending: 'duloxetineTrial',
          },
        },
        {
          say: 'no longer on warfarin',
          expect: { pending: 'duloxetineTrial', text: [/warfarin: stopped/], noText: [/Radicular symptoms: no/] },
        },
      ],
    });
  });

  it('UK letter: citalopram ceased by the GP', () => {
    runScenario({
      name: 'citalopram-ceased',
      turns: [
        {
          say: 'Dear Dr, Re: 64F. LBP for 2 years. On citalopram 20 mg. Naproxen 500 mg bd for 8 weeks, no benefit. No red flags.',
          expect: { text: [/duplicate antidepressant/] },
        },
        {
          say: 'Sorry - her citalopram was ceased by the GP in the spring.',
          expect: { noText: [/duplicate antidepressant/] },
        },
      ],
    });
  });

  it('CKD a lab error and alcohol stopped: the NSAID cautions and the duloxetine rule-out lift', () => {
    runScenario({
      name: 'ckd-lab-error',
      turns: [
        {
          say: '68M LBP 1 yr, CKD 3b, heavy drinker, no red flags, acetaminophen 1 g tds no help',
          expect: { text: [/duloxetine \(heavy alcohol\)/, /CKD stage 3/] },
        },
        {
          say: 'CKD was a lab error, eGFR 85 on repeat. No longer drinks (abstinent 3 years)',
          expect: {
            facts: { conditions: { ckd: 'no', 'heavy-alcohol': 'no' }, renal: { egfr: 85 } },
            noText: [/heavy alcohol\)/, /CKD stage/, /NSAID with CKD/],
            text: [/Add duloxetine 30 mg daily/],
          },
        },
      ],
    });
  });

  it('a red flag cleared is acknowledged as excluded', () => {
    runScenario({
      name: 'infection-cleared',
      turns: [
        { say: '58F chronic LBP 8 months, fever 38.5 and IVDU, failed naproxen 500 bid x 6 wk' },
        {
          say: 'MRI and cultures negative, the fever was a UTI; infection excluded',
          expect: { text: [/infection: excluded/], noText: [/red flags: infection signs/, /red flags: present/] },
        },
      ],
    });
  });
});
