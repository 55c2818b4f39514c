import type { NonDrugTherapyId } from '../case/case-facts.js';
import type { DrugMention } from './find-drugs.js';

/** A drug or a non-drug therapy named in the (normalized) text. */
export type Entity =
  | { type: 'drug'; start: number; end: number; mention: DrugMention }
  | { type: 'therapy'; start: number; end: number; therapy: NonDrugTherapyId };
