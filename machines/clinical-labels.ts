import { ADEQUATE_TRIAL, CHRONIC_PAIN } from '../src/clinical/knowledge/case-readings.js';
import type { Citation } from '../src/clinical/knowledge/entry-schema.js';
import type { DiagramLabels } from './pathway-diagram.js';

/**
 * The pathway map's words: each state of the statechart as the clinician reads it (a clinical step name, and the
 * condition that puts the case there), and each guard of a top-level transition as a plain condition. Every row
 * names its source: a guideline line (a verbatim part of it, with the citation numbers the line carries) or a
 * section of the clinical reference (a verbatim part of that section). test/machines/clinical-labels.test.ts
 * checks every state and guard has a row and every quote is where its row says it is.
 *
 * The flow itself (which states, which transitions) is never written here: the diagram is generated from the
 * machine (pathway-diagram.ts); these rows only name what it draws.
 */
export type LabelSource = { guideline: string; cites: readonly Citation[] } | { reference: number; quote: string };

export interface StateLabel {
  /** The step as a clinician names it. */
  label: string;
  /** For a state a region settles into from the facts: when the case is there, in plain words. */
  when?: string;
  sources: readonly LabelSource[];
}

export interface ConditionLabel {
  condition: string;
  sources: readonly LabelSource[];
}

const REF_CHRONIC: LabelSource = {
  reference: 2,
  quote: 'Chronic low back pain is pain for more than 12 weeks (ACP 2017 definition)',
};
const REF_RED_FLAGS: LabelSource = { reference: 6, quote: 'Red flags (leave the pathway; two levels of urgency)' };
const REF_SCREEN_NOT_SURE: LabelSource = { reference: 6, quote: 'A screen answered "not sure" is **not completed**' };
const REF_ADEQUATE_TRIAL: LabelSource = {
  reference: 2,
  quote: "the project reads an adequate trial as the guideline's adequate dose taken for at least 4 weeks",
};
const REF_MRI: LabelSource = {
  reference: 7,
  quote: 'recommend MRI when symptoms persist and findings would change management (intervention candidate)',
};
const G_NSAID_ADEQUATE: LabelSource = {
  guideline: 'ensure NSAIDs are prescribed at adequate doses',
  cites: [1],
};
const G_RADICULAR: LabelSource = {
  guideline: 'If radicular symptoms (leg pain, paresthesias, weakness) are present or suspected',
  cites: [5, 3],
};
const G_GATE: LabelSource = {
  guideline: 'Opioids should only be considered after documented failure of the above therapies',
  cites: [1],
};
const G_REFERRAL: LabelSource = {
  guideline: 'Refer to a multidisciplinary pain center or pain specialist when',
  cites: [1],
};
const G_FOLLOW_UP: LabelSource = {
  guideline: 'Reassess pain and function every 2-4 weeks during medication adjustments',
  cites: [1, 3],
};

/** Every state of the machine by its path from the root ('care.escalation.drug.tramadol'). */
export const STATE_LABELS: Readonly<Record<string, StateLabel>> = {
  redFlagScreen: { label: 'Red-flag screen', sources: [REF_RED_FLAGS] },
  notChronic: { label: 'Not chronic: outside this pathway', sources: [REF_CHRONIC] },
  urgentEvaluation: {
    label: 'Urgent evaluation: off this pathway',
    sources: [{ reference: 6, quote: 'emergency: same-day assessment' }],
  },
  care: {
    label: 'Chronic pain not responding to initial medicines: these steps run together',
    sources: [
      { guideline: 'For patients with chronic low back pain not responding to initial medications', cites: [1] },
    ],
  },
  'care.initial': { label: 'Initial medicines', sources: [G_NSAID_ADEQUATE] },
  'care.initial.initialFailure': {
    label: 'NSAID at an adequate dose before declaring failure',
    when: 'NSAID not yet failed at the adequate dose, or acetaminophen relied on alone',
    sources: [G_NSAID_ADEQUATE, { guideline: 'Acetaminophen should not be relied upon as monotherapy', cites: [1, 3] }],
  },
  'care.initial.reviewed': {
    label: `Initial medicines failed (adequate trial ≥ ${ADEQUATE_TRIAL.minWeeks} weeks)`,
    when: 'NSAID failed at the adequate dose, not tolerated, or ruled out',
    sources: [REF_ADEQUATE_TRIAL],
  },
  'care.escalation': {
    label: 'Escalation: medicines and non-drug therapy at the same time',
    sources: [{ guideline: 'while simultaneously intensifying nonpharmacologic therapies', cites: [1] }],
  },
  'care.escalation.drug': {
    label: 'Medicines',
    sources: [{ guideline: 'as first-line pharmacologic options', cites: [1] }],
  },
  'care.escalation.drug.firstLine': {
    label: 'Duloxetine or NSAID at the guideline dose',
    when: 'Duloxetine or the NSAID not yet tried at the adequate dose',
    sources: [
      { guideline: 'Add duloxetine starting at 30 mg daily, titrating to 60 mg daily', cites: [1, 2] },
      G_NSAID_ADEQUATE,
    ],
  },
  'care.escalation.drug.tramadol': {
    label: 'Tramadol',
    when: 'Duloxetine and NSAID ineffective, not tolerated or contraindicated',
    sources: [
      {
        guideline:
          'represents a reasonable second-line option if duloxetine and NSAIDs are contraindicated or ineffective',
        cites: [1, 2],
      },
    ],
  },
  'care.escalation.drug.exhausted': {
    label: 'No medicine step left: try alternatives or refer',
    when: 'Tramadol also ineffective, not tolerated or contraindicated',
    sources: [
      {
        guideline: 'rather than systematically trying alternatives or referring for specialist care',
        cites: [1, 3],
      },
    ],
  },
  'care.escalation.nonDrug': {
    label: 'Non-drug therapies (the foundation of treatment)',
    sources: [{ guideline: 'nonpharmacologic therapies should be the foundation of treatment', cites: [1] }],
  },
  'care.escalation.nonDrug.intensify': {
    label: 'Intensify: exercise, rehabilitation, acupuncture, mindfulness first',
    when: 'Multiple therapies not yet tried',
    sources: [{ guideline: 'should be prioritized before considering opioids', cites: [1] }],
  },
  'care.escalation.nonDrug.multipleTried': {
    label: 'Multiple non-drug therapies tried',
    when: 'Multiple therapies tried without enough benefit',
    sources: [{ guideline: 'and multiple nonpharmacologic therapies', cites: [1] }],
  },
  'care.radicular': {
    label: 'Radicular branch: gabapentinoid, MRI only if intervention considered',
    sources: [G_RADICULAR, REF_MRI],
  },
  'care.radicular.screening': {
    label: 'Ask about leg pain, paresthesias or weakness',
    when: 'Not asked yet',
    sources: [G_RADICULAR],
  },
  'care.radicular.absent': {
    label: 'No radicular symptoms: no routine imaging',
    when: 'No leg pain, paresthesias or weakness',
    sources: [{ guideline: 'Ordering routine imaging without red flags', cites: [5, 3] }],
  },
  'care.radicular.undetermined': {
    label: 'Unclear: assess for neuropathic features',
    when: 'Not sure, or the question was skipped',
    sources: [G_RADICULAR],
  },
  'care.radicular.present': {
    label: 'Gabapentin or pregabalin; MRI if not done and it would change management',
    when: 'Leg pain, paresthesias or weakness present',
    sources: [{ guideline: 'Consider gabapentin (300-1200 mg three times daily) or pregabalin', cites: [1] }, REF_MRI],
  },
  'care.opioidGate': { label: 'Opioid gate (last resort only)', sources: [G_GATE] },
  'care.opioidGate.closed': { label: 'Opioids: not yet', when: 'A gate condition is not met', sources: [G_GATE] },
  'care.opioidGate.closed.far': {
    label: 'Earlier steps still open',
    when: 'Medicine trials or non-drug therapies not yet documented',
    sources: [
      {
        guideline: 'Escalating to opioids without adequate trial of duloxetine and intensive nonpharmacologic therapy',
        cites: [1],
      },
    ],
  },
  'care.opioidGate.closed.near': {
    label: 'Trials documented: risk assessment and discussion remain',
    when: 'Medicine trials failed and non-drug therapies tried',
    sources: [
      { guideline: 'Conduct a thorough risk assessment including screening for substance use disorder', cites: [1] },
    ],
  },
  'care.opioidGate.open': {
    label: 'Opioid gate: all conditions met',
    when: 'Trials failed, non-drug therapies tried, risk assessed, discussed, sedatives acknowledged, red-flag screen clear',
    sources: [
      { guideline: 'only when potential benefits clearly outweigh risks for the individual patient', cites: [1] },
    ],
  },
  'care.referral': { label: 'Specialist referral', sources: [G_REFERRAL] },
  'care.referral.notIndicated': {
    label: 'No referral indication yet',
    when: 'None of the referral indications',
    sources: [G_REFERRAL],
  },
  'care.referral.indicated': {
    label: 'Refer to pain specialist',
    when: 'Pain persists despite optimised therapy, significant disability, STarT Back high risk, or an intervention considered',
    sources: [G_REFERRAL],
  },
  'care.followUp': { label: 'Follow-up', sources: [G_FOLLOW_UP] },
  'care.followUp.none': {
    label: 'Before the first review',
    when: 'No follow-up visit recorded',
    sources: [G_FOLLOW_UP],
  },
  'care.followUp.visit': {
    label: 'Follow-up visit: reassess pain and function',
    when: 'A review recorded, improved or not',
    sources: [
      { guideline: 'Use validated tools (e.g., Oswestry Disability Index, pain intensity scales)', cites: [3] },
    ],
  },
};

/**
 * The guards of the top-level transitions, as conditions. The region guard (`inRegionState`) is not here: a region
 * moves to the state its facts name, so that transition reads as the target state's `when`.
 */
export const GUARD_LABELS: Readonly<Record<string, ConditionLabel>> = {
  anyRedFlag: { condition: 'Any red flag', sources: [REF_RED_FLAGS] },
  noRedFlag: { condition: 'No red flag now', sources: [REF_RED_FLAGS] },
  redFlagScreenDone: {
    condition: 'No red flag found, or not sure (asked again before any opioid)',
    sources: [REF_RED_FLAGS, REF_SCREEN_NOT_SURE],
  },
  redFlagScreenPending: { condition: 'Red-flag screen not answered', sources: [REF_SCREEN_NOT_SURE] },
  notChronic: { condition: `Pain < ${CHRONIC_PAIN.minWeeks} weeks`, sources: [REF_CHRONIC] },
  chronicOrUnknown: {
    condition: `Pain ≥ ${CHRONIC_PAIN.minWeeks} weeks, or duration not known`,
    sources: [REF_CHRONIC],
  },
};

/**
 * How a row's sources show beside its label: the guideline's own numbers in one bracket, then the reference
 * sections ("[1, 3]; Reference §7").
 */
export function citationOf(sources: readonly LabelSource[]): string {
  const numbers = [...new Set(sources.flatMap((s) => ('guideline' in s ? s.cites : [])))];
  const sections = [...new Set(sources.flatMap((s) => ('reference' in s ? [s.reference] : [])))];
  return [
    ...(numbers.length ? [`[${numbers.join(', ')}]`] : []),
    ...(sections.length ? [`Reference ${sections.map((n) => `§${n}`).join(', ')}`] : []),
  ].join('; ');
}

function stateLabel(path: string): StateLabel {
  const row = STATE_LABELS[path];
  if (!row) throw new Error(`machines/clinical-labels.ts: no clinical label for the state "${path}"`);
  return row;
}

/** The labeller that makes pathwayDiagram() read as a clinical flowchart. */
export const CLINICAL_DIAGRAM_LABELS: DiagramLabels = {
  state: (path) => stateLabel(path).label,
  transition: ({ guard, to }) => {
    if (guard === 'inRegionState') return stateLabel(to).when ?? stateLabel(to).label;
    const row = guard ? GUARD_LABELS[guard] : undefined;
    if (!row) throw new Error(`machines/clinical-labels.ts: no condition for the guard "${guard ?? '(none)'}"`);
    return row.condition;
  },
};
