import type { Medication } from '../case/case-facts.js';
import { memberNameOf } from '../knowledge/drug-catalogue.js';
import { PLANNED_AFTER, PLANNED_BEFORE } from './entity-cues.js';
import type { DrugMention } from './find-drugs.js';
import { productOf } from './product-reading.js';

/**
 * Drugs proposed rather than taken: by a colleague or the patient ("pain clinic suggests OxyContin 20 mg twice
 * daily", "patient asking for oxycodone"), planned ("plan: start gabapentin"), or asked about in the message's own
 * question ("can I start oxycodone 5 q6h?", "Wants to try Neurontin - dose?"). They are never the patient's
 * medications (entities.ts drops them as planned); the walk-through judges them against the case (an opioid against
 * the gate and the framework) and answers the question about them.
 */
export interface ProposalSpans {
  /** Sentences that ask something. */
  asked: readonly [number, number][];
  /** Sentences of a plan ("Plan: ...", "Will start ..."). */
  plans: readonly [number, number][];
}

const inside = (spans: readonly [number, number][], at: number) => spans.some(([s, e]) => at >= s && at < e);

/** The clause before a mention: from the last sentence or comma break, at most 60 characters. */
function clauseBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - 60), start);
  let from = 0;
  for (let i = window.length - 1; i >= 0; i--) {
    if ('.;\n,'.includes(window[i]!)) {
      from = i + 1;
      break;
    }
  }
  return window.slice(from);
}

export function proposedDrugs(text: string, mentions: readonly DrugMention[], spans: ProposalSpans): Medication[] {
  const out = new Map<string, Medication>();
  for (const m of mentions) {
    const before = clauseBefore(text, m.start);
    const after = text.slice(m.end, m.end + 60);
    const proposed =
      PLANNED_BEFORE.test(before) ||
      PLANNED_AFTER.test(after) ||
      inside(spans.asked, m.start) ||
      inside(spans.plans, m.start);
    if (!proposed) continue;
    const med: Medication = { drug: m.drug };
    if (m.doseMg !== undefined) med.doseMg = m.doseMg;
    if (m.timesPerDay !== undefined) med.timesPerDay = m.timesPerDay;
    if (m.dailyMg !== undefined && m.doseMg === undefined) med.dailyMg = m.dailyMg;
    if (m.prn) med.prn = true;
    const product = productOf(m);
    if (product) med.product = m.matched.toLowerCase().replace(/\s+/g, ' ');
    const member = memberNameOf(m.drug, m.matched);
    if (member) med.name = member;
    if (m.extendedRelease) med.extendedRelease = true;
    out.set(m.drug, { ...out.get(m.drug), ...med });
  }
  return [...out.values()];
}
