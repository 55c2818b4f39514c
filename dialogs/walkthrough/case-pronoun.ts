import type { RouteContext, RouteResult } from '../route.js';
import { DOSE_WORDS } from '../answers/drug-answer.js';
import { type DrugOptionId, OPTION_GUIDELINE_LINE } from '../../src/clinical/knowledge/option-rules.js';
import { evaluatePathway, findDrugs } from './ports.js';
import { extraction } from './read-text.js';
import { proposedDrug } from './case-answer.js';
import type { CaseRecord } from './case-record.js';
import { activeRecord, putCase } from './case-store.js';
import { drugNames, type DrugId } from '../../src/clinical/knowledge/drug-catalogue.js';
import { isHeld } from '../../src/clinical/case/medication-facts.js';
import { drugOptionOf } from '../answers/question-context.js';

/**
 * An interaction question asked mid-case about "it" ("does it interact with letrozole?", "is that ok with her
 * sertraline?") or about the patient's other medicine alone ("any issue with her levothyroxine?"): the drug meant is
 * the case's, the one its next step proposes, else the ones it holds. The question is answered as if that drug were
 * named, so a listed pair gets the reference's answer and an unlisted one "not checked by this pathway"
 * (clinical-reference.md section 3), never the pathway's "not covered". Each row rewrites its example
 * (test/walkthrough/mid-case-corrections.test.ts).
 */
export const CASE_DRUG_QUESTION_ROWS: readonly {
  re: RegExp;
  example: string;
  rewrite: (m: RegExpExecArray, drug: string) => string;
}[] = [
  {
    // the pronoun as the subject of a pair question: "does it interact with", "is this ok with", "can that be given
    // with", "will it clash with"
    re: /\b(?:does|do|will|would|can|could|is|would|might) (?:it|this|that)(?= (?:interact|interfere|clash|mix|go|be (?:given|used|taken|combined)|ok(?:ay)?|safe|fine|alright|compatible)\b)/i,
    example: 'does it interact with letrozole?',
    rewrite: (m, drug) => m[0].replace(/\b(?:it|this|that)$/i, drug),
  },
  {
    // "any issue with her levothyroxine?", "problems with his lithium?", "interaction with her letrozole?": the
    // patient's own medicine named with a possessive, and no drug of the case's named
    re: /^\W{0,3}(?:(?:so|ok|okay|and|also)\W{1,3})?(?:(?:is there|are there|any)\s)?(?:an?\s)?(?:issues?|problems?|concerns?|clash(?:es)?|interactions?)\s(?:with|for)\s(?:his|her|their)\s/i,
    example: 'any issue with her levothyroxine?',
    rewrite: (_m, drug) => `does ${drug} interact with `,
  },
];

/**
 * The turn's text with the case's drug named in place of "it" (see CASE_DRUG_QUESTION_ROWS), or the context as it
 * was: no case open, no such question, or the question names a drug of the case's itself.
 */
export function namingTheCaseDrug(ctx: RouteContext): RouteContext {
  const record = activeRecord(ctx.state);
  if (!record) return ctx;
  // "redo the dose?" after a correction: asked of the one drug the case is considering (several: which, in buttons)
  if (asksCaseDose(ctx.text)) {
    const drugs = caseDoseDrugs(record);
    if (drugs.length !== 1) return ctx;
    const text = `${drugNames(drugs[0]!).generic.toLowerCase()} dose?`;
    return { ...ctx, text, lower: text };
  }
  for (const row of CASE_DRUG_QUESTION_ROWS) {
    const m = row.re.exec(ctx.text);
    if (!m) continue;
    const drugs = caseDrugs(record);
    if (!drugs.length) return ctx;
    const said = drugs.map((d) => drugNames(d).generic.toLowerCase()).join(' and ');
    const text = `${ctx.text.slice(0, m.index)}${row.rewrite(m, said)}${ctx.text.slice(m.index + m[0].length)}`;
    return { ...ctx, text, lower: text.toLowerCase() };
  }
  return ctx;
}

/** The drug "it" means: the one the next step proposes, else the pathway drugs the case holds. */
function caseDrugs(record: CaseRecord): DrugId[] {
  const proposed = proposedDrug(record.facts);
  if (proposed) return [proposed];
  const held = record.facts.medications.filter((m) => isHeld(m) && drugOptionOf(m.drug) !== undefined);
  return [...new Set(held.map((m) => m.drug))];
}

/**
 * A dose asked mid-case with no drug named, the whole message ("dose?", "redo the dose?", "does that change the
 * dose?", "what dose now?"): asked of the drug the case is considering (caseDoseDrugs), recomputed on the case's facts
 * as they now stand. Anchored on the whole message and built of bounded alternatives: linear. Each row reads its
 * example and not its counter-example (test/walkthrough/case-dose-drug.test.ts).
 */
const DOSE_WORD = '(?:dose|dosing|dosage)';
/** A whole message: an opening "so" / "ok" and closing marks aside, only the row's words. */
const caseDoseRow = (body: string): RegExp =>
  new RegExp(String.raw`^\W{0,3}(?:(?:so|ok|okay|and|then|right)\W{1,3})?${body}\W{0,3}$`, 'i');

export const CASE_DOSE_QUESTION_ROWS: readonly { re: RegExp; example: string; counter: string }[] = [
  {
    // the dose alone, or redone: "dose?", "new dose?", "redo the dose?", "recalculate her dose please"
    re: caseDoseRow(
      `(?:(?:re-?do|recalc(?:ulate)?|re-?check|update|adjust|work out)(?: (?:the|his|her|their))? )?(?:new |right |correct |the )?${DOSE_WORD}(?: (?:now|then|please|pls))?`,
    ),
    example: 'redo the dose?',
    counter: 'dose of vitamin D?',
  },
  {
    // whether a correction changes it: "does that change the dose?", "does this alter her dosing?"
    re: caseDoseRow(
      `(?:does|will|would) (?:that|this|it) (?:change|alter|affect) (?:the|his|her|their) ${DOSE_WORD}(?: (?:now|then))?`,
    ),
    example: 'does that change the dose?',
    counter: 'does that change the plan?',
  },
  {
    // the dose asked as a question word: "what dose now?", "what's the dose then?", "which dose should we use?"
    re: caseDoseRow(
      `(?:what|which)(?:'s| is)? (?:the )?(?:new |right |correct )?${DOSE_WORD}(?: (?:now|then|should (?:i|we) (?:use|give|start)|for (?:him|her|them)(?: now)?))?`,
    ),
    example: 'what dose now?',
    counter: 'what dose of omega-3?',
  },
];

/** The message is a drugless dose question (CASE_DOSE_QUESTION_ROWS). */
export function asksCaseDose(text: string): boolean {
  return CASE_DOSE_QUESTION_ROWS.some((row) => row.re.test(text));
}

/**
 * The drugs a drugless dose question is about: the one the case is considering (planned, or its last dose answer),
 * else the one drug its next step proposes; else every drug option it recommends now or holds (the NSAID option as
 * the NSAID it holds, else naproxen), for the clinician to choose.
 */
export function caseDoseDrugs(record: CaseRecord): DrugId[] {
  // a considered drug whose trial has since closed (failed, not tolerated, stopped) gives way to the next step
  const considered = record.considering;
  const closed = (d: DrugId) =>
    record.facts.medications.some(
      (m) => m.drug === d && (m.stopped === true || m.outcome === 'ineffective' || m.outcome === 'not-tolerated'),
    );
  if (considered && !closed(considered)) return [considered];
  const proposed = proposedDrug(record.facts);
  if (proposed) return [proposed];
  const held = caseDrugs(record);
  const view = evaluatePathway(record.facts);
  const recommended = (Object.entries(OPTION_GUIDELINE_LINE) as [DrugOptionId, string][])
    .filter(([, id]) => view.recommendations.includes(id))
    .map(([option]) => (option === 'nsaid' ? (held.find((d) => drugOptionOf(d) === 'nsaid') ?? 'naproxen') : option));
  return [...new Set([...recommended, ...held])];
}

/**
 * The case's drug a message makes the one considered: a single pathway drug named with a dose asked ("tramadol
 * dose?") or proposed to start ("planning to start duloxetine"). Undefined: the message leaves it as it was.
 */
export function consideredIn(text: string, receivedAt: string): DrugId | undefined {
  const one = (drugs: readonly DrugId[]): DrugId | undefined => {
    const options = [...new Set(drugs)].filter((d) => drugOptionOf(d) !== undefined);
    return options.length === 1 ? options[0] : undefined;
  };
  const named = findDrugs(text);
  if (!named.length) return undefined;
  return (
    one(extraction(text, receivedAt).proposals.map((p) => p.drug)) ??
    (DOSE_WORDS.test(text.toLowerCase()) ? one(named.map((m) => m.drug)) : undefined)
  );
}

/** The turn's result with the open case's considered drug updated from what the message said (consideredIn). */
export function withConsideredDrug(ctx: RouteContext, result: RouteResult): RouteResult {
  const state = result.state;
  const record = state ? activeRecord(state) : undefined;
  if (!state || !record || !ctx.text) return result;
  const drug = consideredIn(ctx.text, ctx.input.receivedAt);
  if (!drug || drug === record.considering) return result;
  return { ...result, state: putCase(state, { ...record, considering: drug }) };
}
