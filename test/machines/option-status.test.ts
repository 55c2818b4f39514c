import { describe, expect, it } from 'vitest';
import { stepMessage } from '../../dialogs/walkthrough/step-message.js';
import { evaluatePathway } from '../../machines/pathway.js';
import {
  adjustedRegimen,
  drugOptionStatus,
  nonDrugOptionStatus,
  type DrugOptionId,
  type OptionStatusKind,
} from '../../src/clinical/case/option-status.js';
import { optionRules } from '../../src/clinical/knowledge/option-rules.js';
import { facts } from './case-samples.js';

/**
 * Issue 13, "each option judged against the case": one row per rule that rules a guideline option out for this
 * patient or holds it for the clinician's check (clinical-reference.md version 2, sections 2-3), one per status, and
 * the dose a stepped-up option gets for this patient. The rows are read from the sources, not from the code.
 */

const screened = { redFlagScreen: 'no' } as const;
const NAPROXEN_FAILED = { drug: 'naproxen', doseMg: 500, timesPerDay: 2, durationWeeks: 8, outcome: 'ineffective' };
const DULOXETINE_FAILED = { drug: 'duloxetine', doseMg: 60, durationWeeks: 10, outcome: 'ineffective' };
const on = (drug: string) => ({ drug, outcome: 'current' });

type Row = [
  name: string,
  input: Record<string, unknown>,
  option: DrugOptionId,
  status: OptionStatusKind,
  /** A reason label, and the knowledge entry it cites. */
  reason?: [label: string | RegExp, knowledgeId: string],
];

const CONTRAINDICATIONS: Row[] = [
  // duloxetine (Cymbalta label; clinical-reference.md sections 2-3)
  [
    'duloxetine with an MAOI',
    { medications: [on('maoi')] },
    'duloxetine',
    'not-for-this-patient',
    ['on an MAOI', 'interaction.maoi'],
  ],
  [
    'duloxetine with fluvoxamine (CYP1A2)',
    { medications: [on('fluvoxamine')] },
    'duloxetine',
    'not-for-this-patient',
    ['on a potent CYP1A2 inhibitor', 'interaction.duloxetine-cyp1a2'],
  ],
  [
    'duloxetine with ciprofloxacin (CYP1A2)',
    { medications: [on('ciprofloxacin')] },
    'duloxetine',
    'not-for-this-patient',
    ['on a potent CYP1A2 inhibitor', 'interaction.duloxetine-cyp1a2'],
  ],
  [
    'duloxetine with an SSRI (duplicate therapy)',
    { medications: [on('ssri')] },
    'duloxetine',
    'not-for-this-patient',
    [/SSRI or SNRI/, 'interaction.duloxetine-serotonergic'],
  ],
  [
    'duloxetine with another SNRI',
    { medications: [on('other-snri')] },
    'duloxetine',
    'not-for-this-patient',
    [/SSRI or SNRI/, 'interaction.duloxetine-serotonergic'],
  ],
  [
    'duloxetine with CrCl 24',
    { renal: { crcl: 24 } },
    'duloxetine',
    'not-for-this-patient',
    ['CrCl 24 < 30', 'renal.duloxetine'],
  ],
  [
    'duloxetine with eGFR 24 (read as CrCl)',
    { renal: { egfr: 24 } },
    'duloxetine',
    'not-for-this-patient',
    ['eGFR 24 < 30', 'renal.duloxetine'],
  ],
  [
    'duloxetine with CKD stage 4 only',
    { renal: { ckdStage: 4 } },
    'duloxetine',
    'not-for-this-patient',
    ['CKD stage 4 (CrCl < 30)', 'renal.duloxetine'],
  ],
  [
    'duloxetine with liver disease',
    { conditions: { 'liver-disease': 'yes' } },
    'duloxetine',
    'not-for-this-patient',
    ['liver disease', 'liver.duloxetine'],
  ],
  [
    'duloxetine with heavy alcohol use',
    { conditions: { 'heavy-alcohol': 'yes' } },
    'duloxetine',
    'not-for-this-patient',
    ['heavy alcohol', 'liver.duloxetine'],
  ],
  [
    'duloxetine with narrow-angle glaucoma (read as uncontrolled)',
    { conditions: { 'narrow-angle-glaucoma': 'yes' } },
    'duloxetine',
    'not-for-this-patient',
    ['narrow angle glaucoma', 'condition.duloxetine-glaucoma'],
  ],
  [
    'duloxetine with controlled narrow-angle glaucoma: confirmed first, not ruled out',
    { conditions: { 'narrow-angle-glaucoma-controlled': 'yes' } },
    'duloxetine',
    'needs-data',
    ['narrow-angle glaucoma said to be controlled', 'condition.duloxetine-glaucoma'],
  ],
  [
    'NSAID with narrow-angle glaucoma: no rule',
    { conditions: { 'narrow-angle-glaucoma': 'yes' } },
    'nsaid',
    'recommended',
  ],
  ['duloxetine with CrCl 30: usable', { renal: { crcl: 30 } }, 'duloxetine', 'recommended'],
  [
    'duloxetine with an anticoagulant: a warning, not a rule-out',
    { medications: [on('anticoagulant')] },
    'duloxetine',
    'recommended',
  ],
  [
    'duloxetine with a tricyclic: a warning, not a rule-out',
    { medications: [on('tricyclic')] },
    'duloxetine',
    'recommended',
  ],
  // tramadol (Ultram label)
  [
    'tramadol with an MAOI',
    { medications: [NAPROXEN_FAILED, DULOXETINE_FAILED, on('maoi')] },
    'tramadol',
    'not-for-this-patient',
    ['on an MAOI', 'interaction.maoi'],
  ],
  [
    'tramadol with an SSRI: a warning, not a rule-out',
    { medications: [NAPROXEN_FAILED, DULOXETINE_FAILED, on('ssri')] },
    'tramadol',
    'recommended',
  ],
  [
    'tramadol with a seizure history: a warning, not a rule-out',
    { conditions: { 'seizure-disorder': 'yes' }, medications: [NAPROXEN_FAILED, DULOXETINE_FAILED] },
    'tramadol',
    'recommended',
  ],
  // NSAIDs (naproxen and ibuprofen labels; "All NSAIDs")
  ['NSAID with CrCl 24', { renal: { crcl: 24 } }, 'nsaid', 'not-for-this-patient', ['CrCl 24 < 30', 'renal.naproxen']],
  [
    'NSAID with CKD stage 5',
    { renal: { ckdStage: 5 } },
    'nsaid',
    'not-for-this-patient',
    [/CKD stage 5/, 'renal.naproxen'],
  ],
  [
    'NSAID with cirrhosis',
    { conditions: { 'liver-disease': 'yes' } },
    'nsaid',
    'not-for-this-patient',
    ['liver disease', 'condition.nsaid-cirrhosis'],
  ],
  [
    'NSAID with heart failure',
    { conditions: { 'heart-failure': 'yes' } },
    'nsaid',
    'not-for-this-patient',
    ['heart failure', 'condition.nsaid-heart-failure'],
  ],
  [
    'NSAID around CABG',
    { conditions: { 'recent-cabg': 'yes' } },
    'nsaid',
    'not-for-this-patient',
    ['recent CABG', 'label.nsaid-class'],
  ],
  [
    'NSAID with warfarin and a prior GI bleed',
    { conditions: { 'gi-bleed-history': 'yes' }, medications: [on('anticoagulant')] },
    'nsaid',
    'not-for-this-patient',
    [/prior GI bleed/, 'interaction.nsaid-anticoagulant'],
  ],
  [
    'NSAID with aspirin and a prior GI bleed',
    { conditions: { 'gi-bleed-history': 'yes' }, medications: [on('antiplatelet')] },
    'nsaid',
    'not-for-this-patient',
    [/prior GI bleed/, 'interaction.nsaid-anticoagulant'],
  ],
  // NSAIDs: one risk factor -> the clinician confirms first, never the full dose with a note
  [
    'NSAID with an anticoagulant only',
    { medications: [on('anticoagulant')] },
    'nsaid',
    'needs-data',
    ['on an anticoagulant or antiplatelet', 'interaction.nsaid-anticoagulant'],
  ],
  [
    'NSAID with an antiplatelet only',
    { medications: [on('antiplatelet')] },
    'nsaid',
    'needs-data',
    ['on an anticoagulant or antiplatelet', 'interaction.nsaid-anticoagulant'],
  ],
  [
    'NSAID with a prior GI bleed only',
    { conditions: { 'gi-bleed-history': 'yes' } },
    'nsaid',
    'needs-data',
    ['prior GI bleed or ulcer', 'label.nsaid-class'],
  ],
  [
    'NSAID with CKD (no number)',
    { conditions: { ckd: 'yes' } },
    'nsaid',
    'needs-data',
    ['CKD', 'interaction.nsaid-ckd'],
  ],
  ['NSAID with CrCl 45', { renal: { crcl: 45 } }, 'nsaid', 'needs-data', ['CrCl 45 < 60', 'interaction.nsaid-ckd']],
  [
    'NSAID with cardiovascular disease',
    { conditions: { 'cardiovascular-disease': 'yes' } },
    'nsaid',
    'needs-data',
    ['cardiovascular disease', 'label.nsaid-class'],
  ],
  ['NSAID at age 70', { age: 70 }, 'nsaid', 'needs-data', ['age 70 > 65', 'label.nsaid-class']],
  ['NSAID at age 65: no confirmation asked', { age: 65 }, 'nsaid', 'recommended'],
  ['NSAID with CrCl 60: no confirmation asked', { renal: { crcl: 60 } }, 'nsaid', 'recommended'],
];

const STATUSES: Row[] = [
  [
    'effective: duloxetine 60 mg helping',
    { medications: [{ drug: 'duloxetine', doseMg: 60, outcome: 'effective' }] },
    'duloxetine',
    'effective',
  ],
  [
    'at target: duloxetine 60 mg taken now',
    { medications: [{ drug: 'duloxetine', doseMg: 60, durationWeeks: 20, outcome: 'current' }] },
    'duloxetine',
    'current-at-target',
  ],
  [
    'at target, trial too short: naproxen 500 bid 1 week, no relief',
    { medications: [{ ...NAPROXEN_FAILED, durationWeeks: 1 }] },
    'nsaid',
    'current-at-target',
  ],
  [
    'below target: naproxen 250 bid, no relief',
    { medications: [{ drug: 'naproxen', doseMg: 250, timesPerDay: 2, durationWeeks: 6, outcome: 'ineffective' }] },
    'nsaid',
    'current-below-target',
  ],
  [
    'below target: ibuprofen 600 tid as needed',
    { medications: [{ drug: 'ibuprofen', doseMg: 600, timesPerDay: 3, prn: true, outcome: 'current' }] },
    'nsaid',
    'current-below-target',
  ],
  [
    'below target: duloxetine 30 mg helping still titrates',
    { medications: [{ drug: 'duloxetine', doseMg: 30, outcome: 'effective' }] },
    'duloxetine',
    'current-below-target',
  ],
  ['failed: naproxen 500 bid for 8 weeks', { medications: [NAPROXEN_FAILED] }, 'nsaid', 'failed'],
  [
    'failed: duloxetine 60 mg, no improvement at the visit, 6 weeks',
    {
      improvedSinceLastVisit: 'no',
      medications: [{ drug: 'duloxetine', doseMg: 60, durationWeeks: 6, outcome: 'current' }],
    },
    'duloxetine',
    'failed',
  ],
  [
    'failed: tramadol no relief (its question asks no dose)',
    {
      medications: [NAPROXEN_FAILED, DULOXETINE_FAILED, { drug: 'tramadol', durationWeeks: 6, outcome: 'ineffective' }],
    },
    'tramadol',
    'failed',
  ],
  [
    'not tolerated: one NSAID counts for the class',
    { medications: [{ drug: 'ibuprofen', outcome: 'not-tolerated' }] },
    'nsaid',
    'not-tolerated',
  ],
  [
    'not for this patient: recorded as contraindicated',
    { medications: [{ drug: 'duloxetine', outcome: 'contraindicated' }] },
    'duloxetine',
    'not-for-this-patient',
    ['recorded as contraindicated', 'label.duloxetine'],
  ],
  [
    'ruled out while taken: duloxetine 60 mg helping, CrCl 20',
    { renal: { crcl: 20 }, medications: [{ drug: 'duloxetine', doseMg: 60, outcome: 'effective' }] },
    'duloxetine',
    'not-for-this-patient',
    ['CrCl 20 < 30', 'renal.duloxetine'],
  ],
  ['needs data: duloxetine taken, dose not known', { medications: [on('duloxetine')] }, 'duloxetine', 'needs-data'],
  [
    'needs data: naproxen 500 bid failed, weeks not given',
    { medications: [{ ...NAPROXEN_FAILED, durationWeeks: undefined }] },
    'nsaid',
    'needs-data',
  ],
  [
    'needs data: raising naproxen 250 bid at age 72',
    { age: 72, medications: [{ drug: 'naproxen', doseMg: 250, timesPerDay: 2, outcome: 'current' }] },
    'nsaid',
    'needs-data',
    ['age 72 > 65', 'label.nsaid-class'],
  ],
  ['recommended: nothing tried', {}, 'duloxetine', 'recommended'],
  ['not indicated: tramadol before NSAIDs and duloxetine are done', {}, 'tramadol', 'not-indicated'],
  [
    'recommended: tramadol once NSAIDs and duloxetine failed',
    { medications: [NAPROXEN_FAILED, DULOXETINE_FAILED] },
    'tramadol',
    'recommended',
  ],
  [
    'recommended: tramadol once NSAIDs and duloxetine are ruled out (eGFR 24)',
    { age: 79, renal: { egfr: 24 } },
    'tramadol',
    'recommended',
  ],
  ['not indicated: gabapentin without radicular symptoms', { radicular: 'no' }, 'gabapentin', 'not-indicated'],
  ['recommended: gabapentin with radicular symptoms', { radicular: 'yes' }, 'gabapentin', 'recommended'],
  [
    'not indicated: pregabalin while gabapentin is taken',
    { radicular: 'yes', medications: [{ drug: 'gabapentin', doseMg: 600, timesPerDay: 3, outcome: 'current' }] },
    'pregabalin',
    'not-indicated',
  ],
  [
    'at target: gabapentin 600 tid (guideline 300-1200 tid)',
    { radicular: 'yes', medications: [{ drug: 'gabapentin', doseMg: 600, timesPerDay: 3, outcome: 'current' }] },
    'gabapentin',
    'current-at-target',
  ],
  [
    'at target: tramadol 50 mg every 12 h with CrCl 24 (the renal regimen)',
    { renal: { crcl: 24 }, medications: [{ drug: 'tramadol', doseMg: 50, timesPerDay: 2, outcome: 'current' }] },
    'tramadol',
    'current-at-target',
  ],
];

describe('each guideline option judged against the case (issue 13)', () => {
  it.each([...CONTRAINDICATIONS, ...STATUSES])('%s -> %s %s', (_name, input, option, status, reason) => {
    const s = drugOptionStatus(facts({ ...screened, ...input }), option);
    expect(s.status).toBe(status);
    if (reason) {
      const [label, knowledgeId] = reason;
      expect(s.reasons).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            label: typeof label === 'string' ? label : expect.stringMatching(label),
            knowledgeId,
          }),
        ]),
      );
    }
  });

  it('every rule row of the data table is exercised by a row above', () => {
    const names = CONTRAINDICATIONS.flatMap(([, , option, , reason]) => (reason ? [`${option} ${reason[1]}`] : []));
    for (const rule of optionRules) expect(names, rule.label).toContain(`${rule.option} ${rule.knowledgeId}`);
  });

  it('the case gives the doses it is read against: this patient and the adequate one', () => {
    const s = drugOptionStatus(
      facts({ ...screened, medications: [{ drug: 'naproxen', doseMg: 250, timesPerDay: 2, outcome: 'current' }] }),
      'nsaid',
    );
    expect(s).toMatchObject({ status: 'current-below-target', dailyMg: 500, targetDailyMg: 1000 });
    expect(drugOptionStatus(facts({ ...screened, renal: { crcl: 45 }, radicular: 'yes' }), 'gabapentin')).toMatchObject(
      {
        status: 'recommended',
        adjustments: [expect.objectContaining({ knowledgeId: 'renal.gabapentin', dailyMg: { min: 400, max: 1400 } })],
      },
    );
  });

  it.each([
    ['CrCl < 30', { renal: { crcl: 24 } }, { frequency: 'every 12 hours', maxDailyMg: 200 }],
    ['age over 75', { age: 80 }, { frequency: 'every 6-8 hours', maxDailyMg: 300 }],
    [
      'CrCl < 30 and over 75: the stricter cap',
      { age: 80, renal: { egfr: 24 } },
      { frequency: 'every 12 hours', maxDailyMg: 200 },
    ],
    [
      'cirrhosis',
      { conditions: { 'liver-disease': 'yes' } },
      { frequency: 'every 12 hours', perDoseMg: { min: 50, max: 50 } },
    ],
  ])('tramadol for this patient: %s', (_name, input, regimen) => {
    expect(adjustedRegimen(facts(input), 'tramadol')).toMatchObject(regimen);
  });

  it('tramadol has no adjusted regimen when no label row applies', () => {
    expect(adjustedRegimen(facts({ age: 60, renal: { crcl: 90 } }), 'tramadol')).toBeUndefined();
  });

  it.each([
    ['current', 'current-at-target'],
    ['tried-no-benefit', 'failed'],
    ['partial', 'failed'],
    ['declined', 'not-for-this-patient'],
    ['not-tried', 'recommended'],
  ] as const)('non-drug therapy %s -> %s', (status, expected) => {
    expect(
      nonDrugOptionStatus(facts({ nonDrugTherapies: [{ therapy: 'acupuncture', status }] }), 'acupuncture').status,
    ).toBe(expected);
  });
});

describe('the recommendation guards read the option statuses', () => {
  const view = (input: Record<string, unknown>) => evaluatePathway(facts({ ...screened, ...input }));

  it('duloxetine taken at 60 mg daily is not "added" again; duloxetine failed is not re-offered', () => {
    expect(
      view({ medications: [{ drug: 'duloxetine', doseMg: 60, durationWeeks: 20, outcome: 'current' }] })
        .recommendations,
    ).not.toContain('escalation.duloxetine');
    expect(view({ medications: [NAPROXEN_FAILED, DULOXETINE_FAILED] }).recommendations).not.toContain(
      'escalation.duloxetine',
    );
  });

  it('an NSAID ruled out or held for a check is not the NSAID step; the ruled-out trial question is not asked', () => {
    const v = view({ renal: { egfr: 24 } });
    expect(v.recommendations).not.toContain('escalation.nsaid-adequate-dose');
    expect(v.missing).not.toContain('nsaidTrial');
    expect(v.missing).not.toContain('duloxetineTrial');
    expect(view({ age: 70 }).recommendations).not.toContain('escalation.nsaid-adequate-dose');
    // the check names its risks in the safety notes too
    expect(view({ age: 70 }).warnings).toContain('label.nsaid-class');
  });

  it('tramadol with an MAOI is not offered, even at the tramadol step', () => {
    const v = view({ medications: [NAPROXEN_FAILED, DULOXETINE_FAILED, on('maoi')] });
    expect(v.recommendations).not.toContain('escalation.tramadol');
    expect(v.recommendations).toContain('pitfall.continuing-ineffective');
  });

  it('a warning-only pair keeps the option, with its warning', () => {
    const v = view({ medications: [NAPROXEN_FAILED, DULOXETINE_FAILED, on('ssri')] });
    expect(v.recommendations).toContain('escalation.tramadol');
    expect(v.warnings).toContain('interaction.tramadol-ssri');
  });
});

describe('what the step reply says for a few cases', () => {
  const reply = (input: Record<string, unknown>) =>
    stepMessage({ label: 'A', view: evaluatePathway(facts({ ...screened, ...input })) }).text;
  const section = (text: string, heading: string) =>
    (text.split(`**${heading}**`)[1] ?? '').trim().split('\n\n')[0]!.split('\n');

  it('79 years old, eGFR 24, acetaminophen only: NSAIDs and duloxetine out, tramadol every 12 h, max 200 mg/day', () => {
    const text = reply({
      age: 79,
      renal: { egfr: 24 },
      medications: [{ drug: 'acetaminophen', doseMg: 1000, timesPerDay: 3, outcome: 'current' }],
    });
    const doNow = section(text, 'Do now');
    expect(doNow[0]).toMatch(
      /^- Tramadol \[\d+\]\[\d+\], for this patient: 50-100 mg every 12 hours, maximum 200 mg\/day \(eGFR 24 < 30, read as CrCl; age 79 > 75\) \[\d+\]$/,
    );
    expect(doNow.join('\n')).not.toMatch(/every 6-8 hours|naproxen|Add duloxetine/);
    expect(section(text, 'For this patient')).toEqual([
      expect.stringMatching(/^- Not for this patient: NSAIDs \(eGFR 24 < 30\) \[\d+\]$/),
      expect.stringMatching(/^- Not for this patient: duloxetine \(eGFR 24 < 30\) \[\d+\]$/),
    ]);
    // "read as CrCl" is said once
    expect(text.match(/read as CrCl/g)).toHaveLength(1);
  });

  it('on phenelzine: duloxetine and tramadol out, one line each, naming the MAOI', () => {
    const text = reply({ medications: [on('maoi'), NAPROXEN_FAILED] });
    expect(section(text, 'For this patient')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^- Not for this patient: duloxetine \(on an MAOI\) \[\d+\]$/),
        expect.stringMatching(/^- Not for this patient: tramadol \(on an MAOI\) \[\d+\]$/),
      ]),
    );
    expect(section(text, 'Do now').join('\n')).not.toMatch(/duloxetine|tramadol/i);
  });

  it('on warfarin with a prior GI bleed: no NSAID dose anywhere in Do now', () => {
    const text = reply({ age: 72, conditions: { 'gi-bleed-history': 'yes' }, medications: [on('anticoagulant')] });
    expect(section(text, 'Do now').join('\n')).not.toMatch(/naproxen|ibuprofen|NSAID/);
    expect(section(text, 'For this patient')[0]).toMatch(
      /Not for this patient: NSAIDs \(anticoagulant or antiplatelet with a prior GI bleed\)/,
    );
  });

  it('age 70 on aspirin: the NSAID step asks for the check, without a dose', () => {
    const text = reply({ age: 70, medications: [on('antiplatelet')] });
    expect(section(text, 'Do now').join('\n')).not.toMatch(/naproxen 500|ibuprofen 600/);
    expect(section(text, 'For this patient')[0]).toMatch(
      /^- Check before an NSAID: age 70 > 65; on an anticoagulant or antiplatelet \[\d+\]\[\d+\]\. If unsuitable, say "NSAID contraindicated"\.$/,
    );
  });

  it('duloxetine 60 mg for months: "continue (at target)", never "add"; 30 mg: titrate to 60', () => {
    const at = section(
      reply({ medications: [{ drug: 'duloxetine', doseMg: 60, durationWeeks: 20, outcome: 'current' }] }),
      'Do now',
    );
    expect(at.join('\n')).not.toMatch(/Add duloxetine/);
    expect(at).toContainEqual(
      expect.stringMatching(/^- Continue: duloxetine 60 mg daily \(at target\) \[\d+\]\[\d+\]$/),
    );
    const below = section(reply({ medications: [{ drug: 'duloxetine', doseMg: 30, outcome: 'current' }] }), 'Do now');
    expect(below).toContainEqual(
      expect.stringMatching(/^- Duloxetine 30 mg daily is below the adequate 60 mg\/day: titrate to 60 mg\/day/),
    );
  });

  it("naproxen below the adequate dose: this patient's dose and the adequate one", () => {
    const lines = section(
      reply({
        medications: [{ drug: 'naproxen', doseMg: 250, timesPerDay: 2, durationWeeks: 6, outcome: 'ineffective' }],
      }),
      'Do now',
    );
    expect(lines[0]).toMatch(
      /^- Naproxen 250 mg twice daily \(500 mg\/day\) is below the adequate 1,000 mg\/day\. Before declaring NSAID failure/,
    );
  });

  it('failed trials are named once, not re-offered', () => {
    const text = reply({ medications: [NAPROXEN_FAILED, DULOXETINE_FAILED] });
    expect(section(text, 'For this patient')).toContainEqual(
      expect.stringMatching(
        /^- Not offered again: naproxen failed \(500 mg twice daily, 8 wk: an adequate trial\); duloxetine failed \(60 mg daily, 10 wk: an adequate trial\) \[\d+\]/,
      ),
    );
    expect(section(text, 'Do now').join('\n')).not.toMatch(/naproxen 500|Add duloxetine/);
  });
});
