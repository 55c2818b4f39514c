import { OFFERED_DRUGS, type DrugOptionId } from '../../src/clinical/case/option-status.js';
import type { DosedDrugId } from '../../src/clinical/knowledge/dosing-schema.js';
import { optionRules } from '../../src/clinical/knowledge/option-rules.js';
import type { AnswerLine } from './answer-message.js';
import { entryLine } from './knowledge-lines.js';
import { type DrugId, dosingFor, drugNames } from './ports.js';

/**
 * Two drugs the guideline offers as alternatives ("naproxen or Cymbalta to start with?", "Lyrica or Neurontin for his
 * leg pain?"): either is a guideline option, and what decides between them is the patient's facts against the
 * reference's avoid rules. Each row is data: the guideline line that offers both, what decides (its source entry),
 * an example pair and a pair it must not hold (test/answers/either-option.test.ts). What decides is read from the
 * knowledge data (the dosing records' label rows and the option rules), never restated here.
 */
export interface EitherRow {
  id: string;
  /** Each side: drug ids or a drug class. */
  sides: readonly [readonly string[], readonly string[]];
  /** The guideline's words that offer both, cited as the entry `eitherEntry` is. */
  either: string;
  eitherEntry: string;
  /**
   * What decides between them, each line cited to its reference entry: `rules`, one option's avoid rules and what to
   * ask first; `both`, what the two options' labels share and how often each is taken.
   */
  decides: readonly (
    | { entry: string; rules: DrugOptionId }
    | { entry: string; both: readonly [DrugOptionId, DrugOptionId] }
  )[];
  example: readonly [DrugId, DrugId];
  counter: readonly [DrugId, DrugId];
}

/**
 * "does that change which one?", "which would you pick for her?", "which is safer now?": a choice asked between the
 * options with none of them named. In an open case it is the guideline's escalation pair, judged against the case
 * (drug-answer.ts caseChoiceMessage). Not "which NSAID" nor "which dose" (a question about one option).
 */
export const WHICH_OPTION =
  /\bwhich (?:one|option|drug|med(?:ication)?|agent|of (?:the|them|those|these|the two)|(?:is|would be|'?s) (?:better|best|preferred|safer)|(?:would|do|should) (?:you|i|we) (?:pick|choose|use|go with|start|prefer))\b/;

export const EITHER_ROWS: readonly EitherRow[] = [
  {
    id: 'escalation-duloxetine-or-nsaid',
    sides: [['duloxetine'], ['nsaid']],
    either:
      'When initial medications fail, the guideline escalates to duloxetine or an NSAID: either is a first-line option.',
    eitherEntry: 'overview',
    decides: [
      { entry: 'label.nsaid-class', rules: 'nsaid' },
      { entry: 'label.duloxetine', rules: 'duloxetine' },
    ],
    example: ['naproxen', 'duloxetine'],
    counter: ['duloxetine', 'tramadol'],
  },
  {
    id: 'radicular-gabapentin-or-pregabalin',
    sides: [['gabapentin'], ['pregabalin']],
    either:
      'With radicular symptoms the guideline offers gabapentin or pregabalin: either is an option; it prefers neither.',
    eitherEntry: 'radicular.gabapentin',
    decides: [{ entry: 'gap.gabapentinoid-renal', both: ['gabapentin', 'pregabalin'] }],
    example: ['gabapentin', 'pregabalin'],
    counter: ['gabapentin', 'duloxetine'],
  },
];

/** "a, b or c" (`last` is "or" or "and"). */
function listed(items: readonly string[], last: string): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

const RULES_OUT: ReadonlySet<string> = new Set(['avoid', 'not-recommended']);

/**
 * What takes the option out, as a list names it: its drugs' label rows that avoid it (CrCl, liver, conditions),
 * then its option rules that rule it out; and what to ask first: its option rules that hold it for confirmation,
 * then its drugs' age cautions.
 */
export function optionRuleNames(option: DrugOptionId): { notWith: string[]; askAbout: string[] } {
  const records = OFFERED_DRUGS[option].map(dosingFor);
  const rules = optionRules.filter((r) => r.option === option && r.named !== undefined);
  const notWith = records.flatMap((d) => [
    ...d.renal.filter((t) => RULES_OUT.has(t.action) && t.crclBelow !== undefined).map((t) => `CrCl < ${t.crclBelow}`),
    ...(d.liver && RULES_OUT.has(d.liver.action) ? [d.liver.condition] : []),
    ...d.conditions.filter((c) => RULES_OUT.has(c.action)).map((c) => c.named),
  ]);
  const askAbout = records.flatMap((d) =>
    d.age.filter((a) => a.action === 'caution').map((a) => `age > ${a.olderThan}`),
  );
  const named = (verdict: string): string[] =>
    rules.flatMap((r) => (r.verdict === verdict && r.named ? [r.named] : []));
  return {
    notWith: [...new Set([...notWith, ...named('not-for-this-patient')])],
    askAbout: [...new Set([...named('confirm'), ...askAbout])],
  };
}

const optionTitle = (o: DrugOptionId): string =>
  o === 'nsaid' ? 'NSAID' : `${o.charAt(0).toUpperCase()}${o.slice(1)}`;

/** "NSAID: not with CrCl < 30, ...; ask about ... and age > 65." */
function rulesText(option: DrugOptionId): string {
  const { notWith, askAbout } = optionRuleNames(option);
  const parts = [
    ...(notWith.length ? [`not with ${listed(notWith, 'or')}`] : []),
    ...(askAbout.length ? [`ask about ${listed(askAbout, 'and')}`] : []),
  ];
  return `${optionTitle(option)}: ${parts.join('; ')}.`;
}

/** "Both: the labels reduce the dose by creatinine clearance. Gabapentin is taken three times daily, ..." */
function bothText(options: readonly [DrugOptionId, DrugOptionId]): string {
  const [a, b] = options.map((o) => dosingFor(OFFERED_DRUGS[o][0] as DosedDrugId));
  if (!a || !b) return '';
  const renal = [a, b].every((d) => d.renal.some((t) => t.action === 'reduce'))
    ? 'Both: the labels reduce the dose by creatinine clearance. '
    : '';
  return `${renal}${optionTitle(options[0])} is taken ${a.guideline?.frequencyText}, ${b.drug} ${b.guideline?.frequencyText}.`;
}

const holds = (side: readonly string[], d: DrugId): boolean =>
  side.includes(d) || side.includes(drugNames(d).drugClass);

/** The row whose two sides the two drugs fill, one each. */
export function eitherRow(drugs: readonly DrugId[]): EitherRow | undefined {
  if (drugs.length !== 2) return undefined;
  const [a, b] = drugs as [DrugId, DrugId];
  return EITHER_ROWS.find(({ sides: [x, y] }) => (holds(x, a) && holds(y, b)) || (holds(x, b) && holds(y, a)));
}

/** A line of its own words cited as an entry is. */
function citedAs(entry: string, label: string, text: string): AnswerLine {
  const { text: _text, label: _label, ...cited } = entryLine(entry);
  return { ...cited, label, text };
}

/** The "either is a guideline option" line and what decides between them, each cited. */
export function eitherLines(row: EitherRow): AnswerLine[] {
  return [
    citedAs(row.eitherEntry, 'Either', row.either),
    ...row.decides.map((d) => citedAs(d.entry, 'What decides', 'rules' in d ? rulesText(d.rules) : bothText(d.both))),
  ];
}
