import type { RouteContext } from '../route.js';
import { proposedDrug } from './case-answer.js';
import type { CaseRecord } from './case-record.js';
import { activeRecord } from './case-store.js';
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
