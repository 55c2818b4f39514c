import { drugNames } from '../../src/clinical/knowledge/drug-catalogue.js';
import { populationsIn } from '../../src/clinical/language/populations.js';
import { populationNotCovered } from '../population-hold.js';
import { drugDoseCard, type DrugDoseCard } from './drug-dose-card.js';
import { PATHWAY_DRUGS, searchDrugs } from './drug-search.js';

/** What the compose-box search shows: dosing cards to pick from, or a message saying what to type. */
export type DrugSearchResult = { kind: 'cards'; cards: DrugDoseCard[] } | { kind: 'message'; text: string };

const examples = () => PATHWAY_DRUGS.map((d) => drugNames(d).generic).join(', ');

export function drugSearchResult(query: string): DrugSearchResult {
  // A patient outside the pathway's adults ("naproxen 13 year old", "tramadol pregnant"): no dosing card.
  const outside = populationsIn(query.slice(0, 200));
  if (outside.length) return { kind: 'message', text: populationNotCovered(outside).replace(/\*\*/g, '') };
  const cards = searchDrugs(query).flatMap((d) => drugDoseCard(d) ?? []);
  if (cards.length) return { kind: 'cards', cards };
  const shown = query.trim().slice(0, 40);
  return {
    kind: 'message',
    text: shown ? `No guideline drug matches "${shown}". Try ${examples()}.` : `Type a drug name, e.g. ${examples()}.`,
  };
}
