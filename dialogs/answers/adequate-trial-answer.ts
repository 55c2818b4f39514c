import { capital } from '../capital.js';
import type { OutputMessage } from '../turn-types.js';
import { type AnswerLine, renderAnswer } from './answer-message.js';
import { entryLine } from './knowledge-lines.js';
import { NO_DRUG_OPTION_LEFT, nextAfterTried, OPTION_TITLE, uniqueText } from './next-option.js';
import { type DrugId, drugNames, findDrugs } from './ports.js';
import { drugOptionOf } from './question-context.js';
import { guidelineDoseText, verdictAnswerLine } from './trial-verdict.js';
import { OFFERED_DRUGS } from '../../src/clinical/case/option-status.js';
import { GUIDELINE_DRUG_STEPS } from '../../src/clinical/knowledge/option-rules.js';
import { ADEQUATE_TRIAL } from '../../src/clinical/knowledge/case-readings.js';
import { OCCASIONAL_USE } from '../../src/clinical/language/trial-questions.js';

/**
 * "How many weeks before I can say duloxetine didn't work?", "define treatment failure", "when can I call the NSAID a
 * flop", "tramadol prn once or twice a week, does that count as tried?": the reference's adequate trial (the
 * guideline's adequate dose taken for at least 4 weeks, reading.adequate-trial) leads, with the adequate dose of the
 * drug named (every option's when none is), occasional as-needed use said not to be one, then what comes next (the
 * guideline's next option after the named drug; the escalation line for each option when none is named).
 */

/** The options an adequate trial is read for (the reference names these four doses), in the guideline's order. */
const TRIAL_OPTIONS: readonly DrugId[] = ['duloxetine', 'other-nsaid', 'tramadol'];

/** A drug's adequate dose as the guideline says it (`dose`), and with its name (`said`): the NSAID class by its line. */
function doseLine(drug: DrugId): { said: string; dose: string; line: AnswerLine } | undefined {
  if (drugOptionOf(drug) === 'nsaid' && guidelineDoseText(drug) === undefined) {
    const said = 'naproxen 500 mg twice daily or ibuprofen 600-800 mg three times daily';
    return { said, dose: said, line: entryLine('escalation.nsaid-adequate-dose', 'NSAID') };
  }
  const dose = guidelineDoseText(drug);
  if (!dose) return undefined;
  const line = verdictAnswerLine({ text: `${capital(drugNames(drug).generic)}: ${dose.text}.`, id: dose.id });
  return { said: `${drugNames(drug).generic} ${dose.text}`, dose: dose.text, line };
}

/**
 * "If it fails": the options of the guideline's earlier steps are taken as tried before it (tramadol follows
 * duloxetine and NSAIDs), so the next option is the guideline's next after the named drug.
 */
function stepOf(drug: DrugId): number {
  const option = drugOptionOf(drug);
  return GUIDELINE_DRUG_STEPS.findIndex((s) => option !== undefined && s.includes(option));
}
const GUIDELINE_STEP_DRUG = (drug: DrugId): boolean => stepOf(drug) >= 0;

function triedBefore(drug: DrugId): DrugId[] {
  const earlier = GUIDELINE_DRUG_STEPS.slice(0, Math.max(0, stepOf(drug))).flat();
  return [...earlier.map((o) => OFFERED_DRUGS[o][0]!), drug];
}

export function adequateTrialMessage(lower: string): OutputMessage {
  const min = ADEQUATE_TRIAL.minWeeks;
  const named = [...new Set(findDrugs(lower).map((m) => m.drug))].filter((d) => doseLine(d) !== undefined);
  const reading = entryLine(ADEQUATE_TRIAL.entry);
  const reassess = entryLine('monitor.reassess-2-4-weeks');
  const drug = named.length === 1 ? named[0] : undefined;
  if (!drug) {
    // none named (or several): every option's adequate dose, and each option's guideline line says what comes next
    const drugs = named.length ? named : TRIAL_OPTIONS;
    const doses = drugs.map((d) => doseLine(d)!);
    return renderAnswer({
      title: `An adequate trial: the guideline's adequate dose for at least ${min} weeks (${doses.map((d) => d.said).join('; ')})`,
      lines: uniqueText([
        reading,
        ...doses.map((d) => d.line),
        reassess,
        ...(named.length ? [] : [entryLine('escalation.tramadol', 'Next')]),
      ]),
    });
  }
  const dose = doseLine(drug)!;
  const name =
    drugOptionOf(drug) === 'nsaid' && guidelineDoseText(drug) === undefined ? 'an NSAID' : drugNames(drug).generic;
  // "tramadol prn once or twice a week, does that count as tried?": occasional use is no trial; the adequate one follows
  if (OCCASIONAL_USE.test(lower))
    return renderAnswer({
      title: `Occasional as-needed ${name} is not an adequate trial (${dose.dose}, taken regularly for at least ${min} weeks)`,
      lines: uniqueText([
        verdictAnswerLine({
          text: `${capital(name)} taken now and then as needed is not an adequate trial: it needs ${dose.said} taken regularly for at least ${min} weeks.`,
          id: ADEQUATE_TRIAL.entry,
        }),
        reading,
        dose.line,
        reassess,
      ]),
    });
  // a drug outside the guideline's escalation steps (pregabalin) has no next option said here
  const next = GUIDELINE_STEP_DRUG(drug) ? nextAfterTried({}, triedBefore(drug)) : undefined;
  const then = !next
    ? ''
    : next.option
      ? `; if it fails, next option: ${OPTION_TITLE[next.option]}`
      : `; if it fails: ${NO_DRUG_OPTION_LEFT.next}`;
  return renderAnswer({
    title: `An adequate trial of ${name}: ${dose.dose} for at least ${min} weeks${then}`,
    lines: uniqueText([reading, dose.line, reassess, ...(next?.lines ?? [])]),
  });
}
