import type { AnswerLine } from './answer-message.js';
import { entryLine } from './knowledge-lines.js';
import { type DrugId, drugNames } from './ports.js';

/**
 * Two drugs the guideline offers as alternatives ("naproxen or Cymbalta to start with?", "Lyrica or Neurontin for his
 * leg pain?"): either is a guideline option, and what decides between them is the patient's facts against the
 * reference's avoid rules. Each row is data: the guideline line that offers both, what decides (its source entry),
 * an example pair and a pair it must not hold (test/answers/either-option.test.ts).
 */
export interface EitherRow {
  id: string;
  /** Each side: drug ids or a drug class. */
  sides: readonly [readonly string[], readonly string[]];
  /** The guideline's words that offer both, cited as the entry `eitherEntry` is. */
  either: string;
  eitherEntry: string;
  /** What decides between them: each rule cited to its reference entry. */
  decides: readonly { entry: string; text: string }[];
  example: readonly [DrugId, DrugId];
  counter: readonly [DrugId, DrugId];
}

export const EITHER_ROWS: readonly EitherRow[] = [
  {
    id: 'escalation-duloxetine-or-nsaid',
    sides: [['duloxetine'], ['nsaid']],
    either:
      'When initial medications fail, the guideline escalates to duloxetine or an NSAID: either is a first-line option.',
    eitherEntry: 'overview',
    decides: [
      {
        entry: 'label.nsaid-class',
        text: 'NSAID: not with CrCl < 30, heart failure, cirrhosis or around CABG; ask about an anticoagulant or antiplatelet, a prior GI bleed or ulcer, cardiovascular disease and age > 65.',
      },
      {
        entry: 'label.duloxetine',
        text: 'Duloxetine: not with CrCl < 30, chronic liver disease or heavy alcohol use, uncontrolled narrow-angle glaucoma, an MAOI or a potent CYP1A2 inhibitor.',
      },
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
    decides: [
      {
        entry: 'gap.gabapentinoid-renal',
        text: 'Both: the labels reduce the dose by creatinine clearance. Gabapentin is taken three times daily, pregabalin twice daily.',
      },
    ],
    example: ['gabapentin', 'pregabalin'],
    counter: ['gabapentin', 'duloxetine'],
  },
];

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
    ...row.decides.map((d) => citedAs(d.entry, 'What decides', d.text)),
  ];
}
