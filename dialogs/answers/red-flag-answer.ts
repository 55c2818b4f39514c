import { extractCaseFacts } from '../../src/clinical/language/index.js';
import {
  mostUrgent,
  RED_FLAG_LEVELS,
  redFlagGroups,
  redFlagGroupsOf,
  redFlagHeadline,
} from '../../src/clinical/knowledge/red-flags.js';
import type { OutputMessage } from '../turn-types.js';
import { renderAnswer } from './answer-message.js';
import { matchIntent } from './guideline-intents.js';
import { entryLines } from './knowledge-lines.js';

/**
 * Red-flag questions (clinical-reference.md section 6): the headline states the level of urgency. A question
 * naming signs ("is night pain a red flag?") gets their groups and the most urgent of their levels; a general one
 * ("what are the red flags?") gets both levels, emergency first.
 */
export function isRedFlagQuestion(lower: string): boolean {
  return matchIntent(lower)?.name === 'red-flags';
}

export function redFlagMessage(text: string): OutputMessage {
  // The language layer reads the signs named (the date only matters for durations, never for red flags).
  const named = extractCaseFacts(text, '1970-01-01T00:00:00.000Z').patch.redFlags ?? [];
  const groups = redFlagGroupsOf(named);
  if (!groups.length) {
    const ordered = (['emergency', 'prompt'] as const).flatMap((level) =>
      redFlagGroups.filter((g) => g.urgency === level),
    );
    return renderAnswer({
      title: `Red flags: ${RED_FLAG_LEVELS.emergency.phrase}, or ${RED_FLAG_LEVELS.prompt.phrase}`,
      lines: entryLines(['redflag.urgent-evaluation', ...ordered.map((g) => g.knowledgeId)]),
    });
  }
  const level = mostUrgent(groups)!;
  const first = groups.find((g) => g.urgency === level)!;
  const others = groups.filter((g) => g !== first);
  return renderAnswer({
    title: `Suspected ${[first, ...others].map((g) => g.suspected.toLowerCase()).join(' and ')}: ${redFlagHeadline(named)}`,
    lines: entryLines([first, ...others].map((g) => g.knowledgeId)),
  });
}
