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

describe('unclear clearance keeps the flag (the safer reading)', () => {
  it.each([
    // negated or doubted before the phrase
    ['progressive-neuro-deficit', 'reviewed today: not neurologically intact, foot drop worse'],
    ['progressive-neuro-deficit', 'Ortho r/v - pt NOT neuro intact, wkns L EHL'],
    ['cauda-equina', "f/u pain 8/10. can't say CES is excluded"],
    ['cauda-equina', 'Cannot say cauda equina ruled out full stop MRI tomorrow'],
    ['infection', 'f/u: pain 8/10, we have not ruled out infection'],
    ['infection', "ID haven't excluded discitis yet, CRP 140"],
    ['infection', 'unclear whether infection excluded - cultures still growing'],
    // questioned
    ['cauda-equina', 'CES excluded?'],
    ['fracture', 'fracture ruled out? awaiting CT'],
    ['infection', '?infection excluded'],
    ['cancer', 'Onc letter says no recurrence ? will chase'],
    // qualified
    ['progressive-neuro-deficit', 'neuro intact apart from L foot drop'],
    ['progressive-neuro-deficit', 'Neurologically intact except for reduced power L ankle DF 4/5'],
    ['cauda-equina', 'f/u: pain 8/10, saddle sensation normal on the right, reduced on the left, still retaining'],
    ['infection', "fever 38.9 today, ED doc says infection ruled out but I'm not convinced"],
    ['infection', 'Dear Dr, spinal infection has been excluded, though I remain uncertain given his history.'],
    ['cancer', 'oncology: no recurrence on CT but weight loss continues, 3 kg more'],
    // the same message says a sign of the flag is there now
    ['fracture', 'old osteoporotic fracture, new L1 fracture'],
    ['cauda-equina', 'saddle sensation normal, still retaining'],
    ['infection', 'T 38.4 today, discitis excluded'],
    ['cancer', 'ED handover: no recurrence per onc. Night pain worse, wakes him up'],
    ['progressive-neuro-deficit', 'neuro exam normal; L foot drop since Tuesday'],
  ] as const)('%s stays: %s', (id, text) => {
    expect(clearedRedFlags(text)).not.toContain(id);
  });

  it.each([
    ['infection', 'MRI whole spine normal, cultures negative, infection excluded'],
    ['infection', 'cultures negative, the fever was a UTI; infection excluded'],
    ['infection', 'IVDU, MRI normal, fever resolved, infection excluded'],
    ['fracture', 'CT: old healed fracture, nothing new'],
    ['fracture', 'Known osteoporosis on alendronate. CT: no acute fracture'],
    ['cauda-equina', 'saddle sensation normal, PVR 20 mL, no bladder or bowel change'],
    ['cancer', 'oncology review: no recurrence; the weight loss was a new diet'],
    ['cancer', 'hx breast ca 2019, onc review: no recurrence, night pain settled'],
    ['progressive-neuro-deficit', 'hx foot drop (old, L5 2015), now neuro intact'],
  ] as const)('%s still clears: %s', (id, text) => {
    expect(clearedRedFlags(text)).toContain(id);
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

describe('cancer excluded by a work-up: its signs easing do not hold the flag', () => {
  it.each([
    'MRI whole spine: degenerative change only, no metastases; bone scan clear; oncology reassured. Weight stable. Night waking improved.',
    'onc review - no recurrence, night pain better since the new mattress',
    'oncology review found no recurrence full stop. The weight loss followed a new diet for type two diabetes',
    'no evidence of malignancy on CT; weight loss was intentional',
  ])('%s', (text) => expect(clearedRedFlags(text)).toContain('cancer'));

  it.each([
    ['no recurrence on CT but night pain worse', 'cancer'],
    ['no metastases on MRI; weight loss continues', 'cancer'],
    // easing settles only cancer: a neurological sign that is better still stands
    ['neuro intact, foot drop improved', 'progressive-neuro-deficit'],
  ] as const)('still held: %s', (text, id) => expect(clearedRedFlags(text)).not.toContain(id));
});
