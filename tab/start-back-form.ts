import { ITEM9_ANSWERS, scoreStartBack } from '../src/clinical/calculators/index.js';
import { getEntry } from '../src/clinical/knowledge/knowledge-base.js';
import { START_BACK_PARAMS } from './calculator-params.js';
import { el } from './dom.js';

/** STarT Back: items 1-8 agree/disagree and item 9's five answers. Keele's item wording is licensed: not shown. */
export function startBackForm(): HTMLElement {
  const boxes = Array.from({ length: 8 }, (_, i) => el('input', { type: 'checkbox', id: `sb-${i + 1}` }));
  const item9 = el('select', { id: 'sb-9' }, ...ITEM9_ANSWERS.map((a) => el('option', { value: a }, a)));
  const out = el('div', { class: 'result', id: 'sb-result', role: 'status', 'aria-live': 'polite' });
  const form = el(
    'form',
    { class: 'calc', id: 'start-back-form', 'aria-labelledby': 'sb-title' },
    el('h3', { id: 'sb-title' }, 'STarT Back'),
    el(
      'fieldset',
      {},
      el('legend', {}, 'Items 1-8: tick each the patient agreed with'),
      el(
        'div',
        { class: 'row' },
        ...boxes.map((b, i) => el('label', { class: 'check', for: b.id }, b, `Item ${i + 1}`)),
      ),
    ),
    el('label', { for: item9.id }, 'Item 9: overall bothersomeness', item9),
    el('button', { type: 'submit' }, 'Score'),
    out,
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const result = scoreStartBack({ items: boxes.map((b) => b.checked), item9: item9.value }, START_BACK_PARAMS);
    if (result.kind !== 'ok') {
      out.replaceChildren(result.problems.join('; '));
      return;
    }
    out.className = result.risk === 'high' ? 'result warn' : 'result';
    out.replaceChildren(
      el('strong', {}, `${result.risk.charAt(0).toUpperCase()}${result.risk.slice(1)} risk`),
      el('div', {}, `Total ${result.total}/9, psychosocial subscale ${result.psychosocial}/5.`),
    );
    if (result.risk === 'high') out.append(el('div', {}, getEntry('referral.start-back-high-risk').text));
  });
  return form;
}
