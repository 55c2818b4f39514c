import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadMessage, QUESTION_INTENTS, questionIntent } from '../../dialogs/walkthrough/case-answer.js';
import { stepMessage } from '../../dialogs/walkthrough/step-message.js';
import { evaluatePathway } from '../../machines/pathway.js';
import type { CaseFacts } from '../../src/clinical/case/case-facts.js';
import { caseFactsArbitrary } from '../machines/case-arbitrary.js';
import { SAMPLES } from '../machines/case-samples.js';
import { runScenario, textOf, type Scenario } from './drive.js';

/**
 * Issue 13, part B: the case drives the reply. Scenario tables per rule (the opioid gate, chronicity, referral
 * triggers, the case's opioids, acute harms on every turn, answer first), and the property that every referral
 * trigger the facts hold is named in the reply.
 */
const run = (s: Scenario) => runScenario(s);
/** The first message of a turn's reply: what the reply opens with. */
const first = (s: Scenario, turn: number) => run(s).outputs[turn]!.messages[0]!.text;

const GATE_CASE =
  '62F chronic LBP 2 years. Failed naproxen 500 bid for 1 week and duloxetine 60 mg for 3 days. Tried massage and spinal manipulation, no benefit. On alprazolam 0.5 mg tid. No red flags. No leg symptoms. Risk assessment done, risks and benefits discussed.';

describe('the opioid gate as reference v2 reads it (walk-through)', () => {
  it('issue example: short trials, low-evidence therapies and alprazolam tid: no opioid start line, each reason said', () => {
    const s: Scenario = {
      name: 'gate v2',
      turns: [
        {
          say: `${GATE_CASE} Can I start oxycodone?`,
          expect: {
            noRecs: ['opioid.framework.lowest-dose'],
            text: [
              /^\*\*Answer: opioid start: not yet, the opioid gate is closed/,
              /naproxen 500 mg twice daily x 1 wk: shorter than 4 weeks/,
              /duloxetine 60 mg x 3 days: shorter than 4 weeks/,
              /moderate-evidence/,
              /benzodiazepine or other CNS depressant/,
            ],
            noText: [/gate conditions met/],
          },
        },
      ],
    };
    run(s);
  });

  it('gate open with a current benzodiazepine (acknowledged): its warning sits on the opioid-start line', () => {
    const view = evaluatePathway(SAMPLES.gateOpenWithBenzo!);
    expect(view.gate.open).toBe(true);
    const line = stepMessage({ label: 'A', view })
      .text.split('\n')
      .find((l) => l.includes('Start with the lowest effective dose'));
    expect(line).toMatch(/⚠️ Any opioid \(tramadol included\) \+ a benzodiazepine or other CNS depressant/);
  });

  it('trial durations missing: the gate asks them, one at a time, never assumed', () => {
    run({
      name: 'gate durations asked',
      turns: [
        {
          say: '55M chronic LBP 2 yrs, no red flags, no leg symptoms, no prior MRI. Failed naproxen 500 bid and duloxetine 60 mg daily, no relief. PT 12 weeks and acupuncture, no benefit. Risk assessment done, risks and benefits discussed. Age 55, renal function normal, no other conditions, no psychosocial issues.',
          expect: { noRecs: ['opioid.framework.lowest-dose'], pending: 'tramadolTrial' },
        },
        { say: 'not tried', expect: { pending: 'nsaidTrialWeeks' } },
        { say: '8 weeks', expect: { facts: { nsaidTrialWeeks: 8 }, pending: 'duloxetineTrialWeeks' } },
        { say: '3 weeks', expect: { facts: { duloxetineTrialWeeks: 3 }, noRecs: ['opioid.framework.lowest-dose'] } },
      ],
    });
  });
});

describe('chronicity: pain for less than 12 weeks', () => {
  it.each([
    ['LBP x 5 wks', '45M LBP x 5 wks, ibuprofen 400 tid no help. No red flags.'],
    ['back pain for 6 weeks', '38F back pain for 6 weeks, naproxen 500 bid 2 wks, partial relief'],
  ])('%s: the pathway is for chronic pain and gives no plan', (_label, say) => {
    const out = run({
      name: `acute ${say}`,
      turns: [{ say, expect: { steps: ['notChronic'], noText: [/\*\*Do now\*\*/], text: [/more than 12 weeks/] } }],
    }).outputs[0]!;
    expect(out.messages[0]!.text).toMatch(/^\*\*Not chronic pain\.\*\* Pain for \d/);
  });

  it('correcting the duration runs the chronic plan', () => {
    run({
      name: 'acute corrected',
      turns: [
        { say: '45M LBP x 5 wks, ibuprofen 400 tid no help. No red flags.', expect: { steps: ['notChronic'] } },
        { say: 'sorry, LBP for 5 months', expect: { noSteps: ['notChronic'], text: [/Do now/] } },
      ],
    });
  });
});

describe('referral triggers fire in the first reply', () => {
  it.each([
    [
      '14 weeks of optimised therapy, pain 7->6 (below the minimal important change)',
      '58M chronic LBP 2 yrs. On duloxetine 60 mg and naproxen 500 bid plus PT for 14 weeks, pain 7->6.',
      // the lead names the patient's values; once the step shows its referral line (a plan before the screen too,
      // shown as for a screened case), the trigger is named there in the guideline's words
      /pain persists after 14 weeks of optimised therapy, no meaningful improvement|pain persists despite 12 weeks of optimised/,
    ],
    [
      'STarT Back item by item',
      '49F chronic LBP 1 yr. STarT Back: Q1 agree, Q2 disagree, Q3 agree, Q4 agree, Q5 agree, Q6 agree, Q7 agree, Q8 disagree, Q9 very much.',
      /STarT Back high risk \(7\/9, psychosocial 4\/5\)|STarT Back high risk for chronicity/,
    ],
    ['asking for facet injections', '61M chronic LBP 3 yrs, asking for facet injections.', /interventional procedure/],
    ['wants an epidural', '44F chronic LBP 8 months with sciatica, wants an epidural.', /interventional procedure/],
    [
      'ODI in the severe band',
      '52M chronic LBP 1 yr, ODI 48.',
      /functional disability \(ODI 48%: severe disability\)|significant functional disability interferes/,
    ],
    ['off work', '47F chronic LBP 1 yr, off work since March.', /significant functional disability/],
  ])('%s', (_label, say, trigger) => {
    const text = textOf(run({ name: `referral ${say}`, turns: [{ say }] }).outputs[0]!);
    expect(text).toMatch(/Referral indicated|Refer to a multidisciplinary|Refer when/);
    expect(text).toMatch(trigger);
  });

  it('property: every referral trigger present in the facts is named in the reply (lead + step)', () => {
    const triggers: [string, (f: CaseFacts) => boolean, RegExp][] = [
      [
        '12 weeks',
        (f) => (f.weeksOptimizedTherapy ?? 0) >= 12 && f.improvedSinceLastVisit !== 'yes',
        /weeks of optimi[sz]ed (?:drug and non-drug )?therapy/,
      ],
      [
        'functional disability',
        (f) => f.functionalDisability === 'yes' || (f.oswestryPercent ?? 0) >= 41,
        /functional disability/,
      ],
      [
        'STarT Back',
        (f) => (f.startBack ? f.startBack.psychosocial >= 4 && f.startBack.total > 3 : f.startBackRisk === 'high'),
        /STarT Back high risk/,
      ],
      ['interventional', (f) => f.consideringInterventional === 'yes', /interventional procedure/],
    ];
    let fired = 0;
    fc.assert(
      fc.property(caseFactsArbitrary, (facts) => {
        const view = evaluatePathway(facts);
        if (view.status !== 'active') return;
        const text = `${leadMessage({ facts, view })?.text ?? ''}\n${stepMessage({ label: 'A', view }).text}`;
        for (const [name, present, said] of triggers) {
          if (!present(facts)) continue;
          fired++;
          expect(text, name).toMatch(said);
        }
      }),
      { numRuns: 600 },
    );
    expect(fired).toBeGreaterThan(50);
  });
});

describe("the case's opioids", () => {
  it('a colleague proposes OxyContin 20 mg twice daily: 60 MME/day and extended-release, against the framework', () => {
    const text = first(
      {
        name: 'oxycontin proposed',
        turns: [
          {
            say: 'Pain clinic suggests OxyContin 20 mg twice daily for 60M chronic LBP 3 yrs. Failed naproxen 500 bid x 8 wks, duloxetine 60 mg x 10 wks no relief, PT and acupuncture no benefit. No red flags. Risk assessment done, R/B discussed.',
            expect: { facts: { medications: [{ drug: 'naproxen' }, { drug: 'duloxetine' }] } },
          },
        ],
      },
      0,
    );
    expect(text).toMatch(
      /OxyContin 20 mg twice daily is 60 MME\/day \(factor 1\.5\) and extended-release: the guideline starts immediate-release at 20-30 MME\/day/,
    );
    expect(text).toMatch(/at or above 50, reassess benefits and risks and offer naloxone/);
  });

  it.each([
    [
      'oxycodone 10 mg four times daily',
      'oxycodone 10 mg qid',
      /oxycodone 10 mg four times daily is 60 MME\/day/,
      /at or above 50/,
    ],
    [
      'fentanyl 75 mcg/hr',
      'fentanyl patch 75 mcg/hr',
      /is 180 MME\/day \(factor 2\.4\)/,
      /at or above 90, avoid or carefully justify/,
    ],
    ['hydrocodone 5 mg four times daily', 'hydrocodone 5 mg qid', /is 20 MME\/day/, undefined],
    // the reference's worked values (clinical-reference.md section 4)
    [
      'Percocet 10/325 two tablets every 6 h',
      'Percocet 10/325 2 tabs q6h',
      /is 120 MME\/day \(factor 1\.5\)/,
      /at or above 90/,
    ],
    [
      'as needed, at the most it allows',
      'Percocet 10/325 1-2 tabs q4-6h prn, max 6 a day',
      /Percocet: at most 60 mg oxycodone a day \(the most the prescription allows\) is 90 MME\/day/,
      /at or above 90/,
    ],
    [
      'tramadol 50 mg every 6 h',
      'tramadol 50 mg q6h',
      /tramadol 50 mg four times daily is 40 MME\/day \(factor 0\.2\)/,
      undefined,
    ],
  ])('held: %s', (_label, regimen, mme, threshold) => {
    const text = first(
      { name: `held ${regimen}`, turns: [{ say: `58M chronic LBP 2 yrs, on ${regimen}, no red flags.` }] },
      0,
    );
    expect(text).toMatch(/\*\*Opioids taken now:\*\*/);
    expect(text).toMatch(mme);
    if (threshold) expect(text).toMatch(threshold);
    else expect(text).not.toMatch(/at or above/);
  });

  it('the patient asks for morphine ER: extended-release flagged against immediate-release first', () => {
    const text = first(
      {
        name: 'morphine er',
        turns: [{ say: '50F chronic LBP 1 yr, patient asking for morphine ER 15 mg bid, no red flags.' }],
      },
      0,
    );
    expect(text).toMatch(/Opioid start: not yet, the opioid gate is closed/);
    expect(text).toMatch(/morphine 15 mg twice daily is 30 MME\/day \(factor 1\) and extended-release/);
  });
});

describe('acute harms in any wording, on every turn', () => {
  const OPEN = '58F chronic LBP 9 months, naproxen 500 bid x 6 wks no relief, no leg symptoms, no red flags';
  it.each([
    ['new case', [`${OPEN}, and since yesterday she is numb down below`]],
    ['later turn, as a question', [OPEN, 'she wet herself last night, what do I do?']],
    ['answer to the pending question', [OPEN, "not tried, but she can't feel the toilet paper when wiping"]],
    ['later turn', [OPEN, "hasn't passed urine since this morning"]],
  ])('cauda equina in lay words: %s', (_label, says) => {
    const turns = says.map((say) => ({ say }));
    turns[turns.length - 1] = {
      say: says.at(-1)!,
      expect: { steps: ['urgentEvaluation'], text: [/same-day/], noText: [/\*\*Do now\*\*/] },
    } as (typeof turns)[number];
    run({ name: `cauda ${says.at(-1)}`, turns });
  });

  it.each([['no saddle anaesthesia'], ['denies bladder issues'], ['no saddle numbness or bladder problems']])(
    'negation respected: "%s"',
    (said) => {
      run({
        name: `negated ${said}`,
        turns: [{ say: `${OPEN}, ${said}`, expect: { noSteps: ['urgentEvaluation'] } }],
      });
    },
  );

  it('serotonin toxicity after tramadol was added to duloxetine pauses the pathway; clearing it resumes', () => {
    run({
      name: 'serotonin',
      turns: [
        { say: '58F chronic LBP 2 yrs, duloxetine 60 mg daily x 10 wks partial relief, no red flags, no leg symptoms' },
        { say: 'tramadol 50 q6h added last week', expect: { noSteps: ['urgentEvaluation'] } },
        {
          say: 'now sweating, tremulous and agitated',
          expect: { steps: ['urgentEvaluation'], text: [/serotonin toxicity/, /same-day assessment/] },
        },
        { say: 'no tremor or sweating now, that settled', expect: { noSteps: ['urgentEvaluation'] } },
      ],
    });
  });

  it('the same signs without a serotonergic drug do not pause the pathway', () => {
    run({
      name: 'no serotonergic',
      turns: [
        {
          say: '58F chronic LBP 2 yrs, naproxen 500 bid x 6 wks no relief, no red flags, sweating and tremor',
          expect: { noSteps: ['urgentEvaluation'] },
        },
      ],
    });
  });
});

describe('answer first: the reply opens with the answer to the question the message closes with', () => {
  it.each([
    [
      'Wants to try Neurontin - dose?',
      '58F chronic LBP 1 yr with sciatica L leg. Failed naproxen 500 bid x 8 wks. eGFR 40. No red flags. Wants to try Neurontin - dose?',
      /^\*\*Answer: gabapentin for this patient:\*\* For neuropathic pain, consider gabapentin 300-1200 mg three times daily\. \[1\]\n- This patient \(eGFR 40, read as CrCl\): Gabapentin with CrCl 30-59/,
    ],
    [
      'should I refer?',
      '52F LBP 1 yr, 14 weeks of optimised therapy without meaningful change, pain 7/10 -> 6/10, off work, asking for facet injections. should I refer?',
      /^\*\*Answer: refer, yes\.\*\* pain persists after 14 weeks/,
    ],
    [
      'safe to start? (tramadol, 79 with eGFR 24)',
      '79F chronic LBP 2 yrs, naproxen 500 bid x 8 wks no relief, duloxetine not tolerated (nausea), no red flags, eGFR 24. Thinking about tramadol - safe to start?',
      /^\*\*Answer: yes\.\*\* tramadol is an option now: .*\n- This patient \(eGFR 24, read as CrCl\): Tramadol with CrCl < 30: every 12 hours, maximum 200 mg\/day/,
    ],
    [
      'what do I do',
      '45M chronic LBP 1 yr, ibuprofen 400 tid x 6 wks no help, no red flags. What do I do',
      /^\*\*Answer: next step:\*\* /,
    ],
    [
      '?increase duloxetine',
      '60M chronic LBP 1 yr, on duloxetine 30 mg daily x 3 wks, no red flags. ?increase duloxetine',
      /^\*\*Answer: yes\.\*\* duloxetine is below the adequate dose \(30 of 60 mg\/day\): raise it/,
    ],
    [
      'cymbalta next?',
      '50F chronic LBP 1 yr, naproxen 500 bid x 8 wks no relief, no red flags. cymbalta next?',
      /^\*\*Answer: yes\.\*\* duloxetine is an option now/,
    ],
  ])('%s', (_label, say, opening) => {
    const out = run({ name: `answer first ${say}`, turns: [{ say }] }).outputs[0]!;
    expect(out.messages[0]!.text).toMatch(opening);
    // then what was understood, then the one next question
    expect(out.messages[1]!.text).toMatch(/I understood/);
  });

  it.each(QUESTION_INTENTS.map((row) => [row.example, row.intent] as const))(
    'intent row "%s" reads as %s',
    (example, intent) => {
      expect(questionIntent(example)).toBe(intent);
    },
  );
});

describe("the guideline's summary line leaves a plan where its drugs are ruled out", () => {
  const SUMMARY = /escalate to duloxetine \(30-60 mg daily\) or NSAIDs/;
  const planOf = (text: string) =>
    textOf(run({ name: 'summary line', turns: [{ say: text }, { say: 'plan' }] }).outputs[1]!)
      .split('\n')
      .filter((l) => !/not for this patient/i.test(l))
      .join('\n');

  it('stays for a patient who can take both', () => {
    expect(planOf('52F, chronic LBP 1 yr, no red flags, no leg pain, paracetamol 1 g qds x 8 wks no help')).toMatch(
      SUMMARY,
    );
  });

  it.each([
    ['on an SSRI', '47M, chronic LBP 2 yrs, no red flags, no leg pain, on sertraline 100 mg, ibuprofen 400 prn'],
    ['an MAOI', '60F, CLBP 8 months, red flags neg, no sciatica, takes phenelzine, paracetamol failed'],
    [
      'CrCl under 30 (both)',
      '71M, chronic low back pain 3 yrs, no red flags, no radicular pain, CrCl 24, paracetamol no help',
    ],
  ])('goes when one is ruled out (%s)', (_why, text) => {
    expect(planOf(text)).not.toMatch(SUMMARY);
  });
});
