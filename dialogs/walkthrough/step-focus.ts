import { CONTINUED, type DrugOptionId, type OptionStatus } from '../../src/clinical/case/option-status.js';
import { NALOXONE_RISK, naloxoneLabel } from '../../src/clinical/knowledge/mme-factors.js';
import { SEDATIVE_INTERACTIONS } from '../../machines/opioid-gate.js';
import type { ConditionId } from '../../src/clinical/case/case-facts.js';
import { patientHasText } from '../answers/case-interactions.js';
import type { EntryCitations } from './citations.js';
import {
  adjustedLine,
  checkSentence,
  belowTargetLead,
  continueLine,
  stopLines,
  KidneyNote,
  optionOf,
  rowsSentence,
  titrateLine,
  gabapentinoidTitrateLine,
} from './option-lines.js';
import type { PathwayView } from './ports.js';
import { isTherapyOption, shortTherapyName } from './therapy-lines.js';
import { getEntry, hasEntry } from './ports.js';

/**
 * The few recommendations a clinician acts on now, one line each, most important first; `plan` and `why` keep the
 * full cited list. Each group is one line: the first id present gives the text, the others in the group fold in
 * (their citation markers join). Ids not listed here (overview, pitfalls that restate the foundation, specialist
 * offers, instrument scoring) are context, shown by `plan` and `why`.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['escalation.nsaid-adequate-dose'],
  ['escalation.duloxetine', 'radicular.duloxetine'],
  ['escalation.tramadol'],
  ['radicular.gabapentin', 'radicular.pregabalin'],
  ['radicular.mri'],
  [
    'referral.persistent-pain-12-weeks',
    'referral.functional-disability',
    'referral.start-back-high-risk',
    'referral.interventional-procedures',
    'monitor.no-improvement-3-months',
  ],
  ['opioid.gate.risk-assessment'],
  ['opioid.gate.discussion'],
  ['opioid.framework.lowest-dose', 'opioid.framework.immediate-release'],
  ['opioid.framework.treatment-agreement', 'opioid.framework.reassess'],
  ['pitfall.continuing-ineffective'],
  ['pitfall.psychosocial-factors'],
  ['monitor.reassess-2-4-weeks'],
  ['monitor.functional-goals'],
];

/** Groups whose members are alternatives ("gabapentin ... or pregabalin ..."): their sentences are joined with "or". */
const EITHER = new Set(['radicular.gabapentin']);

/** Groups whose members are steps of one action (the opioid framework, 1): their sentences follow each other. */
const BOTH = new Set(['opioid.framework.lowest-dose', 'opioid.framework.treatment-agreement']);

/** The non-drug line says why it is there: the foundation of treatment (guideline pitfall, 1). */
const NON_DRUG_REASONS = ['pitfall.medications-alone', 'nondrug.foundation', 'nondrug.prioritize-before-opioids'];

export const MAX_FOCUS_LINES = 6;

export interface FocusLine {
  /** Knowledge ids the line stands for (the first gives its text). */
  ids: string[];
  text: string;
}

/** The focus lines' ids, in order: what the short step reply shows (tests assert on these). */
export function focusIds(view: PathwayView): (readonly string[])[] {
  return focusGroups(view).map((g) => g.ids);
}

interface FocusGroup {
  readonly ids: readonly string[];
  readonly therapy?: boolean;
}

/**
 * The focus groups already worked out for a view: the short step's lines, the count it leaves to `plan` and the
 * reply's lead each ask for them. A view is worked out once per facts object and never changed; frozen, as every
 * reader shares them.
 */
const focusOf = new WeakMap<PathwayView, readonly FocusGroup[]>();

function focusGroups(view: PathwayView): readonly FocusGroup[] {
  let groups = focusOf.get(view);
  if (!groups) {
    groups = Object.freeze(groupsOf(view).map((g) => Object.freeze({ ...g, ids: Object.freeze(g.ids) })));
    focusOf.set(view, groups);
  }
  return groups;
}

function groupsOf(view: PathwayView): { ids: string[]; therapy?: boolean }[] {
  const recs = new Set(view.recommendations);
  const drugAndCare = GROUPS.map((g) => g.filter((id) => recs.has(id))).filter((ids) => ids.length > 0);
  const therapies = therapyFocus(view.recommendations);
  const continued = view.options.some((o) => CONTINUED.has(o.status));
  const naloxone = view.warnings.includes(NALOXONE_RISK.entry);
  const room = MAX_FOCUS_LINES - (therapies.length ? 1 : 0) - (continued ? 1 : 0) - (naloxone ? 1 : 0);
  return [
    ...drugAndCare.slice(0, room).map((ids) => ({ ids })),
    ...(therapies.length
      ? [{ ids: [...therapies, ...NON_DRUG_REASONS.filter((id) => recs.has(id))], therapy: true }]
      : []),
  ];
}

/** The untried therapies of the best evidence level left (moderate before low). */
function therapyFocus(recommendations: readonly string[]): string[] {
  const options = recommendations.filter((id) => isTherapyOption(id) && hasEntry(id));
  const level = (id: string) => {
    const e = getEntry(id);
    return e.origin === 'guideline' ? e.evidence : undefined;
  };
  const moderate = options.filter((id) => level(id) === 'moderate');
  return moderate.length ? moderate : options;
}

const markersOf = (marks: string) => marks.match(/\[\d+\]/g) ?? [];
const unique = (marks: readonly string[]) =>
  [...new Set(marks)].sort((a, b) => Number(a.slice(1, -1)) - Number(b.slice(1, -1))).join('');

/** "For neuropathic pain, consider gabapentin X." + "For neuropathic pain, consider pregabalin Y." -> "... gabapentin X or pregabalin Y." */
function either(texts: readonly string[]): string {
  const words = texts.map((t) => t.replace(/\.$/, '').split(' '));
  let shared = 0;
  while (words.every((w) => w[shared] !== undefined && w[shared] === words[0]![shared])) shared++;
  return `${words[0]!.join(' ')}${words
    .slice(1)
    .map((w) => ` or ${w.slice(shared).join(' ')}`)
    .join('')}.`;
}

/** Care lines that follow the drug options. */
const GENERAL_CARE = new Set([
  'pitfall.continuing-ineffective',
  'pitfall.psychosocial-factors',
  'monitor.reassess-2-4-weeks',
  'monitor.functional-goals',
]);

/** The drug option a recommendation id offers (its status decides the line's words; if-fails.ts reads it too). */
export const OPTION_OF_ID: Readonly<Record<string, DrugOptionId>> = {
  'escalation.nsaid-adequate-dose': 'nsaid',
  'escalation.duloxetine': 'duloxetine',
  'radicular.duloxetine': 'duloxetine',
  'escalation.tramadol': 'tramadol',
  'radicular.gabapentin': 'gabapentin',
  'radicular.pregabalin': 'pregabalin',
};

/**
 * A drug group's line, by its option's status (src/clinical/case/option-status.ts): taken below the adequate dose ->
 * this patient's dose against the adequate one, then the guideline line (or "titrate" for duloxetine); a recommended
 * drug whose label rows change its dose for this patient -> that regimen (tramadol every 12 h, max 200 mg/day); a
 * gabapentinoid -> the guideline dose with this patient's renal row beside it.
 */
function drugLine(
  ids: readonly string[],
  text: string,
  marks: string,
  view: PathwayView,
  book: EntryCitations,
  note: KidneyNote,
): string {
  const statuses = [...new Set(ids.map((id) => OPTION_OF_ID[id]).filter((o) => o !== undefined))]
    .map((o) => optionOf(view, o))
    .filter((s): s is OptionStatus => s !== undefined);
  const [first] = statuses;
  if (!first) return `- ${text} ${marks}`;
  const line = optionLine(first, statuses, text, marks, book, note);
  return `${line}${statuses.map((s) => checkSentence(s, book)).join('')}`;
}

function optionLine(
  first: OptionStatus,
  statuses: readonly OptionStatus[],
  text: string,
  marks: string,
  book: EntryCitations,
  note: KidneyNote,
): string {
  if (first.option === 'duloxetine') return titrateLine(first, book) ?? `- ${text} ${marks}`;
  if (first.option === 'tramadol') return adjustedLine(first, book, note) ?? `- ${text} ${marks}`;
  if (first.option === 'nsaid') {
    const lead = belowTargetLead(first);
    return `- ${lead ? `${lead} ` : ''}${text} ${marks}`;
  }
  // gabapentin / pregabalin taken below this patient's target: titrate up, to a named regimen within the kidney row
  const titrate = statuses.map((s) => gabapentinoidTitrateLine(s, book, note)).find((l) => l !== undefined);
  if (titrate) return titrate;
  // gabapentin / pregabalin: this patient's dose if below, the guideline dose, then this patient's renal row
  const lead = statuses.map(belowTargetLead).find((l) => l !== undefined);
  return `- ${lead ? `${lead} ` : ''}${text} ${marks}${rowsSentence(statuses, book, note)}`;
}

/**
 * The short step reply's recommendation lines, cited in the message's book: the options to act on (start or raise),
 * what the patient keeps taking ("Continue: ... (at target)"), then general care and the non-drug line. A drug the
 * case rules out, has tried, or takes at target is never among the actions (option-status.ts); the lines saying so
 * are `caseOptionLines` (option-lines.ts), shown under these.
 */
export function focusLines(
  view: PathwayView,
  book: EntryCitations,
  note = new KidneyNote(),
  conditions: readonly ConditionId[] = [],
): string[] {
  const lines = focusGroups(view).flatMap(({ ids, therapy }) => {
    const shown = ids.map((id) => book.entry(id)).filter((s) => s !== undefined);
    if (!shown.length) return [];
    const marks = unique(shown.flatMap((s) => markersOf(s.marks)));
    if (therapy) {
      const names = ids.filter(isTherapyOption).map((id) => shortTherapyName(getEntry(id).text));
      const evidence = shown[0]!.evidence ? ` (${shown[0]!.evidence} evidence)` : '';
      return [{ text: `- Non-drug therapy first${evidence}: ${names.join('; ')} ${marks}`, rank: 3 }];
    }
    const texts = shown.map((s) => s.text);
    const text =
      shown.length > 1 && EITHER.has(ids[0]!) ? either(texts) : BOTH.has(ids[0]!) ? texts.join(' ') : texts[0]!;
    const rank = GENERAL_CARE.has(ids[0]!) ? 2 : 0;
    // a current sedative: its warning sits on the opioid-start line itself (the gate, reference v2; issue 13)
    const onLine =
      ids[0] === 'opioid.framework.lowest-dose' ? view.warnings.filter((id) => SEDATIVE_INTERACTIONS.includes(id)) : [];
    const sedatives = onLine
      .map((id) => {
        const e = book.entry(id);
        return e && ` ⚠️ ${e.text} ${e.marks}${patientHasText(id, conditions)}`;
      })
      .filter((t) => t !== undefined)
      .join('');
    return [{ text: `${drugLine(ids, text, marks, view, book, note)}${sedatives}`, rank }];
  });
  for (const text of stopLines(view, book, note)) lines.push({ text, rank: -1 });
  const continued = continueLine(view, book);
  if (continued) lines.push({ text: continued, rank: 1 });
  // Naloxone is an action, not only a warning: offered when the case's opioids carry a risk factor (CDC 2022).
  const naloxone = view.warnings.includes(NALOXONE_RISK.entry) ? book.entry(NALOXONE_RISK.entry) : undefined;
  if (naloxone) {
    const label = naloxoneLabel(view.naloxoneReasons ?? []);
    lines.push({ text: `- **${label}:** ${naloxone.text} ${naloxone.marks}`, rank: 1 });
  }
  return lines.sort((a, b) => a.rank - b.rank).map((l) => l.text);
}

/** How many recommendation ids the short reply leaves to `plan` (non-drug therapies count once per therapy). */
export function leftForPlan(view: PathwayView): number {
  const shown = new Set(focusGroups(view).flatMap((g) => g.ids));
  return view.recommendations.filter((id) => !shown.has(id)).length;
}
