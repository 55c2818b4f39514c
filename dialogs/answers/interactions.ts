import { capital } from '../capital.js';
import type { OutputMessage } from '../turn-types.js';
import { renderAnswer, type AnswerLine } from './answer-message.js';
import { DRUG_PLANS } from './drug-plans.js';
import { entryLine } from './knowledge-lines.js';
import { alcoholDeniedAt } from './question-context.js';
import {
  type DrugId,
  type DrugMention,
  drugNames,
  type InteractionRule,
  type InteractionSeverity,
  interactionRules,
  interactionsAmong,
  agentOf,
  memberNameOf,
} from './ports.js';

/**
 * Interaction findings, strictest first, in the reference's own words (clinical-reference.md section 3):
 * "contraindicated", then an FDA boxed warning, then "avoid" / "not recommended", then a warning. A pair outside the table is "not checked",
 * below every listed finding (NOT_CHECKED). Lines are listed in this order and a several-drug answer's headline
 * carries the first finding with its pair (test/answers/interaction-severity.test.ts).
 */
export const SEVERITY_RANK: readonly { severity: InteractionSeverity; label: string; headline: string }[] = [
  { severity: 'contraindicated', label: 'Contraindicated', headline: 'contraindicated' },
  { severity: 'boxed-warning', label: 'Boxed warning', headline: 'boxed warning' },
  { severity: 'avoid', label: 'Avoid', headline: 'avoid' },
  { severity: 'warning', label: 'Interaction', headline: 'caution' },
];
/** The headline of drugs none of whose pairs is in the reference's table. */
export const NOT_CHECKED = 'not checked by this pathway';

const rankOf = (severity: InteractionSeverity): number => SEVERITY_RANK.findIndex((r) => r.severity === severity);

const holdsDrug = (side: InteractionRule['a'], drug: DrugId): boolean =>
  (side.drugs?.includes(drug) ?? false) || (side.classes?.includes(drugNames(drug).drugClass) ?? false);

/** A rule as found among these drugs: its severity for the partners present, and the pair it names. */
export interface Finding {
  rule: InteractionRule;
  severity: InteractionSeverity;
  /** The two names of the pair as the question gave them ("sertraline", "tramadol"); a condition reads "CKD". */
  pair: readonly [string, string];
}

/**
 * The findings among these drugs, strictest first (data order within a rank). `named`: the name each drug was
 * typed as, for the pair; product names as typed for the rules that name products (Percocet).
 */
export function interactionFindings(
  drugs: readonly DrugId[],
  crcl?: number,
  productNames: readonly string[] = [],
  named: (drug: DrugId) => string = (d) => drugNames(d).generic,
): Finding[] {
  const ids = new Set(interactionsAmong(drugs, [], crcl, productNames));
  const products = productNames.map((n) => n.toLowerCase().replace(/\s+/g, ' '));
  return interactionRules
    .filter((r) => ids.has(r.id))
    .map((rule): Finding => {
      const a = drugs.find((d) => holdsDrug(rule.a, d));
      const partners = drugs.filter((d) => d !== a && holdsDrug(rule.b, d));
      // The partner the reference words most strictly names the pair (duloxetine + sertraline before a triptan).
      const stricter = rule.stricterWith;
      const strict = stricter && partners.find((d) => stricter.classes.includes(drugNames(d).drugClass));
      const b = strict ?? partners[0];
      const productA = products.find((p) => rule.a.names?.includes(p));
      const productB = products.find((p) => p !== productA && rule.b.names?.includes(p));
      const first = a !== undefined ? named(a) : (productA ?? '');
      const second = b !== undefined ? named(b) : (productB ?? (rule.b.conditions?.length ? 'CKD' : ''));
      return { rule, severity: strict && stricter ? stricter.severity : rule.severity, pair: [first, second] };
    })
    .sort((x, y) => rankOf(x.severity) - rankOf(y.severity));
}

/** A finding as an answer line, labelled by its rank. */
export function findingLine(f: Finding): AnswerLine {
  return { text: f.rule.text, source: f.rule.source, label: SEVERITY_RANK[rankOf(f.severity)]!.label };
}

/**
 * The strictest finding for a headline: "contraindicated (phenelzine + tramadol)"; the pair is left out when it is
 * every drug named. NOT_CHECKED when no pair is in the table.
 */
export function strictestHeadline(findings: readonly Finding[], nameCount: number): string {
  const top = findings[0];
  if (!top) return NOT_CHECKED;
  const word = SEVERITY_RANK[rankOf(top.severity)]!.headline;
  const [a, b] = top.pair;
  return nameCount <= 2 || !a || !b ? word : `${word} (${a} + ${b})`;
}

/**
 * Entries said after a rule's line wherever the rule is found: two NSAIDs, then the NSAID class checks (boxed
 * warnings; ask about CKD, anticoagulants, GI bleed...), so the one NSAID kept is checked too (reference section 2).
 */
const AFTER_RULE: Readonly<Record<string, readonly { id: string; label: string }[]>> = {
  'interaction.nsaid-nsaid': [{ id: 'label.nsaid-class', label: 'NSAID safety' }],
};

/** The lines said after these rules' lines (AFTER_RULE), once each. */
export function afterRuleLines(ruleIds: readonly string[]): AnswerLine[] {
  const after = [...new Set(ruleIds)].flatMap((id) => AFTER_RULE[id] ?? []);
  return [...new Map(after.map((a) => [a.id, a])).values()].map((a) => entryLine(a.id, a.label));
}

/**
 * Interaction lines for a set of drugs (clinical-reference §3), from the knowledge base's interactionsAmong,
 * strictest first: used for a quick question naming two drugs and by the walk-through for the drugs of an open case.
 */
export function interactionLines(
  drugs: readonly DrugId[],
  crcl?: number,
  productNames: readonly string[] = [],
): AnswerLine[] {
  return interactionFindings(drugs, crcl, productNames).map(findingLine);
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
  /** The name the answer says ("alcohol" for "drinks", "a few beers"); else the words as typed. */
  name?: string;
  example: string;
  /**
   * Whether the word at `index` names current use of the class: a denied or past word ("no alcohol", "ex-drinker"),
   * another meaning ("good spirits", "drinks 2 litres of water") or the opposite ("non-sedating") is not read.
   */
  accept?: (lower: string, index: number, word: string) => boolean;
  /** Texts whose class word must not be read (test/answers/class-word-guards.test.ts). */
  counters?: readonly string[];
}

/** Drinks that are alcohol: "drinks 4 beers a night", "drinking 3 pints", "a bottle of wine", "14 units". */
const ALCOHOL_DRINK =
  /\b(?:alcohol|etoh|booze|beers?|lagers?|ales?|ciders?|wines?|spirits|vodka|whiske?y|gin|rum|units?|pints?|shots?)\b/;
/** "drinks" said as a habit with no drink named ("drinks most nights", "drinking heavily"), not "a lot of fluids". */
const DRINKING_HABIT =
  /^ (?:heavily|a lot|too much|most (?:nights|days|evenings)|every (?:night|day|evening)|nightly|daily|socially|regularly|at (?:the )?weekends?|on weekends)\b(?! of\b)/;
/** "spirits" as mood ("in good spirits", "high spirits"), not the drink. */
const SPIRITS_MOOD =
  /(?:\b(?:good|high|low|great|fine|poor|bright|better|best|usual|positive|cheerful|reasonable|ok) |\bin )$/;
/** "alcohol-related liver disease", "alcohol related hepatitis": a disease's name. */
const ALCOHOL_RELATED = /^[- ]related\b/;
/** "coffee drinker", "tea drinker"": a drinker of something else. */
const OTHER_DRINKER = /\b(?:coffee|tea|water|milk|soda|cola|coke|juice|fluid) $/;

/** Current alcohol use (clinical-reference.md section 3: the opioid pair is with alcohol taken, not denied or past). */
function currentAlcohol(lower: string, index: number, word: string): boolean {
  if (alcoholDeniedAt(lower, index)) return false;
  const before = lower.slice(Math.max(0, index - 24), index);
  const after = lower.slice(index + word.length);
  if (word === 'spirits') return !SPIRITS_MOOD.test(before);
  // "alcohol-related liver disease" names the disease (liver-words.ts), not alcohol taken now
  if (word === 'alcohol' && ALCOHOL_RELATED.test(after)) return false;
  if (word === 'drinker') return !OTHER_DRINKER.test(before);
  if (word === 'drinks' || word === 'drinking') {
    const clause = after.slice(0, 40).split(/[.;,!?\n]/)[0]!;
    return ALCOHOL_DRINK.test(clause) || DRINKING_HABIT.test(after);
  }
  return true;
}

/** "non-sedating antihistamine", "no sedating antihistamines": not the class of the opioid pair. */
const NOT_SEDATING = /(?:\bnon-?\s?|\b(?:no|not|without|denies|avoid|avoiding)\s)$/;

export const CLASS_WORDS: readonly ClassWord[] = [
  { drugClass: 'opioid', pattern: /\b(?:opioids?|opiates?|narcotics?)\b/g, example: 'opioid plus benzo risk?' },
  { drugClass: 'gabapentinoid', pattern: /\bgabapentinoids?\b/g, example: 'oxycodone with a gabapentinoid?' },
  // clinical-reference.md section 3: alcohol is one of the CNS depressants of the opioid rule.
  {
    drugClass: 'cns-depressant',
    // "pt drinks heavily, on oxycodone, risk?", "tramadol and a few beers": the same rule in clinicians' words.
    pattern: /\b(?:alcohol|etoh|booze|drinking|drinks|drinker|beers?|wine|spirits)\b/g,
    name: 'alcohol',
    example: 'codeine plus alcohol, risk?',
    accept: currentAlcohol,
    counters: [
      'no alcohol, tramadol 50 qid ok?',
      'denies etoh, oxycodone ok?',
      'ex-drinker, tramadol ok?',
      'drinks 2 litres of water a day, tramadol ok?',
      'drinks a lot of fluids, on oxycodone, ok?',
      'pt in good spirits, tramadol ok?',
      'non-drinker, codeine ok?',
      'alcohol-related liver disease, tramadol ok?',
    ],
  },
  // The reference's own words for the class (a named member, diphenhydramine, is a catalogue drug).
  {
    drugClass: 'cns-depressant',
    pattern: /\b(?:sedating|first[- ]generation) antihistamines?\b/g,
    example: 'tramadol with a sedating antihistamine at night?',
    accept: (lower, index) => !NOT_SEDATING.test(lower.slice(Math.max(0, index - 12), index)),
    counters: ['loratadine (non-sedating antihistamine), tramadol ok?', 'tramadol with a non-sedating antihistamine?'],
  },
];

/** With a dose given or asked: the pairs a class word makes with a named drug, as a message after the dose answer. */
export const classWordMessage = (lower: string, mentions: readonly DrugMention[]): OutputMessage | undefined =>
  pairQuestionMessage(lower, mentions, true);

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
  /** The agent named (agentOf): two agents of one row ("meloxicam", "diclofenac") are two drugs. */
  agent?: string;
}

function sideHolds(side: InteractionRule['a'], item: Item): boolean {
  if (item.drug) return (side.drugs?.includes(item.drug) ?? false) || (side.classes?.includes(item.drugClass) ?? false);
  // A class word holds the class, and a rule naming one of its members ("tramadol + an SSRI" for "opioid + SSRI").
  return (
    (side.classes?.includes(item.drugClass) ?? false) ||
    (side.drugs?.some((d) => drugNames(d).drugClass === item.drugClass) ?? false)
  );
}

/** A drug by its generic, a class row's member as typed ("sertraline", not "SSRIs"), a class word as said. */
const itemName = (i: Item): string =>
  i.drug
    ? (memberNameOf(i.drug, i.name) ??
      (i.agent !== undefined && i.agent !== i.drug ? i.name : drugNames(i.drug).generic))
    : i.name;

/**
 * An interaction question the drug answer alone would miss: a class word beside a drug ("opioid with pregabalin -
 * respiratory depression?"), two of one class ("two NSAIDs at once?"), or two drugs taken together while switching
 * ("switching neurontin to lyrica, overlap ok?"). The reference's rules between the items named, then the
 * guideline's avoid line of an avoid drug. Undefined when none of these applies or no rule lists the pair (the drug
 * answer then answers); never when a dose is given or asked.
 */
export function pairQuestionMessage(
  lower: string,
  mentions: readonly DrugMention[],
  /**
   * Read a question with a dose too, for the pairs with a class word only ("Rx oxycodone 5 mg q6h, pt drinks most
   * nights"): the dose answer leads and misses them (classWordMessage).
   */
  classWordsOnly = false,
): OutputMessage | undefined {
  if (!mentions.length) return undefined;
  const dosed = ASKS_DOSE.test(lower) || mentions.some((m) => m.doseMg !== undefined || m.dailyMg !== undefined);
  if (dosed !== classWordsOnly) return undefined;
  const inMention = (start: number, end: number) => mentions.some((m) => start < m.end && end > m.start);
  const drugItems: Item[] = mentions.map((m) => ({
    name: m.matched.toLowerCase(),
    drugClass: drugNames(m.drug).drugClass,
    drug: m.drug,
    agent: agentOf(m.drug, m.matched),
  }));
  // The first use of each class word that is not part of a drug's name (an exec loop: matchAll copies the pattern).
  // "both gabapentinoids", "two opioids": the class word stands for two of its members.
  const classItems: Item[] = CLASS_WORDS.flatMap((w): Item[] => {
    w.pattern.lastIndex = 0;
    for (let m = w.pattern.exec(lower); m; m = w.pattern.exec(lower)) {
      if (inMention(m.index, m.index + m[0].length)) continue;
      if (w.accept && !w.accept(lower, m.index, m[0])) continue;
      const item = { name: w.name ?? m[0], drugClass: w.drugClass };
      return TWO_OF.test(lower.slice(Math.max(0, m.index - 24), m.index)) ? [item, { ...item }] : [item];
    }
    return [];
  });
  const twice = mentions
    .filter((m) => TWO_OF.test(lower.slice(Math.max(0, m.start - 24), m.start)))
    .map((m): Item => ({ name: m.matched, drugClass: drugNames(m.drug).drugClass }));
  const distinctDrugs = new Set(mentions.map((m) => m.drug)).size;
  // two agents of one row ("meloxicam + diclofenac gel"): a pair the drug answer, by drug ids, cannot see
  const twoAgents = new Set(drugItems.map((i) => i.agent)).size > distinctDrugs;
  const items = classWordsOnly ? [...drugItems, ...classItems] : [...drugItems, ...classItems, ...twice];
  if (
    !classItems.length &&
    (classWordsOnly || (!twice.length && !twoAgents && !(distinctDrugs >= 2 && OVERLAP.test(lower))))
  )
    return undefined;
  const pairs = items
    .flatMap((a, i) => items.slice(i + 1).map((b) => [a, b] as const))
    .filter(([a, b]) => !classWordsOnly || !a.drug || !b.drug);
  const pairOf = (r: InteractionRule) =>
    pairs.find(
      ([a, b]) =>
        !(a.drug && a.drug === b.drug && a.agent === b.agent && !twice.length) &&
        ((sideHolds(r.a, a) && sideHolds(r.b, b)) || (sideHolds(r.a, b) && sideHolds(r.b, a))),
    );
  // A partner the reference words more strictly (an SSRI with duloxetine: not recommended) gives its severity.
  const severityOf = (r: InteractionRule): InteractionSeverity => {
    const stricter = r.stricterWith;
    const strict = items.some(
      (i) => stricter?.classes.includes(i.drugClass) && sideHolds(r.b, i) && !sideHolds(r.a, i),
    );
    return strict && stricter ? stricter.severity : r.severity;
  };
  // Strictest first, as every interaction answer lists them (SEVERITY_RANK).
  const rules = interactionRules
    .filter((r) => pairOf(r) !== undefined)
    .sort((x, y) => rankOf(severityOf(x)) - rankOf(severityOf(y)));
  if (!rules.length) return undefined;
  const avoid = [...new Set(mentions.map((m) => m.drug))].flatMap((d) => {
    const plan = DRUG_PLANS[d];
    return plan.kind === 'avoid' && plan.lines[0] ? [entryLine(plan.lines[0][0], plan.lines[0][1])] : [];
  });
  const names = [...new Set(items.map((i) => capital(itemName(i))))];
  // "both of the gabapentin-family drugs": a generic said for its class reads badly as "Two gabapentin"; the first
  // rule's own pair names it ("Gabapentin + pregabalin").
  const typedGeneric =
    twice.length > 0 &&
    mentions.some(
      (m) =>
        m.matched.toLowerCase() === twice[0]!.name.toLowerCase() &&
        drugNames(m.drug).generic === m.matched.toLowerCase(),
    );
  const named = !twice.length
    ? names.join(' + ')
    : typedGeneric
      ? rules[0]!.text.split(':')[0]!
      : `Two ${twice[0]!.name}`;
  // The headline carries the strictest finding, naming its pair when more than two were named.
  const top = rules[0]!;
  const pair = (pairOf(top) ?? []).map(itemName);
  const word = SEVERITY_RANK[rankOf(severityOf(top))]!.headline;
  const title = `${named}: ${names.length > 2 && pair.length === 2 ? `${word} (${pair.join(' + ')})` : word}`;
  return renderAnswer({
    title,
    lines: [
      ...rules.map((r) => ({ text: r.text, source: r.source, label: SEVERITY_RANK[rankOf(severityOf(r))]!.label })),
      ...afterRuleLines(rules.map((r) => r.id)),
      ...avoid,
    ],
  });
}
