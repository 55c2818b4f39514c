import type { OutputMessage } from '../turn-types.js';
import { renderAnswer, type AnswerLine } from './answer-message.js';
import { DRUG_PLANS } from './drug-plans.js';
import { entryLine } from './knowledge-lines.js';
import {
  type DrugId,
  type DrugMention,
  drugNames,
  type InteractionRule,
  interactionRules,
  interactionsAmong,
} from './ports.js';

/**
 * Interaction lines for a set of drugs (clinical-reference §3), from the knowledge base's interactionsAmong: used
 * for a quick question naming two drugs and by the walk-through for the drugs of an open case.
 */
export function interactionLines(
  drugs: readonly DrugId[],
  crcl?: number,
  productNames: readonly string[] = [],
): AnswerLine[] {
  const ids = new Set(interactionsAmong(drugs, [], crcl, productNames));
  return interactionRules
    .filter((r) => ids.has(r.id))
    .map((r) => ({
      text: r.text,
      source: r.source,
      label: r.severity === 'contraindicated' ? 'Contraindicated' : 'Interaction',
    }));
}

/** One message with the interactions among a case's drugs, or undefined when none of the listed pairs is present. */
export function interactionMessage(drugs: readonly DrugId[], crcl?: number): OutputMessage | undefined {
  const lines = interactionLines(drugs, crcl);
  return lines.length ? renderAnswer({ title: 'Interactions in this case', lines }) : undefined;
}

type DrugClass = ReturnType<typeof drugNames>['drugClass'];

/**
 * A drug class named by its class word rather than a drug ("opioid plus benzo", "codeine plus alcohol"): the
 * reference's interaction rules name classes, so the class word pairs with a drug as well as any member would. Each
 * example must reach its class's interaction (test/answers/topic-over-drug.test.ts).
 */
export interface ClassWord {
  drugClass: DrugClass;
  pattern: RegExp;
  example: string;
}

export const CLASS_WORDS: readonly ClassWord[] = [
  { drugClass: 'opioid', pattern: /\b(?:opioids?|opiates?|narcotics?)\b/g, example: 'opioid plus benzo risk?' },
  { drugClass: 'gabapentinoid', pattern: /\bgabapentinoids?\b/g, example: 'oxycodone with a gabapentinoid?' },
  // clinical-reference.md section 3: alcohol is one of the CNS depressants of the opioid rule.
  {
    drugClass: 'cns-depressant',
    pattern: /\b(?:alcohol|drinking|beer|wine)\b/g,
    example: 'codeine plus alcohol, risk?',
  },
];

/**
 * "two NSAIDs", "both NSAIDs", "both of the gabapentin-family drugs": two of one class (the NSAID + NSAID rule, the
 * gabapentin + pregabalin duplicate-therapy rule).
 */
// Not "another NSAID": that is a switch, one at a time.
const TWO_OF =
  /\b(?:two|2|both|double|multiple|several|more than one)\s(?:of (?:the|these|those|them)\s)?(?:different\s)?$/;
/** Taken together while switching ("switching neurontin to lyrica, overlap ok?"): a pair, not a choice. */
const OVERLAP = /\boverlap\w*|\bcross[- ]?taper\w*|\bat the same time\b|\bat once\b/;
const ASKS_DOSE = /\b(?:dose|doses|dosing|dosage|how much|max(?:imum)?|titrat\w*|starting)\b/;

interface Item {
  name: string;
  drugClass: DrugClass;
  drug?: DrugId;
}

function sideHolds(side: InteractionRule['a'], item: Item): boolean {
  if (item.drug) return (side.drugs?.includes(item.drug) ?? false) || (side.classes?.includes(item.drugClass) ?? false);
  // A class word holds the class, and a rule naming one of its members ("tramadol + an SSRI" for "opioid + SSRI").
  return (
    (side.classes?.includes(item.drugClass) ?? false) ||
    (side.drugs?.some((d) => drugNames(d).drugClass === item.drugClass) ?? false)
  );
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * An interaction question the drug answer alone would miss: a class word beside a drug ("opioid with pregabalin -
 * respiratory depression?"), two of one class ("two NSAIDs at once?"), or two drugs taken together while switching
 * ("switching neurontin to lyrica, overlap ok?"). The reference's rules between the items named, then the
 * guideline's avoid line of an avoid drug. Undefined when none of these applies or no rule lists the pair (the drug
 * answer then answers); never when a dose is given or asked.
 */
export function pairQuestionMessage(lower: string, mentions: readonly DrugMention[]): OutputMessage | undefined {
  if (!mentions.length || ASKS_DOSE.test(lower)) return undefined;
  if (mentions.some((m) => m.doseMg !== undefined || m.dailyMg !== undefined)) return undefined;
  const inMention = (start: number, end: number) => mentions.some((m) => start < m.end && end > m.start);
  const drugItems: Item[] = mentions.map((m) => ({
    name: m.matched.toLowerCase(),
    drugClass: drugNames(m.drug).drugClass,
    drug: m.drug,
  }));
  // The first use of each class word that is not part of a drug's name (an exec loop: matchAll copies the pattern).
  // "both gabapentinoids", "two opioids": the class word stands for two of its members.
  const classItems: Item[] = CLASS_WORDS.flatMap((w): Item[] => {
    w.pattern.lastIndex = 0;
    for (let m = w.pattern.exec(lower); m; m = w.pattern.exec(lower)) {
      if (inMention(m.index, m.index + m[0].length)) continue;
      const item = { name: m[0], drugClass: w.drugClass };
      return TWO_OF.test(lower.slice(Math.max(0, m.index - 24), m.index)) ? [item, { ...item }] : [item];
    }
    return [];
  });
  const twice = mentions
    .filter((m) => TWO_OF.test(lower.slice(Math.max(0, m.start - 24), m.start)))
    .map((m): Item => ({ name: m.matched, drugClass: drugNames(m.drug).drugClass }));
  const distinctDrugs = new Set(mentions.map((m) => m.drug)).size;
  const items = [...drugItems, ...classItems, ...twice];
  if (!classItems.length && !twice.length && !(distinctDrugs >= 2 && OVERLAP.test(lower))) return undefined;
  const pairs = items.flatMap((a, i) => items.slice(i + 1).map((b) => [a, b] as const));
  const rules = interactionRules.filter((r) =>
    pairs.some(
      ([a, b]) =>
        !(a.drug && a.drug === b.drug && !twice.length) &&
        ((sideHolds(r.a, a) && sideHolds(r.b, b)) || (sideHolds(r.a, b) && sideHolds(r.b, a))),
    ),
  );
  if (!rules.length) return undefined;
  const avoid = [...new Set(mentions.map((m) => m.drug))].flatMap((d) => {
    const plan = DRUG_PLANS[d];
    return plan.kind === 'avoid' && plan.lines[0] ? [entryLine(plan.lines[0][0], plan.lines[0][1])] : [];
  });
  const names = [...new Set(items.map((i) => capital(i.drug ? drugNames(i.drug).generic : i.name)))];
  // "both of the gabapentin-family drugs": a generic said for its class reads badly as "Two gabapentin"; the first
  // rule's own pair names it ("Gabapentin + pregabalin").
  const typedGeneric =
    twice.length > 0 &&
    mentions.some(
      (m) =>
        m.matched.toLowerCase() === twice[0]!.name.toLowerCase() &&
        drugNames(m.drug).generic === m.matched.toLowerCase(),
    );
  const title = !twice.length
    ? names.join(' + ')
    : typedGeneric
      ? rules[0]!.text.split(':')[0]!
      : `Two ${twice[0]!.name}`;
  return renderAnswer({
    title,
    lines: [
      ...rules.map((r) => ({
        text: r.text,
        source: r.source,
        label: r.severity === 'contraindicated' ? 'Contraindicated' : 'Interaction',
      })),
      ...avoid,
    ],
  });
}
