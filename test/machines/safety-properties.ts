import type { CaseFacts, Medication } from '../../src/clinical/case/case-facts.js';
import type { PathwayView } from '../../machines/pathway-view.js';

/**
 * The safety properties, written independently of machines/ (own dose numbers read from the guideline
 * text, own notion of "in use"), so a wrong guard in the machine shows up as a violation here.
 * Returns the list of violated property names (empty = safe).
 */
const GUIDELINE_ADEQUATE_DAILY = { naproxen: 500 * 2, ibuprofen: 600 * 3 } as const; // "500 mg twice daily", "600-800 mg three times daily"
const OPIOIDS = [
  'tramadol',
  'codeine',
  'fentanyl',
  'hydrocodone',
  'hydromorphone',
  'methadone',
  'morphine',
  'oxycodone',
  'oxymorphone',
  'tapentadol',
  'buprenorphine',
];
const STOPPED = ['ineffective', 'not-tolerated', 'contraindicated'];

const inUse = (m: Medication) => !STOPPED.includes(m.outcome ?? '');
const using = (f: CaseFacts, drugs: string[]) => f.medications.some((m) => inUse(m) && drugs.includes(m.drug));

function nsaidBelowAdequateOnly(f: CaseFacts): boolean {
  const nsaids = f.medications.filter((m) => ['naproxen', 'ibuprofen', 'other-nsaid'].includes(m.drug));
  if (nsaids.some((m) => m.outcome === 'not-tolerated' || m.outcome === 'contraindicated')) return false;
  return nsaids.every((m) => {
    const adequate = GUIDELINE_ADEQUATE_DAILY[m.drug as keyof typeof GUIDELINE_ADEQUATE_DAILY];
    const daily = m.doseMg !== undefined && m.timesPerDay !== undefined ? m.doseMg * m.timesPerDay : undefined;
    return adequate === undefined || daily === undefined || daily < adequate || m.prn === true;
  });
}

/**
 * The NSAID option held back by the case (clinical-reference.md section 2, "All NSAIDs"), read here apart from
 * machines/: ruled out (CrCl or eGFR < 30, CKD stage 4-5, liver disease, heart failure, recent CABG, an anticoagulant
 * or antiplatelet with a prior GI bleed), or to confirm first (also age > 65, CKD or CrCl < 60, an anticoagulant or
 * antiplatelet, a prior GI bleed, cardiovascular disease).
 */
function kidneyBelow(f: CaseFacts, limit: number): boolean {
  const crcl = f.renal?.crcl ?? f.renal?.egfr;
  if (crcl !== undefined) return crcl < limit;
  const stage = f.renal?.ckdStage ?? 0;
  return limit <= 30 ? stage >= 4 : limit <= 60 ? stage >= 3 : false;
}
const has = (f: CaseFacts, c: keyof CaseFacts['conditions']) => f.conditions[c] === 'yes';
const onBloodThinner = (f: CaseFacts) =>
  f.medications.some(
    (m) =>
      ['anticoagulant', 'antiplatelet'].includes(m.drug) &&
      !['not-tolerated', 'contraindicated'].includes(m.outcome ?? ''),
  );
export function nsaidRuledOut(f: CaseFacts): boolean {
  return (
    kidneyBelow(f, 30) ||
    has(f, 'liver-disease') ||
    has(f, 'heart-failure') ||
    has(f, 'recent-cabg') ||
    // signs of a GI bleed now (black stools, vomiting blood): the NSAIDs' boxed warning (reference section 2)
    has(f, 'gi-bleed-now') ||
    (onBloodThinner(f) && has(f, 'gi-bleed-history'))
  );
}
/**
 * Duloxetine held for the clinician's check: narrow-angle glaucoma said to be controlled (reference section 2 avoids
 * it only when uncontrolled), offered as "check before starting duloxetine".
 */
function duloxetineHeldBack(f: CaseFacts): boolean {
  return has(f, 'narrow-angle-glaucoma-controlled');
}

function nsaidHeldBack(f: CaseFacts): boolean {
  return (
    nsaidRuledOut(f) ||
    (f.age ?? 0) > 65 ||
    has(f, 'ckd') ||
    kidneyBelow(f, 60) ||
    onBloodThinner(f) ||
    has(f, 'gi-bleed-history') ||
    has(f, 'cardiovascular-disease')
  );
}

/** The case's answer to "how many weeks at that dose?" for the drug's group (adequate-trial.ts reads it the same way). */
function caseTrialWeeks(f: CaseFacts, drug: string): number | undefined {
  if (drug === 'duloxetine') return f.duloxetineTrialWeeks;
  if (drug === 'tramadol') return f.tramadolTrialWeeks;
  return ['naproxen', 'ibuprofen', 'other-nsaid'].includes(drug) ? f.nsaidTrialWeeks : undefined;
}

/**
 * A drug at its adequate dose for less than 4 weeks (the reference's adequate-trial reading): continued to an adequate
 * trial, whatever the first weeks brought ("naproxen 500 bid started last week, didn't help").
 */
function trialUnderWay(f: CaseFacts): boolean {
  const adequate: Record<string, number> = { ...GUIDELINE_ADEQUATE_DAILY, duloxetine: 60 };
  return f.medications.some((m) => {
    const target = adequate[m.drug];
    const daily = m.doseMg !== undefined ? m.doseMg * (m.timesPerDay ?? (m.drug === 'duloxetine' ? 1 : 0)) : 0;
    const stopped = m.outcome === 'not-tolerated' || m.outcome === 'contraindicated';
    // weeks written with the drug, else the case's answer to "how many weeks at that dose?"
    const weeks = m.durationWeeks ?? caseTrialWeeks(f, m.drug) ?? 99;
    // tramadol: the guideline gives a range (50-100 mg every 6-8 hours) and the pathway asks no dose, so any regimen
    // counts as at the dose; its trial is read like the others (seed 111866 found the oracle missing it)
    const atDose = m.drug === 'tramadol' || (target !== undefined && daily >= target);
    return atDose && !stopped && m.prn !== true && weeks < 4;
  });
}

/** Critical pitfall (1): no opioid "without adequate trial of duloxetine" (60 mg daily) unless it cannot be used. */
function duloxetineAdequatelyTried(f: CaseFacts): boolean {
  return f.medications.some(
    (m) =>
      m.drug === 'duloxetine' &&
      (m.outcome === 'not-tolerated' ||
        m.outcome === 'contraindicated' ||
        ((m.outcome === 'ineffective' ||
          m.outcome === 'partial' ||
          (m.outcome === 'current' && f.improvedSinceLastVisit === 'no')) &&
          (m.doseMg ?? 0) * (m.timesPerDay ?? 1) >= 60 &&
          m.prn !== true)),
  );
}

function nonDrugTriedCount(f: CaseFacts): number {
  return new Set(
    f.nonDrugTherapies.filter((t) => t.status === 'tried-no-benefit' || t.status === 'partial').map((t) => t.therapy),
  ).size;
}

/**
 * The view recommends starting an opioid: a line of the prescribing framework. The framework's reassessment rule for
 * an opioid the patient already takes (step opioidInUse) is its review, not a start.
 */
export function startsOpioid(v: Pick<PathwayView, 'recommendations' | 'activeSteps'>): boolean {
  const onOpioid = v.activeSteps.includes('opioidInUse');
  return v.recommendations.some(
    (id) => id.startsWith('opioid.framework.') && !(onOpioid && id === 'opioid.framework.reassess'),
  );
}

export function safetyViolations(f: CaseFacts, v: PathwayView): string[] {
  const bad: string[] = [];
  const recs = v.recommendations;
  const redFlag = f.redFlags.length > 0 || f.redFlagScreen === 'yes';
  const inCare = v.status === 'active' && !v.activeSteps.includes('redFlagScreen');

  const opioidStart = startsOpioid(v);
  // the guideline's four conditions are listed (reference v2 adds its own: sedatives, red-flag screen), all met
  const allGateFacts =
    ['documented-failure', 'nondrug-tried', 'risk-assessment', 'discussion'].every((id) =>
      v.gate.conditions.some((c) => c.id === id),
    ) && v.gate.conditions.every((c) => c.met);
  if (opioidStart && !(allGateFacts && f.opioidRiskAssessment === 'yes' && f.opioidDiscussion === 'yes'))
    bad.push('opioid-start-without-gate');
  if (opioidStart && nsaidBelowAdequateOnly(f)) bad.push('opioid-start-with-nsaid-below-adequate');
  if (opioidStart && !duloxetineAdequatelyTried(f)) bad.push('opioid-start-without-duloxetine-trial');
  if (opioidStart && nonDrugTriedCount(f) < 2) bad.push('opioid-start-without-multiple-nondrug');
  if (v.gate.open && !allGateFacts) bad.push('gate-open-with-unmet-condition');

  if (recs.some((id) => /benzodiazepine|corticosteroid|acetaminophen/.test(id))) bad.push('forbidden-drug-recommended');
  if (recs.some((id) => id.startsWith('avoid.'))) bad.push('avoid-id-as-recommendation');

  if (redFlag) {
    const expected = ['redflag.urgent-evaluation', ...f.redFlags.map((r) => `redflag.${r}`)];
    if (v.status !== 'urgent' || JSON.stringify(recs) !== JSON.stringify(expected) || v.warnings.length > 0)
      bad.push('red-flag-not-urgent-only');
    return bad;
  }
  if (v.status === 'urgent') bad.push('urgent-without-red-flag');

  if (recs.includes('radicular.mri') && (f.radicular !== 'yes' || f.priorMri === 'yes'))
    bad.push('mri-when-not-indicated');
  if (inCare && f.radicular === 'yes') {
    const excluded = (d: string) =>
      f.medications.some(
        (m) => m.drug === d && ['not-tolerated', 'contraindicated', 'ineffective'].includes(m.outcome ?? ''),
      );
    const gabapentinoidPossible = !excluded('gabapentin') || !excluded('pregabalin');
    // one taken now is continued or raised (its option status), not offered again as a start
    const offered = recs.includes('radicular.gabapentin') || recs.includes('radicular.pregabalin');
    if (gabapentinoidPossible && !using(f, ['gabapentin', 'pregabalin']) && !offered)
      bad.push('radicular-without-gabapentinoid');
    if (f.priorMri === 'no' && !recs.includes('radicular.mri')) bad.push('radicular-mri-missing');
  }

  if (nsaidBelowAdequateOnly(f)) {
    if (v.gate.conditions.find((c) => c.id === 'documented-failure')?.met)
      bad.push('nsaid-failure-declared-below-dose');
    // a case that rules the NSAID out lets the next option step up; one with NSAID risks asks to confirm first
    if (recs.includes('escalation.tramadol') && !nsaidRuledOut(f)) bad.push('tramadol-before-nsaid-failure');
    const nsaidHelping = f.medications.some(
      (m) => ['naproxen', 'ibuprofen', 'other-nsaid'].includes(m.drug) && m.outcome === 'effective',
    );
    if (inCare && !nsaidHeldBack(f) && !nsaidHelping && !recs.includes('escalation.nsaid-adequate-dose'))
      bad.push('nsaid-optimisation-missing');
  }

  if (inCare) {
    const apapOnly =
      using(f, ['acetaminophen']) &&
      !f.medications.some(
        (m) =>
          inUse(m) &&
          ['naproxen', 'ibuprofen', 'other-nsaid', 'duloxetine', 'gabapentin', 'pregabalin', ...OPIOIDS].includes(
            m.drug,
          ),
      );
    if (apapOnly && !v.warnings.includes('avoid.acetaminophen-monotherapy'))
      bad.push('acetaminophen-monotherapy-unflagged');
    // an NSAID with risks to confirm first is offered as that check (the step reply's "check first" line)
    const offersAlternative =
      recs.some(
        (id) => id.startsWith('escalation.') || id.startsWith('radicular.') || id === 'pitfall.continuing-ineffective',
      ) ||
      (nsaidHeldBack(f) && !nsaidRuledOut(f)) ||
      duloxetineHeldBack(f) ||
      trialUnderWay(f);
    if (apapOnly && !offersAlternative) bad.push('acetaminophen-left-as-monotherapy');
    const w = v.warnings;
    if (using(f, ['duloxetine']) && using(f, ['tramadol']) && !w.includes('interaction.duloxetine-tramadol'))
      bad.push('duloxetine-tramadol-unwarned');
    if (using(f, OPIOIDS) && using(f, ['benzodiazepine']) && !w.includes('interaction.opioid-benzodiazepine'))
      bad.push('opioid-benzo-unwarned');
    if (using(f, OPIOIDS) && using(f, ['gabapentin', 'pregabalin']) && !w.includes('interaction.opioid-gabapentinoid'))
      bad.push('opioid-gabapentinoid-unwarned');
    if (opioidStart && using(f, ['benzodiazepine']) && !w.includes('interaction.opioid-benzodiazepine'))
      bad.push('opioid-start-benzo-unwarned');
  }

  if (v.nextMissing !== v.missing[0]) bad.push('next-missing-not-first');
  if (v.missing.some((k) => f.skipped.includes(k))) bad.push('skipped-key-asked');
  return bad;
}
