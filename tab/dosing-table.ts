import { citationLabel, drugDoseSummary } from '../src/clinical/knowledge/drug-dose-summary.js';
import type { DrugId } from '../src/clinical/knowledge/drug-catalogue.js';
import type { KnowledgeEntry } from '../src/clinical/knowledge/entry-schema.js';
import { getEntry, hasEntry, reviewSummary } from '../src/clinical/knowledge/knowledge-base.js';
import { el } from './dom.js';

/** Rows in the guideline's order: escalation, radicular, then the adjunct and the drugs to avoid. */
const ROWS: DrugId[] = [
  'duloxetine',
  'naproxen',
  'ibuprofen',
  'tramadol',
  'gabapentin',
  'pregabalin',
  'acetaminophen',
  'benzodiazepine',
  'systemic-corticosteroid',
  'oxycodone',
];

function cite(entry: KnowledgeEntry): HTMLElement {
  // Guideline citation numbers stay inline ("[1, 2]"); a reference fact's named source goes on its own line.
  const span = el(
    'span',
    { class: entry.origin === 'guideline' ? 'cite' : 'source' },
    ` ${citationLabel(entry).replace(' (pending review)', '')}`,
  );
  if (entry.origin === 'reference' && entry.review === 'pending')
    span.append(' ', el('span', { class: 'pending' }, 'pending review'));
  return span;
}

/** Notes past this many fold into a "more" disclosure so the table stays scannable. */
const VISIBLE_NOTES = 3;

function cell(label: string, entries: KnowledgeEntry[], empty: string, visible = entries.length): HTMLTableCellElement {
  // data-label heads the cell when a phone-width screen stacks the table into one card per drug.
  const td = el('td', { 'data-label': label });
  if (!entries.length) td.append(el('span', { class: 'note' }, empty));
  const para = (e: KnowledgeEntry) => el('p', { 'data-entry': e.id }, e.text, cite(e));
  td.append(...entries.slice(0, visible).map(para));
  const rest = entries.slice(visible);
  if (rest.length)
    td.append(
      el('details', {}, el('summary', {}, `${rest.length} more note${rest.length > 1 ? 's' : ''}`), ...rest.map(para)),
    );
  return td;
}

/** The dosing table from the knowledge data: guideline dose with its citation numbers, label and safety notes beside it. */
export function mountDosingTable(container: HTMLElement): void {
  const table = el(
    'table',
    {},
    el(
      'caption',
      { class: 'hint' },
      'Guideline doses [citation numbers] with the label and safety notes that go with them. Opioids other than tramadol: the last-resort framework (example: oxycodone).',
    ),
    el(
      'colgroup',
      {},
      el('col', { class: 'c-drug' }),
      el('col', { class: 'c-guideline' }),
      el('col', { class: 'c-notes' }),
    ),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, 'Drug'),
        el('th', { scope: 'col' }, 'Guideline'),
        el('th', { scope: 'col' }, 'Label and safety notes'),
      ),
    ),
  );
  const body = el('tbody');
  for (const drug of ROWS) {
    const s = drugDoseSummary(drug);
    body.append(
      el(
        'tr',
        { 'data-drug': drug },
        el('th', { scope: 'row' }, s.name.charAt(0).toUpperCase() + s.name.slice(1)),
        cell('Guideline', s.guideline, 'No guideline statement.'),
        cell('Label and safety notes', s.notes, 'None recorded.', VISIBLE_NOTES),
      ),
    );
  }
  table.append(body);
  // The guideline cites by number only; its probable sources are knowledge entries sources.1 ... sources.6.
  const sources = [1, 2, 3, 4, 5, 6]
    .filter((n) => hasEntry(`sources.${n}`))
    .map((n) =>
      el('li', { value: String(n) }, getEntry(`sources.${n}`).text.replace(/^Probable source of citation \d+: /, '')),
    );
  container.replaceChildren(
    el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Dosing table' }, table),
    el(
      'details',
      { class: 'sources' },
      el('summary', {}, 'Citation numbers: probable sources'),
      el('ol', {}, ...sources),
    ),
    el('p', { class: 'hint' }, reviewSummary().footer),
  );
}
