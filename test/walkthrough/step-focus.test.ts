import { describe, expect, it } from 'vitest';
import { EntryCitations } from '../../dialogs/walkthrough/citations.js';
import { focusIds, MAX_FOCUS_LINES } from '../../dialogs/walkthrough/step-focus.js';
import { stepMessage } from '../../dialogs/walkthrough/step-message.js';
import { getEntry } from '../../src/clinical/knowledge/knowledge-base.js';
import { evaluatePathway } from '../../machines/pathway.js';
import { SAMPLES, facts } from '../machines/case-samples.js';
import { runScenario, textOf } from './drive.js';

const NARRATIVE =
  "58M, chronic LBP 9 months, naproxen 250 bid x 6 wks no relief, tingling down the left leg, no red flags, hasn't done PT";

/** The lines under "Do now" in a step reply. */
function doNow(text: string): string[] {
  const block = text.split('**Do now**')[1] ?? '';
  return block
    .trim()
    .split('\n\n')[0]!
    .split('\n')
    .filter((l) => l.startsWith('- '));
}

describe('the step reply is short: what to do now, most important first', () => {
  const { outputs } = runScenario({ name: 'focus', turns: [{ say: NARRATIVE }, { say: 'plan' }] });
  const first = outputs[0]!.messages[0]!.text;
  const plan = textOf(outputs[1]!);

  it(`shows at most ${MAX_FOCUS_LINES} recommendation lines, each cited`, () => {
    const lines = doNow(first);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.length).toBeLessThanOrEqual(MAX_FOCUS_LINES);
    for (const l of lines) expect(l).toMatch(/\[\d+\]/);
  });

  it('optimise the NSAID, add duloxetine, a gabapentinoid option and non-drug therapy in one line, in that order', () => {
    const lines = doNow(first);
    expect(lines[0]).toMatch(/naproxen 500 mg twice daily/);
    expect(lines[1]).toMatch(/duloxetine 30 mg daily, titrating to 60 mg/);
    expect(lines[2]).toMatch(/gabapentin 300-1200 mg three times daily or pregabalin 150-300 mg twice daily/);
    expect(lines.filter((l) => /Non-drug|Exercise/i.test(l))).toHaveLength(1);
    expect(lines.at(-1)).toMatch(
      /^- Non-drug therapy first \(moderate evidence\): Exercise therapy; Multidisciplinary rehabilitation; Acupuncture/,
    );
  });

  it('drops near-duplicates from the step reply; plan keeps the full cited list', () => {
    for (const dup of [
      /medications alone/,
      /foundation of treatment/,
      /prioritise them before considering opioids/,
      /escalate to duloxetine \(30-60 mg daily\) or NSAIDs/,
    ]) {
      expect(first).not.toMatch(dup);
    }
    for (const full of [
      /medications alone/,
      /prioritise them before considering opioids/,
      /escalate to duloxetine \(30-60 mg daily\) or NSAIDs/,
      /gabapentin 300-1200/,
      /pregabalin 150-300/,
    ]) {
      expect(plan).toMatch(full);
    }
    // the pitfall and "non-drug therapy is the foundation" are one guideline sentence: said once
    expect(plan.match(/medications alone/g)).toHaveLength(1);
    expect(plan).not.toMatch(/Non-drug therapy is the foundation of treatment/);
    expect(first).toMatch(/Say "plan" for all recommendations \(\d+ more\)/);
    expect(first.length).toBeLessThan(1900);
  });

  it('keeps the recommendation ids observable: the focus ids are recommended by the statechart', () => {
    const ids = focusIds(
      evaluatePathway(
        facts({
          redFlagScreen: 'no',
          radicular: 'yes',
          medications: [{ drug: 'naproxen', doseMg: 250, timesPerDay: 2, outcome: 'ineffective' }],
        }),
      ),
    );
    expect(ids.slice(0, 3)).toEqual([
      ['escalation.nsaid-adequate-dose'],
      ['escalation.duloxetine', 'radicular.duloxetine'],
      ['radicular.gabapentin', 'radicular.pregabalin'],
    ]);
    expect(ids.at(-1)).toEqual(
      expect.arrayContaining(['nondrug.exercise', 'nondrug.mbsr', 'pitfall.medications-alone']),
    );
    expect(ids.at(-1)).not.toContain('nondrug.cbt');
  });

  it('with radicular symptoms and no MRI, the MRI line is in the focus', () => {
    const ids = focusIds(evaluatePathway(facts({ redFlagScreen: 'no', radicular: 'yes', priorMri: 'no' })));
    expect(ids.flat()).toContain('radicular.mri');
  });
});

describe('no safety note is ever shortened away', () => {
  const CONTEXT = new Set(['imaging', 'instrument']);
  const cases = {
    ...SAMPLES,
    benzoAndSteroid: facts({
      redFlagScreen: 'no',
      medications: [
        { drug: 'benzodiazepine', outcome: 'current' },
        { drug: 'systemic-corticosteroid', outcome: 'current' },
      ],
    }),
    nsaidOnWarfarinCkd: facts({
      redFlagScreen: 'no',
      age: 80,
      conditions: { ckd: 'yes' },
      medications: [
        { drug: 'anticoagulant', outcome: 'current' },
        { drug: 'naproxen', doseMg: 250, timesPerDay: 2, outcome: 'current' },
      ],
    }),
  };
  it.each(Object.entries(cases))(
    '%s: every warning of the view is in the step reply, with at most %s focus lines',
    (_name, f) => {
      const view = evaluatePathway(f);
      const text = stepMessage({ label: 'A', view }).text;
      for (const id of view.warnings) {
        if (CONTEXT.has(getEntry(id).kind)) continue;
        expect(text, id).toContain(new EntryCitations().entry(id)!.text);
      }
      if (view.status !== 'urgent') expect(doNow(text).length).toBeLessThanOrEqual(MAX_FOCUS_LINES);
    },
  );

  it('interaction and avoid items for the drugs in the case are shown', () => {
    const text = stepMessage({ label: 'A', view: evaluatePathway(cases.benzoAndSteroid) }).text;
    expect(text).toMatch(/Do not prescribe benzodiazepines/);
    expect(text).toMatch(/Avoid systemic corticosteroids/);
    const nsaid = stepMessage({ label: 'A', view: evaluatePathway(cases.nsaidOnWarfarinCkd) }).text;
    expect(nsaid).toMatch(/NSAID \+ anticoagulant/);
  });
});

describe('answers read plainly', () => {
  const { outputs } = runScenario({ name: 'plain', turns: [{ say: NARRATIVE }, { say: 'not tried' }, { say: 'no' }] });

  it('"not tried" for a drug trial is not reported as only "not known"', () => {
    expect(textOf(outputs[1]!)).toMatch(/Duloxetine trial: not tried or not known/);
    expect(textOf(outputs[1]!)).not.toMatch(/Not known: duloxetine/);
  });

  it('pain duration over 6 months reads in months with the weeks beside it', () => {
    expect(textOf(runScenario({ name: 'months', turns: [{ say: NARRATIVE }, { say: 'plan' }] }).outputs[1]!)).toMatch(
      /Pain for 9 months \(39 weeks\)/,
    );
  });

  it('a duration in fractional weeks (14 months) reads as whole weeks', () => {
    const { outputs: o } = runScenario({
      name: 'weeks',
      turns: [
        { say: '55M chronic LBP 14 months, naproxen 500 bid x 8 wk no relief, CBT without benefit' },
        { say: 'plan' },
      ],
    });
    expect(textOf(o[1]!)).toMatch(/Pain for 14 months \(61 weeks\)/);
    expect(textOf(o[1]!)).toMatch(/CBT: tried no benefit/);
  });

  it('"no prior MRI" brings the MRI line; the imaging reconciliation is not flagged as a new warning', () => {
    const text = textOf(outputs[2]!);
    expect(text).toMatch(/obtain MRI when symptoms persist/);
    expect(text).not.toMatch(/New:\*\* No imaging/);
  });
});

describe('gate open and referral due: the referral and the opioid framework both fit', () => {
  const gateOpenReferral = facts({
    redFlagScreen: 'no',
    radicular: 'no',
    // adequate trials: the adequate dose for >= 4 weeks (reference v2)
    medications: [
      { drug: 'naproxen', doseMg: 500, timesPerDay: 2, durationWeeks: 8, outcome: 'ineffective' },
      { drug: 'duloxetine', doseMg: 60, timesPerDay: 1, durationWeeks: 8, outcome: 'ineffective' },
    ],
    nonDrugTherapies: [
      { therapy: 'exercise', status: 'tried-no-benefit' },
      { therapy: 'cbt', status: 'partial' },
    ],
    opioidRiskAssessment: 'yes',
    opioidDiscussion: 'yes',
    weeksOptimizedTherapy: 13,
  });

  it('referral comes before the opioid framework, whose four steps take two lines', () => {
    const view = evaluatePathway(gateOpenReferral);
    const ids = focusIds(view);
    const at = (id: string) => ids.findIndex((g) => g.includes(id));
    expect(at('referral.persistent-pain-12-weeks')).toBeGreaterThanOrEqual(0);
    expect(at('referral.persistent-pain-12-weeks')).toBeLessThan(at('opioid.framework.lowest-dose'));
    expect(ids).toContainEqual(['opioid.framework.lowest-dose', 'opioid.framework.immediate-release']);
    expect(ids).toContainEqual(['opioid.framework.treatment-agreement', 'opioid.framework.reassess']);
    const text = stepMessage({ label: 'A', view }).text;
    expect(text).toMatch(/20-30 mg daily\. Prescribe immediate-release/);
    expect(text).toMatch(/mme|MME/);
  });
});

describe('a follow-up visit', () => {
  it('a responding patient is not told to add duloxetine; functional goals are in view', () => {
    const { outputs } = runScenario({
      name: 'responding',
      turns: [
        { say: '58M, chronic LBP 9 months, naproxen 500 bid x 8 wks no relief, no red flags, no leg symptoms' },
        { say: '60 mg daily 8 weeks, partial' },
        { say: '3 months later, duloxetine 60 mg, much better, ODI 20, back at work' },
      ],
    });
    const lines = doNow(outputs[2]!.messages[0]!.text);
    expect(lines.join('\n')).not.toMatch(/Add duloxetine|pain persists despite 12 weeks/);
    expect(lines.join('\n')).toMatch(/functional goals/);
  });
});

describe('a red flag stops the pathway', () => {
  it('plan shows the urgent advice and no opioid-gate checklist', () => {
    const { outputs } = runScenario({
      name: 'urgent-plan',
      turns: [
        {
          say: '70F chronic LBP 6 months, night pain and weight loss, history of breast cancer, ibuprofen 400 tid no relief',
        },
        { say: 'plan' },
      ],
    });
    const plan = textOf(outputs[1]!);
    expect(plan).toMatch(/prompt evaluation before going on/);
    expect(plan).not.toMatch(/Opioid gate/);
  });
});

describe('a drug option the label rules out for this patient (issue 13)', () => {
  const ckd = facts({
    redFlagScreen: 'no',
    radicular: 'yes',
    priorMri: 'yes',
    age: 78,
    renal: { crcl: 28 },
    medications: [{ drug: 'naproxen', doseMg: 500, timesPerDay: 2, outcome: 'ineffective' }],
  });
  /** The lines under "For this patient" in a step reply. */
  const forThisPatient = (text: string) =>
    (text.split('**For this patient**')[1] ?? '').trim().split('\n\n')[0]!.split('\n');

  it('is one "not for this patient" line with its reason, and the next option steps up with this patient\'s dose', () => {
    const view = evaluatePathway(ckd);
    expect(view.recommendations).not.toContain('escalation.duloxetine');
    expect(view.recommendations).toContain('escalation.tramadol');
    const text = stepMessage({ label: 'A', view }).text;
    const lines = doNow(text);
    expect(lines.join('\n')).not.toMatch(/Add duloxetine|naproxen 500 mg twice daily/);
    expect(lines.find((l) => /^- Tramadol/.test(l))).toMatch(
      /every 12 hours, maximum 200 mg\/day \(CrCl 28 < 30; age 78 > 75\)/,
    );
    expect(lines.find((l) => /gabapentin/.test(l))).toMatch(/For this patient \(CrCl 28\): Gabapentin with CrCl 15-29/);
    expect(lines.at(-1)).toMatch(/Non-drug therapy first/);
    expect(forThisPatient(text)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^- Not for this patient: NSAIDs \(CrCl 28 < 30\) \[\d+\]/),
        expect.stringMatching(/^- Not for this patient: duloxetine \(CrCl 28 < 30\) \[\d+\]$/),
      ]),
    );
  });

  it('without kidney or liver limits no line carries a patient note', () => {
    const text = stepMessage({ label: 'A', view: evaluatePathway({ ...ckd, renal: { crcl: 80 }, age: 50 }) }).text;
    expect(doNow(text).join('\n')).not.toMatch(/⚠️|for this patient/i);
    expect(text).not.toMatch(/Not for this patient/);
  });
});

describe('why', () => {
  it('quotes a guideline sentence once even when two recommendations come from it', () => {
    const { outputs } = runScenario({ name: 'why-quotes', turns: [{ say: NARRATIVE }, { say: 'why' }] });
    const why = textOf(outputs[1]!);
    expect(why).toMatch(/consider gabapentin 300-1200 mg/);
    expect(why).toMatch(/consider pregabalin 150-300 mg/);
    expect(why.match(/Consider gabapentin \(300-1200 mg three times daily\) or pregabalin/g)).toHaveLength(1);
  });
});
