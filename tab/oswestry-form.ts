import { scoreOswestry } from '../src/clinical/calculators/index.js';
import { OSWESTRY_BANDS } from './calculator-params.js';
import { el } from './dom.js';

/** Oswestry Disability Index: ten sections scored 0-5 (section wording is licensed: not shown); unanswered ones are left out. */
export function oswestryForm(): HTMLElement {
  const selects = Array.from({ length: 10 }, (_, i) =>
    el(
      'select',
      { id: `odi-${i + 1}` },
      el('option', { value: '' }, '-'),
      ...[0, 1, 2, 3, 4, 5].map((n) => el('option', { value: String(n) }, String(n))),
    ),
  );
  const out = el('div', { class: 'result', id: 'odi-result', role: 'status', 'aria-live': 'polite' });
  const form = el(
    'form',
    { class: 'calc', id: 'oswestry-form', 'aria-labelledby': 'odi-title' },
    el('h3', { id: 'odi-title' }, 'Oswestry Disability Index'),
    el(
      'fieldset',
      {},
      el('legend', {}, 'Section scores (0-5)'),
      el('div', { class: 'row' }, ...selects.map((s, i) => el('label', { for: s.id }, `Section ${i + 1}`, s))),
    ),
    el('button', { type: 'submit' }, 'Score'),
    out,
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const sections = selects.map((s) => (s.value === '' ? null : Number(s.value)));
    const result = scoreOswestry({ sections }, OSWESTRY_BANDS);
    out.className = result.kind === 'ok' ? 'result' : 'result warn';
    out.replaceChildren(
      ...(result.kind === 'ok'
        ? [
            el('strong', {}, `${result.percent}%: ${result.band}`),
            el('div', {}, `${result.sectionsAnswered ?? 10} of 10 sections answered.`),
          ]
        : ['Score at least one section.']),
    );
  });
  return form;
}
