import { cockcroftGault } from '../calculators/cockcroft-gault.js';
import type { CaseFacts } from './case-facts.js';

/** CrCl by Cockcroft-Gault from the case's creatinine, age, weight and sex; undefined when one is missing. */
export function computedCrcl(f: Pick<Partial<CaseFacts>, 'renal' | 'age' | 'weightKg' | 'sex'>): number | undefined {
  const creatinineMgDl = f.renal?.creatinineMgDl;
  if (creatinineMgDl === undefined || f.age === undefined || f.weightKg === undefined || f.sex === undefined)
    return undefined;
  return cockcroftGault({ age: f.age, weightKg: f.weightKg, creatinineMgDl, sex: f.sex });
}
