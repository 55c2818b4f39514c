import type { Entity } from './entity.js';
import { THERAPIES } from './therapies.js';

/** "pt" is also "patient": it is physical therapy only when not followed by what a patient does. */
const PATIENT_PT =
  /^\s*(?:is|was|has|had|reports?|states?|denies|denied|complains|presents|'s|notes|feels|tried|says|takes|taking|on|wants|describes|agrees|a|an|who|will|can|does|did|would|endorses|continues|also|now|remains|still|currently|here|seen|declines|declined|refuses|refused|unable|able|works|already|just|recently|aware|understands|understood|agreed|verbali[sz]e[sd]|consented|counsel(?:l)?ed|educated|informed|advised|prefers|amenable)\b|^\s*\d{2,3}\s?(?:yo|y\/o|m|f)\b/;

/** "opioid contract reviewed with pt", "told pt": the patient spoken to. */
const TALKED_WITH =
  /(?:\b(?:discussed|reviewed|talked|spoke|agreed|went over|explained|consented|shared|decided)\b[^,.;]{0,50}\bwith|\b(?:told|advised|informed|asked|educated|counsel(?:l)?ed|reassured|instructed))\s+(?:the\s)?$/;

export function therapiesIn(text: string, taken: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  const overlaps = (s: number, e: number) => [...taken, ...out].some((t) => s < t.end && e > t.start);
  for (const [therapy, re] of THERAPIES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      if (
        m[0] === 'pt' &&
        (PATIENT_PT.test(text.slice(end)) || TALKED_WITH.test(text.slice(Math.max(0, start - 80), start)))
      )
        continue;
      out.push({ type: 'therapy', start, end, therapy });
    }
  }
  return out;
}
