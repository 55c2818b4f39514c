import { redFlagHeadline } from '../../src/clinical/knowledge/red-flags.js';
import { NALOXONE_RISK } from '../../src/clinical/knowledge/mme-factors.js';
import { DISCLAIMER } from '../disclaimer.js';
import type { FactKey } from '../../src/clinical/case/case-facts.js';
import type { AdaptiveCardJson, Citation, OutputMessage, TurnInput } from '../turn-types.js';
import { joinedPlainLength, plainPiece, STEP_VISIBLE_MAX } from '../visible-length.js';
import { EntryCitations } from './citations.js';
import { isTherapyOption, therapyLines } from './therapy-lines.js';
import { caseOptionLines, continueLine, KidneyNote, stopLines } from './option-lines.js';
import { focusLines, leftForPlan } from './step-focus.js';
import type { ConditionId } from '../../src/clinical/case/case-facts.js';
import { patientHasText } from '../answers/case-interactions.js';
import { withoutRestatements } from './restatements.js';
import { getEntry, hasEntry, type PathwayView } from './ports.js';
import { QUESTIONS, stillNeeded } from './questions.js';
import { shortStepList, stepList } from './step-titles.js';

export interface StepMessageParts {
  label: string;
  view: PathwayView;
  /** "I understood" lines for this turn (labels, never the clinician's own words). */
  understood?: string[];
  /** A line before everything else (e.g. "Noted."). */
  lead?: string;
  /** Warning ids that are new this turn: shown first, marked. */
  newWarnings?: string[];
  /** Said once per case, at its start. */
  disclaimer?: boolean;
  /** Only the lead and new warnings: the step and its recommendations did not change this turn. */
  brief?: boolean;
  /**
   * The view before this turn: a brief reply also shows the Do-now and "For this patient" lines this turn changed
   * (a correction of age, kidney function or a co-medication re-judges every option, and the reply says how).
   */
  previous?: PathwayView;
  /** Red-flag signs this turn's message already answered (questions.ts answeredRedFlagSigns): not asked again. */
  answeredSigns?: ReadonlySet<string>;
  /** The conditions the case has ('yes'): a warning that names one ("especially with COPD") says the patient has it. */
  conditions?: readonly ConditionId[];
}

/** A warning's cited line, with the conditions it names that this patient has: "... [7] This patient has COPD." */
export function warningLine(
  book: EntryCitations,
  id: string,
  conditions: readonly ConditionId[] = [],
): string | undefined {
  const line = book.line(id);
  return line && `${line}${patientHasText(id, conditions)}${HELD_FOR_ANOTHER_CONDITION[id] ?? ''}`;
}

/**
 * Case warnings raised because the patient already takes the drug, whose source advice is about prescribing it for
 * back pain: the line says so, so that no one stops a treatment for another condition (prednisolone for polymyalgia
 * or asthma) on its account. Example: "prednisolone 7.5 mg daily for PMR"; counter-example: no corticosteroid held.
 */
const HELD_FOR_ANOTHER_CONDITION: Readonly<Record<string, string>> = {
  'avoid.systemic-corticosteroids':
    " This is about prescribing them for back pain: it is no reason to stop the patient's corticosteroid for another condition.",
};

/** The heading of what the case still lacks that would change the plan (questions.ts stillNeeded). */
export const STILL_NEEDED = '**Still needed**';

/**
 * The step's "Still needed" lines: every datum the case lacks that would change the plan, as short questions, most
 * important first; the one the question card below asks (view.nextMissing) is left to the card, unless the list asks
 * it in this case's terms ("Naproxen: what dose and for how long?").
 */
export function stillNeededLines(view: PathwayView, answeredSigns?: ReadonlySet<string>): string[] {
  return stillNeeded(view, answeredSigns)
    .filter((item) => {
      const [only] = item.keys;
      const card = view.nextMissing;
      return !(item.keys.length === 1 && only === card && card !== undefined && item.text === QUESTIONS[card].short);
    })
    .map((item) => `- ${item.text}`);
}

/** Recommendations with citation markers, then the case's warnings. */
export function recommendationLines(
  view: PathwayView,
  book: EntryCitations,
  newWarnings: readonly string[] = [],
  conditions: readonly ConditionId[] = [],
): string[] {
  const therapies = view.recommendations.filter(isTherapyOption);
  const continued = view.status === 'urgent' ? undefined : continueLine(view, book);
  const recs = [
    ...(view.status === 'urgent' ? [] : stopLines(view, book, new KidneyNote())),
    ...withoutRestatements(view.recommendations)
      .filter((id) => !isTherapyOption(id))
      .map((id) => book.line(id)),
    ...therapyLines(therapies, book),
    continued,
  ].filter((l): l is string => !!l);
  const fresh = newWarnings
    .map((id) => warningLine(book, id, conditions))
    .filter((l): l is string => !!l)
    .map(markNew);
  const older = view.warnings
    .filter((id) => !newWarnings.includes(id))
    .map((id) => warningLine(book, id, conditions))
    .filter((l): l is string => !!l);
  const forPatient = view.status === 'urgent' ? [] : caseOptionLines(view, book, new KidneyNote());
  return [
    ...(fresh.length ? ['**Warnings for this case**', ...fresh, ...older] : []),
    ...(view.status === 'urgent'
      ? [`**Stop the pathway: ${redFlagHeadline(view.recommendations)}**`]
      : recs.length
        ? [screenPending(view) ? `**Recommended now ${ONCE_SCREENED}**` : '**Recommended now**']
        : []),
    ...recs,
    ...(forPatient.length ? [FOR_THIS_PATIENT, ...forPatient] : []),
    ...(!fresh.length && older.length ? ['**Safety notes for this case**', ...older] : []),
  ];
}

/** The condition a provisional plan carries: the red-flag screen is not stated yet (PathwayView.provisional). */
const ONCE_SCREENED = '(once the red-flag screen is clear)';

/**
 * The plan holds only once the screen is clear: not stated (provisional), or not completed ("bladder question answered
 * 'not sure'"): the same condition either way (clinical-reference.md section 6).
 */
export function screenPending(view: PathwayView): boolean {
  return view.provisional === true || view.warnings.includes('redflag.screen-not-completed');
}

/** The heading of the lines that say which options the case rules out, holds for a check, or has done with. */
const FOR_THIS_PATIENT = '**For this patient**';

/** Context that `plan` shows in full: imaging reconciliation and instrument scoring are not safety notes. */
const CONTEXT_KINDS = new Set(['imaging', 'instrument']);
const safetyNote = (id: string) => !hasEntry(id) || !CONTEXT_KINDS.has(getEntry(id).kind);

/** The short step's sections, each kept apart so the visible summary can choose among them. */
interface FocusParts {
  /** A red flag: the whole section (it stops the pathway). */
  urgent?: string[];
  fresh: string[];
  older: string[];
  doNowHeading: string;
  recs: string[];
  forPatient: string[];
  more: number;
}

/**
 * The short step: the few recommendations actionable now (step-focus.ts), then every safety note of the case
 * (interactions, avoid items, label and adjustment notes for drugs held or recommended): never shortened.
 */
function focusParts(
  view: PathwayView,
  book: EntryCitations,
  newWarnings: readonly string[],
  conditions: readonly ConditionId[] = [],
): FocusParts {
  if (view.status === 'urgent')
    return {
      urgent: recommendationLines(view, book, newWarnings, conditions),
      fresh: [],
      older: [],
      doNowHeading: '',
      recs: [],
      forPatient: [],
      more: 0,
    };
  // naloxone is an action of the Do now lines (step-focus.ts), not repeated as a note
  const note = (id: string) => safetyNote(id) && id !== NALOXONE_RISK.entry;
  const fresh = newWarnings
    .filter(note)
    .map((id) => warningLine(book, id, conditions))
    .filter((l): l is string => !!l)
    .map(markNew);
  const older = view.warnings
    .filter((id) => !newWarnings.includes(id) && note(id))
    .map((id) => warningLine(book, id, conditions))
    .filter((l): l is string => !!l);
  const kidney = new KidneyNote();
  return {
    fresh,
    older,
    doNowHeading: screenPending(view) ? `**Do now ${ONCE_SCREENED}**` : '**Do now**',
    recs: focusLines(view, book, kidney, conditions),
    forPatient: caseOptionLines(view, book, kidney),
    more: leftForPlan(view),
  };
}

function focusSection(f: FocusParts, needed: readonly string[] = []): string[] {
  if (f.urgent) return f.urgent;
  return [
    ...(f.fresh.length ? ['**Warnings for this case**', ...f.fresh, ...f.older] : []),
    ...(f.recs.length ? [f.doNowHeading, ...f.recs] : []),
    ...(f.forPatient.length ? [FOR_THIS_PATIENT, ...f.forPatient] : []),
    ...(needed.length ? [STILL_NEEDED, ...needed] : []),
    ...(!f.fresh.length && f.older.length ? ['**Safety notes for this case**', ...f.older] : []),
    ...(f.more ? [`_Say "plan" for all recommendations (${f.more} more), "why" for the reasoning._`] : []),
  ];
}

/**
 * The walk-through's main answer: what it understood, where the case is, what to do now, cited. A card shows what
 * fits one phone screen (STEP_VISIBLE_MAX): the step in a line, a red flag's section and new warnings whole, the
 * first "Do now" line, then as much as fits of the other Do-now lines, the options ruled out, the safety notes and
 * what was understood; "Show details" opens the rest in place. The text keeps the whole step.
 */
export function stepMessage(p: StepMessageParts): OutputMessage {
  const book = new EntryCitations();
  if (p.brief) {
    const fresh = (p.newWarnings ?? [])
      .map((id) => warningLine(book, id, p.conditions))
      .filter((l): l is string => !!l)
      .map(markNew);
    const changed = p.previous ? changedPlanLines(p.previous, p.view, book, p.conditions) : [];
    if (!changed.length) {
      const citations = book.list();
      return { text: joinBlocks([...(p.lead ? [p.lead] : []), ...fresh]), ...(citations.length ? { citations } : {}) };
    }
    // the changed lines are a few of the plan's: only the sources they cite are listed, numbered as they appear
    const lead = p.lead ? [p.lead] : [];
    const { lines, citations } = renumbered([...lead, ...fresh, CHANGED, ...changed], book.list());
    const shownFresh = lines.slice(lead.length, lead.length + fresh.length);
    const shownChanged = lines.slice(lead.length + fresh.length + 1);
    return collapsibleMessage({
      full: lines,
      summary: [
        { lines: lead, keep: lead.length },
        { lines: shownFresh, keep: Math.min(1, shownFresh.length), shorten: true, drop: 0.5, name: 'new warning' },
        { heading: CHANGED, lines: shownChanged, keep: 0, drop: 1, shorten: true, name: 'changed line' },
      ],
      toggle: 'Show details',
      limit: STEP_VISIBLE_MAX,
      citations,
    });
  }
  const focus = focusParts(p.view, book, p.newWarnings ?? [], p.conditions);
  const needed = stillNeededLines(p.view, p.answeredSigns);
  const understoodHeading = `**Case ${p.label}: I understood** (correct me by typing, e.g. "no leg symptoms")`;
  const understood = (p.understood ?? []).map((u) => `- ${u}`);
  const lines = [
    ...(p.lead ? [p.lead] : []),
    ...(understood.length ? [understoodHeading, ...understood] : []),
    `**Step:** ${stepList(p.view.activeSteps, p.view.opioidTakenMme)}`,
    ...focusSection(focus, needed),
    ...(p.disclaimer ? [`_${DISCLAIMER}_`] : []),
  ];
  const citations = book.list();
  const headline = [
    ...(p.lead ? [p.lead] : []),
    `**Step:** ${shortStepList(p.view.activeSteps, p.view.opioidTakenMme)}`,
  ];
  // the first new warning always shows (in short form if need be); more only when the rest has given way
  const firstNew = Math.min(focus.fresh.length, 1);
  return collapsibleMessage({
    full: lines,
    summary: [
      { lines: headline, keep: headline.length },
      ...(focus.urgent ? urgentGroups(focus.urgent) : []),
      {
        heading: '**Warnings for this case**',
        lines: focus.fresh.slice(0, firstNew),
        keep: firstNew,
        shorten: true,
      },
      {
        heading: '**Warnings for this case**',
        lines: focus.fresh.slice(firstNew),
        drop: 0.5,
        shorten: true,
        name: 'new warning',
      },
      ...(focus.fresh.length
        ? [{ heading: '**Warnings for this case**', lines: focus.older, drop: 3, name: 'warning' }]
        : []),
      { heading: focus.doNowHeading, lines: focus.recs, keep: 1, drop: 2, shorten: true },
      { heading: FOR_THIS_PATIENT, lines: focus.forPatient, drop: 1 },
      // at most three questions show, the first given up only as a last resort; the rest open under "Show details"
      { heading: STILL_NEEDED, lines: needed.slice(0, 1), drop: 0.5, name: 'question' },
      { heading: STILL_NEEDED, lines: needed.slice(1, 3), drop: 2.5, name: 'question' },
      ...(focus.fresh.length
        ? []
        : [{ heading: '**Safety notes for this case**', lines: focus.older, drop: 3, name: 'safety note' }]),
      { heading: understoodHeading, lines: understood, drop: 4 },
    ],
    toggle: 'Show details',
    limit: STEP_VISIBLE_MAX,
    citations,
  });
}

/**
 * A red flag's section: the stop line and the flags' own lines always show; the case's warnings (interactions of
 * what it holds) are second to them and may go under the button, counted in the note.
 */
export function urgentGroups(lines: readonly string[]): SummaryGroup[] {
  const stop = lines.findIndex((l) => l.startsWith('**Stop the pathway'));
  const before = stop > 0 ? lines.slice(0, stop) : [];
  const warnings = before.filter((l) => l.startsWith('- '));
  const rest = stop >= 0 ? lines.slice(stop) : lines;
  return [
    { lines: rest, keep: rest.length },
    ...(warnings.length
      ? [{ heading: '**Warnings for this case**', lines: warnings, drop: 3.5, name: 'warning' }]
      : []),
  ];
}

/**
 * The pending question after an interruption (a quick answer, a command): one line, its quick answers as suggested
 * actions, not a new card (the card sent when it was first asked still answers it). For `reAsk` in case-reply.ts.
 */
export function pendingQuestionLine(
  label: string,
  key: FactKey,
  scope: TurnInput['scope'] = 'personal',
): OutputMessage {
  const q = QUESTIONS[key];
  const typed = scope === 'personal' ? 'type it' : '@mention me with it';
  const how = q.choices.length ? `Tap a quick answer or ${typed}` : `Please ${typed}`;
  return {
    text: `Back to case ${label}, next question: **${q.ask}** ${how}; "skip" leaves it.`,
    ...(q.choices.length ? { suggestedActions: q.choices.slice(0, 3).map((c) => ({ title: c, value: c })) } : {}),
  };
}

/** List items stay together; other lines are paragraphs. */
export function joinBlocks(lines: readonly string[]): string {
  return lines.reduce((out, line, i) => {
    if (i === 0) return line;
    const list = line.startsWith('- ') && lines[i - 1]!.startsWith('- ');
    return `${out}${list ? '\n' : '\n\n'}${line}`;
  }, '');
}

const markNew = (line: string) => line.replace(/^- /, '- ⚠️ **New:** ');

const CHANGED = '**Changed for this patient**';

/** The plan's Do-now and "For this patient" lines for a view. */
function planLines(view: PathwayView, book: EntryCitations, conditions: readonly ConditionId[] = []): string[] {
  const kidney = new KidneyNote();
  return [...focusLines(view, book, kidney, conditions), ...caseOptionLines(view, book, kidney)];
}

const CITE_MARK = /\[(\d{1,3})\]/g;
const unmarked = (line: string) => line.replace(CITE_MARK, '').replace(/\s+/g, ' ').trim();

/** The plan lines of `view` that `previous` did not have (their citations aside), cited in `book`. */
export function changedPlanLines(
  previous: PathwayView,
  view: PathwayView,
  book: EntryCitations,
  conditions?: readonly ConditionId[],
): string[] {
  const was = new Set(planLines(previous, new EntryCitations(), conditions).map(unmarked));
  return planLines(view, book, conditions).filter((l) => !was.has(unmarked(l)));
}

/** The lines' citation marks numbered 1, 2, ... as they first appear, and only the sources they cite. */
function renumbered(
  lines: readonly string[],
  citations: readonly Citation[],
): { lines: string[]; citations: Citation[] } {
  const to = new Map<number, number>();
  for (const line of lines)
    for (const m of line.matchAll(CITE_MARK)) {
      const n = Number(m[1]);
      if (!to.has(n)) to.set(n, to.size + 1);
    }
  return {
    lines: lines.map((l) =>
      l.replace(CITE_MARK, (mark, n: string) => (to.has(Number(n)) ? `[${to.get(Number(n))}]` : mark)),
    ),
    citations: citations
      .filter((c) => to.has(c.position))
      .map((c) => ({ ...c, position: to.get(c.position)! }))
      .sort((a, b) => a.position - b.position),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Short replies (issue 15): a card that shows a summary and opens the rest in place

/** A section of a reply's visible summary: its heading and lines, verbatim from the reply's full text where possible. */
export interface SummaryGroup {
  heading?: string;
  lines: readonly string[];
  /** How many lines, from the first, are always shown (safety content). Default 0. */
  keep?: number;
  /**
   * Over the limit, lines of the group with the highest `drop` go first (from its last line); a group with `drop`
   * under 1 gives up lines only once every line that stays has taken its short form. Default 0.
   */
  drop?: number;
  /** Still over the limit: the kept lines shown in their short form (shortLine), the whole line in the details. */
  shorten?: boolean;
  /** What the note under the summary calls the group's hidden lines ("warnings"). */
  name?: string;
}

export interface CollapsibleParts {
  /** The whole reply's lines: the text (clients without cards, the chart) and the source of the details. */
  full: readonly string[];
  summary: readonly SummaryGroup[];
  /** The button that opens the details ("Show full plan"). */
  toggle: string;
  /** Most visible characters (dialogs/visible-length.ts). */
  limit: number;
  citations: Citation[];
}

const DETAILS_ID = 'details';

const block = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'TextBlock',
  text,
  wrap: true,
  ...extra,
});

/**
 * A reply as an Adaptive Card: the summary visible (its groups shortened, lowest priority first, until the card fits
 * its limit, never below each group's `keep`), then a hidden container with every line of the full text not shown
 * and the sources list, opened in place by Action.ToggleVisibility. The text keeps the whole reply.
 *
 * The fitting tries many candidate summaries (one line dropped or shortened at a time): each is measured as text
 * (SummaryFit.measureOver), and laid out as a card once, for the one that fits.
 */
export function collapsibleMessage(p: CollapsibleParts): OutputMessage {
  const text = joinBlocks(p.full);
  const sources = p.citations
    .filter((c) => text.includes(`[${c.position}]`))
    .map((c) => `[${c.position}] ${c.abstract || c.name}`);
  const fit = new SummaryFit(p, sources.length > 0);
  // what matters least goes first; then the lines that stay take their short form; then (drop < 1) the last resort
  fit.drop(false);
  fit.shorten();
  fit.drop(true);
  fit.shorten();
  return build(p, fit.layout(), sources, text);
}

/**
 * The candidate summaries of one reply: the first `counts[i]` lines of each group shown, the last `short[i]` of them
 * in short form. Each step drops one line or shortens one, and the candidate is measured again.
 */
class SummaryFit {
  private readonly counts: number[];
  private readonly short: number[];
  /** Groups that may give up lines, in the order they do: highest `drop` first, later groups first among equals. */
  private readonly order: { i: number; drop: number }[];
  /** Each line's short form and plain measure, worked out once per reply: the candidates share most lines. */
  private readonly shortOf = perLine(shortLine);
  private readonly measure = perLine(plainPiece);
  /** The current candidate is over the limit. */
  private over: boolean;

  constructor(
    private readonly p: CollapsibleParts,
    private readonly hasSources: boolean,
  ) {
    this.counts = p.summary.map((g) => g.lines.length);
    this.short = p.summary.map(() => 0);
    this.order = p.summary
      .map((g, i) => ({ i, drop: g.drop ?? 0 }))
      .filter(({ i }) => this.counts[i]! > (p.summary[i]!.keep ?? 0))
      .sort((a, b) => b.drop - a.drop || b.i - a.i);
    this.over = this.measureOver();
  }

  /** Gives up lines, from each group's last, while the summary is over its limit (`last`: the groups under 1). */
  drop(last: boolean): void {
    for (const { i, drop } of this.order) {
      if (drop < 1 !== last) continue;
      const keep = this.p.summary[i]!.keep ?? 0;
      while (this.counts[i]! > keep && this.over) {
        this.counts[i]!--;
        this.over = this.measureOver();
      }
    }
  }

  /** Puts the shown lines of the groups that allow it in short form, from the last, while over the limit. */
  shorten(): void {
    for (let i = this.p.summary.length - 1; i >= 0; i--) {
      if (!this.p.summary[i]!.shorten) continue;
      while (this.short[i]! < this.counts[i]! && this.over) {
        this.short[i]!++;
        this.over = this.measureOver();
      }
    }
  }

  /**
   * Whether what visibleLength (dialogs/visible-length.ts) counts of the card `build` makes of this candidate is over
   * the limit, without making the card: the shown blocks, the note, the button's title (the details are hidden, and
   * they list every source the text cites, so render.ts adds no source line under the card). Each line is measured
   * once per reply. The note only adds to the length (test/walkthrough/summary-fit.test.ts), so a candidate over the
   * limit without it is over: its note is worked out only for a candidate that fits without one.
   */
  private measureOver(): boolean {
    const texts: string[] = [];
    this.eachVisible((text) => texts.push(text));
    texts.push(this.p.toggle);
    if (joinedPlainLength(texts, this.measure) > this.p.limit) return true;
    const note = this.note(hiddenCount(this.p.full, this.shownWhole()));
    if (!note) return false;
    // the note goes between the shown lines and the button
    texts.splice(-1, 0, note);
    return joinedPlainLength(texts, this.measure) > this.p.limit;
  }

  /** The candidate as the card shows it: its blocks, the full text's lines it leaves hidden, the note. */
  layout(): Layout {
    const shown = this.shownWhole();
    const note = this.note(hiddenCount(this.p.full, shown));
    const hidden = detailLines(this.p.full, shown);
    return { visible: this.visible(), hidden, ...(note ? { note } : {}) };
  }

  /** The shown lines, headings marked: a group's heading shows with its lines only, once for groups in a row. */
  private visible(): Layout['visible'] {
    const visible: Layout['visible'] = [];
    this.eachVisible((text, heading) => visible.push({ text, heading }));
    return visible;
  }

  /** Each shown line in order, for visible() and (without making the blocks) for measureOver. */
  private eachVisible(give: (text: string, heading: boolean) => void): void {
    let last: string | undefined;
    this.p.summary.forEach((g, i) => {
      const count = this.counts[i]!;
      if (!count) return;
      if (g.heading && g.heading !== last) give(g.heading, true);
      last = g.heading;
      const from = count - this.short[i]!;
      for (let k = 0; k < count; k++) {
        const line = g.lines[k]!;
        give(k >= from ? this.shortOf(line) : line, false);
      }
    });
  }

  /** The lines shown whole (not in short form), and every group's heading: the details leave these out. */
  private shownWhole(): Set<string> {
    const shown = new Set<string>();
    this.p.summary.forEach((g, i) => {
      // the last short[i] lines take their short form; when lines were dropped after taking it, short[i] counts more
      // lines than are shown, and every shown line is in short form (whole in the details)
      const whole = Math.max(0, this.counts[i]! - this.short[i]!);
      for (let k = 0; k < whole; k++) shown.add(g.lines[k]!);
      if (g.heading) shown.add(g.heading);
    });
    return shown;
  }

  /** "_Under "Show details": ..._", when anything is hidden (`more` lines) or sources are listed. */
  private note(more: number): string | undefined {
    if (!more && !this.hasSources) return undefined;
    const named = this.p.summary.flatMap((g, i) => {
      const n = g.lines.length - this.counts[i]!;
      return g.name && n > 0 ? [`⚠️ ${n} ${g.name}${n === 1 ? '' : 's'}`] : [];
    });
    return moreNote(named, more, this.p.toggle);
  }
}

/** `fn` of a line, worked out once per reply: the fitting asks for the same lines many times. */
function perLine<T>(fn: (line: string) => T): (line: string) => T {
  const known = new Map<string, T>();
  return (line) => {
    let value = known.get(line);
    if (value === undefined) {
      value = fn(line);
      known.set(line, value);
    }
    return value;
  };
}

/**
 * A line's short form: its first sentence, then its first clause when what follows the "; " holds no number (a
 * rationale, not a dose or limit), without a bracketed list of three or more names that holds no number (the
 * examples of a class: "a skeletal muscle relaxant (cyclobenzaprine, carisoprodol, ...)"); the citation markers stay.
 */
export function shortLine(line: string): string {
  let body = line.trimEnd();
  let marks = '';
  // the trailing markers "[7]", "[1][2]" (string search: no pattern)
  while (body.endsWith(']') && body.lastIndexOf('[') > 0) {
    const open = body.lastIndexOf('[');
    if (!/^\[\d{1,3}\]$/.test(body.slice(open))) break;
    marks = `${body.slice(open)}${marks}`;
    body = body.slice(0, open);
  }
  marks = marks ? ` ${marks}` : '';
  body = body.trimEnd();
  const sentence = sentenceEnd(body);
  if (sentence > 0) body = body.slice(0, sentence + 1);
  const clause = body.indexOf('; ');
  if (clause > 0 && !NUMBER.test(body.slice(clause))) body = `${body.slice(0, clause)}.`;
  return `${body.replace(NAME_LIST, '')}${marks}`;
}

/** " (cyclobenzaprine, carisoprodol, baclofen)": three or more names in brackets, no digit among them. */
const NAME_LIST = / \((?:[a-z][a-z' -]*, ){2,}[a-z][a-z' -]*\)/gi;

/** A number standing alone (a dose, a limit, a count), not a digit inside a name such as CYP2D6. */
const NUMBER = /(?:^|[^a-z0-9])\d/i;

/** Where the first sentence ends: a ". " before a capital letter, not after "e.g" or "i.e". */
function sentenceEnd(text: string): number {
  for (let at = text.indexOf('. '); at > 0; at = text.indexOf('. ', at + 1)) {
    const next = text.charAt(at + 2);
    const word = text.slice(Math.max(0, at - 3), at).toLowerCase();
    if (next >= 'A' && next <= 'Z' && !word.endsWith('e.g') && !word.endsWith('i.e')) return at;
  }
  return -1;
}

/** One candidate summary: the lines shown (headings marked), the full text's lines left hidden, the note between. */
interface Layout {
  visible: { text: string; heading: boolean }[];
  hidden: string[];
  /** "_Under "Show details": ..._", when anything is hidden or sources are listed. */
  note?: string;
}

function build(p: CollapsibleParts, l: Layout, sources: readonly string[], text: string): OutputMessage {
  const card: AdaptiveCardJson = {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [
      ...l.visible.map((b) => block(b.text, { spacing: b.heading ? 'Medium' : 'Small' })),
      ...(l.note ? [block(l.note, { isSubtle: true, size: 'Small' })] : []),
      {
        type: 'Container',
        id: DETAILS_ID,
        isVisible: false,
        items: [
          ...l.hidden.map((line) => block(line, { spacing: line.startsWith('- ') ? 'Small' : 'Medium' })),
          ...sources.map((line, i) => block(line, { isSubtle: true, size: 'Small', spacing: i ? 'None' : 'Medium' })),
        ],
      },
    ],
    actions: [{ type: 'Action.ToggleVisibility', title: p.toggle, targetElements: [DETAILS_ID] }],
  };
  return { text, card, ...(p.citations.length ? { citations: p.citations } : {}) };
}

/** "_Under "Show details": ⚠️ 2 warnings; 6 lines in all._" */
function moreNote(named: readonly string[], more: number, toggle: string): string {
  const lines = more ? `${more} line${more === 1 ? '' : 's'}${named.length ? ' in all' : ''}` : 'the sources';
  return `_Under "${toggle}": ${[...named, lines].join('; ')}._`;
}

/** A heading: a bold line with list items under it. */
const isHeading = (lines: readonly string[], i: number) =>
  lines[i]!.startsWith('**') && (lines[i + 1]?.startsWith('- ') ?? false);

/** The full text's lines not shown; a heading stays while a list item under it is hidden. */
function detailLines(full: readonly string[], shown: ReadonlySet<string>): string[] {
  const out: string[] = [];
  forEachDetailLine(full, shown, (line) => out.push(line));
  return out;
}

/**
 * How many lines detailLines(full, shown) gives, headings aside (the note's count), without keeping them: a bold line
 * given just before a list item is that item's heading.
 */
function hiddenCount(full: readonly string[], shown: ReadonlySet<string>): number {
  let count = 0;
  let previousBold = false;
  forEachDetailLine(full, shown, (line) => {
    if (previousBold && line.startsWith('- ')) count--;
    count++;
    previousBold = line.startsWith('**');
  });
  return count;
}

function forEachDetailLine(full: readonly string[], shown: ReadonlySet<string>, give: (line: string) => void): void {
  let heading: string | undefined;
  full.forEach((line, i) => {
    if (isHeading(full, i)) {
      heading = line;
      return;
    }
    if (!line.startsWith('- ')) heading = undefined;
    if (shown.has(line)) return;
    if (heading) {
      give(heading);
      heading = undefined;
    }
    give(line);
  });
}
