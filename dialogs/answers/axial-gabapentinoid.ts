import { BREACH_KINDS } from '../../src/clinical/knowledge/dose-check-types.js';
import { drugNames } from '../../src/clinical/knowledge/drug-catalogue.js';
import { extractCaseFacts } from '../../src/clinical/language/index.js';
import type { OutputMessage } from '../turn-types.js';
import { mayStillBeTaken } from '../../src/clinical/case/medication-facts.js';
import { taperRuleFor } from '../../src/clinical/knowledge/case-readings.js';
import { type AnswerLine, renderAnswer } from './answer-message.js';
import { appliedAdjustmentLines } from './adjustment-lines.js';
import { interactionLines } from './interactions.js';
import { entryLine, entryLines } from './knowledge-lines.js';
import { fmt } from './number-format.js';
import { checkDose, type DrugMention, headlineParts } from './ports.js';
import { readContext } from './question-context.js';

/** The gabapentinoids' guideline lines: the radicular branch only (guideline: assessment for radicular component). */
const RADICULAR_LINE = { gabapentin: 'radicular.gabapentin', pregabalin: 'radicular.pregabalin' } as const;

/** What the guideline offers for axial pain after initial therapy: duloxetine, an NSAID at an adequate dose. */
const AXIAL_OPTIONS = ['escalation.duloxetine', 'escalation.nsaid-adequate-dose'] as const;

/**
 * A gabapentinoid asked for axial pain ("gabapentin for axial back pain, no leg sx?", "lyrica for non-radicular
 * LBP?"): the guideline places gabapentinoids in the radicular branch, so the answer says that and gives the axial
 * options, never the dose as if it applied. Undefined when another drug is asked too or radicular pain is not denied.
 */
export function axialGabapentinoidMessage(
  text: string,
  mentions: readonly DrugMention[],
  receivedAt: string,
): OutputMessage | undefined {
  const asked = axialGabapentinoidAsked(text, mentions, receivedAt);
  if (!asked) return undefined;
  const { drug, others, patch } = asked;
  const lower = text.toLowerCase();
  const name = drugNames(drug).generic;
  // taken now ("repeat Rx pregabalin ... done nothing in 5 months"): not continued if ineffective, and tapered
  // (a dose or a length said of it, not the bare name asked about)
  const taken = patch.medications?.find(
    (m) => m.drug === drug && mayStillBeTaken(m) && (m.doseMg !== undefined || m.durationWeeks !== undefined),
  );
  const taper = taperRuleFor(drug);
  // said to help ("really helping her"): no "do not continue ineffective medications"
  const takenLines: AnswerLine[] = taken
    ? [
        ...(taken.outcome === 'effective' ? [] : [entryLine('pitfall.continuing-ineffective')]),
        ...(taper
          ? [{ ...entryLine(taper.entry), label: 'Taken now', text: `${name} taken now: if stopping, ${taper.rule}.` }]
          : []),
      ]
    : [];
  // the dose taken, or the one prescribed or asked ("Rx gabapentin 300 tds ... eGFR 22"), checked as the dose answer does
  const dosed = taken ?? mentions.find((m) => m.drug === drug && m.doseMg !== undefined);
  const dose = dosed ? doseFindings(drug, dosed, lower) : undefined;
  const pairs = others.length ? interactionLines([drug, ...new Set(others.map((m) => m.drug))]) : [];
  return renderAnswer({
    title: `${name.charAt(0).toUpperCase()}${name.slice(1)}: not for axial pain; the guideline places gabapentinoids in the radicular branch${dose?.title ?? ''}`,
    lines: [
      ...pairs,
      ...(dose?.lines ?? []),
      ...takenLines,
      ...entryLines(['radicular.assess', RADICULAR_LINE[drug]]).map((l) => ({ ...l, label: 'Radicular branch' })),
      ...entryLines(AXIAL_OPTIONS).map((l) => ({ ...l, label: 'For axial pain' })),
    ],
  });
}

/**
 * The gabapentinoid asked about for axial pain: named first, radicular pain denied, and any other drug only as a
 * co-medication ("pregabalin 300 bd for axial LBP ... on oxycodone 10 qid too - stop it?": its pairs are said; a
 * drug asked about is another question). The drug route answers it before any guideline row (answer-routes.ts).
 */
export function axialGabapentinoidAsked(text: string, mentions: readonly DrugMention[], receivedAt: string) {
  const drug = mentions[0]?.drug;
  if (drug !== 'gabapentin' && drug !== 'pregabalin') return undefined;
  const lower = text.toLowerCase();
  const others = mentions.filter((m) => m.drug !== drug);
  if (others.some((m) => !coMedication(lower, m))) return undefined;
  const patch = extractCaseFacts(text, receivedAt).patch;
  return patch.radicular === 'no' ? { drug, others, patch } : undefined;
}

/**
 * A drug named as one also taken, after the drug asked about: "on oxycodone 10 qid too", "also takes sertraline",
 * "plus oxycodone 10 qid as well". Never one proposed ("switch to oxycodone", "add duloxetine?").
 */
const CO_MEDICATION_BEFORE = /\b(?:(?:also|too|and|plus) )?(?:on|taking|takes|plus)\s$/;
const CO_MEDICATION_AFTER = /^[^,;.?]{0,24}\b(?:too|as well|also)\b/;
function coMedication(lower: string, m: DrugMention): boolean {
  return (
    CO_MEDICATION_BEFORE.test(lower.slice(Math.max(0, m.start - 12), m.start)) ||
    CO_MEDICATION_AFTER.test(lower.slice(m.end, m.end + 32))
  );
}

/**
 * The dose said above a limit ("pregabalin 300 bd ... eGFR 20"): the same check as the drug's dose answer, so the
 * axial answer never drops a renal cap. The title carries a limit this patient must keep (a breach, the patient's own
 * maximum); every "above" finding, and the adjustment that sets the patient's limit, are lines.
 */
function doseFindings(
  drug: 'gabapentin' | 'pregabalin',
  taken: { doseMg?: number | undefined; timesPerDay?: number | undefined },
  lower: string,
): { title: string; lines: AnswerLine[] } | undefined {
  if (taken.doseMg === undefined || taken.timesPerDay === undefined) return undefined;
  const ctx = readContext(lower);
  const check = checkDose(drug, taken.doseMg, taken.timesPerDay, ctx);
  if (check.verdict === 'absurd') return undefined;
  const above = headlineParts(check).filter((p) => /\babove\b/.test(p.text));
  if (above.length === 0) return undefined;
  const daily = `${fmt(check.dailyMg)} mg/day`;
  const limits = check.findings.filter(
    (f) => /\babove\b/.test(f.text) && (BREACH_KINDS.includes(f.kind) || f.kind === 'patient-tier'),
  );
  return {
    title: limits.length ? `; ${daily} is ${limits.map((p) => p.text).join('; ')}` : '',
    lines: [
      {
        label: 'Dose',
        text: `${drugNames(drug).generic} ${fmt(check.doseMg)} mg x ${fmt(check.timesPerDay)}/day = ${daily}: ${above.map((p) => p.text).join('; ')}.`,
      },
      ...appliedAdjustmentLines(drug, ctx),
    ],
  };
}
