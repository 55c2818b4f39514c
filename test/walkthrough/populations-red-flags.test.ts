import { describe, expect, it } from 'vitest';
import { runScenario, textOf, type Scenario } from './drive.js';

/**
 * Issue 12: people outside the pathway's adults pause a case (no step, no Do-now lines, no next question) and get
 * no dose from any route while it is open; red flags carry their level of urgency (reference section 6); a red-flag
 * screen answered "not sure" is not completed, never "a red flag is present", and never a red flag in the note.
 */
const ADULT = '58F, chronic LBP 9 months, naproxen 500 bid x 6 wks no relief, no leg symptoms';
const SCREENED = `${ADULT}, no red flags`;
const NOT_COVERED = /does not cover/;
const PAUSED = /Case A is paused/;
const NO_PLAN = [/Do now/, /\d mg/, /next question/, /Recommended now/];

const populations: Scenario[] = [
  {
    name: 'pregnancy said about the open case pauses it; every later question is not covered',
    turns: [
      { say: SCREENED, expect: { text: [/Do now/] } },
      {
        say: 'she is 20 weeks pregnant',
        expect: { text: [PAUSED, /does not cover pregnancy/, /non-pregnant adults/], noText: NO_PLAN },
      },
      { say: 'duloxetine dose?', expect: { text: [NOT_COVERED, /pregnancy/], noText: NO_PLAN } },
      { say: 'naproxen 500 bid ok?', expect: { text: [NOT_COVERED], noText: NO_PLAN } },
      { say: 'MME oxycodone 5 q6h', expect: { text: [NOT_COVERED], noText: [...NO_PLAN, /MME\/day/] } },
      { say: 'when to refer?', expect: { text: [NOT_COVERED], noText: NO_PLAN } },
      { say: 'plan', expect: { text: [PAUSED], noText: NO_PLAN } },
      { say: 'note', expect: { text: [PAUSED], noText: NO_PLAN } },
      // a misread is undone: the case is the adult case again
      { say: 'back', expect: { noText: [PAUSED] } },
    ],
  },
  {
    name: 'a case description of a 16 year old is paused from its first message',
    turns: [
      {
        say: '16F chronic LBP 6 months, ibuprofen 400 tid 8 weeks no relief, no red flags',
        expect: { facts: { age: 16 }, text: [PAUSED, /does not cover patients under 18/], noText: NO_PLAN },
      },
      { say: 'tramadol dose?', expect: { text: [NOT_COVERED], noText: NO_PLAN } },
    ],
  },
  {
    name: 'an age under 18 given as the answer to the age question pauses the case',
    turns: [
      { say: SCREENED },
      // The age was already stated, so the button asks before it changes it (an answer to an earlier question).
      {
        button: { command: 'answer', case: 'A', key: 'age', text: '15' },
        expect: { facts: { age: 58 }, text: [/earlier question \(age\)/, /"Age 58" to "Age 15"/] },
      },
      {
        button: { command: 'case', action: 'confirm', case: 'A', confirms: 'answer' },
        expect: { facts: { age: 15 }, text: [PAUSED, /under 18/], noText: NO_PLAN },
      },
    ],
  },
  {
    name: 'a description of a breastfeeding patient, and one of a teen in words, are paused',
    turns: [
      {
        say: 'chronic LBP 6 months, postpartum and breastfeeding, ibuprofen 400 tid 8 weeks no relief',
        expect: { facts: { population: ['breastfeeding'] }, text: [PAUSED, /breastfeeding/], noText: NO_PLAN },
      },
      {
        say: 'new case teenager, chronic LBP 6 months, naproxen 500 bid 6 weeks no relief',
        expect: { text: [/Case B is paused/, /under 18/], noText: NO_PLAN },
      },
    ],
  },
  {
    name: 'a pregnant patient with a red flag: the emergency advice stands, no dose or plan follows',
    turns: [
      {
        say: '30F 28 weeks pregnant, chronic LBP 6 months, naproxen no relief, new saddle anaesthesia',
        expect: {
          text: [/Stop the pathway: emergency, same-day assessment/, /does not cover pregnancy/],
          noText: NO_PLAN,
        },
      },
    ],
  },
  {
    name: 'not pregnant, post-menopausal, another person: the case goes on',
    turns: [
      {
        say: `${SCREENED}, post-menopausal, not pregnant, her daughter is 15`,
        expect: { text: [/Do now/], noText: [PAUSED, NOT_COVERED] },
      },
    ],
  },
];

const redFlags: Scenario[] = [
  {
    name: 'cauda equina in a case: the headline says emergency, same-day assessment',
    turns: [
      {
        say: '58M chronic LBP 9 months, naproxen 500 bid 6 weeks no relief, saddle anaesthesia',
        expect: { text: [/Stop the pathway: emergency, same-day assessment/], noText: [/Do now/] },
      },
    ],
  },
  {
    name: 'suspected cancer in a case: prompt evaluation before going on, not an emergency',
    turns: [
      {
        say: '70F chronic LBP 6 months, night pain and weight loss, history of breast cancer, ibuprofen 400 tid no relief',
        expect: {
          text: [/Stop the pathway: prompt evaluation before going on with the pathway/, /imaging and tests per ACR/],
          noText: [/same-day/, /Do now/],
        },
      },
    ],
  },
  {
    name: 'a fracture with a new foot drop: the most urgent level leads',
    turns: [
      {
        say: '75F chronic LBP 4 months, osteoporosis, new foot drop, naproxen no relief',
        expect: { text: [/Stop the pathway: emergency, same-day assessment/] },
      },
    ],
  },
];

const notSure: Scenario[] = [
  {
    name: 'a red-flag screen answered "Not sure" is not completed, never a red flag',
    turns: [
      { say: ADULT, expect: { pending: 'redFlags' } },
      {
        button: { command: 'answer', case: 'A', key: 'redFlags', text: 'Not sure' },
        expect: {
          facts: { redFlagScreen: 'unknown', redFlags: [] },
          text: [/Red-flag screen not completed: ask about saddle anaesthesia/],
          noText: [/red flag is present/i, /Stop the pathway/],
        },
      },
      {
        say: 'note',
        expect: {
          text: [/Red-flag screen: not completed/, /Red-flag screen not completed: ask about/],
          noText: [/red flag is present/i, /Red flags: unknown/],
        },
      },
    ],
  },
  ...[
    "didn't ask",
    'not checked',
    'no saddle numbness, unsure about weight loss',
    'no saddle numbness, no fever, not sure about bladder changes',
    'denies fever/wt loss, unsure about bowel control',
    'red flags: none except pt unsure re bladder',
  ].map(
    (reply): Scenario => ({
      name: `"${reply}" to the red-flag question is not completed, never "none"`,
      turns: [
        { say: ADULT, expect: { pending: 'redFlags' } },
        {
          say: reply,
          expect: {
            facts: { redFlagScreen: 'unknown', redFlags: [] },
            text: [/Red-flag screen not completed/],
            noText: [/red flag is present/i],
          },
        },
      ],
    }),
  ),
  ...['no red flags (bladder not asked)', 'ED handover: RF neg apart from ?bladder - unsure'].map(
    (said): Scenario => ({
      name: `"${said}" in a first message: not completed, and charting it negative names the bladder`,
      turns: [
        { say: `${ADULT}, ${said}`, expect: { facts: { redFlagScreen: 'unknown', unsureRedFlags: ['cauda-equina'] } } },
        {
          say: 'ok to chart red flags negative?',
          expect: { text: [/not completed: check [^\n]*bladder/], noText: [/red flag is present/i] },
        },
      ],
    }),
  ),
  {
    name: 'a description that says the red flags were not asked: not completed',
    turns: [
      {
        say: `${ADULT}, didn't ask about red flags`,
        expect: { facts: { redFlagScreen: 'unknown' }, noText: [/red flag is present/i, /no red flags/] },
      },
    ],
  },
];

describe('people outside the pathway in a case', () => {
  it.each(populations.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    runScenario(s);
  });
});

describe('red flags in a case carry their level of urgency', () => {
  it.each(redFlags.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    runScenario(s);
  });
});

describe('a red-flag screen not completed', () => {
  it.each(notSure.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    runScenario(s);
  });

  it('the chart note never records a red flag that nobody found', () => {
    const { outputs } = runScenario({
      name: 'note after not sure',
      turns: [{ say: ADULT }, { say: 'not sure' }, { say: 'note' }],
    });
    const note = textOf(outputs[2]!);
    expect(note).not.toMatch(/Red flags:/);
    expect(note).not.toMatch(/red flag is present/i);
  });
});
