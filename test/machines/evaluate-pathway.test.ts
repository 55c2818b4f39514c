import { describe, expect, it } from 'vitest';
import { evaluatePathway } from '../../machines/pathway.js';
import { SAMPLES, facts } from './case-samples.js';
import { safetyViolations } from './safety-properties.js';

describe('evaluatePathway: one table row per state', () => {
  it('asks for red flags first; the plan before the screen is provisional (shown as conditional on it)', () => {
    const v = evaluatePathway(SAMPLES.empty!);
    expect(v.activeSteps[0]).toBe('redFlagScreen');
    expect(v.provisional).toBe(true);
    expect(v.gate.open).toBe(false);
    expect(v.nextMissing).toBe('redFlags');
  });

  it.each([
    ['redFlagCauda', ['redflag.urgent-evaluation', 'redflag.cauda-equina']],
    ['redFlagYesUnspecified', ['redflag.urgent-evaluation']],
  ])('%s: urgent evaluation and nothing else', (name, recs) => {
    const v = evaluatePathway(SAMPLES[name]!);
    expect(v.status).toBe('urgent');
    expect(v.activeSteps).toEqual(['urgentEvaluation']);
    expect(v.recommendations).toEqual(recs);
    expect(v.warnings).toEqual([]);
    expect(v.missing).toEqual([]);
  });

  it('a red flag overrides an otherwise open gate', () => {
    const v = evaluatePathway({ ...SAMPLES.gateOpen!, redFlags: ['infection'] });
    expect(v.recommendations).toEqual(['redflag.urgent-evaluation', 'redflag.infection']);
    expect(v.gate.open).toBe(false);
  });

  it('initial failure: naproxen 250 mg twice daily is below the adequate dose, so NSAIDs have not failed', () => {
    const v = evaluatePathway(SAMPLES.naproxenLowDose!);
    expect(v.activeSteps).toContain('initialFailure');
    expect(v.recommendations).toContain('escalation.nsaid-adequate-dose');
    expect(v.recommendations).toContain('escalation.duloxetine');
    expect(v.recommendations).not.toContain('escalation.tramadol');
    expect(v.gate.conditions[0]!.met).toBe(false);
    expect(v.nextMissing).toBe('duloxetineTrial');
  });

  it.each([
    ['naproxen 500 mg bid', { drug: 'naproxen', doseMg: 500, timesPerDay: 2 }, true],
    ['naproxen 499 mg bid', { drug: 'naproxen', doseMg: 499, timesPerDay: 2 }, false],
    ['ibuprofen 600 mg tid', { drug: 'ibuprofen', doseMg: 600, timesPerDay: 3 }, true],
    ['ibuprofen 800 mg bid', { drug: 'ibuprofen', doseMg: 800, timesPerDay: 2 }, false],
    ['ibuprofen 600 mg tid prn', { drug: 'ibuprofen', doseMg: 600, timesPerDay: 3, prn: true }, false],
    ['meloxicam (no guideline dose)', { drug: 'other-nsaid', doseMg: 15, timesPerDay: 1 }, false],
  ])('NSAID failure at %s counts: %s', (_label, med, adequate) => {
    const v = evaluatePathway(facts({ redFlagScreen: 'no', medications: [{ ...med, outcome: 'ineffective' }] }));
    expect(v.activeSteps.includes('initialFailure')).toBe(!adequate);
  });

  it('a not-tolerated NSAID counts as NSAID failure whatever the dose', () => {
    const v = evaluatePathway(
      facts({
        redFlagScreen: 'no',
        medications: [{ drug: 'ibuprofen', doseMg: 200, timesPerDay: 1, outcome: 'not-tolerated' }],
      }),
    );
    expect(v.activeSteps).not.toContain('initialFailure');
  });

  it('acetaminophen alone: flagged as monotherapy, escalation recommended', () => {
    const v = evaluatePathway(SAMPLES.acetaminophenOnly!);
    expect(v.activeSteps).toContain('initialFailure');
    expect(v.warnings).toContain('avoid.acetaminophen-monotherapy');
    expect(v.recommendations).toEqual(
      expect.arrayContaining(['escalation.duloxetine', 'escalation.nsaid-adequate-dose']),
    );
  });

  it('follow-up without improvement on duloxetine 30 mg: titrate (duloxetine stays recommended), not tramadol', () => {
    const v = evaluatePathway(SAMPLES.duloxetine30NoImprovement!);
    expect(v.activeSteps).toContain('followUp');
    expect(v.recommendations).toContain('escalation.duloxetine');
    expect(v.recommendations).not.toContain('escalation.tramadol');
    expect(v.recommendations).toContain('pitfall.continuing-ineffective');
  });

  it('follow-up without improvement on duloxetine 60 mg moves on to tramadol', () => {
    const f = facts({
      redFlagScreen: 'no',
      medications: [
        { drug: 'naproxen', doseMg: 500, timesPerDay: 2, outcome: 'ineffective' },
        { drug: 'duloxetine', doseMg: 60, outcome: 'current' },
      ],
      improvedSinceLastVisit: 'no',
    });
    expect(evaluatePathway(f).recommendations).toContain('escalation.tramadol');
  });

  it('NSAIDs and duloxetine done: tramadol is the second-line option, the gate stays closed', () => {
    const v = evaluatePathway(SAMPLES.firstLineDone!);
    expect(v.recommendations).toContain('escalation.tramadol');
    expect(v.recommendations).not.toContain('escalation.duloxetine');
    expect(v.gate.open).toBe(false);
    expect(v.gate.conditions.filter((c) => !c.met).map((c) => c.id)).toEqual([
      'nondrug-tried',
      'risk-assessment',
      'discussion',
    ]);
    expect(v.missing).not.toContain('opioidRiskAssessment');
  });

  it('gate near: asks the risk assessment and discussion, still no opioid start', () => {
    const v = evaluatePathway(SAMPLES.gateNear!);
    expect(v.activeSteps).toContain('opioidGate.closed');
    expect(v.missing).toEqual(expect.arrayContaining(['opioidRiskAssessment', 'opioidDiscussion']));
    expect(v.recommendations.filter((id) => id.startsWith('opioid.framework.'))).toEqual([]);
  });

  it('gate open: every condition met, the framework appears', () => {
    const v = evaluatePathway(SAMPLES.gateOpen!);
    expect(v.gate.open).toBe(true);
    expect(v.activeSteps).toContain('opioidGate.open');
    expect(v.recommendations).toEqual(
      expect.arrayContaining([
        'opioid.framework.lowest-dose',
        'opioid.framework.immediate-release',
        'opioid.framework.treatment-agreement',
        'opioid.framework.reassess',
      ]),
    );
  });

  it.each([
    ['discussion not done', { opioidDiscussion: 'no' }],
    ['risk assessment unknown', { opioidRiskAssessment: 'unknown' }],
    ['one non-drug therapy', { nonDrugTherapies: [{ therapy: 'exercise', status: 'tried-no-benefit' }] }],
    [
      'non-drug only current',
      {
        nonDrugTherapies: [
          { therapy: 'exercise', status: 'current' },
          { therapy: 'cbt', status: 'current' },
        ],
      },
    ],
    [
      'duloxetine only 30 mg',
      {
        medications: [
          { drug: 'naproxen', doseMg: 500, timesPerDay: 2, outcome: 'ineffective' },
          { drug: 'duloxetine', doseMg: 30, outcome: 'ineffective' },
        ],
      },
    ],
    [
      'no duloxetine trial (tramadol instead)',
      {
        medications: [
          { drug: 'naproxen', doseMg: 500, timesPerDay: 2, outcome: 'ineffective' },
          { drug: 'tramadol', doseMg: 50, timesPerDay: 4, outcome: 'ineffective' },
        ],
      },
    ],
    [
      'naproxen below adequate dose',
      {
        medications: [
          { drug: 'naproxen', doseMg: 250, timesPerDay: 2, outcome: 'ineffective' },
          { drug: 'duloxetine', doseMg: 60, outcome: 'ineffective' },
        ],
      },
    ],
  ])('gate stays closed when %s', (_label, change) => {
    const base = SAMPLES.gateOpen!;
    expect(evaluatePathway(base).gate.open).toBe(true);
    const v = evaluatePathway(facts({ ...base, ...change }));
    expect(v.gate.open).toBe(false);
    expect(v.recommendations.some((id) => id.startsWith('opioid.framework.'))).toBe(false);
  });

  it('radicular with no MRI: gabapentinoids, duloxetine and MRI; with MRI done: no MRI', () => {
    const without = evaluatePathway(SAMPLES.radicularNoMri!);
    expect(without.recommendations).toEqual(
      expect.arrayContaining(['radicular.gabapentin', 'radicular.pregabalin', 'radicular.duloxetine', 'radicular.mri']),
    );
    expect(without.warnings).toEqual(expect.arrayContaining(['imaging.reconciled', 'label.pregabalin']));
    const withMri = evaluatePathway(SAMPLES.radicularWithMri!);
    expect(withMri.recommendations).not.toContain('radicular.mri');
    expect(withMri.recommendations).toContain('radicular.gabapentin');
  });

  it('no imaging for non-radicular pain; radicular not sure: assess, no MRI', () => {
    expect(evaluatePathway(SAMPLES.firstLineDone!).recommendations).toContain('pitfall.routine-imaging');
    const unsure = evaluatePathway(SAMPLES.radicularUnknown!);
    expect(unsure.recommendations).toContain('radicular.assess');
    expect(unsure.recommendations).not.toContain('radicular.mri');
    expect(unsure.activeSteps).not.toContain('radicular');
  });

  it.each([
    ['referral12Weeks', 'referral.persistent-pain-12-weeks'],
    ['referralStartBackHigh', 'referral.start-back-high-risk'],
    ['followUpNoImprovement3Months', 'monitor.no-improvement-3-months'],
  ])('%s refers (%s)', (name, id) => {
    const v = evaluatePathway(SAMPLES[name]!);
    expect(v.activeSteps).toContain('referral');
    expect(v.recommendations).toContain(id);
  });

  it('STarT Back medium risk (subscale 3) does not refer', () => {
    const v = evaluatePathway(facts({ redFlagScreen: 'no', startBack: { total: 7, psychosocial: 3 } }));
    expect(v.activeSteps).not.toContain('referral');
  });

  it('interaction warnings: duloxetine + tramadol; opioid + benzodiazepine; opioid + gabapentinoid', () => {
    expect(evaluatePathway(SAMPLES.tramadolWithDuloxetine!).warnings).toContain('interaction.duloxetine-tramadol');
    const benzo = evaluatePathway(SAMPLES.gateOpenWithBenzo!).warnings;
    expect(benzo).toEqual(
      expect.arrayContaining([
        'interaction.opioid-benzodiazepine',
        'interaction.opioid-gabapentinoid',
        'avoid.benzodiazepines',
        'opioid.cdc-naloxone',
      ]),
    );
    const early = evaluatePathway(SAMPLES.oxycodoneEarly!).warnings;
    expect(early).toEqual(
      expect.arrayContaining(['interaction.opioid-gabapentinoid', 'pitfall.opioids-without-adequate-trial']),
    );
  });

  it('red flags skipped or "not sure": the pathway proceeds with "screen not completed" as a warning', () => {
    const v = evaluatePathway(SAMPLES.skippedRedFlags!);
    expect(v.status).toBe('active');
    expect(v.activeSteps).toContain('radicular');
    expect(v.warnings).toContain('redflag.screen-not-completed');
    expect(v.warnings).not.toContain('redflag.urgent-evaluation');
    expect(evaluatePathway(SAMPLES.screenedOnly!).warnings).not.toContain('redflag.screen-not-completed');
  });

  it('all drug options done: no new drug, the pitfall of continuing ineffective drugs instead', () => {
    const v = evaluatePathway(SAMPLES.exhausted!);
    expect(v.activeSteps).toContain('escalation.drug');
    expect(v.recommendations).toContain('pitfall.continuing-ineffective');
    expect(v.recommendations.filter((id) => id.startsWith('escalation.'))).toEqual([]);
  });

  it.each([
    // NSAIDs and duloxetine ruled out by the label (issue 13): tramadol steps up with this patient's row
    ['CrCl 25: tramadol with its renal row', { renal: { crcl: 25 } }, ['renal.tramadol']],
    ['radicular with CrCl 45', { renal: { crcl: 45 }, radicular: 'yes' }, ['renal.gabapentin', 'renal.pregabalin']],
    [
      'NSAID recommended at 70 with a prior GI bleed',
      { age: 70, conditions: { 'gi-bleed-history': 'yes' } },
      ['label.nsaid-class'],
    ],
    ['liver disease: tramadol with its liver row', { conditions: { 'liver-disease': 'yes' } }, ['liver.tramadol']],
    [
      'anticoagulant in use',
      { medications: [{ drug: 'anticoagulant', outcome: 'current' }] },
      ['interaction.nsaid-anticoagulant'],
    ],
    [
      'corticosteroid in use',
      { medications: [{ drug: 'systemic-corticosteroid', outcome: 'current' }] },
      ['avoid.systemic-corticosteroids'],
    ],
  ])('warnings: %s', (_label, change, expected) => {
    const v = evaluatePathway(facts({ redFlagScreen: 'no', ...change }));
    expect(v.warnings).toEqual(expect.arrayContaining(expected));
  });

  it('tramadol step over 75 with CKD: age and renal notes for tramadol', () => {
    const v = evaluatePathway({ ...SAMPLES.firstLineDone!, age: 80, conditions: { ckd: 'yes' } });
    expect(v.warnings).toEqual(expect.arrayContaining(['age.tramadol', 'renal.tramadol']));
    expect(evaluatePathway({ ...SAMPLES.firstLineDone!, age: 70 }).warnings).not.toContain('age.tramadol');
  });

  it('a skipped key is never asked, and the next question is the first missing one', () => {
    const v = evaluatePathway(facts({ redFlagScreen: 'no', skipped: ['nsaidTrial', 'duloxetineTrial'] }));
    expect(v.missing).not.toContain('nsaidTrial');
    expect(v.nextMissing).toBe('radicular');
  });

  it('every named sample satisfies the safety properties', () => {
    for (const [name, f] of Object.entries(SAMPLES))
      expect([name, safetyViolations(f, evaluatePathway(f))]).toEqual([name, []]);
  });
});
