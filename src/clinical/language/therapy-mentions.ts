import { compileReader } from './cue-rules.js';
import type { Entity } from './entity.js';
import { THERAPIES } from './therapies.js';

/**
 * "pt" is also "patient": it is physical therapy only when not followed by what a patient does ("pt keen on
 * injections", "pt reports leg pain"); "PT 6 sessions", "did PT", "PT helped", "referred to PT" stay therapy. The
 * words are rows of cue-rules.ts; an age after it ("pt 58F") is the patient too.
 */
const PATIENT_PT = compileReader('pt-is-patient-after');
/** "pt failed naproxen": a verb row, then a drug right after it (a bare "PT failed" stays therapy). */
const PATIENT_PT_DRUG = compileReader('pt-acts-on-drug-after');
/** "pt 58F", "Pt 55 yrs", "pt 70 y.o.", "pt, 62 year old": an age after it is the patient's. */
const PATIENT_AGE = /^[\s,:]*\d{2,3}\s?(?:yo|y\/o|y\.o\b|yrs?\b|years?\b|m|f)\b/;

/** "opioid contract reviewed with pt", "told pt": the patient spoken to. */
const TALKED_WITH =
  /(?:\b(?:discussed|reviewed|talked|spoke|agreed|went over|explained|consented|shared|decided)\b[^,.;]{0,50}\bwith|\b(?:told|advised|informed|asked|educated|counsel(?:l)?ed|reassured|instructed))\s+(?:the\s)?$/;

/** The names of a therapist rather than of a therapy: "physio suggested Cymbalta" is who spoke, not a therapy done. */
const THERAPIST = /^(?:pt|physio|physical therapist|chiro|chiropractor|osteopath|pain psychologist|rmt)$/;
const THERAPIST_SPEAKS = compileReader('therapist-speaks-after');

/** The verb `m` matched right after "pt" (at `end`) is followed at once by a drug mention. */
function drugFollows(m: RegExpExecArray | null, end: number, taken: readonly Entity[]): boolean {
  if (!m) return false;
  const at = end + m[0].length;
  return taken.some((t) => t.type === 'drug' && t.start === at);
}

export function therapiesIn(text: string, taken: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  const overlaps = (s: number, e: number) => [...taken, ...out].some((t) => s < t.end && e > t.start);
  for (const [therapy, re] of THERAPIES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const after = text.slice(end, end + 40);
      if (
        m[0] === 'pt' &&
        (PATIENT_PT.test(after) ||
          PATIENT_AGE.test(after) ||
          drugFollows(PATIENT_PT_DRUG.exec(after), end, taken) ||
          TALKED_WITH.test(text.slice(Math.max(0, start - 80), start)))
      )
        continue;
      if (THERAPIST.test(m[0]) && THERAPIST_SPEAKS.test(after)) continue;
      out.push({ type: 'therapy', start, end, therapy });
    }
  }
  return out;
}
