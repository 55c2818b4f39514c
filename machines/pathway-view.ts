import type { FactKey } from '../src/clinical/case/case-facts.js';
import type { OptionStatus } from '../src/clinical/case/option-status.js';

/** Contract B (/tmp/contracts.md): what the walk-through renders for one case. */
export type StepId =
  | 'redFlagScreen'
  | 'urgentEvaluation'
  | 'notChronic'
  | 'initialFailure'
  | 'escalation.drug'
  | 'escalation.nonDrug'
  | 'radicular'
  | 'opioidGate.closed'
  | 'opioidGate.open'
  | 'opioidInUse'
  | 'referral'
  | 'followUp';

export interface GateCondition {
  id:
    | 'documented-failure'
    | 'nondrug-tried'
    | 'risk-assessment'
    | 'discussion'
    | 'sedatives-acknowledged'
    | 'red-flags-screened';
  met: boolean;
  text: string;
  knowledgeId: string;
}

export interface PathwayView {
  status: 'urgent' | 'active';
  activeSteps: StepId[];
  /** Knowledge ids in display order: never a forbidden drug, never an opioid start unless the gate is open. */
  recommendations: string[];
  /** Knowledge ids that apply to this case: interactions present, label/renal/age/liver notes, avoid.*. */
  warnings: string[];
  gate: { open: boolean; conditions: GateCondition[] };
  /** The single most important missing fact (skipped keys excluded). */
  nextMissing?: FactKey;
  /** All missing facts of the active steps, in priority order. */
  missing: FactKey[];
  /**
   * Each guideline option judged against the case (src/clinical/case/option-status.ts): the recommendation guards
   * read the same statuses. Empty outside `care` (urgent evaluation, not chronic); provisional while the screen is not stated.
   */
  options: OptionStatus[];
  /**
   * The red-flag screen is not stated (never asked): the care regions are shown as if it were clear, to act on once
   * it is; the screen is the next question and the opioid gate stays closed. Absent otherwise.
   */
  provisional?: true;
  /**
   * The opioids taken now reach this many MME/day (step opioidInUse, when computable): the step line says it beside
   * the review the guideline asks for; `atMost` when a range or as-needed prescription is counted at its most.
   */
  opioidTakenMme?: { mme: number; atMost: boolean };
  /**
   * Opioids taken now with no dose read (none said, or said two ways that disagree: "5mg of the 20s, 2 tabs"), other
   * than tramadol (its trial asks the dose): "Still needed" asks each one's dose, as the MME needs it.
   */
  opioidDoseUnknown?: string[];
  /** Why naloxone is offered (its risk factors met, in naloxoneReasons' words), when `warnings` offers it. */
  naloxoneReasons?: string[];
  /**
   * The case's follow-up verdict (improvedSinceLastVisit: said, or judged from scores): a drug taken now is not asked
   * whether it helps when this answers it.
   */
  improvement?: 'yes' | 'partial' | 'no';
}
