import { calculateMme } from '../src/clinical/calculators/index.js';
import { drugNames, type DrugId } from '../src/clinical/knowledge/drug-catalogue.js';
import { getEntry } from '../src/clinical/knowledge/knowledge-base.js';
import { mmeFactors } from '../src/clinical/knowledge/mme-factors.js';
import { MME_FACTORS, MME_LIMITS } from './calculator-params.js';
import { el } from './dom.js';

const ROWS = 3;
const FREQUENCIES: [string, string][] = [
  ['1', 'once daily'],
  ['2', 'twice daily'],
  ['3', 'three times daily'],
  ['4', 'four times daily'],
  ['6', 'every 4 hours (6/day)'],
];
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

/** MME/day: up to three opioids, each a dose and how often (fentanyl patches in mcg/hr). */
export function mmeForm(): HTMLElement {
  const drugs = mmeFactors.map((f) => f.drug);
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const drug = el(
      'select',
      { id: `mme-drug-${i}`, name: 'drug' },
      el('option', { value: '' }, i ? '(none)' : 'Choose an opioid'),
      ...drugs.map((d) => el('option', { value: d }, drugNames(d).generic)),
    );
    const dose = el('input', { id: `mme-dose-${i}`, type: 'number', min: '0', step: 'any', inputmode: 'decimal' });
    const freq = el('select', { id: `mme-freq-${i}` }, ...FREQUENCIES.map(([v, t]) => el('option', { value: v }, t)));
    const unit = el('span', { id: `mme-unit-${i}` }, 'Dose (mg)');
    drug.addEventListener('change', () => {
      const patch = drug.value === 'fentanyl';
      unit.textContent = patch ? 'Patch (mcg/hr)' : 'Dose (mg)';
      freq.disabled = patch;
    });
    const row = el(
      'div',
      { class: 'row opioid', role: 'group', 'aria-label': `Opioid ${i + 1}` },
      el('label', { for: drug.id }, `Opioid ${i + 1}`, drug),
      el('label', { for: dose.id }, unit, dose),
      el('label', { for: freq.id }, 'How often', freq),
    );
    return { row, drug, dose, freq };
  });
  const out = el('div', { class: 'result', id: 'mme-result', role: 'status', 'aria-live': 'polite' });
  const form = el(
    'form',
    { class: 'calc', id: 'mme-form', 'aria-labelledby': 'mme-title' },
    el('h3', { id: 'mme-title' }, 'MME per day'),
    ...rows.map((r) => r.row),
    el('button', { type: 'submit' }, 'Calculate'),
    out,
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const items = rows
      .filter((r) => r.drug.value)
      .map((r) => {
        const drug = r.drug.value as DrugId;
        const dose = Number(r.dose.value);
        return drug === 'fentanyl'
          ? { drug, mcgPerHour: dose }
          : { drug, doseMg: dose, timesPerDay: Number(r.freq.value) };
      });
    const result = calculateMme(items, MME_FACTORS, MME_LIMITS);
    out.className = 'result';
    if (result.kind === 'ok') {
      const lines = result.lines.map(
        (l) => `${drugNames(l.drug).generic} ${fmt(l.dailyAmount)} ${l.unit} x ${l.factor} = ${fmt(l.mme)} MME/day`,
      );
      out.replaceChildren(el('strong', {}, `${fmt(result.total)} MME/day`), el('div', {}, lines.join('; ')));
      if (result.atOrAboveReassess) {
        out.className = 'result warn';
        out.append(el('div', {}, getEntry('mme.thresholds').text));
      }
      out.append(el('div', { class: 'note' }, getEntry('mme.not-for-conversion').text));
    } else if (result.kind === 'refused') {
      out.className = 'result warn';
      const factor = mmeFactors.find((f) => f.drug === result.drug);
      out.replaceChildren(factor && factor.factor === null ? factor.reason : 'No MME factor for this drug.');
    } else if (result.kind === 'not-an-opioid') {
      out.className = 'result warn';
      out.replaceChildren(`${drugNames(result.drug).generic} has no MME factor.`);
    } else {
      out.className = 'result warn';
      out.replaceChildren(items.length ? 'Give each opioid a dose greater than 0.' : 'Choose an opioid and its dose.');
    }
  });
  return form;
}
