import { cockcroftGault } from '../calculators/cockcroft-gault.js';
import type { CaseFacts } from './case-facts.js';

type KidneyFacts = Pick<Partial<CaseFacts>, 'renal' | 'age' | 'weightKg' | 'sex'>;

/** CrCl by Cockcroft-Gault from the case's creatinine, age, weight and sex; undefined when one is missing. */
export function computedCrcl(f: KidneyFacts): number | undefined {
  const creatinineMgDl = f.renal?.creatinineMgDl;
  if (creatinineMgDl === undefined || f.age === undefined || f.weightKg === undefined || f.sex === undefined)
    return undefined;
  return cockcroftGault({ age: f.age, weightKg: f.weightKg, creatinineMgDl, sex: f.sex });
}

/**
 * The kidney cut-offs the reference's dosing rows use (clinical-reference.md section 2): CrCl < 30 (duloxetine,
 * naproxen, tramadol), and the gabapentin and pregabalin rows at 60, 30 and 15.
 */
export const KIDNEY_CUTOFFS = [15, 30, 60] as const;

/** A kidney figure as a number: the one the rows are read at, what it is, how the reply names it. */
export interface KidneyFigure {
  crcl: number;
  from: 'crcl' | 'cockcroft-gault' | 'egfr';
  label: string;
  /**
   * A stated eGFR/CrCl and the computed CrCl fall on different sides of a cut-off: the lower is used (the safer
   * reading) and this says which other figure disagrees, for the clinician to confirm.
   */
  disagrees?: { label: string; cutoff: number };
}

/** The cut-off two figures fall on different sides of (the lowest such), or undefined. */
export function crossedCutoff(a: number, b: number): number | undefined {
  return KIDNEY_CUTOFFS.find((c) => a < c !== b < c);
}

/**
 * The case's kidney figure from numbers: a stated CrCl, else a stated eGFR, and the CrCl by Cockcroft-Gault from a
 * creatinine. The labels state CrCl by Cockcroft-Gault (clinical-reference.md section 2), so the computed CrCl comes
 * before an eGFR and a stated CrCl before the computed one; but a computed CrCl never silently overrides a stated
 * figure: when the two fall on different sides of a cut-off, the lower is used and `disagrees` names the other.
 */
export function kidneyFigure(f: KidneyFacts): KidneyFigure | undefined {
  const r = f.renal;
  const stated: KidneyFigure | undefined =
    r?.crcl !== undefined
      ? { crcl: r.crcl, from: 'crcl', label: `CrCl ${r.crcl}` }
      : r?.egfr !== undefined
        ? { crcl: r.egfr, from: 'egfr', label: `eGFR ${r.egfr}` }
        : undefined;
  const value = computedCrcl(f);
  const computed: KidneyFigure | undefined =
    value === undefined ? undefined : { crcl: value, from: 'cockcroft-gault', label: `Cockcroft-Gault CrCl ${value}` };
  if (!stated || !computed) return stated ?? computed;
  const cutoff = crossedCutoff(stated.crcl, computed.crcl);
  if (cutoff === undefined) return stated.from === 'crcl' ? stated : computed;
  const [lower, higher] = stated.crcl <= computed.crcl ? [stated, computed] : [computed, stated];
  return { ...lower, disagrees: { label: higher.label, cutoff } };
}

/**
 * "eGFR 25 and Cockcroft-Gault CrCl 34 disagree at the 30 cut-off: the lower (eGFR 25) is used until you confirm
 * kidney function", for the reply; undefined when they agree or one is missing.
 */
export function kidneyDisagreementText(f: KidneyFacts): string | undefined {
  const k = kidneyFigure(f);
  if (!k?.disagrees) return undefined;
  return `${k.label} and ${k.disagrees.label} disagree at the ${k.disagrees.cutoff} cut-off: the lower (${k.label}) is used until you confirm kidney function`;
}
