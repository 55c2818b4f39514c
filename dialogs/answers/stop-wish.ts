import { isOpioid } from '../../src/clinical/case/medication-facts.js';
import { taperRuleFor } from '../../src/clinical/knowledge/case-readings.js';
import { plannedChangeAt } from '../../src/clinical/language/planned-change.js';
import type { AnswerLine } from './answer-message.js';
import { capital } from '../capital.js';
import { entryLine } from './knowledge-lines.js';
import { type DrugMention, drugNames } from './ports.js';
import { drugOptionOf } from './question-context.js';

/**
 * A guideline drug other than an opioid whose stop is wished or planned, not done ("he wants to stop the
 * gabapentin", "keen to come off the pregabalin", "on gabapentin 600 tds, wants to stop it"): it is still taken, so
 * its interactions stand, and the answer says what the sources say about stopping it (TAPER_RULES: the gabapentin
 * and pregabalin labels, taper over at least 1 week) or that they give no tapering rule. An opioid's stop is the
 * taper rows' (guideline-intents.ts); a co-medication outside the options is drug-answer.ts plannedChangeLines'.
 */
export function stopWished(lower: string, m: DrugMention): boolean {
  return drugOptionOf(m.drug) !== undefined && !isOpioid(m.drug) && plannedChangeAt(lower, m.start, m.end) === 'stop';
}

/** A guideline drug other than an opioid whose stop is said and refused ("doesn't want to stop the gabapentin"): kept. */
export function stopKept(lower: string, m: DrugMention): boolean {
  return drugOptionOf(m.drug) !== undefined && !isOpioid(m.drug) && plannedChangeAt(lower, m.start, m.end) === 'keep';
}

/** One "Stopping" line per drug whose stop is wished (stopWished), cited to the entry that gives its rule. */
export function stopWishLines(mentions: readonly DrugMention[], lower: string): AnswerLine[] {
  const seen = new Set<string>();
  return mentions.flatMap((m): AnswerLine[] => {
    if (seen.has(m.drug) || !stopWished(lower, m)) return [];
    seen.add(m.drug);
    const name = capital(m.matched.toLowerCase());
    const rule = taperRuleFor(m.drug);
    if (!rule)
      return [
        {
          label: 'Stopping',
          text: `${name}: still taken until it is stopped. The pathway's sources give no tapering rule for ${drugNames(m.drug).generic}.`,
        },
      ];
    const { text: _entry, label: _label, ...cited } = entryLine(rule.entry);
    return [
      {
        ...cited,
        label: 'Stopping',
        text: `${name}: still taken until it is stopped, so its interactions stand. When stopping: ${rule.rule}.`,
      },
    ];
  });
}
