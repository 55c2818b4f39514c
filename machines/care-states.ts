import type { StateMeta } from './state-meta.js';

/**
 * The regions of `care` as plain state configs (meta only); pathway-machine.ts wires the eventless transitions.
 * Knowledge ids follow the guideline's sections; the mapping sentence -> id -> state is in docs/pathway.md.
 */
export type RegionStates = Record<string, { meta: StateMeta }>;

const ESCALATION_NEEDS = [
  'nsaidTrial',
  'heavyAlcohol',
  'duloxetineTrial',
  'conditions',
  'renalFunction',
  'age',
] as const;

export const careRegions: Record<'initial' | 'radicular' | 'referral' | 'followUp', RegionStates> = {
  initial: {
    initialFailure: {
      meta: {
        step: 'initialFailure',
        needs: ['nsaidTrial'],
        recommends: [{ id: 'escalation.nsaid-adequate-dose', when: 'nsaidToOffer' }],
      },
    },
    reviewed: { meta: { needs: [], recommends: [] } },
  },
  radicular: {
    screening: { meta: { needs: ['radicular'], recommends: [] } },
    absent: { meta: { needs: [], recommends: ['pitfall.routine-imaging'] } },
    undetermined: { meta: { needs: [], recommends: ['radicular.assess', 'pitfall.routine-imaging'] } },
    present: {
      meta: {
        step: 'radicular',
        needs: ['priorMri'],
        recommends: [
          'radicular.assess',
          { id: 'radicular.gabapentin', when: 'gabapentinUsable' },
          { id: 'radicular.pregabalin', when: 'pregabalinUsable' },
          { id: 'radicular.duloxetine', when: 'duloxetineToOffer' },
          { id: 'radicular.mri', when: 'mriNotDone' },
        ],
      },
    },
  },
  referral: {
    notIndicated: {
      meta: {
        needs: ['weeksOptimizedTherapy', 'functionalDisability', 'startBack', 'consideringInterventional'],
        recommends: [],
      },
    },
    indicated: {
      meta: {
        step: 'referral',
        needs: [],
        recommends: [
          { id: 'referral.persistent-pain-12-weeks', when: 'persistentPain12Weeks' },
          { id: 'referral.functional-disability', when: 'functionalDisability' },
          { id: 'referral.start-back-high-risk', when: 'startBackHighRisk' },
          { id: 'referral.interventional-procedures', when: 'consideringInterventional' },
          { id: 'monitor.no-improvement-3-months', when: 'noImprovementAfter3Months' },
          'specialist.biopsychosocial',
          'specialist.rehabilitation',
          { id: 'specialist.epidural-injections', when: 'radicularPresent' },
          'specialist.neuromodulation',
        ],
      },
    },
  },
  followUp: {
    none: { meta: { needs: [], recommends: [] } },
    visit: {
      meta: {
        step: 'followUp',
        needs: ['oswestry', 'weeksOptimizedTherapy'],
        recommends: [
          'monitor.reassess-2-4-weeks',
          'monitor.validated-tools',
          'instrument.oswestry',
          'monitor.functional-goals',
          { id: 'pitfall.continuing-ineffective', when: 'noImprovementAtVisit' },
        ],
      },
    },
  },
};

export const drugStates: RegionStates = {
  firstLine: {
    meta: {
      step: 'escalation.drug',
      needs: [...ESCALATION_NEEDS],
      recommends: [{ id: 'escalation.duloxetine', when: 'duloxetineNext' }, 'monitor.reassess-2-4-weeks'],
    },
  },
  tramadol: {
    meta: {
      step: 'escalation.drug',
      needs: ['tramadolTrial', 'conditions', 'renalFunction', 'age'],
      recommends: [{ id: 'escalation.tramadol', when: 'tramadolToOffer' }, 'monitor.reassess-2-4-weeks'],
    },
  },
  exhausted: { meta: { step: 'escalation.drug', needs: [], recommends: ['pitfall.continuing-ineffective'] } },
};

/** Non-drug therapy is "the foundation of treatment" (1): moderate-evidence therapies first, then the low-evidence ones. */
const nonDrugOptions = (whilePrioritising: StateMeta['recommends']): StateMeta['recommends'] => [
  { id: 'pitfall.medications-alone', when: 'noNonDrugTherapy' },
  'nondrug.foundation',
  ...whilePrioritising,
  { id: 'pitfall.psychosocial-factors', when: 'psychosocialConcern' },
  { id: 'nondrug.exercise', when: 'untried.exercise' },
  { id: 'nondrug.multidisciplinary-rehab', when: 'untried.multidisciplinary-rehab' },
  { id: 'nondrug.acupuncture', when: 'untried.acupuncture' },
  { id: 'nondrug.mbsr', when: 'untried.mbsr' },
  { id: 'nondrug.cbt', when: 'untried.cbt' },
  { id: 'nondrug.tai-chi-yoga', when: 'untried.tai-chi-yoga' },
  { id: 'nondrug.spinal-manipulation', when: 'untried.spinal-manipulation' },
  { id: 'nondrug.massage', when: 'untried.massage' },
  { id: 'nondrug.progressive-relaxation', when: 'untried.progressive-relaxation' },
];

export const nonDrugStates: RegionStates = {
  intensify: {
    meta: {
      step: 'escalation.nonDrug',
      needs: ['nonDrugTherapies', 'psychosocial'],
      recommends: nonDrugOptions(['nondrug.prioritize-before-opioids']),
    },
  },
  multipleTried: { meta: { step: 'escalation.nonDrug', needs: ['psychosocial'], recommends: nonDrugOptions([]) } },
};

export const gateMeta = {
  far: { step: 'opioidGate.closed', needs: [], recommends: [] },
  near: {
    step: 'opioidGate.closed',
    needs: [
      'redFlags',
      'nsaidTrialWeeks',
      'duloxetineTrialWeeks',
      'tramadolTrialWeeks',
      'opioidRiskAssessment',
      'opioidDiscussion',
      'opioidSedativeAcknowledged',
    ],
    recommends: [
      'opioid.last-resort',
      { id: 'opioid.gate.risk-assessment', when: 'riskAssessmentNotDone' },
      { id: 'opioid.gate.discussion', when: 'discussionNotDone' },
    ],
  },
  open: {
    step: 'opioidGate.open',
    needs: [],
    recommends: [
      'opioid.last-resort',
      { id: 'opioid.framework.lowest-dose', when: 'gateOpen' },
      { id: 'opioid.framework.immediate-release', when: 'gateOpen' },
      { id: 'opioid.framework.treatment-agreement', when: 'gateOpen' },
      { id: 'opioid.framework.reassess', when: 'gateOpen' },
    ],
  },
} satisfies Record<string, StateMeta>;
