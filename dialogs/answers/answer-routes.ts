import type { Route, RouteContext, RouteResult } from '../route.js';
import type { OutputMessage } from '../turn-types.js';
import { plain } from './answer-message.js';
import { isCalculatorCommand, runCalculatorCommand } from './calculator-answers.js';
import { answerDrugQuestion, COVERED_DRUGS, DOSE_WORDS } from './drug-answer.js';
import type { Medication } from '../../src/clinical/case/case-facts.js';
import { isHeld } from '../../src/clinical/case/medication-facts.js';
import { answerGuidelineQuestion, notCoveredMessage } from './guideline-answer.js';
import { isQuestion } from '../../src/clinical/language/question-shape.js';
import { drugNames, findDrugs, type DrugMention } from './ports.js';
import { answerProductQuestion } from './product-answer.js';
import { caseContext, type QuestionContext } from './question-context.js';
import { isRedFlagQuestion, redFlagMessage } from './red-flag-answer.js';
import { expandIntervals } from './regimen-shorthand.js';
import { SOURCES_QUESTION, sourcesMessage } from './sources-answer.js';

/**
 * The quick answers as router routes, in priority order (inserted before the fallback in dialogs/router.ts).
 * A quick question is short; longer text is left to the walk-through (case descriptions) or the fallback.
 */
export const MAX_QUESTION_CHARS = 300;

/** A procedure question naming steroids is about injections, not systemic steroids. */
const PROCEDURE = /epidural|injection|nerve block|\besi\b/;
/** Questions about when to switch or what follows a failed drug are pathway questions, unless a dose is given. */
/** Fitness to drive or operate machinery on a drug: not in the guideline or the clinical reference. */
const DRIVING = /\b(?:driv(?:e|es|ing|er)|operat\w* (?:heavy )?machinery|fly(?:ing)? a plane|pilot)\b/;
const PATHWAY_QUESTION =
  /how long|how often|before switching|\bfail(?:s|ed|ure)?\b|didn'?t (?:work|help)|not (?:working|helping)|what (?:now|next)|next step/;

// Accents dropped so that "duloxétine" or "naproxène" are still recognised; "q6" read as "q6h".
const questionText = (ctx: RouteContext): string => expandIntervals(ctx.text.normalize('NFD').replace(/\p{M}/gu, ''));

const mentionsCache = new WeakMap<RouteContext, DrugMention[]>();
function mentions(ctx: RouteContext): DrugMention[] {
  let found = mentionsCache.get(ctx);
  if (!found) {
    found = ctx.text.length <= MAX_QUESTION_CHARS ? findDrugs(questionText(ctx)) : [];
    mentionsCache.set(ctx, found);
  }
  return found;
}

const answer = (ctx: RouteContext, message: OutputMessage): RouteResult => ({
  state: ctx.state,
  output: { messages: [message] },
});
const short = (ctx: RouteContext): boolean => ctx.text.length <= MAX_QUESTION_CHARS;

export const calculatorRoute: Route = {
  name: 'answers.calculator',
  matches: (ctx) => short(ctx) && isCalculatorCommand(ctx.text),
  handle: (ctx) => answer(ctx, runCalculatorCommand(ctx.text)?.message ?? notCoveredMessage()),
};

export const sourcesRoute: Route = {
  name: 'answers.sources',
  matches: (ctx) => short(ctx) && SOURCES_QUESTION.test(ctx.lower),
  handle: (ctx) => answer(ctx, sourcesMessage()),
};

/** The open walk-through case's age, kidney and liver facts, so that "tramadol dose?" mid-case applies them. */
function openCaseContext(ctx: RouteContext): QuestionContext {
  const open = ctx.state.cases.find((c) => c.label === ctx.state.activeCase);
  return open ? caseContext(open.label, open.facts) : {};
}

/** The open case's held medicines, so acetaminophen is added up with what the case already takes (issue 12). */
function openCaseMedications(ctx: RouteContext): Medication[] {
  const open = ctx.state.cases.find((c) => c.label === ctx.state.activeCase);
  return open ? open.facts.medications.filter(isHeld) : [];
}

function defersToGuideline(ctx: RouteContext): boolean {
  const found = mentions(ctx);
  const dosed = found.some((m) => m.doseMg !== undefined || m.dailyMg !== undefined);
  return (
    PROCEDURE.test(ctx.lower) ||
    (!dosed && found.length === 1 && PATHWAY_QUESTION.test(ctx.lower) && !DOSE_WORDS.test(ctx.lower))
  );
}

export const drugRoute: Route = {
  name: 'answers.drug',
  matches: (ctx) => mentions(ctx).length > 0 && !defersToGuideline(ctx),
  handle: (ctx) =>
    answer(
      ctx,
      // People outside the pathway's adults never reach here: dialogs/population-hold.ts answers them first.
      DRIVING.test(ctx.lower)
        ? drivingMessage(mentions(ctx))
        : (answerProductQuestion(
            questionText(ctx).toLowerCase(),
            mentions(ctx),
            openCaseContext(ctx),
            openCaseMedications(ctx),
          ) ?? answerDrugQuestion(questionText(ctx).toLowerCase(), mentions(ctx), openCaseContext(ctx))),
    ),
};

function drivingMessage(found: DrugMention[]): OutputMessage {
  const names = [...new Set(found.map((m) => drugNames(m.drug).generic))];
  return plain(
    `This pathway does not cover driving or operating machinery on ${names.join(' or ')}, so I have no advice on it from the pathway; check the drug label and local rules. For what the pathway says about the drug itself, ask e.g. "${names[0]} dose?".`,
  );
}

/** A dose question about a drug the catalogue does not know: honest "not covered", never a dose. */
export const unknownDrugRoute: Route = {
  name: 'answers.unknown-drug',
  matches: (ctx) => short(ctx) && DOSE_WORDS.test(ctx.lower),
  handle: (ctx) =>
    answer(
      ctx,
      plain(`That drug is not covered by this pathway, so I give no dose for it. The pathway covers ${COVERED_DRUGS}.`),
    ),
};

/** Red-flag questions: the headline states the level of urgency (reference section 6). */
export const redFlagRoute: Route = {
  name: 'answers.red-flags',
  matches: (ctx) => short(ctx) && isRedFlagQuestion(ctx.lower),
  handle: (ctx) => answer(ctx, redFlagMessage(ctx.text)),
};

export const guidelineRoute: Route = {
  name: 'answers.guideline',
  matches: (ctx) => short(ctx) && (isQuestion(ctx.lower) || answerGuidelineQuestion(ctx.lower) !== undefined),
  handle: (ctx) => answer(ctx, answerGuidelineQuestion(ctx.lower) ?? notCoveredMessage()),
};

export const answerRoutes: Route[] = [
  calculatorRoute,
  sourcesRoute,
  drugRoute,
  unknownDrugRoute,
  redFlagRoute,
  guidelineRoute,
];
