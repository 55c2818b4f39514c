import { describe, expect, it } from 'vitest';
import type { ConversationState } from '../../dialogs/conversation-state.js';
import { LABEL_REFUSED } from '../../dialogs/walkthrough/case-commands.js';
import { IDENTIFIERS_REFUSED } from '../../dialogs/walkthrough/intake.js';
import { runScenario, textOf } from '../walkthrough/drive.js';

/**
 * Patient identifiers through the real core (handleTurn): a message holding one is refused with a short request to
 * leave identifiers out, and nothing from it is stored: no case is opened, an open case is not changed, and the
 * identifier appears nowhere in the conversation state. Case labels that could be names are refused the same way.
 */
const CASE = '58M, chronic LBP 9 months, naproxen 500 bid x 6 wks no relief, no red flags';

/** One message per identifier class, each otherwise a plain case description. [class, message, the identifier] */
const MESSAGES: [string, string, string][] = [
  ['phone (US)', `${CASE}, call 555-234-5678`, '555-234-5678'],
  ['phone (UK)', `${CASE}. Mobile 07700 900123`, '07700 900123'],
  ['phone (international)', `${CASE}, daughter +33 1 23 45 67 89`, '+33 1 23 45 67 89'],
  ['e-mail', `${CASE}, email jane.doe@example.com`, 'jane.doe@example.com'],
  ['US SSN', `${CASE}, SSN 123-45-6789`, '123-45-6789'],
  ['NHS number', `${CASE}, NHS 943 476 5919`, '943 476 5919'],
  ['record number', `MRN 4481923 ${CASE}`, '4481923'],
  ['date of birth', `${CASE}, DOB 03/04/1961`, '03/04/1961'],
  ['street address', `${CASE}, lives at 12 Oak Street`, 'Oak Street'],
  ['flat and postcode', `${CASE}, Flat 2, SW1A 1AA`, 'SW1A 1AA'],
  ['title and surname', `Mr Smith ${CASE}`, 'Smith'],
  ['patient and name', `pt John Doe ${CASE}`, 'John Doe'],
  ['name before age', `Jane Doe, 54F, chronic LBP 9 months, naproxen 500 bid x 6 wks no relief`, 'Jane Doe'],
  ['name said', `patient name: Priya. ${CASE}`, 'Priya'],
];

const stored = (state: unknown): string => JSON.stringify(state ?? null);

describe('identifiers through the core: refused, nothing stored', () => {
  for (const [what, message, identifier] of MESSAGES) {
    it(`${what}: a new case is not opened`, () => {
      const { state, outputs } = runScenario({
        name: `identifiers ${what}`,
        turns: [{ say: message, expect: { cases: [], text: [/not stored/, /without identifiers/] } }],
      });
      expect(textOf(outputs[0]!)).toBe(IDENTIFIERS_REFUSED);
      expect(stored(state)).not.toContain(identifier);
    });

    it(`${what}: an open case is left as it was`, () => {
      const { state, outputs } = runScenario({
        name: `identifiers mid-case ${what}`,
        turns: [
          { say: CASE, expect: { cases: ['A'] } },
          { say: message, expect: { cases: ['A'], text: [/not stored/] } },
        ],
      });
      const [before, after] = [outputs[0]!, outputs[1]!];
      expect(textOf(after)).toContain(IDENTIFIERS_REFUSED);
      expect(textOf(before)).not.toContain(IDENTIFIERS_REFUSED);
      const record = (state as ConversationState).cases[0]!;
      expect(record.history).toEqual([]);
      expect(stored(state)).not.toContain(identifier);
    });
  }

  it('an answer to the pending question that holds an identifier is refused and the question asked again', () => {
    const { state } = runScenario({
      name: 'identifiers in an answer',
      turns: [
        { say: 'new case' },
        { say: 'no red flags, ring me on 07700 900123', expect: { text: [/not stored/], pending: 'redFlags' } },
      ],
    });
    expect(stored(state)).not.toContain('07700');
  });

  it('the clinical near-misses still open a case', () => {
    runScenario({
      name: 'identifiers near-misses',
      turns: [
        {
          say: '67 y/o F, LBP since 3/14, norco 10/325 2 tabs q6h and gabapentin 600-600-1200 no relief, Cymbalta 60 mg, ODI 46%, STarT Back 1 1 0 1 0 1 1 0 1, Schober 4 cm, FABER positive, referred by Dr Patel',
          expect: { cases: ['A'], noText: [/not stored/] },
        },
      ],
    });
  });
});

describe('case labels that could identify the patient', () => {
  it('a surname, initials, a title or a record number is refused and the label kept; a neutral word is accepted', () => {
    const { state, outputs } = runScenario({
      name: 'labels',
      turns: [
        { say: CASE, expect: { cases: ['A'] } },
        { say: 'label Smith', expect: { cases: ['A'], active: 'A' } },
        { say: 'label JD', expect: { cases: ['A'] } },
        { say: 'rename to J.D.', expect: { cases: ['A'] } },
        { say: 'call this case Mr Patel', expect: { cases: ['A'] } },
        { say: 'label b1234567', expect: { cases: ['A'] } },
        { say: 'label knee', expect: { cases: ['knee'], active: 'knee', text: [/now case knee/] } },
        { say: 'label bed4', expect: { cases: ['bed4'] } },
      ],
    });
    for (const i of [1, 2, 3, 4, 5]) expect(textOf(outputs[i]!), `turn ${i}`).toContain(LABEL_REFUSED);
    expect(stored(state)).not.toMatch(/smith|patel|"jd"/i);
  });
});
