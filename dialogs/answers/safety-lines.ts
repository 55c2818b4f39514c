import { BREACH_KINDS } from '../../src/clinical/knowledge/dose-check-types.js';
import type { Answer, AnswerLine } from './answer-message.js';
import { regimenMme } from './calculator-answers.js';
import { type Finding, findingLine, SEVERITY_RANK } from './interactions.js';
import { interactionFindings } from './interactions.js';
import { notTakenAt } from './not-taken.js';
import { fmt } from './number-format.js';
import { capital } from '../capital.js';
import { DRUG_PLANS } from './drug-plans.js';
import { entryLine } from './knowledge-lines.js';
import { checkDose, type DrugId, type DrugMention, dosingFor, drugNames, isDosedDrug } from './ports.js';
import { type QuestionContext, readContext, withQuestion } from './question-context.js';
import type { Medication } from '../../src/clinical/case/case-facts.js';
import { labelBoxedWarning, naloxoneLine, riskHistory } from './tablet-mme.js';

/**
 * The safety checks every drug answer carries, in one place (the specialised opioid answers use it: an increase, a
 * taper or a failed opioid, a score review): each dosed regimen against its label maximum and this patient's caps
 * (checkDose; clinical-reference.md section 2), the interaction pairs among the drugs taken, the opioid +
 * benzodiazepine one labelled as the boxed warning it is (section 3), the guideline's avoid rule for a drug taken that
 * it says to avoid (benzodiazepines), the MME of the opioids taken, and the naloxone
 * line with every reason the question meets (section 4). `flags` are the headline's findings, strictest first.
 */
export interface DrugSafety {
  /** Findings that rule out or breach a limit: shown before the answer's own lines. */
  lead: AnswerLine[];
  /** The MME and naloxone lines: shown after them. */
  tail: AnswerLine[];
  flags: string[];
  total?: number;
}

/** Interaction severities strict enough to carry into a headline: contraindicated, boxed warning, avoid. */
const HEADLINE_SEVERITIES: ReadonlySet<string> = new Set(
  SEVERITY_RANK.filter((r) => r.severity !== 'warning').map((r) => r.severity),
);

/** The strictest finding a headline carries (contraindicated, boxed warning, avoid), if any. */
export const strictFinding = (findings: readonly Finding[]): Finding | undefined =>
  findings.find((f) => HEADLINE_SEVERITIES.has(f.severity));

/** "contraindicated: tramadol + linezolid", "boxed warning: oxycodone + diazepam". */
export function pairFlag(f: Finding): string {
  const word = SEVERITY_RANK.find((r) => r.severity === f.severity)!.headline;
  const [a, b] = f.pair;
  return a && b ? `${word}: ${a} + ${b}` : word;
}

/**
 * The safety lines for the drugs a question says the patient takes. `mentions`: the patient's regimens as the answer
 * reads them (an increase passes the proposed one in place of the current); a mention said not taken is left out.
 * `total`: the MME the answer already worked out, else the opioid regimens' own. `known`: the open case's context and
 * held medicines, read when the question does not say them.
 */
export function drugSafety(
  lower: string,
  mentions: readonly DrugMention[],
  total?: number,
  known?: { ctx: QuestionContext; held: readonly Medication[] },
): DrugSafety {
  const said = mentions.filter((m) => !notTakenAt(lower, m.start, m.end));
  // a drug said again without its dose ("oxycodone 10 qid ... tapering the oxy") is the dosed regimen said before
  const dosed = (m: DrugMention) => m.doseMg !== undefined || m.dailyMg !== undefined;
  const taken = said.filter((m) => dosed(m) || !said.some((o) => o.drug === m.drug && dosed(o)));
  // the open case's facts (kidneys, age) when the question gives none, and the medicines it holds, pair too
  const drugs = [...new Set([...taken.map((m) => m.drug), ...(known?.held ?? []).map((h) => h.drug)])];
  const ctx = known ? withQuestion(known.ctx, readContext(lower)) : readContext(lower);
  const lead: AnswerLine[] = [];
  const flags: string[] = [];
  // interaction pairs, strictest first; the strict ones carried into the headline
  // each drug named as typed ("diazepam", not its class)
  const typed = (d: DrugId): string => taken.find((m) => m.drug === d)?.matched.toLowerCase() ?? drugNames(d).generic;
  const findings = interactionFindings(drugs, ctx.crcl, [], typed);
  const strict = strictFinding(findings);
  if (strict) flags.push(pairFlag(strict));
  // each dosed regimen against the label maximum and this patient's caps
  for (const m of taken) {
    if (!isDosedDrug(m.drug) || m.doseMg === undefined || m.timesPerDay === undefined) continue;
    const check = checkDose(m.drug, m.doseMg, m.timesPerDay, ctx);
    if (check.verdict === 'absurd') continue;
    const breaches = check.findings.filter((f) => BREACH_KINDS.includes(f.kind));
    if (!breaches.length) continue;
    const name = drugNames(m.drug).generic;
    const { source, review } = entryLine(dosingFor(m.drug).label.knowledgeId);
    flags.push(`${name} ${fmt(check.dailyMg)} mg/day ${breaches[0]!.text}`);
    for (const b of breaches)
      lead.push({
        label: capital(name),
        text: b.note ?? `${fmt(check.dailyMg)} mg/day is ${b.text}.`,
        ...(source ? { source, ...(review ? { review } : {}) } : {}),
      });
  }
  lead.push(...labelBoxedWarning(findings.map(findingLine)));
  // a drug taken that the guideline says to avoid (benzodiazepines, systemic corticosteroids): its own rule, cited
  for (const d of drugs) {
    const plan = DRUG_PLANS[d];
    if (plan.kind === 'avoid' && plan.lines[0]) lead.push(entryLine(...plan.lines[0]));
  }
  // the MME of the opioids taken (when the answer has not worked it out), then naloxone with all its reasons
  const opioids = taken.filter((m) => drugNames(m.drug).drugClass === 'opioid');
  const mme = total === undefined && opioids.length ? regimenMme(opioids, lower) : undefined;
  const sum = total ?? mme?.total;
  const tail = (mme?.lines ?? []).filter((l) => !l.label?.startsWith('Naloxone'));
  const naloxone = naloxoneLine(sum, taken, riskHistory(lower));
  if (naloxone) {
    tail.push(naloxone);
    flags.push('offer naloxone');
  }
  return { lead, tail, flags, ...(sum !== undefined ? { total: sum } : {}) };
}

/**
 * An answer with its safety findings: the strict interaction and dose findings lead its lines and its headline (in
 * turn after its title, strictest first), the MME and naloxone lines follow them. Unchanged when none applies.
 */
export function withSafety(answer: Answer, safety: DrugSafety): Answer {
  const seen = new Set(answer.lines.map((l) => l.text));
  const fresh = (ls: AnswerLine[]) => ls.filter((l) => !seen.has(l.text) && seen.add(l.text));
  const lead = fresh(safety.lead);
  const tail = fresh(safety.tail);
  const flags = safety.flags.filter((f) => !answer.title.includes(f));
  return {
    ...answer,
    title: [answer.title, ...flags].join('; '),
    lines: [...lead, ...answer.lines, ...tail],
  };
}

export type { DrugId };
