import type { OutputMessage } from '../turn-types.js';
import { renderAnswer, type AnswerLine } from './answer-message.js';
import { entryLine } from './knowledge-lines.js';
import { drugTitle } from './tablet-mme.js';
import type { DrugId, DrugMention } from './ports.js';
import { taperRuleFor } from '../../src/clinical/knowledge/case-readings.js';

/**
 * A move from one gabapentinoid to the other, or one added to the other ("moving from gabapentin to pregabalin, can
 * I overlap?", "add Lyrica to his gabapentin?"): the two are not used together (clinical-reference.md section 3:
 * duplicate therapy), the new drug's start (its label and the guideline's radicular line) and that the sources give
 * no cross-taper schedule (the old one's label tapers it over at least 1 week). Each cue is data with an example and
 * a text it must not match (test/answers/gabapentinoid-switch.test.ts).
 */
export interface SwitchCue {
  id: string;
  re: RegExp;
  example: string;
  counter: string;
}

export const GABAPENTINOID_SWITCH_CUES: readonly SwitchCue[] = [
  {
    id: 'switch-word',
    re: /\b(?:switch(?:ing|ed)?|mov(?:e|ing)|chang(?:e|ing)|swap(?:ping)?|convert(?:ing)?|transition(?:ing)?|replac(?:e|ing))\b/,
    example: 'moving from gabapentin to pregabalin, can i overlap?',
    counter: 'gabapentin and pregabalin together - interaction?',
  },
  {
    id: 'taper-overlap',
    re: /\b(?:cross[- ]?taper(?:ing)?|overlap(?:ping)?|instead of|in place of)\b|->|→/,
    example: 'neurontin -> lyrica, cross taper?',
    counter: 'on gabapentin and pregabalin, dizzy',
  },
  {
    id: 'add-on-top',
    re: /\b(?:add(?:ing)?|start(?:ing)?|put (?:him|her) on|try(?:ing)?)\b/,
    example: 'add lyrica to his gabapentin?',
    counter: 'takes gabapentin with pregabalin, sedation?',
  },
];

/** The name after an add or start word is the new drug; else the one after "to", "onto" or "->". */
const ADD_BEFORE = /\b(?:add(?:ing)?|start(?:ing)?|try(?:ing)?|rx|new)\s(?:some\s)?$/;
/** A name said as taken now ("pt on gabapentin", "takes his Lyrica"): the old one, the other is new. */
const TAKEN_BEFORE = /\b(?:on|takes|taking|using|from)\s(?:(?:his|her|their|the)\s)?$/;
const TO_BEFORE = /(?:\b(?:to|onto|into|for)|->|→)\s?$/;
const INSTEAD_AFTER = /^\s?(?:\d[\d.]*\s?mg\s?)?(?:instead of|in place of)\b/;
const HELD_BEFORE = /\b(?:his|her|their|the|existing|current)\s$/;

const GABAPENTINOIDS: readonly DrugId[] = ['gabapentin', 'pregabalin'];

function newDrug(lower: string, mentions: readonly DrugMention[]): DrugMention | undefined {
  const before = (m: DrugMention) => lower.slice(Math.max(0, m.start - 16), m.start);
  const added = mentions.find((m) => ADD_BEFORE.test(before(m)) && !HELD_BEFORE.test(before(m)));
  if (added) return added;
  const instead = mentions.find((m) => INSTEAD_AFTER.test(lower.slice(m.end, m.end + 24)));
  if (instead) return instead;
  const to = mentions.find((m) => TO_BEFORE.test(before(m)) && !HELD_BEFORE.test(before(m)));
  if (to) return to;
  const taken = mentions.find((m) => TAKEN_BEFORE.test(before(m)));
  return taken && mentions.find((m) => m.drug !== taken.drug);
}

export function gabapentinoidSwitchMessage(lower: string, mentions: readonly DrugMention[]): OutputMessage | undefined {
  const drugs = new Set(mentions.map((m) => m.drug));
  if (drugs.size !== 2 || !GABAPENTINOIDS.every((d) => drugs.has(d))) return undefined;
  if (!GABAPENTINOID_SWITCH_CUES.some((c) => c.re.test(lower))) return undefined;
  const next = newDrug(lower, mentions);
  const name = (m: DrugMention) => m.matched.toLowerCase();
  const title = (m: DrugMention) => drugTitle(m.drug, m.matched);
  const old = next && mentions.find((m) => m.drug !== next.drug);
  const heading = next && old ? `${title(old)} to ${title(next)}` : 'Gabapentin and pregabalin';
  const starts = next ? [next.drug] : GABAPENTINOIDS;
  const taper = old && taperRuleFor(old.drug);
  const { text: _entry, label: _label, ...cited } = taper ? entryLine(taper.entry) : { text: '' };
  const lines: AnswerLine[] = [
    entryLine('interaction.gabapentin-pregabalin', 'Not together'),
    ...starts.flatMap((d) => [entryLine(`radicular.${d}`, 'Guideline'), entryLine(`label.${d}`, 'Label start')]),
    {
      ...cited,
      label: 'Switching',
      text: `The pathway's sources give no cross-taper or overlap schedule between gabapentin and pregabalin${
        taper && old ? `; when ${name(old)} is stopped: ${taper.rule}` : ''
      }.`,
    },
  ];
  return renderAnswer({ title: `${heading}: use only one gabapentinoid (no overlap schedule in the sources)`, lines });
}
