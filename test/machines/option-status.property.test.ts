import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stepMessage } from '../../dialogs/walkthrough/step-message.js';
import { evaluatePathway } from '../../machines/pathway.js';
import type { PathwayView } from '../../machines/pathway-view.js';
import { caseFactsSchema, type CaseFacts } from '../../src/clinical/case/case-facts.js';
import {
  isOffered,
  pairChecks,
  type OptionStatus,
  type OptionStatusKind,
} from '../../src/clinical/case/option-status.js';
import { caseFactsArbitrary } from './case-arbitrary.js';
import { nsaidRuledOut } from './safety-properties.js';

/**
 * Issue 13, done when: "no 'Do now' line recommends a drug the case holds as contraindicated, at target or failed".
 * Over generated cases (the shared generator, plus co-medications, kidney numbers and conditions that rule options
 * out), every "Do now" line of the step reply is read as text: a drug it names (outside a condition such as
 * "when duloxetine and NSAIDs are contraindicated") must be an option the case leaves open, and a drug the patient
 * keeps taking is named only as "Continue". The ids the statechart recommends agree with the option statuses, and
 * an independent reading of the reference's rule-outs (written here, not taken from the code) never meets an offer.
 */

const RUNS = 1500;

const tri = fc.constantFrom('yes' as const, 'no' as const);
const extras = fc.record({
  coMeds: fc.subarray(['maoi', 'ssri', 'other-snri', 'fluvoxamine', 'anticoagulant', 'antiplatelet', 'tricyclic'], {
    maxLength: 2,
  }),
  kidney: fc.option(
    fc.oneof(
      fc.record({ egfr: fc.integer({ min: 10, max: 90 }) }),
      fc.record({ crcl: fc.integer({ min: 10, max: 90 }) }),
      fc.record({ ckdStage: fc.integer({ min: 1, max: 5 }) }),
    ),
    { nil: undefined },
  ),
  conditions: fc.record(
    { 'heart-failure': tri, 'liver-disease': tri, 'gi-bleed-history': tri, 'heavy-alcohol': tri, 'recent-cabg': tri },
    { requiredKeys: [] },
  ),
  age: fc.option(fc.integer({ min: 40, max: 90 }), { nil: undefined }),
});

const casesArbitrary: fc.Arbitrary<CaseFacts> = fc.tuple(caseFactsArbitrary, extras, fc.boolean()).map(([f, x, add]) =>
  add
    ? caseFactsSchema.parse({
        ...f,
        ...(x.age !== undefined ? { age: x.age } : {}),
        ...(x.kidney ? { renal: x.kidney } : {}),
        conditions: { ...f.conditions, ...x.conditions },
        medications: [...f.medications, ...x.coMeds.map((drug) => ({ drug, outcome: 'current' }))],
      })
    : f,
);

/** How a "Do now" line names each drug option (a guideline line names NSAIDs by class or by its examples). */
const NAMES: Record<string, RegExp> = {
  nsaid: /\b(?:nsaids?|naproxen|ibuprofen)\b/i,
  duloxetine: /\bduloxetine\b/i,
  tramadol: /\btramadol\b/i,
  gabapentin: /\bgabapentin\b/i,
  pregabalin: /\bpregabalin\b/i,
};

/**
 * Label maxima read here from clinical-reference.md section 2, apart from the code: [mg a day, mg a dose]. A drug the
 * patient takes above them is named on a "Review the dose" line instead of "Continue".
 */
const LABEL_MAX: Record<string, [number, number?]> = {
  duloxetine: [120],
  naproxen: [1500],
  ibuprofen: [3200, 800],
  tramadol: [400],
  gabapentin: [3600],
};
/** Reference section 2: "no added benefit above 60 mg" (duloxetine), the label's 1,800 mg/day target (gabapentin). */
const NO_ADDED_BENEFIT_ABOVE: Record<string, number> = { duloxetine: 60, gabapentin: 1800 };
function aboveLabel(s: OptionStatus): boolean {
  const m = s.record;
  const max = m && LABEL_MAX[m.drug];
  if (!m || !max || m.doseMg === undefined || m.timesPerDay === undefined) return false;
  const daily = m.doseMg * m.timesPerDay;
  const noGain = NO_ADDED_BENEFIT_ABOVE[m.drug];
  return daily > max[0] || (max[1] !== undefined && m.doseMg > max[1]) || (noGain !== undefined && daily > noGain);
}

/** Never named as an action; the patient's own drugs are named only on the "Continue" line. */
const NEVER: ReadonlySet<OptionStatusKind> = new Set(['not-for-this-patient', 'failed', 'not-tolerated']);
const CONTINUE_ONLY: ReadonlySet<OptionStatusKind> = new Set(['current-at-target', 'effective']);

function doNow(text: string): string[] {
  // "**Do now**", or "**Do now (once the red-flag screen is clear)**" while the screen is not stated
  const block = text.split(/\*\*Do now[^*]*\*\*/)[1] ?? '';
  return block
    .trim()
    .split('\n\n')[0]!
    .split('\n')
    .filter((l) => l.startsWith('- '));
}

/**
 * The part of a line that recommends: a condition ("when ...", "if ...") names drugs without offering them, and a
 * warning the line carries (after its warning sign: "Opioid + gabapentin or pregabalin: ...") names the drug it warns
 * about.
 */
/**
 * How a drug taken at target is named: "Continue", "Review the dose" above the label, "Reduce the dose" for a
 * gabapentinoid above this patient's kidney range or a regimen past one of this patient's label rows (kidney, age,
 * liver: too often or too much a day), as its status says.
 */
const continuedAs = (s: OptionStatus) =>
  // above this patient's kidney range is the stricter finding, said first
  s.above
    ? '- Reduce the dose:'
    : aboveLabel(s)
      ? '- Review the dose:'
      : s.overRow
        ? '- Reduce the dose:'
        : '- Continue:';

const acting = (line: string) => line.split('⚠️')[0]!.split(/\b(?:when|if) /)[0]!;

function doNowProblems(view: PathwayView): string[] {
  if (view.status === 'urgent') return [];
  const text = stepMessage({ label: 'A', view }).text;
  const lines = doNow(text);
  const problems: string[] = [];
  for (const s of view.options) {
    const name = NAMES[s.option];
    if (!name) continue;
    // taken beside an anticoagulant or antiplatelet: checked before it is continued, never continued as it is
    if (pairChecks(s).length && CONTINUE_ONLY.has(s.status)) {
      if (!text.includes('- Check before continuing')) problems.push(`${s.option} ${s.status}: pair not checked`);
      if (lines.some((l) => l.startsWith(continuedAs(s)) && name.test(l)))
        problems.push(`${s.option} ${s.status} continued despite its pair check`);
      continue;
    }
    for (const line of lines) {
      // "Stop duloxetine ...: not for this patient (reason)", "Use only one gabapentinoid": lines that take a drug
      // away (a drug taken now that the case rules out; a duplicate pair), never offer it
      if (line.startsWith('- Stop ') || line.startsWith('- Use only one ')) continue;
      const isContinue = line.startsWith(continuedAs(s));
      if (!name.test(isContinue ? line : acting(line))) continue;
      if (NEVER.has(s.status)) problems.push(`${s.option} ${s.status}: ${line}`);
      if (CONTINUE_ONLY.has(s.status) && !isContinue)
        problems.push(`${s.option} ${s.status} named outside "Continue": ${line}`);
    }
    const continued = continuedAs(s);
    if (CONTINUE_ONLY.has(s.status) && !lines.some((l) => l.startsWith(continued) && name.test(l)))
      problems.push(`${s.option} ${s.status} not continued`);
  }
  return problems;
}

/** Read here from clinical-reference.md sections 2-3, apart from the code. */
function referenceRulesOut(f: CaseFacts, option: string): boolean {
  const held = (drugs: string[]) =>
    f.medications.some(
      (m) => drugs.includes(m.drug) && m.outcome !== 'not-tolerated' && m.outcome !== 'contraindicated',
    );
  const crcl = f.renal?.crcl ?? f.renal?.egfr;
  const below30 = crcl !== undefined ? crcl < 30 : (f.renal?.ckdStage ?? 0) >= 4;
  const yes = (c: keyof CaseFacts['conditions']) => f.conditions[c] === 'yes';
  if (option === 'duloxetine')
    return (
      held(['maoi', 'ssri', 'other-snri', 'fluvoxamine', 'ciprofloxacin']) ||
      below30 ||
      yes('liver-disease') ||
      yes('heavy-alcohol')
    );
  if (option === 'tramadol') return held(['maoi']);
  if (option === 'nsaid') return nsaidRuledOut(f);
  return false;
}

const RECOMMENDS: Record<string, string[]> = {
  nsaid: ['escalation.nsaid-adequate-dose'],
  duloxetine: ['escalation.duloxetine', 'radicular.duloxetine'],
  tramadol: ['escalation.tramadol'],
  gabapentin: ['radicular.gabapentin'],
  pregabalin: ['radicular.pregabalin'],
};

describe('option statuses over generated cases (issue 13)', () => {
  it('no "Do now" line recommends a drug the case holds as contraindicated, failed, not tolerated or at target', () => {
    fc.assert(
      fc.property(casesArbitrary, (f) => {
        expect(doNowProblems(evaluatePathway(f))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('the check finds a planted violation (a ruled-out, a failed and an at-target drug put back among the actions)', () => {
    const plant = (input: Record<string, unknown>, id: string) => {
      const v = evaluatePathway(caseFactsSchema.parse({ redFlagScreen: 'no', ...input }));
      return doNowProblems({ ...v, recommendations: [id, ...v.recommendations] });
    };
    expect(plant({ medications: [{ drug: 'maoi', outcome: 'current' }] }, 'escalation.duloxetine')).not.toEqual([]);
    const failed = { drug: 'naproxen', doseMg: 500, timesPerDay: 2, durationWeeks: 8, outcome: 'ineffective' };
    expect(plant({ medications: [failed] }, 'escalation.nsaid-adequate-dose')).not.toEqual([]);
    const atTarget = { drug: 'duloxetine', doseMg: 60, durationWeeks: 12, outcome: 'current' };
    expect(plant({ medications: [atTarget] }, 'escalation.duloxetine')).not.toEqual([]);
  });

  it('a drug option is recommended by the statechart only while its status offers it; never one the reference rules out', () => {
    fc.assert(
      fc.property(casesArbitrary, (f) => {
        const v = evaluatePathway(f);
        for (const s of v.options) {
          const ids = RECOMMENDS[s.option];
          if (!ids?.some((id) => v.recommendations.includes(id))) continue;
          expect([s.option, isOffered(s)]).toEqual([s.option, true]);
          expect([s.option, referenceRulesOut(f, s.option)]).toEqual([s.option, false]);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('the generator reaches each status of the drug options', () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(casesArbitrary, (f) => {
        for (const s of evaluatePathway(f).options) seen.set(s.status, (seen.get(s.status) ?? 0) + 1);
      }),
      { numRuns: 600, seed: 13 },
    );
    for (const status of [
      'effective',
      'current-at-target',
      'current-below-target',
      'failed',
      'not-tolerated',
      'not-for-this-patient',
      'needs-data',
      'recommended',
      'not-indicated',
    ])
      expect([status, (seen.get(status) ?? 0) > 5]).toEqual([status, true]);
  });
});
