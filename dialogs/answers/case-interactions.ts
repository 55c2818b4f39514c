import { courseWaitText } from '../../src/clinical/case/course-wait.js';
import type { AnswerLine } from './answer-message.js';
import { interactionRules, interactionsAmong, type DrugId } from './ports.js';
import type { QuestionContext } from './question-context.js';
import type { ConditionId } from '../../src/clinical/case/case-facts.js';
import { conditionsNamed } from '../../src/clinical/case/case-interactions.js';
import { drugClassOf } from '../../src/clinical/case/medication-facts.js';

export { conditionsNamed };

/**
 * A drug asked about while a case is open: the listed interactions it would have with the drugs the case holds
 * (clinical-reference.md section 3), e.g. "ibuprofen 600 tid ok?" in a case on duloxetine. Pairs already among
 * the case's own drugs are the walk-through's to report, not repeated here.
 */
export function caseInteractionLines(drug: DrugId, ctx: QuestionContext): AnswerLine[] {
  const label = `With case ${ctx.caseLabel ?? ''}'s medicines`.replace(" 's", "'s");
  const drinking = `With case ${ctx.caseLabel ?? ''}'s drinking`.replace(" 's", "'s");
  const rules = addedRules(drug, ctx);
  const byCondition = conditionPairRules(drug, ctx)
    .filter((r) => !rules.includes(r))
    .map((r) => ({ text: r.text, source: r.source, label: drinking }));
  return [
    ...byCondition,
    ...rules.flatMap((r) => {
      // The rule names a condition this case has ("especially with COPD"): the line says the patient has it.
      const has = caseConditionsNamed(r.topics, ctx);
      const line = {
        text: r.text,
        source: r.source,
        label: has.length ? `${label}; case has ${has.join(', ')}` : label,
      };
      // a course partner (ciprofloxacin): the start can wait until it ends (course-wait.ts)
      const wait = courseWaitText(r.id, ctx.caseDrugs ?? [], drug);
      return wait ? [line, { text: wait, label: 'Timing' }] : [line];
    }),
  ];
}

/**
 * A pair the case makes with a condition it records rather than a drug it holds (clinical-reference.md section 3:
 * "any opioid + ... alcohol"): "tramadol dose?" in a case that drinks 4 beers a night carries the opioid + CNS
 * depressant line, as the walk-through's warnings do (machines/case-warnings.ts). Example: an opioid asked in a case
 * with regular or heavy drinking; counter-example: the same question in a case with no drinking recorded.
 */
const CONDITION_PAIRS: readonly { drugClass: string; conditions: readonly ConditionId[]; id: string; name: string }[] =
  [
    {
      drugClass: 'opioid',
      conditions: ['regular-alcohol', 'heavy-alcohol'],
      id: 'interaction.opioid-cns-depressant',
      name: 'drinking',
    },
  ];

function conditionPairRules(drug: DrugId, ctx: QuestionContext): (typeof interactionRules)[number][] {
  const has = ctx.caseConditions ?? [];
  return CONDITION_PAIRS.filter(
    (p) => drugClassOf(drug) === p.drugClass && p.conditions.some((c) => has.includes(c)),
  ).flatMap((p) => interactionRules.filter((r) => r.id === p.id));
}

/** The interaction rules the drug would add to the case's medicines (pairs among the case's own drugs left out). */
function addedRules(drug: DrugId, ctx: QuestionContext): typeof interactionRules {
  const held = (ctx.caseDrugs ?? []).filter((d) => d !== drug);
  if (!held.length) return [];
  const names = ctx.caseProducts ?? [];
  const before = new Set(interactionsAmong(held, [], undefined, names));
  const added = new Set(interactionsAmong([drug, ...held], [], undefined, names).filter((id) => !before.has(id)));
  return interactionRules.filter((r) => added.has(r.id));
}

function caseConditionsNamed(topics: readonly string[], ctx: QuestionContext): string[] {
  return conditionsNamed(topics, ctx.caseConditions ?? []);
}

/**
 * The case conditions an interaction the case holds names ("especially with COPD"), as the reply says them: the
 * walk-through's warning line says the patient has them.
 */
export function conditionsNamedBy(interactionId: string, conditions: readonly ConditionId[]): string[] {
  const rule = conditions.length ? interactionRules.find((r) => r.id === interactionId) : undefined;
  return rule ? caseConditionsNamed(rule.topics, { caseConditions: [...conditions] } as QuestionContext) : [];
}

/** " This patient has COPD." after a warning that names a condition the case has; empty otherwise. */
export function patientHasText(interactionId: string, conditions: readonly ConditionId[]): string {
  const has = conditionsNamedBy(interactionId, conditions);
  return has.length ? ` This patient has ${has.join(', ')}.` : '';
}

/** The conditions a case has said 'yes' to. */
export function yesConditions(conditions: Partial<Record<ConditionId, string>>): ConditionId[] {
  return (Object.entries(conditions) as [ConditionId, string][]).flatMap(([c, v]) => (v === 'yes' ? [c] : []));
}

/**
 * The case conditions the drug's interactions with the case's medicines name, for the answer's title: the strictest
 * finding leads ("Gabapentin: interaction with case A's medicines (case has COPD)").
 */
export function caseInteractionConditions(drug: DrugId, ctx: QuestionContext): string[] {
  if (!ctx.caseConditions?.length) return [];
  return [...new Set(addedRules(drug, ctx).flatMap((r) => caseConditionsNamed(r.topics, ctx)))];
}
