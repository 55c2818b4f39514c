import { isOpioid } from '../../src/clinical/case/medication-facts.js';
import { NALOXONE_RISK, naloxoneLabel, naloxoneReasons } from '../../src/clinical/knowledge/mme-factors.js';
import { extractCaseFacts } from '../../src/clinical/language/index.js';
import { turnReceivedAt } from '../../src/clinical/language/shared-readings.js';
import type { OutputMessage } from '../turn-types.js';
import { renderAnswer, type AnswerLine } from './answer-message.js';
import { regimenMme } from './calculator-answers.js';
import { entryLine } from './knowledge-lines.js';
import { fmt } from './number-format.js';
import type { DrugMention } from './ports.js';

/**
 * "Does he need naloxone?" beside an opioid regimen and nothing else (clinical-reference.md section 4, CDC 2022:
 * offer naloxone at >= 50 MME/day, with a benzodiazepine, or with a history of substance use disorder or overdose):
 * the MME, each listed factor as said (present, denied or not asked) and the verdict from the rule. With a
 * benzodiazepine or another sedative named the pair's warning answer leads instead (drug-answer.ts).
 */
const ASKS_NALOXONE = /\b(?:naloxone|narcan)\b/;

/** A benzodiazepine denied ("no benzos", "denies benzodiazepines", "not on any benzo"). */
const NO_BENZO = /\b(?:no|nil|denies|not on(?: any)?|never (?:on|taken))\s(?:[a-z]+\s){0,4}?benzo/;

const EPOCH = '1970-01-01T00:00:00.000Z';

type Said = 'yes' | 'no' | undefined;

function factorLine(facts: readonly { name: string; said: Said }[]): AnswerLine {
  const group = (s: Said) => facts.filter((f) => f.said === s).map((f) => f.name);
  const parts = [
    group('yes').length ? `present: ${group('yes').join(', ')}` : '',
    group('no').length ? `not present: ${group('no').join(', ')}` : '',
    group(undefined).length ? `not said (ask): ${group(undefined).join(', ')}` : '',
  ].filter(Boolean);
  return { label: 'Risk factors', text: `${parts.join('; ')}.` };
}

export function naloxoneMessage(lower: string, mentions: readonly DrugMention[]): OutputMessage | undefined {
  if (!ASKS_NALOXONE.test(lower) || !mentions.length || !mentions.every((m) => isOpioid(m.drug))) return undefined;
  const { lines: mme, total } = regimenMme(mentions, lower);
  if (total === undefined) return undefined;
  const conditions = extractCaseFacts(lower, turnReceivedAt() ?? EPOCH).patch.conditions ?? {};
  const sud = conditions['substance-use-disorder'] as Said;
  const overdose = conditions['overdose-history'] as Said;
  const benzo: Said = NO_BENZO.test(lower) ? 'no' : undefined;
  const reasons = naloxoneReasons({ mme: total, substanceUse: sud === 'yes', overdose: overdose === 'yes' });
  const below = `${fmt(total)} MME/day is below ${NALOXONE_RISK.atOrAboveMme}`;
  const unasked = benzo === undefined || sud === undefined || overdose === undefined;
  const title = reasons.length
    ? `Naloxone: offer it (${reasons.join('; ')})`
    : `Naloxone: no listed risk factor ${unasked ? 'said yet' : 'present'} (${below})`;
  const rule = entryLine(NALOXONE_RISK.entry, naloxoneLabel(reasons));
  return renderAnswer({
    title,
    lines: [
      ...mme.filter((l) => l.text !== rule.text && !/^Naloxone/.test(l.label ?? '')),
      rule,
      factorLine([
        { name: `>= ${NALOXONE_RISK.atOrAboveMme} MME/day`, said: total >= NALOXONE_RISK.atOrAboveMme ? 'yes' : 'no' },
        { name: 'a benzodiazepine', said: benzo },
        { name: 'substance use disorder', said: sud },
        { name: 'overdose history', said: overdose },
      ]),
    ],
  });
}
