import { drugNames } from '../../src/clinical/knowledge/drug-catalogue.js';
import { extractCaseFacts } from '../../src/clinical/language/index.js';
import type { OutputMessage } from '../turn-types.js';
import { mayStillBeTaken } from '../../src/clinical/case/medication-facts.js';
import { taperRuleFor } from '../../src/clinical/knowledge/case-readings.js';
import { type AnswerLine, renderAnswer } from './answer-message.js';
import { entryLine, entryLines } from './knowledge-lines.js';
import type { DrugMention } from './ports.js';

/** The gabapentinoids' guideline lines: the radicular branch only (guideline: assessment for radicular component). */
const RADICULAR_LINE = { gabapentin: 'radicular.gabapentin', pregabalin: 'radicular.pregabalin' } as const;

/** What the guideline offers for axial pain after initial therapy: duloxetine, an NSAID at an adequate dose. */
const AXIAL_OPTIONS = ['escalation.duloxetine', 'escalation.nsaid-adequate-dose'] as const;

/**
 * A gabapentinoid asked for axial pain ("gabapentin for axial back pain, no leg sx?", "lyrica for non-radicular
 * LBP?"): the guideline places gabapentinoids in the radicular branch, so the answer says that and gives the axial
 * options, never the dose as if it applied. Undefined when another drug is asked too or radicular pain is not denied.
 */
export function axialGabapentinoidMessage(
  text: string,
  mentions: readonly DrugMention[],
  receivedAt: string,
): OutputMessage | undefined {
  const drugs = [...new Set(mentions.map((m) => m.drug))];
  if (drugs.length !== 1) return undefined;
  const drug = drugs[0]!;
  if (drug !== 'gabapentin' && drug !== 'pregabalin') return undefined;
  const patch = extractCaseFacts(text, receivedAt).patch;
  if (patch.radicular !== 'no') return undefined;
  const name = drugNames(drug).generic;
  // taken now ("repeat Rx pregabalin ... done nothing in 5 months"): not continued if ineffective, and tapered
  // (a dose or a length said of it, not the bare name asked about)
  const taken = patch.medications?.find(
    (m) => m.drug === drug && mayStillBeTaken(m) && (m.doseMg !== undefined || m.durationWeeks !== undefined),
  );
  const taper = taperRuleFor(drug);
  const takenLines: AnswerLine[] = taken
    ? [
        entryLine('pitfall.continuing-ineffective'),
        ...(taper
          ? [{ ...entryLine(taper.entry), label: 'Taken now', text: `${name} taken now: if stopping, ${taper.rule}.` }]
          : []),
      ]
    : [];
  return renderAnswer({
    title: `${name.charAt(0).toUpperCase()}${name.slice(1)}: not for axial pain; the guideline places gabapentinoids in the radicular branch`,
    lines: [
      ...takenLines,
      ...entryLines(['radicular.assess', RADICULAR_LINE[drug]]).map((l) => ({ ...l, label: 'Radicular branch' })),
      ...entryLines(AXIAL_OPTIONS).map((l) => ({ ...l, label: 'For axial pain' })),
    ],
  });
}
