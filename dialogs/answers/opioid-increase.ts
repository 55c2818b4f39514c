import { MME_LIMITS } from '../../src/clinical/calculators/clinical-params.js';
import type { Medication } from '../../src/clinical/case/case-facts.js';
import { opioidLine } from '../../src/clinical/case/case-opioids.js';
import type { OutputMessage } from '../turn-types.js';
import { type AnswerLine, renderAnswer } from './answer-message.js';
import { GUIDELINE_INTENTS } from './guideline-intents.js';
import { entryLine, entryLines } from './knowledge-lines.js';
import { FUNCTION_NOT_BETTER } from './score-change.js';
import { fmt } from './number-format.js';
import { asMedication, mmeLine, mmeText } from './opioid-swap.js';
import { type DrugMention, drugNames, findDrugs, MME_SOURCE } from './ports.js';
import { drugSafety, withSafety } from './safety-lines.js';
import type { QuestionContext } from './question-context.js';

/**
 * "On oxycodone 10 bd, want to go to 20 bd - ok?", "thinking of increasing the oxy to 20 mg bid": a proposed increase
 * of the opioid the patient takes. The answer gives the MME now and after the increase (CDC 2022 factors,
 * clinical-reference.md section 4), then what an increase asks for: reassess within 1-4 weeks of any increase, the
 * 50/90 MME/day thresholds and naloxone at the new dose, and the guideline's rule that an opioid continues only if
 * function improves. A change already made ("went up to 20 bd") is the case's (dose-change.ts), not this.
 * Each increase word is a data row with an example it must read and a counter-example it must not
 * (test/answers/quick-classes-fg18.test.ts).
 */
export const INCREASE_ROWS: readonly { words: string; example: string; counter: string }[] = [
  {
    // "increase to", "increasing it to", "titrate up to", "bump the dose up to", "up it to"
    // ("went up to" is done, not proposed: no bare "up")
    words: String.raw`(?:increas(?:e|ing)|rais(?:e|ing)|titrat(?:e|ing)|up-?titrat(?:e|ing)|bump(?:ing)?|upping|up (?=it|him|her|them|the dose))(?: (?:it|him|her|them|the dose|his dose|her dose|their dose))?(?: up)? to`,
    example: 'oxycodone 10mg bid, thinking of increasing to 20mg bid, new MME?',
    counter: 'oxycodone 10mg bid increased to 20mg bid last week, MME?',
  },
  {
    // the drug (or "the dose") named between the verb and "to": "increase oxycodone to 20 bid", "raise the oxy to 15"
    words: String.raw`(?:increas(?:e|ing)|rais(?:e|ing)|titrat(?:e|ing)|up-?titrat(?:e|ing)|bump(?:ing)?) (?:the |his |her |their )?[a-z][a-z-]{1,24}(?: dose)?(?: up)? to`,
    example: 'oxycodone 10 bid, increase oxycodone to 20 bid, MME?',
    counter: 'oxycodone 10 bid, increased oxycodone to 20 bid last month, MME?',
  },
  {
    // a plan or proposal naming the new regimen: "plan: oxycodone 20 bid", "proposed: oxy 15 bd", "new dose 20 bid"
    words: String.raw`(?:plan|proposed|proposal|new dose|new regimen)(?: is)?\s?[:=-]?(?: (?!was\b|is\b)[a-z][a-z-]{1,24})?`,
    example: 'oxycodone 10 bid, plan: oxycodone 20 bid. MME?',
    counter: 'oxycodone 10 bid, plan was oxycodone 20 bid but she declined. MME?',
  },
  {
    // "go up to", "want to go to", "move her up to"
    words: String.raw`(?:go|going|move|moving)(?: (?:him|her|them))?(?: up)? to`,
    example: 'on oxycodone 10 bd, want to go to 20 bd - ok?',
    counter: 'on oxycodone 10 bd, went up to 20 bd, MME?',
  },
  {
    // the old dose then the new, after a present-tense verb: "increase oxycodone from 10 mg bd to 20 mg bd?"
    words: String.raw`(?:increas(?:e|ing)|rais(?:e|ing)|titrat(?:e|ing)|go(?:ing)? up)\b[^?;\n]{0,40}? from \d[^?;\n]{0,24}? to`,
    example: 'increase oxycodone from 10 mg bd to 20 mg bd?',
    counter: 'oxycodone was increased from 10 mg bd to 20 mg bd, MME?',
  },
];
/**
 * The increase word before the opioid's name and the new dose after it, no current dose typed: "increase norco to
 * 10/325 qid?", "titrate the oxycodone up to 10 qid". The MME now comes from the open case, else is asked for.
 */
export const INCREASE_NAMED_ROW = {
  before:
    /\b(?:increas(?:e|ing)|rais(?:e|ing)|titrat(?:e|ing)|up-?titrat(?:e|ing)|bump(?:ing)?|upping|up)(?: (?:the|his|her|their|pt'?s|patient'?s))? $/,
  after: /^(?: (?:dose|tabs?|tablets?))?(?: up)? to (?=\d)/,
  example: 'increase norco to 10/325 qid?',
  counter: 'increased norco to 10/325 qid last month, MME?',
};

/**
 * The increase said between two regimens of the named opioid, the current one typed after its name: "increase
 * oxycodone 10 bd to 20 bd?", "titrate oxycodone 10mg q6h to 15mg q6h?" (an increase verb before the name), "wants
 * oxycodone increased from 10 mg bd to 20 mg bd" (a wish before the name, the passive after it), "oxycodone 10 bid ->
 * 20 bid?" (an arrow between two regimens, asked, said as no change already made). `before` reads the 40 characters
 * before the name, `after` the text after it: group 1 is the current regimen. A change said done ("was increased
 * from", "went from 10 bd to 20 bd", "-> 20 bid last month") is the case's (dose-change.ts).
 */
export const INCREASE_BETWEEN_ROWS: readonly {
  before?: RegExp;
  after: RegExp;
  asked?: true;
  example: string;
  counter: string;
}[] = [
  {
    before: INCREASE_NAMED_ROW.before,
    after: /^(?: from)? (\d[^?;\n]{0,30}?) (?:to|->|\u2192|=>) (?=\d)/,
    example: 'titrate oxycodone 10mg q6h to 15mg q6h?',
    counter: 'increased oxycodone 10mg q6h to 15mg q6h last month, MME?',
  },
  {
    before:
      /\b(?:wants?|wanting|would like|requests?|requesting|asks? for|asking for|asking to have|should|could|can we|shall we|ok to have)(?: (?:the|his|her|their|pt'?s|patient'?s))? $/,
    after:
      /^(?: dose)?(?: be)? (?:increased|raised|titrated(?: up)?|up-?titrated|upped|bumped(?: up)?) from (\d[^?;\n]{0,30}?) (?:to|->|\u2192|=>) (?=\d)/,
    example: 'wants oxycodone increased from 10 mg bd to 20 mg bd',
    counter: 'oxycodone was increased from 10 mg bd to 20 mg bd, MME?',
  },
  {
    after: /^ (\d[^?;\n>]{0,30}?) ?(?:->|\u2192|=>) ?(?=\d)/,
    asked: true,
    example: 'oxycodone 10 bid -> 20 bid? pt also takes clonazepam 0.5 nocte',
    counter: 'oxycodone 10 bid -> 20 bid last month, MME?',
  },
];

/** A change already made, said in the sentence of an arrow: "-> 20 bid last month", "changed 2 wk ago". */
const SAID_DONE =
  /\b(?:was|were|went|got|has been|had been|ago|already|since|last (?:week|wk|month|mo|visit|review)|changed|increased|raised|titrated)\b/;

/** The regimen between the name and the new one, and the new one, of an INCREASE_BETWEEN_ROWS row. */
function increaseBetween(text: string, now: DrugMention): { now: DrugMention; proposed: DrugMention } | undefined {
  const before = text.slice(Math.max(0, now.start - 40), now.start);
  const after = text.slice(now.end, now.end + 120);
  for (const row of INCREASE_BETWEEN_ROWS) {
    if (row.before && !row.before.test(before)) continue;
    const m = row.after.exec(after);
    if (!m) continue;
    if (row.asked) {
      const end = after.search(/[?.\n]/);
      if (end < 0 || after[end] !== '?' || SAID_DONE.test(after.slice(0, end))) continue;
    }
    const current = findDrugs(`${now.matched} ${m[1]}`)[0];
    const proposed = regimenAfter(now, after.slice(m[0].length));
    if (current?.drug !== now.drug || !proposed) continue;
    const [was, next] = [opioidLine(asMedication(current)).mme, opioidLine(asMedication(proposed)).mme];
    if (was !== undefined && next !== undefined && next > was)
      return { now: { ...current, start: now.start, end: now.end }, proposed };
  }
  return undefined;
}

/** Said as done, not proposed: "increased to", "went up to" (dose-change.ts reads those). */
const INCREASE = new RegExp(String.raw`\b(?:${INCREASE_ROWS.map((r) => r.words).join('|')}) (?=\d)`, 'gi');

const isOpioid = (m: DrugMention): boolean => drugNames(m.drug).drugClass === 'opioid';

/** The regimen typed after the increase word, up to the end of its clause: "20 bd", "20 mg twice a day". */
const CLAUSE_END = /[?;\n]| - |,(?! ?\d)/;

/** The guideline row for a higher dose asked with no functional gain (guideline-intents.ts). */
const NO_GAIN = GUIDELINE_INTENTS.find((i) => i.name === 'opioid-no-gain-increase');

/** The proposed regimen of the one opioid named with a dose, or undefined when the text proposes no increase. */
export function proposedIncrease(
  text: string,
  mentions: readonly DrugMention[],
): { now: DrugMention; proposed: DrugMention } | undefined {
  const opioids = mentions.filter(isOpioid);
  const now = opioids[0];
  if (!now || new Set(opioids.map((m) => m.drug)).size !== 1) return undefined;
  const to = opioids.length === 1 ? INCREASE_NAMED_ROW.after.exec(text.slice(now.end, now.end + 30)) : null;
  if (to && INCREASE_NAMED_ROW.before.test(text.slice(Math.max(0, now.start - 40), now.start))) {
    const proposed = regimenAfter(now, text.slice(now.end + to[0].length));
    if (proposed) return { now: { drug: now.drug, matched: now.matched, start: now.start, end: now.end }, proposed };
  }
  if (opioids.length <= 2) {
    const between = increaseBetween(text, now);
    if (between) return between;
  }
  if (now.doseMg === undefined && now.dailyMg === undefined) return undefined;
  for (const m of text.matchAll(INCREASE)) {
    const start = m.index + m[0].length;
    if (start <= now.end) continue;
    const proposed = regimenAfter(now, text.slice(start));
    if (!proposed) continue;
    // an increase: the new dose's MME above the current one (a reduction or a typo is not answered here)
    const [before, after] = [opioidLine(asMedication(now)).mme, opioidLine(asMedication(proposed)).mme];
    if (before !== undefined && after !== undefined && after > before) return { now, proposed };
  }
  return undefined;
}

/** The opioid's regimen typed in `rest` up to the end of its clause ("20 bd", "10/325 qid"), read as that opioid. */
function regimenAfter(now: DrugMention, rest: string): DrugMention | undefined {
  const end = rest.search(CLAUSE_END);
  const proposed = findDrugs(`${now.matched} ${rest.slice(0, end < 0 ? rest.length : end)}`)[0];
  return proposed?.drug === now.drug ? proposed : undefined;
}

/**
 * The increase's answer: the MME now and proposed, and what any increase asks for, with the safety checks every drug
 * answer carries (safety-lines.ts): the proposed regimen against its label maximum and this patient's caps, the pairs
 * with the other drugs named (the benzodiazepine boxed warning), naloxone with all its reasons. `lower`: the question,
 * `mentions`: every drug it names (the current regimen is replaced by the proposed one).
 */
export function opioidIncreaseMessage(
  increase: { now: DrugMention; proposed: DrugMention },
  held: readonly Medication[],
  lower = '',
  mentions: readonly DrugMention[] = [increase.now],
  caseCtx: QuestionContext = {},
): OutputMessage {
  // the open case's kidneys, age and other medicines count as the question's own (the renal cap, the benzodiazepine)
  const known = { ctx: caseCtx, held: held.filter((h) => h.drug !== increase.now.drug) };
  const name = drugNames(increase.now.drug).generic;
  const now = mmeLine(increase.now, held);
  const others = mentions.filter((m) => m.drug !== increase.now.drug);
  // function said not better ("Function no better. increase to 20 bid?"): not a higher dose, in any clause; the dose
  // taken now is what the safety checks read
  if (FUNCTION_NOT_BETTER.test(lower) && NO_GAIN) {
    const answer = {
      title: `${NO_GAIN.title}; ${name} now ${fmt(now.line.mme ?? 0)} MME/day`,
      lines: [
        ...entryLines(NO_GAIN.ids.filter((id) => id !== 'mme.thresholds')),
        { label: 'Now', text: mmeText(name, now), source: MME_SOURCE },
      ],
    };
    return renderAnswer(withSafety(answer, drugSafety(lower, [increase.now, ...others], now.line.mme, known)));
  }
  const proposed = mmeLine(increase.proposed, held);
  const total = proposed.line.mme ?? 0;
  const lines: AnswerLine[] = [
    {
      label: 'Now',
      text:
        now.line.mme === undefined && now.line.noMme !== 'no-factor'
          ? `${name}: the current dose is not given; give it to compare the MME now with the proposed`
          : mmeText(name, now),
      source: MME_SOURCE,
    },
    { label: 'Proposed', text: mmeText(name, proposed), source: MME_SOURCE },
    entryLine('opioid.cdc-reassess'),
    entryLine('opioid.framework.reassess'),
    // the 50/90 MME/day thresholds are what any increase is weighed against, under them too
    entryLine('mme.thresholds'),
  ];
  const safety = drugSafety(
    lower,
    [{ ...increase.proposed, start: increase.now.start, end: increase.now.end }, ...others],
    total,
    known,
  );
  const flag =
    total >= MME_LIMITS.avoid
      ? ` (at or above ${MME_LIMITS.avoid}: avoid or carefully justify)`
      : total >= MME_LIMITS.reassess
        ? ` (at or above ${MME_LIMITS.reassess}: reassess benefits and risks first)`
        : '';
  const from = now.line.mme === undefined ? 'to' : `${fmt(now.line.mme)} to`;
  return renderAnswer(
    withSafety(
      {
        title: `${name[0]!.toUpperCase()}${name.slice(1)} increase: ${from} ${fmt(total)} MME/day${flag}`,
        lines,
        note: 'MME estimates overdose risk; it is not a conversion table for switching opioids.',
      },
      safety,
    ),
  );
}
