import { drugNames } from '../../src/clinical/knowledge/drug-catalogue.js';
import { extractCaseFacts } from '../../src/clinical/language/index.js';
import type { OutputMessage } from '../turn-types.js';
import { renderAnswer } from './answer-message.js';
import { entryLines } from './knowledge-lines.js';
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
  if (extractCaseFacts(text, receivedAt).patch.radicular !== 'no') return undefined;
  const name = drugNames(drug).generic;
  return renderAnswer({
    title: `${name.charAt(0).toUpperCase()}${name.slice(1)}: not for axial pain; the guideline places gabapentinoids in the radicular branch`,
    lines: [
      ...entryLines(['radicular.assess', RADICULAR_LINE[drug]]).map((l) => ({ ...l, label: 'Radicular branch' })),
      ...entryLines(AXIAL_OPTIONS).map((l) => ({ ...l, label: 'For axial pain' })),
    ],
  });
}
