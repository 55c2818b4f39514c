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

export function safetyViolations(f: CaseFacts, v: PathwayView): string[] {
  const bad: string[] = [];
  const recs = v.recommendations;
  const redFlag = f.redFlags.length > 0 || f.redFlagScreen === 'yes';
  const inCare = v.status === 'active' && !v.activeSteps.includes('redFlagScreen');

  const opioidStart = recs.some((id) => id.startsWith('opioid.framework.'));
  const allGateFacts = v.gate.conditions.length === 4 && v.gate.conditions.every((c) => c.met);
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
    if (gabapentinoidPossible && !recs.includes('radicular.gabapentin') && !recs.includes('radicular.pregabalin'))
      bad.push('radicular-without-gabapentinoid');
    if (f.priorMri === 'no' && !recs.includes('radicular.mri')) bad.push('radicular-mri-missing');
  }

  if (nsaidBelowAdequateOnly(f)) {
    if (v.gate.conditions.find((c) => c.id === 'documented-failure')?.met)
      bad.push('nsaid-failure-declared-below-dose');
    if (recs.includes('escalation.tramadol')) bad.push('tramadol-before-nsaid-failure');
    if (inCare && !recs.includes('escalation.nsaid-adequate-dose')) bad.push('nsaid-optimisation-missing');
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
    const offersAlternative = recs.some(
      (id) => id.startsWith('escalation.') || id.startsWith('radicular.') || id === 'pitfall.continuing-ineffective',
    );
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
