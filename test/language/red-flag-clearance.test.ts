import { describe, expect, it } from 'vitest';
import { mergeFacts } from '../../dialogs/walkthrough/merge-facts.js';
import { emptyFacts } from '../../src/clinical/case/case-facts.js';
import { conceptHits } from '../../src/clinical/language/concept-hits.js';
import { normalize } from '../../src/clinical/language/normalize.js';
import { CLEARANCE_ROWS, clearedRedFlags } from '../../src/clinical/language/red-flag-clearance.js';

describe('red-flag clearance rows', () => {
  it.each(CLEARANCE_ROWS.map((r) => [r.id, r.example, r.counterExample] as const))(
    '%s: reads its example, not its counter-example',
    (id, example, counter) => {
      expect(clearedRedFlags(example)).toContain(id);
      expect(clearedRedFlags(counter)).not.toContain(id);
    },
  );

  it.each([
    ['infection', 'Update - MRI spine NAD, CRP normal, blood cultures neg, spinal infection has been ruled out'],
    ['infection', 'ID reviewed: discitis excluded comma back to the back pain full stop'],
    ['fracture', 'XR L-spine: no acute fracture. Ortho happy.'],
    ['cauda-equina', 'Reviewed in ED: normal saddle sensation, PVR 20 ml, CES ruled out on MRI'],
    ['cancer', 'Onc letter: no evidence of recurrence. Weight loss was intentional.'],
  ] as const)('%s cleared: %s', (id, text) => {
    expect(clearedRedFlags(text)).toContain(id);
  });

  it.each([
    'probably fine, infection excluded hopefully',
    'will check whether infection excluded',
    'MRI pending to see if cauda equina ruled out',
    'cauda equina not ruled out',
    'infection cannot be excluded',
    'no fracture risk assessment done',
  ])('weak wording clears nothing: %s', (text) => {
    expect(clearedRedFlags(text)).toEqual([]);
  });
});

describe('a cleared red flag leaves the case', () => {
  const held = { ...emptyFacts(), redFlags: ['infection' as const], redFlagScreen: 'yes' as const };
  it('the only flag excluded: screen answered no, the pathway resumes', () => {
    const text = 'MRI normal, cultures negative, the fever was a UTI; infection excluded';
    const next = mergeFacts(held, { redFlags: ['infection'], redFlagScreen: 'yes' }, text);
    expect(next.redFlags).toEqual([]);
    expect(next.redFlagScreen).toBe('no');
  });
  it('another flag stays raised', () => {
    const both = { ...held, redFlags: ['infection' as const, 'cancer' as const] };
    const next = mergeFacts(both, {}, 'infection excluded');
    expect(next.redFlags).toEqual(['cancer']);
    expect(next.redFlagScreen).toBe('yes');
  });
  it('weak wording keeps it', () => {
    expect(mergeFacts(held, {}, 'probably fine, will check').redFlags).toEqual(['infection']);
  });
});

describe('an uncertain red-flag sign is unknown, not present', () => {
  it.each([
    ["says he 'might' have some saddle numbness, not sure", 'unknown'],
    ['?urinary retention - unclear', 'unknown'],
    ['saddle anaesthesia, PVR 400', 'present'],
    ['no saddle numbness, unsure about weight loss', 'absent'],
  ])('%s -> %s', (text, polarity) => {
    const hit = conceptHits(normalize(text)).find((h) => h.kind.fact === 'redFlag');
    expect(hit?.polarity).toBe(polarity);
  });
});

describe('fever and infection-risk shorthand read as the infection red flag', () => {
  it.each([
    'ED handover: T 38.1, recent drained groin abscess',
    'GP: febrile, abscess drained 2/52 ago',
    'psoas abscess last year treated, now T: 38.4',
    'hx endocarditis, ex-IVDU',
  ])('%s', (text) => {
    const hits = conceptHits(normalize(text)).filter((h) => h.kind.fact === 'redFlag');
    expect(hits.some((h) => h.polarity === 'present' && h.kind.fact === 'redFlag' && h.kind.id === 'infection')).toBe(
      true,
    );
  });
  it('a normal temperature is no fever: Vitals T 36.9', () => {
    expect(conceptHits(normalize('Vitals: T 36.9')).length).toBe(0);
  });
});
