import type { CaseFacts, Medication } from '../../src/clinical/case/case-facts.js';
import { medicationName } from '../../src/clinical/case/medication-facts.js';
import { washoutDaysAfterStop } from '../../src/clinical/knowledge/option-rules.js';
import type { Extraction, StopToPlace } from '../../src/clinical/language/extract-case-facts.js';
import type { HistoryEntry } from './case-record.js';

/**
 * A stop said of "it" that the message does not place itself (Extraction.stopsToPlace: "it's been 3 weeks since she
 * stopped it", said of the open case). "It" is clear when the case holds one medicine not yet stopped, or when the
 * previous message named one (the one medicine its turn added or changed): the stop is recorded as a named one is
 * (with how long ago for a drug with a washout: an MAOI's 14 days). Otherwise, or when the message itself named
 * several ("on phenelzine and sertraline, stopped it 10 days ago"), nothing is guessed and the reply asks which: a
 * medicine wrongly stopped would lose its interactions, one left held keeps them (the safer side).
 */
export function placeStops(
  ex: Pick<Extraction, 'stopsToPlace'>,
  patch: Partial<CaseFacts>,
  record: { facts: CaseFacts; history?: readonly HistoryEntry[] } | undefined,
): { patch: Partial<CaseFacts>; ask?: string } {
  const stops = ex.stopsToPlace ?? [];
  if (!stops.length) return { patch };
  const placed: Medication[] = [];
  const unclear: string[][] = [];
  for (const stop of stops) {
    const candidates = stop.names ? [] : referents(record, patch);
    if (!stop.names && candidates.length === 1) placed.push(stoppedNow(candidates[0]!, stop));
    else unclear.push(stop.names ?? notStopped(record?.facts, patch).map(medicationName));
  }
  const withStops = placed.length ? { ...patch, medications: [...(patch.medications ?? []), ...placed] } : patch;
  return unclear.length ? { patch: withStops, ask: whichAsk(unclear[0]!, stops[0]!) } : { patch: withStops };
}

/**
 * The same, said while a drug's trial question is pending ("Has duloxetine been tried?" - "stopped it after 6 weeks, no
 * help"): "it" is the drug asked about, and the answer reads it (`asked` undefined). But with a drug whose stop starts
 * a washout (an MAOI) still held in the case, "stopped that 10 days ago" may be that drug: nothing is applied, and the
 * reply asks which (`asked` names the question's drug).
 */
export function stopInTrialAnswer(
  ex: Pick<Extraction, 'stopsToPlace'>,
  facts: CaseFacts,
  askedName: string,
): string | undefined {
  const stop = ex.stopsToPlace?.[0];
  if (!stop) return undefined;
  const washout = notStopped(facts, {}).filter((m) => washoutDaysAfterStop(m.drug) !== undefined);
  return washout.length ? whichAsk([...washout.map(medicationName), askedName], stop) : undefined;
}

const keyOf = (m: Medication) => `${m.drug}|${m.product ?? ''}|${medicationName(m)}`;

/** The medicines the case (with this message's own) holds and has not been told are stopped, one per name. */
function notStopped(facts: CaseFacts | undefined, patch: Partial<CaseFacts>): Medication[] {
  const all = [...(facts?.medications ?? []), ...(patch.medications ?? [])].filter((m) => m.stopped !== true);
  return [...new Map(all.map((m) => [keyOf(m), m])).values()];
}

/** Medicines said stopped with no date whose stop starts a washout (an MAOI): the case asks when. */
function undatedWashoutStops(facts: CaseFacts | undefined, patch: Partial<CaseFacts>): Medication[] {
  const all = [...(facts?.medications ?? []), ...(patch.medications ?? [])];
  const undated = all.filter(
    (m) => m.stopped === true && m.stoppedDaysAgo === undefined && washoutDaysAfterStop(m.drug) !== undefined,
  );
  // a later mention of the same medicine with a date has placed it already
  const dated = new Set(all.filter((m) => m.stoppedDaysAgo !== undefined).map(keyOf));
  return [...new Map(undated.filter((m) => !dated.has(keyOf(m))).map((m) => [keyOf(m), m])).values()];
}

/** The one medicine "it" can be: the only one not stopped, else the only one the previous message named. */
function referents(
  record: { facts: CaseFacts; history?: readonly HistoryEntry[] } | undefined,
  patch: Partial<CaseFacts>,
): Medication[] {
  // "was on phenelzine" (stopped, no date): the reply asked when, so "stopped it 3 weeks ago" dates that drug
  const undated = undatedWashoutStops(record?.facts, patch);
  if (undated.length === 1) return undated;
  const open = notStopped(record?.facts, patch);
  if (open.length <= 1 || !record) return open;
  const before = previousMedications(record.history ?? []);
  const named = open.filter((m) => !before.some((b) => JSON.stringify(b) === JSON.stringify(m)));
  return named.length === 1 ? named : open;
}

/** The case's medicines before its latest change (none: the latest message opened the case). */
function previousMedications(history: readonly HistoryEntry[]): readonly Medication[] {
  const last = history.at(-1);
  if (!last) return [];
  if ('facts' in last) return last.facts.medications;
  if (last.u?.includes('medications')) return [];
  return (last.d.medications as Medication[] | undefined) ?? [];
}

function stoppedNow(m: Medication, stop: StopToPlace): Medication {
  const { outcome: _o, durationWeeks: _w, stopPlanned: _p, ...rest } = m;
  const kept = m.outcome !== undefined && m.outcome !== 'current' ? { outcome: m.outcome } : {};
  const days =
    stop.daysAgo !== undefined && washoutDaysAfterStop(m.drug) !== undefined ? { stoppedDaysAgo: stop.daysAgo } : {};
  return { ...rest, ...kept, stopped: true, ...days };
}

/** "Which medicine was stopped 10 days ago, phenelzine or sertraline? Not recorded until named, e.g. ..." */
function whichAsk(names: readonly string[], stop: StopToPlace): string {
  const when = stop.daysAgo !== undefined ? ` ${stop.daysAgo} day${stop.daysAgo === 1 ? '' : 's'} ago` : '';
  const among = names.length > 1 ? `, ${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : '';
  const example = names[0] ?? 'phenelzine';
  return `Which medicine was stopped${when}${among}? Not recorded until named, e.g. "${example} stopped${when || ' 3 weeks ago'}".`;
}
