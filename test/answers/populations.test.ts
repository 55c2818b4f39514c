import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import type { TurnInput } from '../../dialogs/turn-types.js';
import { drugSearchResult } from '../../dialogs/cards/drug-search-result.js';
import { CORE_OPTIONS, coreInput, loadQuestions } from '../../scripts/eval/question-suite.js';
import { measuresIn } from '../../src/clinical/language/measures.js';
import { normalize } from '../../src/clinical/language/normalize.js';
import { casePopulations, POPULATION_CUES, populationsIn } from '../../src/clinical/language/populations.js';

/**
 * Issue 12: people outside the guideline's adults (any age under 18, pregnancy, breastfeeding) get the honest
 * "not covered" and no dose, in every route. The cues are data (src/clinical/language/populations.ts), each row with
 * an example it must match and one it must not; the check runs in one place that every turn passes through.
 */
describe('population cues (data rows)', () => {
  it.each(POPULATION_CUES.map((c) => [c.id, c.example, c.notExample] as const))(
    '%s: "%s" is, "%s" is not',
    (id, example, notExample) => {
      expect(populationsIn(example)).toContain(id);
      expect(populationsIn(notExample)).not.toContain(id);
    },
  );

  it.each([
    ['13 year old', 'under-18'],
    ['13yo', 'under-18'],
    ['14 y/o', 'under-18'],
    // dotted and spoken ages before a question mark or colon (a review found "15 y.o.?" answered with a dose)
    ['gabapentin dose for a 15 y.o.?', 'under-18'],
    ['16 y.o.: naproxen?', 'under-18'],
    ['gabapentin dose for a fifteen y.o. boy', 'under-18'],
    ['fifteen y/o girl, ibuprofen?', 'under-18'],
    ['Sixteen YOF with back pain', 'under-18'],
    ['F16, ibuprofen dose?', 'under-18'],
    ['a girl of 16, naproxen?', 'under-18'],
    ['a 13-year-old', 'under-18'],
    ['teen', 'under-18'],
    ['adolescent', 'under-18'],
    ['child', 'under-18'],
    ['paediatric dose', 'under-18'],
    ['pediatric dose', 'under-18'],
    ['pregnant', 'pregnancy'],
    ['28 weeks pregnant', 'pregnancy'],
    ['G2P1 at 20 wks', 'pregnancy'],
    ['pregnancy', 'pregnancy'],
    ['?pregnant', 'pregnancy'],
    ['not sure if pregnant', 'pregnancy'],
    ['naproxen did not help and she is pregnant', 'pregnancy'],
    ['during her pregnancy', 'pregnancy'],
    ['breastfeeding', 'breastfeeding'],
    ['nursing mother', 'breastfeeding'],
    ['lactating', 'breastfeeding'],
    ['postpartum and breastfeeding', 'breastfeeding'],
    ['new mother who is breastfeeding', 'breastfeeding'],
    // a nursling's age or word beside breastfeeding is the baby's, not the patient's
    ['EBF, baby 3 months old', 'breastfeeding'],
    ['still nurses: breastfeeds her toddler, 3 yo, at bedtime', 'breastfeeding'],
    // "BF" with a baby in the text is breastfeeding; negated it is not
    ['8/52 postpartum, BF', 'breastfeeding'],
    ['pumping twice a day for her 5 month old', 'breastfeeding'],
    // after a birth "the pregnancy" is past, but pregnant again still counts
    ['3 months postpartum and pregnant again', 'pregnancy'],
    ['in year 12, naproxen?', 'under-18'],
    // round 2 (blind v8): school levels, "N yrs" beside a person word, a parent consenting
    ['Year 10 netballer, ibuprofen?', 'under-18'],
    ['Yr 8, football, naproxen?', 'under-18'],
    ['grade 9 student, ibuprofen?', 'under-18'],
    ['11th grader on the track team', 'under-18'],
    ['Class 11 girl, studies late, naproxen?', 'under-18'],
    ['form 3 pupil, gabapentin?', 'under-18'],
    ['high school senior, tramadol?', 'under-18'],
    ['freshman at high school, ibuprofen', 'under-18'],
    ['girl, 16 yrs, naproxen?', 'under-18'],
    ['15 yrs female, ibuprofen', 'under-18'],
    ['her father gave verbal consent for gabapentin', 'under-18'],
    ['consent was obtained from his parents', 'under-18'],
    // pregnancy: a test either way round, a possible pregnancy, "expecting" with a due date
    ['serum beta hCG is now positive', 'pregnancy'],
    ['positive blood hCG this morning', 'pregnancy'],
    ['UPT +ve in ED', 'pregnancy'],
    ['her period is 2 weeks late, no test done', 'pregnancy'],
    ['missed a period, tramadol?', 'pregnancy'],
    ['LMP was 8/52, naproxen?', 'pregnancy'],
    ['frozen embryo transfer last week', 'pregnancy'],
    ['awaiting beta hCG after IUI', 'pregnancy'],
    ['she is expecting, EDD in July', 'pregnancy'],
    ['she is due in 6 weeks, can I give codeine?', 'pregnancy'],
    // breastfeeding: expressing, chestfeeding, weaning but still feeding
    ['expressing for her baby on the ward', 'breastfeeding'],
    ['EBM via bottle, baby 4 weeks old', 'breastfeeding'],
    ['chestfeeds his newborn', 'breastfeeding'],
    ['weaning her 14 month old, down to 2 feeds', 'breastfeeding'],
    ['bub 20 months old, bedtime feeds only', 'breastfeeding'],
    // round 3 (blind v10): the UK sixth form, shorthand ages, birthdays, dictated obstetric forms, a scan
    ['in the lower sixth, plays hockey, naproxen?', 'under-18'],
    ['upper sixth pupil, ibuprofen?', 'under-18'],
    ['17 yr F, LBP 2 months, naproxen?', 'under-18'],
    ['turned 16 last week, tramadol?', 'under-18'],
    ['G3P2 now 30 wks, gabapentin?', 'pregnancy'],
    ['gravida four para three at 18 weeks, codeine?', 'pregnancy'],
    ['booking scan next week, ibuprofen?', 'pregnancy'],
    ['early scan showed a single IUP, naproxen?', 'pregnancy'],
    ['pumping for her son on the neonatal unit', 'breastfeeding'],
    ['I am 28 weeks pregnant myself, is naproxen ok for my back?', 'pregnancy'],
  ])('"%s" is %s', (text, id) => {
    expect(populationsIn(text)).toEqual([id]);
  });

  it.each([
    'pregnancy category',
    'not pregnant',
    'non-pregnant adult',
    'post-menopausal',
    'no chance of pregnancy',
    'denies pregnancy',
    'pregnancy ruled out',
    'pregnancy test negative',
    'not pregnant or breastfeeding',
    'stopped breastfeeding last year',
    'his wife is pregnant',
    'her 15 year old son',
    'mother of two children',
    '58F, 2 children',
    'nursing home resident',
    'woman of child-bearing age',
    'history of child abuse',
    'back pain since childhood',
    '13 year history of back pain',
    'can only walk 10 m',
    'an 18 year old',
    'minor trauma',
    'Pregnant: no | Lactating: N',
    'Breastfeeding = neg',
    '4 months postpartum, bottle fed on formula, BF: never',
    '4 months postpartum, pain began before the pregnancy',
    'her BF brings her to clinic',
    'vision 20/40',
    'she is 6 weeks post-op',
    // round 2 (blind v8): adults held by another person's state, an EHR field, a past pregnancy, look-alikes
    'her son, 15 yrs, drives her',
    'her niece (20 weeks pregnant) cares for her',
    'his sister, who is pregnant, came too',
    'Pregnancy status: not pregnant',
    'G2P2, both pregnancies 10 years ago',
    'breastfed her kids years ago',
    'LMP 1 week ago',
    'LMP 7 weeks ago, pregnancy test negative',
    'missed periods since her hysterectomy',
    'Year 10 teacher, naproxen',
    'teaches grade 8 students',
    'pain grade 8 out of 10',
    'male, 16 yrs of back pain',
    'expressing frustration about naproxen',
    'EBM-based plan',
    'weaning off tramadol, down to one tab a day',
    'NG feeds overnight',
    'expecting the MRI report',
    'review due in 6 weeks',
    'consent obtained from the patient',
    // round 3 (blind v10): a level the patient teaches, the clinician's own pregnancy, a childhood in the history
    'Grade 11 science teacher, 52F, naproxen?',
    'upper sixth form tutor, 38M, ibuprofen?',
    "I'm 34/40 myself, I hand over next week; 61F on tramadol 50 qds, add duloxetine for my patient?",
    'I am breastfeeding myself; 44M with sciatica, pregabalin dose?',
    '19M, upper sixth (repeating a year), naproxen?',
    'just turned 18, transitioned from the paediatric rheumatology clinic, naproxen?',
    '52F, back pain started at age 14 after a fall, naproxen?',
    'typo earlier: 61 yo, not 16 yo',
    '45 yr M, smoker 20 yrs, f/u 6/52',
  ])('"%s" is none of them', (text) => {
    expect(populationsIn(text)).toEqual([]);
  });

  it('an open case holds a population said in its text, or an age under 18', () => {
    expect(casePopulations({ age: 16 })).toEqual(['under-18']);
    expect(casePopulations({ age: 18 })).toEqual([]);
    expect(casePopulations({ age: 40, population: ['pregnancy'] })).toEqual(['pregnancy']);
  });

  it("a relative's age is not the case's (blind v8: his 16 y/o daughter translates)", () => {
    const age = (text: string) => measuresIn(normalize(text)).age;
    expect(age('52M, chronic LBP, his 15 y/o son comes with him')).toBe(52);
    expect(age('61F, LBP 2 yrs, her 17 year old granddaughter interprets')).toBe(61);
    expect(age('16 y/o boy, LBP 5 months')).toBe(16);
  });

  it('an age in shorthand or as a birthday is read; an age dating the history is not (blind v10)', () => {
    const age = (text: string) => measuresIn(normalize(text)).age;
    expect(age('42 yr F, teacher, c/o LBP since 8 mths')).toBe(42);
    expect(age('18 today, LBP since he was 15')).toBe(18);
    expect(age('LBP 2 yrs; just turned 65')).toBe(65);
    expect(age('at age 40 she had a discectomy, did well')).toBeUndefined();
  });
});

const ask = (text: string, n = 0): string[] =>
  handleTurn(undefined, coreInput(text, n), CORE_OPTIONS).output.messages.map((m) => m.text);

describe('safety review round 4: exceptions that let an adult through are narrow', () => {
  it.each([
    // 1. the clinician's own pregnancy counts only with "myself" and a patient clearly someone else
    ["I'm 30/40 myself. For a 52M with LBP, naproxen dose?", []],
    ["I'm 30/40 myself and covering on-call so quick one: duloxetine titration for a 52M", []],
    ["29F, I'm 20 weeks pregnant, what naproxen dose can I take for my back?", ['pregnancy']],
    ['Pt says "I\'m pregnant" - 28F, LBP 4 months, what naproxen dose?', ['pregnancy']],
    ["I'm breastfeeding, F 32, chronic LBP 6 months, ibuprofen dose?", ['breastfeeding']],
    ['24F, I am 28/40 and my back is killing me, naproxen ok?', ['pregnancy']],
    ["I'm in my third trimester, 30F, naproxen?", ['pregnancy']],
    ["I'm 12 weeks pregnant myself, 30F back pain, ibuprofen?", ['pregnancy']],
    ["my patient said i'm pregnant, 30F, ibuprofen?", ['pregnancy']],
    // without "myself" the speaker may be the patient (round 3 read these two as the clinician's own)
    ['as I am 34/40 I hand over next week; 61F on tramadol 50 qds, add duloxetine?', ['pregnancy']],
    ['I am breastfeeding too; 44M with sciatica, pregabalin dose?', ['breastfeeding']],
    // 3. an adult age wins over a school level only when it is the patient's: no other person in the sentence
    ['19M, sixth former, naproxen?', []],
    ['45F mum here with her son, a teenager with LBP 4 months, naproxen dose for him?', ['under-18']],
    ['Mum 40F asks about naproxen dose for her child, LBP 3 months', ['under-18']],
    ['Dad (45 yo) asks about naproxen for his teen with LBP', ['under-18']],
    ['Referred by GP (45 yo), teenager with LBP 4 months, naproxen?', ['under-18']],
    ['Parent (aged 44) reports adolescent has LBP, naproxen dose?', ['under-18']],
    ['Dr Smith, 52F, asking about a teenage patient with LBP, ibuprofen dose?', ['under-18']],
    ['40F asks naproxen dose for a child with LBP', ['under-18']],
    ['Mum 40F asks about naproxen dose for her back', []],
    ['56 yo man, Child Pugh B cirrhosis, naproxen?', []],
    // 4. left paediatric care: only with an adult age stated (UK transition can be at 16)
    ['Moved over from paeds last month, LBP 6 months, naproxen dose?', ['under-18']],
    ['18 today! First visit since he moved over from paeds. Ibuprofen 400 tds?', []],
    // 4. staff directly after the level only
    ['Year 11, teaching assistant on Saturdays, LBP 4 months, naproxen dose?', ['under-18']],
    ['Year 11 teacher, 40F, naproxen?', []],
    ['Year 11 science teacher, naproxen?', []],
    // 4. "at age N" dates the history only beside a different current adult age, and not "today"
    ['LBP, presented at age 15, naproxen dose?', ['under-18']],
    ['seen today at age 16, naproxen?', ['under-18']],
    ['45M, at age 15 he had a fracture, naproxen?', []],
    ['45M, seen today at age 16, naproxen?', ['under-18']],
    // 8. the shared "NN yr M" shorthand
    ['16 yr M, LBP, naproxen?', ['under-18']],
    ['Age/Sex: 16 y / F, LBP, naproxen?', ['under-18']],
  ] as const)('%j -> %j', (text, expected) => {
    expect(populationsIn(text)).toEqual(expected);
  });

  it('"turned N" needs a person and no unit (6)', () => {
    expect(measuresIn(normalize('hip turned 90 degrees on exam, LBP')).age).toBeUndefined();
    expect(measuresIn(normalize('pain turned 30 minutes after walking')).age).toBeUndefined();
    expect(measuresIn(normalize('M, turned 40 last week, LBP')).age).toBe(40);
    expect(populationsIn('just turned 17, ibuprofen 400 tds ok?')).toEqual(['under-18']);
  });

  const conversation = (texts: readonly string[]) => {
    let state: unknown;
    return texts.map((text, n) => {
      const r = handleTurn(
        state,
        {
          ...coreInput(text),
          conversationKey: 'safety-r4',
          activityId: `s-${n}`,
          receivedAt: new Date(Date.UTC(2026, 0, 15, 10, n)).toISOString(),
        },
        CORE_OPTIONS,
      );
      if (r.changed) state = r.state;
      return r.output.messages.map((m) => m.text).join('\n');
    });
  };

  it.each([['her boyfriend (19 yo) also has LBP'], ['came with her partner, 19 yo']])(
    '2. a paused 16 yo stays held after %j',
    (other) => {
      const [, , dose] = conversation(['16 yo girl chronic LBP 6 months, failed ibuprofen', other, 'naproxen dose?']);
      expect(dose).toMatch(/does not cover patients under 18/);
    },
  );

  it('2. an explicit correction of her age unpauses', () => {
    const [, fixed] = conversation([
      '16 yo girl chronic LBP 6 months, failed ibuprofen',
      'sorry, she is 19 yo, not 16',
    ]);
    expect(fixed).not.toMatch(/does not cover/);
  });
});

describe('every route: a question about such a patient gets "not covered" and no dose', () => {
  // Every question of the suite that mentions a drug or a dose, said of a 15 year old, a pregnant or a breastfeeding
  // patient: whichever route would have answered it (dose, dose check, tablets, MME, combination, guideline).
  // The sources answer gives no dose and no plan, and a red-flag answer stands (with the sentence after it).
  const asked = loadQuestions()
    .filter((q) => q.file !== 'sources.json')
    .map((q) => q.q)
    .filter((q) => !/red ?flag|cauda|saddle/i.test(q));
  const suffixes = [', for a 15 year old', ', she is 20 weeks pregnant', ', patient is breastfeeding'];
  it.each(suffixes)('%s', (suffix) => {
    const leaks = asked
      .map((q) => `${q.replace(/\?\s*$/, '')}${suffix}?`)
      .map((q, i) => ({ q, text: ask(q, i).join('\n') }))
      .filter(({ text }) => !/does not cover/.test(text) || /\d\s?mg\b|MME\/day|Do now/.test(text));
    expect(leaks.map((l) => `${l.q} -> ${l.text.slice(0, 160)}`)).toEqual([]);
  });
});

describe('mid-case: the open case is an adult, the question names a child', () => {
  const input = (text: string, n: number): TurnInput => ({
    ...coreInput(text),
    conversationKey: 'population-mid-case',
    activityId: `p-${n}`,
    receivedAt: new Date(Date.UTC(2026, 0, 15, 10, n)).toISOString(),
  });
  const opened = handleTurn(
    undefined,
    input('58M, chronic LBP 9 months, naproxen 250 bid x 6 wks no relief, no red flags', 0),
    CORE_OPTIONS,
  ).state;

  it.each(['naproxen dose for a 13 year old', 'MME oxycodone 5 q6h pregnant', 'tramadol 50 q6h for a nursing mother?'])(
    '%s',
    (q) => {
      const out = handleTurn(opened, input(q, 1), CORE_OPTIONS).output.messages.map((m) => m.text);
      // the answer, then the adult case's own pending question again (nothing from the question joins the case)
      expect(out[0]).toMatch(/does not cover/);
      expect(out[0]).not.toMatch(/\d\s?mg\b|MME\/day/);
      expect(out.at(-1)).toMatch(/^Back to case A, next question/);
    },
  );
});

describe('an age correction moves the case across 18 both ways, and back undoes it', () => {
  const turns = (texts: readonly string[]) => {
    let state: unknown;
    return texts.map((text, n) => {
      const r = handleTurn(
        state,
        {
          ...coreInput(text),
          conversationKey: 'population-age-fix',
          activityId: `f-${n}`,
          receivedAt: new Date(Date.UTC(2026, 0, 15, 10, n)).toISOString(),
        },
        CORE_OPTIONS,
      );
      if (r.changed) state = r.state;
      return r.output.messages.map((m) => m.text).join('\n');
    });
  };

  it('under 18, then the adult age: answered; back: held again', () => {
    const [first, fixed, undone] = turns([
      '17M, LBP 5 months, ibuprofen 200 tds',
      'sorry, typo: he is 71 not 17',
      'back',
    ]);
    expect(first).toMatch(/does not cover patients under 18/);
    expect(fixed).not.toMatch(/does not cover/);
    expect(undone).toMatch(/does not cover patients under 18/);
  });

  it('an adult, then an age under 18: held', () => {
    const [first, fixed] = turns(['71M, LBP 5 months, ibuprofen 200 tds', 'sorry, typo: he is 17 not 71']);
    expect(first).not.toMatch(/does not cover/);
    expect(fixed).toMatch(/does not cover patients under 18/);
  });
});

describe('compose-box search: no dosing card for such a patient', () => {
  it.each(['naproxen 13 year old', 'tramadol pregnant', 'gabapentin breastfeeding'])('%s', (query) => {
    const result = drugSearchResult(query);
    expect(result.kind).toBe('message');
    expect(result.kind === 'message' && result.text).toMatch(/does not cover/);
  });

  it('an adult query still gets its card', () => {
    expect(drugSearchResult('naproxen').kind).toBe('cards');
  });
});

describe('an age to come is not the age now', () => {
  it('"sorry, she is 18 next month" keeps a 17-year-old held', () => {
    let state: unknown;
    const say = (text: string, i: number) => {
      const r = handleTurn(state, { ...coreInput(text, 1), receivedAt: `2026-01-15T10:0${i}:00.000Z` }, CORE_OPTIONS);
      state = r.state ?? state;
      return r.output.messages.map((m) => m.text).join('\n');
    };
    say('17F, chronic LBP 6 months, ibuprofen 400 tds no help', 0);
    say("sorry, forgot to say she's 18 next month", 1);
    expect(say('duloxetine dose?', 2)).toMatch(/does not cover patients under 18/);
  });
});
