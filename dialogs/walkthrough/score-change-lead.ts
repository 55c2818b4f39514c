import type { CaseFacts } from '../../src/clinical/case/case-facts.js';
import { odiNotScoredText, odiText } from '../../src/clinical/language/understood.js';
import { type CaseRecord, previousSnapshot } from './case-record.js';
import { evaluatePathway, getEntry, hasEntry, type StepId } from './ports.js';
import { STEP_TITLES } from './step-titles.js';

/**
 * "correction: ODI was 32/50 = 64%" then "does that change anything?": the answer says first what the last change to
 * the case's instrument scores was (ODI, STarT Back) and what it moved in the plan, before the plan itself. Read from
 * the case's newest undo step (case-record.ts), so it is the change the clinician just made, whatever words made it.
 */

/** How a case states its ODI: a score with its band, "not scored" with the blanks, or not given. */
function odiState(f: CaseFacts): string {
  if (f.oswestryPercent !== undefined) return odiText(f.oswestryPercent);
  if (f.oswestryNotScored) return odiNotScoredText(f.oswestryNotScored).replace(/^ODI /, '');
  return 'not given';
}

/** "5/9, psychosocial 2/5 (medium risk)", "high risk", "not given". */
function startBackState(f: CaseFacts): string {
  const risk = f.startBackRisk ? `${f.startBackRisk} risk` : undefined;
  if (!f.startBack) return risk ?? 'not given';
  const scores = `${f.startBack.total}/9, psychosocial ${f.startBack.psychosocial}/5`;
  return risk ? `${scores} (${risk})` : scores;
}

const INSTRUMENTS: readonly { name: string; state: (f: CaseFacts) => string }[] = [
  { name: 'ODI', state: odiState },
  { name: 'STarT Back', state: startBackState },
];

/** The guideline line a recommendation id shows, without its full stop. */
const lineOf = (id: string) => (hasEntry(id) ? getEntry(id).text.replace(/\.$/, '') : undefined);

/**
 * "Specialist referral (Refer when significant functional disability interferes with work or daily activities)": the
 * steps, with the step's own recommendation that came or went (its id is named by the step: "referral.") first.
 */
function stepsText(steps: readonly StepId[], ids: readonly string[]): string {
  const titles = steps.map((s) => STEP_TITLES[s] ?? s).join(', ');
  const own = ids.find((id) => steps.some((s) => id.startsWith(`${s.split('.')[0]}.`))) ?? ids[0];
  const line = own ? lineOf(own) : undefined;
  if (!titles) return line ?? '';
  return line ? `${titles} (${line})` : titles;
}

/**
 * The lead line for "does that change anything?" when the newest change to the case was an instrument score; undefined
 * otherwise. "What changed for case A: ODI 40% (moderate disability) -> 64% (very severe disability). Now in the
 * plan: Specialist referral (Refer when significant functional disability interferes with work or daily activities)."
 */
export function scoreChangeLead(record: CaseRecord): string | undefined {
  const before = previousSnapshot(record)?.facts;
  if (!before) return undefined;
  const changed = INSTRUMENTS.flatMap(({ name, state }) => {
    const was = state(before);
    const now = state(record.facts);
    return was === now ? [] : [`${name} ${was} -> ${now}`];
  });
  if (!changed.length) return undefined;
  const was = evaluatePathway(before);
  const now = evaluatePathway(record.facts);
  const diff = <T>(a: readonly T[], b: readonly T[]) => a.filter((x) => !b.includes(x));
  const added = stepsText(
    diff(now.activeSteps, was.activeSteps),
    diff(now.recommendations, was.recommendations).filter(hasEntry),
  );
  const removed = stepsText(
    diff(was.activeSteps, now.activeSteps),
    diff(was.recommendations, now.recommendations).filter(hasEntry),
  );
  const plan = [
    ...(added ? [`Now in the plan: ${added}.`] : []),
    ...(removed ? [`No longer in the plan: ${removed}.`] : []),
  ];
  return `What changed for case ${record.label}: ${changed.join('; ')}. ${plan.length ? plan.join(' ') : 'The plan is unchanged.'}`;
}
