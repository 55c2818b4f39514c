import type { CaseFacts } from '../../src/clinical/case/case-facts.js';
import { odiNotScoredText, odiText } from '../../src/clinical/language/understood.js';
import { type OptionStatus, optionName } from '../../src/clinical/case/option-status.js';
import { type CaseRecord, previousSnapshot } from './case-record.js';
import { evaluatePathway, getEntry, hasEntry, type StepId } from './ports.js';
import { STEP_TITLES } from './step-titles.js';
import { redFlagGroupsOf, redFlagHeadline } from '../../src/clinical/knowledge/red-flags.js';

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

/** Statuses that take an option out of the plan or hold it for a check: what a new fact changes first. */
const HELD: ReadonlySet<OptionStatus['status']> = new Set(['not-for-this-patient', 'needs-data']);

/** Out of the plan, or held for a check: by the option's own rules or by a co-medication check of a drug taken now. */
const isHeld = (s: OptionStatus) => HELD.has(s.status) || (s.pairChecks?.length ?? 0) > 0;

/** "duloxetine is now ruled out (on St John's wort)", "naproxen now needs a check first (on an anticoagulant)". */
function heldText(s: OptionStatus): string {
  const why = [...s.reasons, ...(s.checks ?? []), ...(s.pairChecks ?? [])].map((r) => r.label);
  const reason = why.length ? ` (${[...new Set(why)].join('; ')})` : '';
  return s.status === 'not-for-this-patient'
    ? `${optionName(s)} is now ruled out${reason}`
    : `${optionName(s)} now needs a check first${reason}`;
}

/**
 * The answer line for "does that change anything?", "still ok?", "any difference?" after the case's newest change,
 * whatever it was: an instrument score (scoreChangeLead); an option ruled out or held for a check, with its reason
 * and the plan's first option now; new warnings; else "no change" with why. Undefined when the case has no change to
 * compare with (no undo step).
 */
export function planChangeLead(record: CaseRecord): string | undefined {
  const before = previousSnapshot(record)?.facts;
  const urgent = before && redFlagLead(record, before);
  if (urgent) return urgent;
  const scores = scoreChangeLead(record);
  if (scores) return scores;
  if (!before) return undefined;
  const was = evaluatePathway(before);
  const now = evaluatePathway(record.facts);
  const statusBefore = new Map(was.options.map((s) => [s.option, s.status]));
  const whyBefore = new Map(was.options.map((s) => [s.option, heldText(s)]));
  const held = now.options.filter(
    (s) => isHeld(s) && (statusBefore.get(s.option) !== s.status || whyBefore.get(s.option) !== heldText(s)),
  );
  const heldBefore = new Set(was.options.filter(isHeld).map((s) => s.option));
  const freed = now.options.filter((s) => !isHeld(s) && heldBefore.has(s.option));
  const newWarnings = now.warnings.filter((w) => !was.warnings.includes(w) && hasEntry(w));
  const first = now.recommendations.find((id) => hasEntry(id) && !was.recommendations.includes(id));
  const parts = [
    ...held.map(heldText),
    ...freed.map((s) => `${optionName(s)} is an option again`),
    ...(first && (held.length || freed.length) ? [`next in the plan: ${lineOf(first)}`] : []),
  ];
  const warnings = newWarnings.map((w) => `${lineOf(w)}.`);
  if (!parts.length && !warnings.length)
    return `**No change to the plan for case ${record.label}:** the last fact added rules no option out and adds no warning.${screenNote(now)}`;
  if (!parts.length) return `**No option ruled out for case ${record.label}; new warning:** ${warnings.join(' ')}`;
  const warned = warnings.length ? ` New warning: ${warnings.join(' ')}` : '';
  return `**What changed for case ${record.label}:** ${parts.join('; ')}.${warned}`;
}

/**
 * The strictest finding leads: a red flag the newest change added, or a case that stays stopped for one ("she has new
 * saddle numbness", then "any difference?"), is said with its urgency before anything about options
 * (clinical-reference.md section 6). Undefined when the case is not stopped for a red flag.
 */
function redFlagLead(record: CaseRecord, before: CaseFacts): string | undefined {
  const now = evaluatePathway(record.facts);
  if (now.status !== 'urgent') return undefined;
  const added = record.facts.redFlags.filter((f) => !before.redFlags.includes(f));
  const named = (ids: readonly string[]) =>
    redFlagGroupsOf(ids)
      .map((g) => g.suspected.toLowerCase())
      .join(' and ');
  const stop = `stop the pathway: ${redFlagHeadline(now.recommendations)}`;
  if (added.length) return `**What changed for case ${record.label}: red flag, suspected ${named(added)}:** ${stop}.`;
  const held = named(record.facts.redFlags);
  return `**No change for case ${record.label}: the red flag still stands${held ? ` (suspected ${held})` : ''}:** ${stop}.`;
}

/** " The red-flag screen is still not completed: the plan holds only once it is clear." when it was never stated. */
function screenNote(view: { provisional?: true }): string {
  return view.provisional ? ' The red-flag screen is still not completed: act on the plan once it is clear.' : '';
}
