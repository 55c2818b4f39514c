import type { CaseFacts } from '../case/case-facts.js';
import { sentencesStartingWith } from './clauses.js';
import { conceptHits } from './concept-hits.js';
import { durationsIn } from './durations.js';
import { entityFacts } from './entities.js';
import type { Entity } from './entity.js';
import { factsFromHits } from './facts-from-hits.js';
import { findDrugs } from './find-drugs.js';
import { gateFacts, painDuration } from './gate-facts.js';
import { looksLikeIdentifiers } from './identifiers.js';
import { measuresIn } from './measures.js';
import { noOtherConditions } from './no-conditions.js';
import { normalize } from './normalize.js';
import { therapiesIn } from './therapy-mentions.js';
import { understoodLabels } from './understood.js';

export interface Extraction {
  /** Only what the text says; medications and non-drug therapies are lists to merge by drug / therapy. */
  patch: Partial<CaseFacts>;
  /** Short clinician-facing labels of what was read; never the clinician's own sentences. */
  understood: string[];
  /** The text looks like it holds a name, a record number or a date of birth. */
  identifiers: boolean;
  /** The text describes a patient rather than asking a question. */
  isCaseNarrative: boolean;
}

/** Longer texts are cut: a pasted note's first 20,000 characters hold the case (keeps the work bounded). */
const MAX_CHARS = 20_000;
const RENAL_NORMAL =
  /\b(?:(?:renal|kidney) function (?:is )?(?:normal|nl|ok|fine|intact|good)|normal (?:renal|kidney) function|renal(?: function)?:? wnl)\b/;
const QUESTION =
  /\?\s*$|^\s*(?:what|how|which|when|why|is|are|can|could|should|does|do|max|maximum|dose|dosing|tell me|explain)\b(?!')/i;

/** Free text -> case facts, deterministically (no clock: "since March" counts back from receivedAt). */
export function extractCaseFacts(text: string, receivedAt: string): Extraction {
  const raw = typeof text === 'string' ? text.slice(0, MAX_CHARS) : '';
  const norm = normalize(raw);
  const asked = questionSpans(norm);
  const drugs: Entity[] = findDrugs(norm)
    .filter((m) => !asked.some(([s, e]) => m.start >= s && m.start < e))
    .map((mention) => ({ type: 'drug', start: mention.start, end: mention.end, mention }));
  const entities = [...drugs, ...therapiesIn(norm, drugs)].sort((a, b) => a.start - b.start);
  const durations = durationsIn(norm, receivedAt);
  const { medications, therapies, claimed } = entityFacts(norm, entities, durations);
  const gate = gateFacts(norm, durations, claimed);
  const patch: Partial<CaseFacts> = { ...factsFromHits(conceptHits(norm), norm), ...measuresIn(norm) };
  for (const [k, v] of Object.entries(gate.facts))
    if ((patch as Record<string, unknown>)[k] === undefined) (patch as Record<string, unknown>)[k] = v;
  if (medications.length) patch.medications = medications;
  if (therapies.length) patch.nonDrugTherapies = therapies;
  const pain = painDuration(norm, durations, claimed, gate.used);
  if (pain !== undefined) patch.painDurationWeeks = pain;
  if (patch.renal?.ckdStage !== undefined) patch.conditions = { ...patch.conditions, ckd: 'yes' };
  else if (RENAL_NORMAL.test(norm) && patch.conditions?.ckd === undefined)
    patch.conditions = { ...patch.conditions, ckd: 'no' };
  const conditions = noOtherConditions(norm, patch);
  if (conditions) patch.conditions = conditions;
  const understood = understoodLabels(patch);
  return {
    patch,
    understood,
    identifiers: looksLikeIdentifiers(raw),
    isCaseNarrative: isNarrative(raw, understood.length, patch),
  };
}

/** Sentences that ask something ("what is the max dose of naproxen?"): the drugs in them are not the patient's. */
const QUESTION_HEAD = /(?:what|how|which|when|why|is|are|can|could|should|does|do|max|maximum|any)\b(?!')[^.!?\n]*/y;

function questionSpans(text: string): [number, number][] {
  return sentencesStartingWith(text, '.!?\n', QUESTION_HEAD);
}

function isNarrative(text: string, facts: number, patch: Partial<CaseFacts>): boolean {
  if (facts === 0) return false;
  const question = QUESTION.test(text.trim());
  if (patch.age !== undefined && (!question || facts >= 3)) return true;
  return question ? facts >= 4 : facts >= 2;
}
