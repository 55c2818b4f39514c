import { extractCaseFacts, isCalculatorCommand, type Extraction } from './ports.js';

let last: { text: string; at: string; extraction: Extraction } | undefined;

/**
 * extractCaseFacts for this turn's text, computed once per turn although several routes ask (the last result
 * is kept; the core is single-threaded and the function is pure).
 */
export function extraction(text: string, receivedAt: string): Extraction {
  if (last && last.text === text && last.at === receivedAt) return last.extraction;
  const result = extractCaseFacts(text, receivedAt);
  last = { text, at: receivedAt, extraction: result };
  return result;
}

const QUESTION = /\?\s*$|^(what|how|which|when|why|is|are|can|could|should|does|do|tell me|any)\b/i;
const DOSE_QUESTION = /\b(dose|doses|dosing|dosage|how much|max|maximum|titrat\w*|mme)\b/i;

/** A question for the answers (dosing, guideline, calculators), not a reply or a fact for the walk-through. */
export function looksLikeQuestion(text: string): boolean {
  const t = text.trim();
  return QUESTION.test(t) || DOSE_QUESTION.test(t) || isCalculatorCommand(t.toLowerCase());
}

const UNSURE = /^(not sure|unsure|don'?t know|do not know|dunno|unknown|no idea|n\/?a|not known|not done|not measured|\?)$/i;

export function isUnsure(text: string): boolean {
  return UNSURE.test(text.trim().replace(/[.!]+$/, ''));
}

const FOLLOW_UP = /\b(later|follow[- ]?up|f\/u|since (the )?last|returns|came back|back today|review(ed)? today|at review|now on)\b/i;
const NEW_PATIENT = /^\s*\d{1,3}\s*(yo|y\/o|y\.o\.|-?year|yr|[mf]\b)/i;
const ELAPSED = /\b(\d{1,3})\s*(weeks?|wks?|months?|mos?)\s+later\b/i;

/** A pasted description of another patient (age/sex opening, no follow-up words), rather than more about this one. */
export function looksLikeNewPatient(text: string): boolean {
  return NEW_PATIENT.test(text) && !FOLLOW_UP.test(text);
}

/** "4 weeks later", "3 months later": the weeks since the last visit, if said. */
export function elapsedWeeks(text: string): number | undefined {
  const m = ELAPSED.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  const n = Number(m[1]);
  return /^m/i.test(m[2]) ? Math.round((n * 52) / 12) : n;
}
