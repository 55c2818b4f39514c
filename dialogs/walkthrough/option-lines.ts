import type { CaseReason, OptionId, OptionStatus, RowExcess } from '../../src/clinical/case/option-status.js';
import { CONTINUED, DRUG_OPTIONS, optionName, pairChecks } from '../../src/clinical/case/option-status.js';
import { isInUse, mayStillBeTaken } from '../../src/clinical/case/medication-facts.js';
import { ADEQUATE_TRIAL, taperRuleFor } from '../../src/clinical/knowledge/case-readings.js';
import { isExtendedRelease } from '../../src/clinical/case/case-opioids.js';
import { dosingFor, isDosedDrug } from '../answers/ports.js';
import { EGFR_CAUTION } from '../answers/adjustment-lines.js';
import { labelExcess } from './above-label.js';
import type { EntryCitations } from './citations.js';
import { regimenText } from './fact-lines.js';
import { getEntry, hasEntry, type PathwayView } from './ports.js';
import { shortTherapyName } from './therapy-lines.js';

/**
 * The lines the case's option statuses (src/clinical/case/option-status.ts) add to a reply: what this patient takes
 * and keeps taking, a drug option's dose against the adequate one, the case's dose rows beside a recommended drug,
 * and one short line per option ruled out, to confirm first, or tried and done with. Words come from the statuses
 * and the knowledge entries; numbers from the statuses (read from the dosing data).
 */

/** The guideline entry each drug option is cited by. */
const OPTION_ENTRY: Partial<Record<OptionId, string>> = {
  nsaid: 'escalation.nsaid-adequate-dose',
  duloxetine: 'escalation.duloxetine',
  tramadol: 'escalation.tramadol',
  gabapentin: 'radicular.gabapentin',
  pregabalin: 'radicular.pregabalin',
};

/** The reference's adequate-trial reading (>= 4 weeks at the adequate dose): cited where a trial is judged by it. */
const ADEQUATE_TRIAL_ENTRY = ADEQUATE_TRIAL.entry;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const mg = (n: number) => `${n.toLocaleString('en-US')} mg`;

export function optionOf(view: PathwayView, option: OptionId): OptionStatus | undefined {
  return view.options.find((o) => o.option === option);
}

/** Says once per reply that an eGFR was read as the CrCl the labels state (clinical-reference.md section 2). */
export class KidneyNote {
  private said = false;

  label(r: CaseReason): string {
    if (!r.kidney || this.said || !r.label.startsWith('eGFR')) return r.label;
    this.said = true;
    return `${r.label}, read as CrCl`;
  }
}

/** Citation markers in the reply's book; none in a chart note (no book), which names its sources in words. */
const marksOf = (book: EntryCitations | undefined, ids: readonly string[]) => {
  if (!book) return '';
  const marks = ids.filter(hasEntry).flatMap((id) => (book.entry(id)?.marks ?? '').split(']').filter(Boolean));
  return [...new Set(marks)]
    .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))
    .map((m) => `${m}]`)
    .join('');
};

/** "naproxen 250 mg twice daily (500 mg/day)". */
function takenText(s: OptionStatus): string {
  if (!s.record) return optionName(s);
  const text = regimenText(s.record);
  const daily = s.dailyMg !== undefined && s.record.timesPerDay !== undefined && s.record.timesPerDay > 1;
  return daily ? `${text} (${mg(s.dailyMg!)}/day)` : text;
}

/**
 * The sentence that goes before a drug option's guideline line when the patient already takes it below the adequate
 * dose: "Naproxen 250 mg twice daily (500 mg/day) is below the adequate 1,000 mg/day." An as-needed regimen is not
 * a trial at any dose.
 */
export function belowTargetLead(s: OptionStatus): string | undefined {
  if (s.status !== 'current-below-target' || !s.record || s.targetDailyMg === undefined) return undefined;
  if (s.record.prn) return `${capitalise(takenText(s))} is not a trial at the adequate dose.`;
  if (s.dailyMg === undefined) return undefined;
  return `${capitalise(takenText(s))} is below the adequate ${mg(s.targetDailyMg)}/day.`;
}

/**
 * The checks an offered option's own line carries (option-rules.ts verdict 'check'), as a sentence after it: "First
 * confirm the drinking (3 units/week) is not heavy: avoid duloxetine with heavy alcohol use [7]". Empty when none.
 */
export function checkSentence(s: OptionStatus, book: EntryCitations | undefined): string {
  if (!s.checks?.length) return '';
  const text = capitalise(s.checks.map((r) => r.label).join('; '));
  return ` ${text} ${marksOf(
    book,
    s.checks.map((r) => r.knowledgeId),
  )}`.trimEnd();
}

/** A drug taken below its titration target (duloxetine 30 mg): titrate, never "add". */
export function titrateLine(s: OptionStatus, book: EntryCitations): string | undefined {
  const lead = belowTargetLead(s);
  const entry = OPTION_ENTRY[s.option];
  if (!lead || !entry || s.targetDailyMg === undefined) return undefined;
  return `- ${lead.replace(/\.$/, '')}: titrate to ${mg(s.targetDailyMg)}/day ${marksOf(book, [entry])}`;
}

const TIMES_A_DAY: Readonly<Record<number, string>> = { 1: 'once daily', 2: 'twice daily', 3: 'three times daily' };

/** Where the gabapentinoid's target is read: the label's own figure, or the patient's kidney row when it is lower. */
const TARGET_TEXT: Readonly<Record<string, string>> = {
  gabapentin: 'label neuropathic target',
  pregabalin: 'label usual neuropathic maximum',
};

/** This patient's kidney row among an option's rows, with its reason ("CrCl 36 < 60"). */
function kidneyRowOf(
  s: OptionStatus,
): { row: OptionStatus['adjustments'][number]; reason?: CaseReason | undefined } | undefined {
  const at = s.adjustments.findIndex((r) => r.kind === 'renal' && r.dailyMg !== undefined);
  return at < 0 ? undefined : { row: s.adjustments[at]!, reason: s.adjustmentReasons[at] };
}

/**
 * A gabapentinoid taken below this patient's target: titrate up, to a named regimen within the kidney row
 * ("Gabapentin 300 mg three times daily (900 mg/day) is below target: titrate up toward 1,400 mg/day (700 mg twice
 * daily), the most for CrCl 36 < 60: Gabapentin with CrCl 30-59: 400-1400 mg/day in 2 doses [1][7]").
 */
export function gabapentinoidTitrateLine(s: OptionStatus, book: EntryCitations, note: KidneyNote): string | undefined {
  const entry = OPTION_ENTRY[s.option];
  const target = s.targetDailyMg;
  if (s.status !== 'current-below-target' || !s.record || !entry || target === undefined || !hasEntry(entry))
    return undefined;
  if (s.dailyMg === undefined && !s.record.prn) return undefined;
  // "as needed" said once (the regimen's own text may say it already)
  const said = capitalise(takenText(s));
  const taken = s.record.prn && !said.includes('as needed') ? `${said}, as needed,` : said;
  // an older or low-weight patient with no kidney figure: the dose to reach waits for the CrCl (reference section 2)
  if (s.kidneyAsk?.kind === 'missing')
    return `- ${taken}: below target; the dose to titrate to waits for the CrCl (creatinine and weight) ${marksOf(book, [entry, `renal.${s.option}`])}`.trimEnd();
  const kidney = kidneyRowOf(s);
  const capped = kidney?.row.dailyMg?.max === target;
  const usual = s.option === 'gabapentin' ? 3 : 2;
  const most = kidney?.row.timesPerDay ?? usual;
  const times = Math.max(Math.min(usual, most), kidney?.row.minTimesPerDay ?? 1);
  const perDose = target / times;
  const regimen = Number.isInteger(perDose) && TIMES_A_DAY[times] ? `${mg(perDose)} ${TIMES_A_DAY[times]} ` : '';
  const why =
    capped && kidney
      ? `most for ${kidney.reason ? note.label(kidney.reason) : 'this kidney function'}`
      : (TARGET_TEXT[s.option] ?? 'target');
  const label = `label.${s.option}`;
  const ids = [entry, capped && kidney?.row.knowledgeId ? kidney.row.knowledgeId : label];
  // taken as needed at the target's own regimen ("75 bd prn" with 150 mg/day the most): no titration, the same dose
  const scheduled = s.record.doseMg !== undefined && s.record.timesPerDay !== undefined;
  if (s.record.prn && scheduled && s.record.doseMg! * s.record.timesPerDay! >= target)
    return `- ${taken}: taken every day, that is already the most (${mg(target)}/day, ${why}); no titration above it${egfrCaution(s)} ${marksOf(book, ids)}`.trimEnd();
  return `- ${taken}: below target; titrate to ${regimen}(${mg(target)}/day, ${why})${egfrCaution(s)} ${marksOf(book, ids)}`.trimEnd();
}

/** An older or low-weight patient's gabapentinoid dosed by an eGFR: "; eGFR overestimates clearance ... (age 80)". */
function egfrCaution(s: OptionStatus): string {
  return s.kidneyAsk?.kind === 'egfr' ? `; ${EGFR_CAUTION.replace(/\.$/, '')} (${s.kidneyAsk.who})` : '';
}

/** "this patient's range (CrCl 30): Gabapentin with CrCl 30-59: 400-1400 mg/day in 2 doses", for a dose above it. */
function aboveRange(s: OptionStatus & { above: NonNullable<OptionStatus['above']> }): string {
  const kidney = kidneyRowOf(s);
  return s.above.row && kidney
    ? `this patient's range (${kidney.reason ? kidneyOnly(kidney.reason.label) : 'kidney function'}): ${s.above.row.text.replace(/\.$/, '')}`
    : `the guideline's most, ${mg(s.above.maxDailyMg)}/day`;
}

/**
 * Gabapentin above the label's neuropathic target (1,800 mg/day; no added benefit shown above it, reference section
 * 2): reviewed, never "at target". Undefined for other drugs and doses.
 */
function aboveNeuropathicTarget(s: OptionStatus): number | undefined {
  if (s.dailyMg === undefined || !isDosedDrug(s.option)) return undefined;
  const target = dosingFor(s.option).label.noAddedBenefitAboveDailyMg;
  return target !== undefined && s.dailyMg > target ? target : undefined;
}

/**
 * A gabapentinoid still taken but done with (failed, not tolerated, not for this patient): how to stop it, from
 * the label ("taper over at least 1 week"), the dose it comes down from when above this patient's range, and the
 * other gabapentinoid not on top of it (duplicate therapy, reference section 3).
 */
function stoppingLines(drugs: readonly OptionStatus[], book: EntryCitations | undefined): string[] {
  return drugs.flatMap((s) => {
    if ((s.option !== 'gabapentin' && s.option !== 'pregabalin') || !s.record || !mayStillBeTaken(s.record)) return [];
    if (s.status !== 'failed' && s.status !== 'not-tolerated' && s.status !== 'not-for-this-patient') return [];
    // taken now and ruled out: its Stop line leads Do now with the taper (stopLines)
    if (takenButRuledOut(s)) return [];
    const other = s.option === 'gabapentin' ? 'pregabalin' : 'gabapentin';
    const offered = drugs.some((o) => o.option === other && (o.status === 'recommended' || o.status === 'needs-data'));
    const still = isInUse(s.record) ? '' : 'if still taken, ';
    const what = s.above
      ? `${still}${takenText(s)} is above ${aboveRange({ ...s, above: s.above })};`
      : `${optionName(s)}${still ? ', if still taken' : ''}:`;
    const ids = [`label.${s.option}`, ...(s.above?.row?.knowledgeId ? [s.above.row.knowledgeId] : [])];
    const duplicate = offered ? `; ${other} only once it is stopped (duplicate therapy)` : '';
    if (offered) ids.push('interaction.gabapentin-pregabalin');
    return [
      `- ${capitalise(what)} taper over at least 1 week when stopping${duplicate} ${marksOf(book, ids)}`.trimEnd(),
    ];
  });
}

/**
 * A recommended drug whose label rows change its dose for this patient (tramadol with CrCl < 30, over 75, in
 * cirrhosis): the regimen for this patient is the action; the guideline names the step.
 */
export function adjustedLine(s: OptionStatus, book: EntryCitations, note: KidneyNote): string | undefined {
  const r = s.regimen;
  const entry = OPTION_ENTRY[s.option];
  if (!r || !entry) return undefined;
  const at = (row: (typeof r.rows)[number]) =>
    s.adjustments.findIndex((a) => a.knowledgeId === row.knowledgeId && a.text === row.text);
  const reasons = r.rows
    .map((row) => s.adjustmentReasons[at(row)])
    .filter((x) => x !== undefined)
    .map((x) => note.label(x));
  const perDose =
    r.perDoseMg.min === r.perDoseMg.max ? mg(r.perDoseMg.min) : `${r.perDoseMg.min}-${mg(r.perDoseMg.max)}`;
  const max = r.maxDailyMg !== undefined ? `, maximum ${mg(r.maxDailyMg)}/day` : '';
  return `- ${capitalise(optionName(s))} ${marksOf(book, [entry])}, for this patient: ${perDose} ${r.frequency}${max} (${reasons.join('; ')}) ${marksOf(
    book,
    r.rows.flatMap((x) => (x.knowledgeId ? [x.knowledgeId] : [])),
  )}`;
}

/** The case's label rows for recommended gabapentinoids, beside the guideline dose: "For this patient (CrCl 45): ...". */
export function rowsSentence(statuses: readonly OptionStatus[], book: EntryCitations, note: KidneyNote): string {
  const rows = statuses.flatMap((s) => s.adjustments.map((row, i) => ({ row, reason: s.adjustmentReasons[i] })));
  if (!rows.length) return '';
  const kidney = rows.find((x) => x.reason?.kidney)?.reason;
  const who = kidney ? ` (${note.label({ ...kidney, label: kidneyOnly(kidney.label) })})` : '';
  const ids = rows.flatMap((x) => (x.row.knowledgeId ? [x.row.knowledgeId] : []));
  return ` For this patient${who}: ${rows.map((x) => x.row.text).join(' ')} ${marksOf(book, ids)}`;
}

/** "CrCl 45 < 60" -> "CrCl 45"; "CKD stage 4 (CrCl < 30)" -> "CKD stage 4" (string search: no backtracking). */
function kidneyOnly(label: string): string {
  const cuts = [label.indexOf(' <'), label.indexOf(' (')].filter((i) => i >= 0);
  return cuts.length ? label.slice(0, Math.min(...cuts)) : label;
}

const TRAMADOL_ER = 'label.tramadol-er';

/**
 * "Continue: duloxetine 60 mg daily (at target); exercise therapy (under way)": never "add" or "start". A drug taken
 * above its label's maximum is not continued: it gets its own "Review the dose" line (above-label.ts).
 */
export function continueLine(view: PathwayView, book: EntryCitations | undefined): string | undefined {
  const items: string[] = [];
  const ids: string[] = [];
  const review: string[] = [];
  for (const s of view.options) {
    // taken beside an anticoagulant or antiplatelet: its "Check before continuing" line (caseOptionLines), not this
    if (!CONTINUED.has(s.status) || pairChecks(s).length) continue;
    const entry = OPTION_ENTRY[s.option] ?? `nondrug.${s.option}`;
    if (!hasEntry(entry)) continue;
    if (!OPTION_ENTRY[s.option]) {
      ids.push(entry);
      items.push(`${shortTherapyName(getEntry(entry).text).toLowerCase()} (under way)`);
      continue;
    }
    // extended-release tramadol with CrCl < 30 or liver disease: the case's warnings hold label.tramadol-er
    if (s.option === 'tramadol' && s.record && isExtendedRelease(s.record) && view.warnings.includes(TRAMADOL_ER)) {
      review.push(
        `- Review: ${takenText(s)}: extended-release tramadol is not for CrCl < 30 or severe hepatic impairment ${marksOf(book, [TRAMADOL_ER])}`.trimEnd(),
      );
      continue;
    }
    const over = s.record && labelExcess(s.record);
    if (over) {
      const limit =
        over.overDayMaxMg !== undefined
          ? `above the label maximum of ${mg(over.overDayMaxMg)}/day`
          : `above the label's single-dose maximum of ${mg(over.overDoseMaxMg!)}`;
      review.push(`- Review the dose: ${takenText(s)}: ${limit} ${marksOf(book, [over.knowledgeId])}`.trimEnd());
      continue;
    }
    if (s.above && s.record) {
      const ids = [s.above.row?.knowledgeId ?? entry];
      review.push(
        `- Reduce the dose: ${takenText(s)} is above ${aboveRange({ ...s, above: s.above })} ${marksOf(book, ids)}`.trimEnd(),
      );
      continue;
    }
    if (s.overRow && s.record) {
      review.push(
        `- Reduce the dose: ${takenText(s)} is ${rowExcessText(s.overRow)} ${marksOf(book, [rowId(s.overRow)])}`.trimEnd(),
      );
      continue;
    }
    const neuropathic = aboveNeuropathicTarget(s);
    if (neuropathic !== undefined && s.record) {
      const first = s.kidneyAsk?.kind === 'missing' ? `; check the CrCl (creatinine and weight) first` : '';
      review.push(
        `- Review the dose: ${takenText(s)} is above the label's neuropathic target of ${mg(neuropathic)}/day (no added benefit shown above it)${first} ${marksOf(book, [`label.${s.option}`])}`.trimEnd(),
      );
      continue;
    }
    ids.push(entry);
    const short = s.status === 'current-at-target' && s.weeks !== undefined && isShortTrial(s);
    if (short) ids.push(ADEQUATE_TRIAL_ENTRY);
    const why =
      s.status === 'effective'
        ? 'helping'
        : short
          ? `at target; ${Math.round(s.weeks!)} wk so far, an adequate trial is at least ${ADEQUATE_TRIAL.minWeeks} wk`
          : 'at target';
    items.push(`${takenText(s)} (${why})`);
  }
  const continued = items.length ? `- Continue: ${items.join('; ')} ${marksOf(book, ids)}`.trimEnd() : undefined;
  const lines = [...review, ...(continued ? [continued] : [])];
  return lines.length ? lines.join('\n') : undefined;
}

/**
 * "too often for this patient (CrCl 23 < 30): Tramadol with CrCl < 30: every 12 hours, maximum 200 mg/day": how a
 * regimen taken now breaks this patient's row, and the row. One wording for the plan and the case's lead line.
 */
export function rowExcessText(x: RowExcess): string {
  const how = [x.tooOften ? 'too often' : '', x.perDose ? 'too much a dose' : '', x.daily ? 'too much a day' : '']
    .filter(Boolean)
    .join(' and ');
  return `${how} for this patient (${x.reason.label}): ${x.row.text.replace(/\.$/, '')}`;
}

/** The row's knowledge entry, else the drug's. */
export const rowId = (x: RowExcess): string => x.row.knowledgeId ?? x.reason.knowledgeId;

/** An adequate-dose trial still under the reading's minimum weeks: continued to an adequate trial. */
const isShortTrial = (s: OptionStatus) => s.weeks !== undefined && s.weeks < ADEQUATE_TRIAL.minWeeks;

const RECORDED = 'recorded as contraindicated';

/** A drug taken now whose option the case rules out. */
const takenAndOut = (s: OptionStatus): boolean =>
  OPTION_ENTRY[s.option] !== undefined &&
  s.status === 'not-for-this-patient' &&
  s.record !== undefined &&
  isInUse(s.record);

/**
 * A drug the patient takes now whose option the case rules out: it stops, so its line leads the plan. A reason that
 * only waits for a date ("linezolid stopped, date not given") stops nothing: it asks (takenAwaitingDate).
 */
const takenButRuledOut = (s: OptionStatus): boolean =>
  takenAndOut(s) && s.reasons.some((r) => r.label !== RECORDED && !r.needsDate);

/** A drug taken now ruled out only until a date is given: its line asks when, the drug kept meanwhile. */
const takenAwaitingDate = (s: OptionStatus): boolean =>
  takenAndOut(s) && !takenButRuledOut(s) && s.reasons.some((r) => r.needsDate);

/**
 * The first Do-now lines: each drug the patient takes now that the case rules out ("Stop naproxen 500 mg twice daily:
 * not for this patient (signs of a GI bleed now...) [7]"), strictest reason first (option-rules.ts order). The
 * guideline's next option steps up in the lines below (option-status.ts DONE).
 */
export function stopLines(view: PathwayView, book: EntryCitations | undefined, note: KidneyNote): string[] {
  // both drugs of the pair taken now (a warning between a drug taken and one offered is the offer's own check)
  const takenNow = (option: string) => view.options.some((o) => o.option === option && o.record && isInUse(o.record));
  // either one stopped already by its own Stop line (ruled out for this patient): that line settles the pair
  const stopped = (option: string) => view.options.some((o) => o.option === option && takenButRuledOut(o));
  const oneOnly = DUPLICATE_THERAPY.filter(
    (d) => view.warnings.includes(d.entry) && d.drugs.every(takenNow) && !d.drugs.some(stopped),
  ).map((d) => `- ${d.action} ${marksOf(book, [d.entry])}`.trimEnd());
  const stops = view.options.filter(takenButRuledOut).map((s) => {
    const reasons = s.reasons.filter((r) => r.label !== RECORDED && !r.needsDate);
    // a gabapentinoid or an opioid is tapered, never stopped abruptly (TAPER_RULES); not when a co-medication rules it
    // out (tramadol with an MAOI: contraindicated, reference section 3), where the slow taper does not apply
    const taper = reasons.some((r) => r.coMedication) ? undefined : taperRuleFor(s.record!.drug);
    const ids = [...reasons.map((r) => r.knowledgeId), ...(taper ? [taper.entry] : [])];
    return `- Stop ${takenText(s)}: not for this patient (${reasons.map((r) => note.label(r)).join('; ')})${
      taper ? `; ${taper.rule}` : ''
    } ${marksOf(book, ids)}`.trimEnd();
  });
  const asks = view.options.filter(takenAwaitingDate).map((s) => {
    const reasons = s.reasons.filter((r) => r.needsDate);
    return `- Before continuing ${takenText(s)}: ${reasons.map((r) => note.label(r)).join('; ')} ${marksOf(
      book,
      reasons.map((r) => r.knowledgeId),
    )}`.trimEnd();
  });
  return [...stops, ...asks, ...oneOnly];
}

/**
 * Two drugs taken now that are duplicate therapy (clinical-reference.md section 3): the action leads Do now, not only
 * the safety notes. Example: gabapentin 300 tds with pregabalin 75 bd; counter-example: one of them stopped.
 */
export const DUPLICATE_THERAPY: readonly { entry: string; drugs: readonly string[]; action: string }[] = [
  {
    entry: 'interaction.gabapentin-pregabalin',
    drugs: ['gabapentin', 'pregabalin'],
    action: 'Use only one gabapentinoid: gabapentin with pregabalin is duplicate therapy (same mechanism)',
  },
];

/**
 * One line per drug option ruled out for this patient ("Not for this patient: duloxetine (on an MAOI) [7]"), one for
 * an option whose risks the clinician confirms first, and one naming the trials done with. Shown under "Do now".
 */
export function caseOptionLines(view: PathwayView, book: EntryCitations | undefined, note: KidneyNote): string[] {
  const drugs = view.options.filter((s) => OPTION_ENTRY[s.option] !== undefined);
  const out = drugs
    .filter(
      (s) =>
        s.status === 'not-for-this-patient' &&
        s.reasons.some((r) => r.label !== RECORDED) &&
        !takenButRuledOut(s) &&
        !takenAwaitingDate(s),
    )
    .map((s) => {
      const reasons = s.reasons.filter((r) => r.label !== RECORDED);
      // the rule is the class's: "NSAIDs", whichever NSAID the case named
      const name = s.option === 'nsaid' ? 'NSAIDs' : optionName(s);
      return `- Not for this patient: ${name} (${reasons.map((r) => note.label(r)).join('; ')}) ${marksOf(
        book,
        reasons.map((r) => r.knowledgeId),
      )}`;
    });
  const confirm = drugs
    .filter((s) => (s.status === 'needs-data' && s.missing.includes('confirm')) || pairChecks(s).length)
    .map((s) => {
      // taken now beside an anticoagulant or antiplatelet: the pair's check before it goes on (pairChecks)
      const pair = pairChecks(s);
      // "an NSAID" (a class); a single drug is started by name ("starting duloxetine")
      const what = pair.length
        ? `continuing ${takenText(s)}`
        : s.record
          ? `raising ${takenText(s)}`
          : s.option === 'nsaid'
            ? `an ${optionName(s)}`
            : `starting ${optionName(s)}`;
      const reasons = pair.length ? pair : s.reasons;
      const name = s.option === 'nsaid' ? 'NSAID' : optionName(s);
      const marks = marksOf(
        book,
        reasons.map((r) => r.knowledgeId),
      );
      const risks = reasons.map((r) => note.label(r)).join('; ');
      return `- Check before ${what}: ${risks}${marks ? ` ${marks}` : ''}. If unsuitable, say "${name} contraindicated".`;
    });
  // a gabapentinoid for an older or low-weight patient: its dose waits for a kidney figure the labels' rows can read
  // a missing figure is asked here (an eGFR's caveat is not yet said: the plan's length limit, see the report)
  const asking = drugs.filter((s) => s.kidneyAsk?.kind === 'missing');
  const ask = asking[0]?.kidneyAsk;
  const names = asking.map((s) => optionName(s)).join(' or ');
  const askIds = asking.map((s) => `renal.${s.option}`);
  const kidneyAsk = !ask
    ? []
    : [
        `- Before dosing ${names} (${ask.who}): ask for creatinine and weight (Cockcroft-Gault CrCl) ${marksOf(book, askIds)}`,
      ];
  const done = drugs.flatMap((s) => {
    const name = optionName(s);
    const regimen = s.record?.doseMg !== undefined ? regimenText(s.record).slice(name.length).trim() : '';
    if (s.status === 'failed') {
      const trial = s.weeks !== undefined ? [regimen, `${Math.round(s.weeks)} wk: an adequate trial`] : [regimen];
      const detail = trial.filter(Boolean).join(', ');
      return [
        {
          text: `${name} failed${detail ? ` (${detail})` : ''}`,
          ids: [OPTION_ENTRY[s.option]!, ...(s.weeks !== undefined ? [ADEQUATE_TRIAL_ENTRY] : [])],
        },
      ];
    }
    if (s.status === 'not-tolerated') {
      const effects = s.record?.sideEffects ?? [];
      return [{ text: `${name} not tolerated${effects.length ? ` (${effects.join(', ')})` : ''}`, ids: [] }];
    }
    if (s.status === 'needs-data' && s.missing.includes('duration') && s.record)
      return [
        {
          text: `${name} failed (${[regimen, 'weeks not given'].filter(Boolean).join(', ')})`,
          ids: [ADEQUATE_TRIAL_ENTRY],
        },
      ];
    return [];
  });
  const doneLine = done.length
    ? [
        `- Not offered again: ${done.map((d) => d.text).join('; ')} ${marksOf(
          book,
          done.flatMap((d) => d.ids),
        )}`,
      ]
    : [];
  return [...out, ...confirm, ...kidneyAsk, ...doneLine, ...stoppingLines(drugs, book)].map((l) => l.trimEnd());
}

/** The same lines for the chart note: plain text, no chat citation markers. */
export function caseOptionNote(view: PathwayView): string[] {
  const continued = continueLine(view, undefined);
  const note = new KidneyNote();
  const lines = [
    ...stopLines(view, undefined, note),
    ...(continued ? [continued] : []),
    ...caseOptionLines(view, undefined, note),
  ];
  return lines.length ? ['For this patient:', ...lines] : [];
}

/** "for 3 days", "for 6 wk": how long a regimen has been taken. */
function forText(weeks: number | undefined): string {
  if (weeks === undefined) return '';
  return weeks < 1 ? ` for ${Math.max(1, Math.round(weeks * 7))} days` : ` for ${Math.round(weeks)} wk`;
}

/** Why an open drug option is still open, from its status; undefined when the status leaves it done or ruled out. */
function openDrugText(s: OptionStatus): string | undefined {
  const trial = `at least ${ADEQUATE_TRIAL.minWeeks} weeks`;
  const target = s.targetDailyMg !== undefined ? `${mg(s.targetDailyMg)}/day for ${trial}` : trial;
  switch (s.status) {
    case 'current-below-target':
      return s.record?.prn
        ? `${takenText(s)} is not an adequate trial (${target})`
        : `${takenText(s)}${forText(s.weeks ?? s.record?.durationWeeks)} is below target, not yet an adequate trial (${target})`;
    case 'current-at-target':
      return s.weeks !== undefined && isShortTrial(s)
        ? `${takenText(s)}${forText(s.weeks)} is not yet an adequate trial (${trial})`
        : undefined;
    case 'needs-data':
      return s.missing.includes('confirm')
        ? `${optionName(s)}: its risks to check first`
        : `${optionName(s)}: its ${s.missing.join(' and ')} not given`;
    case 'recommended':
      return s.option === 'nsaid' && !s.record
        ? 'an NSAID at the adequate dose not tried'
        : `${optionName(s)} not tried`;
    default:
      return undefined;
  }
}

/**
 * The options the guideline puts before `option` that the case leaves open, in one short cited line: "duloxetine
 * 30 mg daily for 3 days is below target, not yet an adequate trial (60 mg/day for at least 4 weeks) [1][2];
 * exercise therapy and acupuncture not tried [1]". Untried non-drug therapies are named (at most two) only when
 * none is under way or tried. Undefined when nothing is open.
 */
export function openOptionsText(view: PathwayView, option: OptionId, book: EntryCitations): string | undefined {
  const at = (DRUG_OPTIONS as readonly OptionId[]).indexOf(option);
  if (at < 0) return undefined;
  const earlier = new Set<OptionId>(DRUG_OPTIONS.slice(0, at));
  const parts: string[] = [];
  for (const s of view.options) {
    if (!earlier.has(s.option)) continue;
    const text = openDrugText(s);
    const entry = OPTION_ENTRY[s.option];
    if (text) parts.push(`${text} ${marksOf(book, entry ? [entry] : [])}`.trimEnd());
  }
  const therapies = view.options.filter((s) => !OPTION_ENTRY[s.option] && hasEntry(`nondrug.${s.option}`));
  const untried = therapies.filter((s) => s.status === 'recommended');
  if (untried.length && !therapies.some((s) => s.status === 'current-at-target' || s.status === 'failed')) {
    const ids = untried.slice(0, 2).map((s) => `nondrug.${s.option}`);
    const names = ids.map((id) => shortTherapyName(getEntry(id).text).toLowerCase());
    parts.push(`${names.join(' and ')} not tried ${marksOf(book, ids)}`.trimEnd());
  }
  return parts.length ? parts.join('; ') : undefined;
}
