import { z } from 'zod';
import { escalationDosing } from './dosing-escalation.js';
import { avoidDosing, radicularAdjunctDosing } from './dosing-radicular-adjunct.js';
import {
  avoidDrugSchema,
  dosedDrugIdSchema,
  dosedDrugSchema,
  labelRowsOf,
  type AvoidDrug,
  type DosedDrug,
  type DosedDrugId,
  type Range,
} from './dosing-schema.js';
import { hasEntry } from './knowledge-base.js';

/** Validated at load: schema, one record per drug, and every knowledge id it names exists. */
export const dosing: readonly DosedDrug[] = Object.freeze(
  z
    .array(dosedDrugSchema)
    .parse([...escalationDosing, ...radicularAdjunctDosing])
    .map((d) => Object.freeze(d)),
);
export const avoidDrugs: readonly AvoidDrug[] = Object.freeze(z.array(avoidDrugSchema).parse(avoidDosing));

for (const id of dosedDrugIdSchema.options) {
  if (dosing.filter((d) => d.drug === id).length !== 1) throw new Error(`dosing: expected one record for ${id}`);
}
for (const ref of [...dosing.flatMap(knowledgeIdsOf), ...avoidDrugs.map((d) => d.knowledgeId)]) {
  if (!hasEntry(ref)) throw new Error(`dosing names unknown knowledge id ${ref}`);
}

function knowledgeIdsOf(d: DosedDrug): string[] {
  return [
    ...d.pathwaySteps,
    ...(d.guideline ? [d.guideline.knowledgeId] : []),
    d.label.knowledgeId,
    ...labelRowsOf<{ knowledgeId: string }>(d).map((a) => a.knowledgeId),
    ...d.looserThanLabel,
    ...d.safetyNotes,
  ];
}

/** Lookups by drug, made once at load (the case's option statuses read the dosing records many times a turn). */
const DOSED_IDS: ReadonlySet<string> = new Set(dosedDrugIdSchema.options);
const BY_DRUG: ReadonlyMap<string, DosedDrug> = new Map(dosing.map((d) => [d.drug, d]));

export function isDosedDrug(drug: string): drug is DosedDrugId {
  return DOSED_IDS.has(drug);
}

export function dosingFor(drug: DosedDrugId): DosedDrug {
  const found = BY_DRUG.get(drug);
  if (!found) throw new Error(`No dosing record for ${drug}`);
  return found;
}

export interface GuidelineDailyRange extends Range {
  /** 'minimum': the adequate dose to reach before declaring failure (NSAIDs); 'range': stay within. */
  meaning: 'range' | 'minimum';
  cites: number[];
  knowledgeId: string;
}

/** The guideline's daily mg range (per-dose range x times per day); undefined when the guideline gives no dose. */
export function guidelineDailyRange(drug: DosedDrugId): GuidelineDailyRange | undefined {
  const g = dosingFor(drug).guideline;
  if (!g) return undefined;
  return {
    min: g.perDoseMg.min * g.timesPerDay.min,
    max: g.perDoseMg.max * g.timesPerDay.max,
    meaning: g.meaning,
    cites: g.cites,
    knowledgeId: g.knowledgeId,
  };
}
