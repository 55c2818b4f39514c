import type { OutputMessage } from '../turn-types.js';
import { renderAnswer } from './answer-message.js';
import { getEntry, hasEntry } from './ports.js';

/**
 * "sources": what the guideline's citation numbers probably refer to (clinical-reference §1), labelled probable. Asked
 * in other words too: "where does this guideline get its evidence?", "what is the pathway based on?".
 */
export const SOURCES_QUESTION =
  /^(?:the )?(?:sources?|references?|citations?|bibliography)\b|\bwhat (?:are|is) (?:the|your) (?:sources?|references?|citations?)|\bwhat does \[?\d\]? (?:refer|stand|point)|\bwhere (?:does|do) (?:this|the (?:guideline|advice)) come from|\bwhere (?:does|do) (?:this|the|it|you)(?: guideline| pathway| bot| advice)? gets? (?:its|the|your|their) (?:evidence|information|info|data|recommendations)|\bevidence base (?:for|of|behind) (?:this|the) (?:guideline|pathway)|\bwhat (?:is|are) (?:this|the) (?:guideline|pathway|advice) based on|\b(?:likely|probable|possible) (?:sources?|references?|papers?)\b/;

export function sourcesMessage(): OutputMessage {
  const keys = ['1', '2', '3', '4', '5', '6', 'cdc-2022'];
  const lines = keys
    .filter((k) => hasEntry(`sources.${k}`))
    .map((k) => ({ text: getEntry(`sources.${k}`).text, label: /^\d$/.test(k) ? `[${k}]` : 'Opioids' }));
  return renderAnswer({
    title: 'Citation numbers: probable sources',
    lines,
    note: 'The guideline text has no reference list; these are the probable sources, not confirmed ones.',
  });
}
