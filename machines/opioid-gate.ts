import type { CaseFacts } from '../src/clinical/case/case-facts.js';
import { discussionDone, multipleNonDrugTried, riskAssessmentDone } from './case-guards.js';
import { firstLineDone } from './drug-guards.js';
import type { GateCondition } from './pathway-view.js';

/**
 * The opioid gate ("Opioid Consideration (Last Resort Only)", 1). Documented failure is read as: NSAIDs at an
 * adequate dose (or not tolerated / contraindicated) AND an adequate duloxetine trial (or not tolerated /
 * contraindicated); tramadol is not required. The critical pitfall (1) forbids opioids "without adequate trial of
 * duloxetine", so the list "NSAIDs, duloxetine or tramadol" cannot mean any one of them; tramadol is itself an
 * opioid. See docs/pathway.md, "The gate reading".
 */
export function gateConditions(f: CaseFacts): GateCondition[] {
  return [
    {
      id: 'documented-failure',
      met: firstLineDone(f),
      text: 'Inadequate response to NSAIDs at adequate dose and to duloxetine 60 mg daily (or not tolerated / contraindicated)',
      knowledgeId: 'opioid.gate.documented-failure',
    },
    {
      id: 'nondrug-tried',
      met: multipleNonDrugTried(f),
      text: 'Two or more non-drug therapies tried without enough benefit',
      knowledgeId: 'nondrug.prioritize-before-opioids',
    },
    {
      id: 'risk-assessment',
      met: riskAssessmentDone(f),
      text: 'Risk assessment: substance use disorder, mental health, concurrent sedatives',
      knowledgeId: 'opioid.gate.risk-assessment',
    },
    {
      id: 'discussion',
      met: discussionDone(f),
      text: 'Explicit discussion of realistic benefits, serious risks and the monitoring plan',
      knowledgeId: 'opioid.gate.discussion',
    },
  ];
}

export function gateOpen(f: CaseFacts): boolean {
  return gateConditions(f).every((c) => c.met);
}

/** The drug and non-drug conditions hold: only then are the risk-assessment and discussion facts asked. */
export function gateNear(f: CaseFacts): boolean {
  return firstLineDone(f) && multipleNonDrugTried(f);
}
