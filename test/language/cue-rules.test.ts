import { describe, expect, it } from 'vitest';
import { conceptHits } from '../../src/clinical/language/concept-hits.js';
import {
  CUE_RULES,
  type CueEffect,
  type CueRule,
  type CueTarget,
  phrasePattern,
  READERS,
  readerSource,
} from '../../src/clinical/language/cue-rules.js';
import { DECLINED, NEGATED_BEFORE, PLANNED_BEFORE } from '../../src/clinical/language/entity-cues.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { normalize } from '../../src/clinical/language/normalize.js';

/**
 * Every cue row (src/clinical/language/cue-rules.ts) reads its own example: the example holds the row's phrase, the
 * named drug, therapy or concept reads as the row's reader says, and with the row's phrases blanked out it reads
 * differently (so it is this row that fires). Then counter-examples per class, as testers wrote them.
 */
const AT = '2026-11-29T10:00:00.000Z';
const read = (text: string) => extractCaseFacts(text, AT);
const phrases = (r: CueRule) => new RegExp([r.phrase, ...(r.variants ?? [])].map(phrasePattern).join('|'), 'g');

/** What the example says of the row's target, in one comparable string. */
function reading(text: string, target: CueTarget): string {
  if ('concept' in target) {
    const hit = conceptHits(normalize(text)).find((h) => {
      const k = h.kind as { fact: string; id?: string; field?: string };
      return k.fact === target.concept && (target.id === undefined || (k.id ?? k.field) === target.id);
    });
    return hit ? `concept ${hit.polarity}` : 'concept not read';
  }
  const { patch, proposals } = read(text);
  if ('drug' in target) {
    // a declined drug is recorded as declined, never as taken
    const taken = (patch.medications ?? []).some((m) => m.drug === target.drug && !m.declined);
    const proposed = proposals.some((m) => m.drug === target.drug);
    return `drug ${taken ? 'taken' : 'not taken'}${proposed ? ', proposed' : ''}`;
  }
  const therapy = 'pt' in target ? 'exercise' : target.therapy;
  const t = (patch.nonDrugTherapies ?? []).find((x) => x.therapy === therapy);
  return `therapy ${t?.status ?? 'not read'}`;
}

/** The reading each reader's effect must give its example's target. */
const EXPECTED: Record<CueEffect, (target: CueTarget) => RegExp> = {
  'not taken': (t) => ('drug' in t ? /^drug not taken/ : /^therapy (?:not-tried|not read)$/),
  'proposed, not taken': (t) => ('drug' in t ? /^drug not taken, proposed$/ : /^therapy not-tried$/),
  declined: (t) => ('drug' in t ? /^drug not taken/ : /^therapy declined$/),
  'list exception': () => /^drug taken/,
  'therapist speaking, not a therapy done': () => /^therapy not read$/,
  'the patient, not physical therapy': () => /^therapy not read$/,
  absent: () => /^concept absent$/,
  'uncertain (counts as present)': () => /^concept uncertain$/,
  unknown: () => /^concept unknown$/,
  "a relative's, not the patient's": () => /^concept someone-else$/,
  "reported of the patient: the patient's": () => /^concept present$/,
  'discussed, not a history': (t) => ('drug' in t ? /^drug not taken, proposed$/ : /^concept discussed$/),
  'hypothetical, not present': () => /^concept hypothetical$/,
  'asked, not stated': () => /^concept asked$/,
  'asked and answered yes: present': () => /^concept present$/,
  'ends the cue scope': () => /^concept present$/,
  'ends the sentence': () => /^concept present$/,
};

describe('cue rows: each example fires its row', () => {
  it.each(CUE_RULES.map((r) => [`${r.reader}: ${r.phrase}`, r] as const))('%s', (_, row) => {
    const text = normalize(row.example);
    expect(text, 'the example holds the phrase').toMatch(phrases(row));
    // a row of the entity readers whose target is a drug reads as its category says ("discussed duloxetine": proposed)
    const effect =
      row.category === 'discussion' && 'drug' in row.target ? 'discussed, not a history' : READERS[row.reader].effect;
    const said = reading(row.example, row.target);
    expect(said, `${row.example}: ${effect}`).toMatch(EXPECTED[effect](row.target));
    // blanked, the row's phrases no longer change the reading
    const blanked = text.replace(phrases(row), ' xx ').replace(/ {2,}/g, ' ');
    expect(reading(blanked, row.target), `"${blanked}" without the cue`).not.toBe(said);
  });

  it.each(CUE_RULES.filter((r) => r.counter).map((r) => [`${r.reader}: ${r.phrase}`, r] as const))(
    '%s: its counter-example does not fire it',
    (_, row) => {
      const text = normalize(row.counter!);
      expect(text, 'the counter-example holds the phrase').toMatch(phrases(row));
      expect(reading(row.counter!, row.target), row.counter).not.toMatch(
        EXPECTED[READERS[row.reader].effect](row.target),
      );
    },
  );

  it('every row has a source, and a scope its reader reads', () => {
    for (const r of CUE_RULES) {
      expect(r.source.length).toBeGreaterThan(5);
      expect(() => readerSource(r.reader, [r])).not.toThrow();
    }
  });

  it('the readers the entity code runs are compiled from the rows', () => {
    expect(NEGATED_BEFORE.source).toBe(readerSource('entity-not-tried-before'));
    expect(PLANNED_BEFORE.source).toBe(readerSource('entity-proposed-before'));
    expect(DECLINED.source).toBe(readerSource('entity-declined-before'));
  });

  it('a phrase is escaped: its punctuation is literal, an apostrophe optional, * any ending', () => {
    expect(new RegExp(phrasePattern('r/o')).test('r/o cauda equina')).toBe(true);
    expect(new RegExp(phrasePattern('(-)')).test('slr (-)')).toBe(true);
    expect(new RegExp(phrasePattern('(-)')).test('slr -')).toBe(false);
    expect(new RegExp(phrasePattern("hasn't")).test('hasnt tried')).toBe(true);
    expect(new RegExp(phrasePattern('declin*')).test('declines')).toBe(true);
    expect(new RegExp(phrasePattern('no')).test('know')).toBe(false);
  });
});

const drugs = (text: string) => read(text).patch.medications ?? [];
const therapy = (text: string, id: string) => (read(text).patch.nonDrugTherapies ?? []).find((t) => t.therapy === id);

describe('who said it: a proposal is never current medication or history', () => {
  it.each([
    ["physio suggested Cymbalta, hasn't started it"],
    ['58F, physio suggested trying Cymbalta'],
    ['wife wants him to try duloxetine'],
    ['GP suggested duloxetine but she has not started it'],
    ['considered duloxetine'],
    ['duloxetine discussed with pt'],
    ['pt keen to try duloxetine'],
  ])('"%s": duloxetine proposed, not taken', (text) => {
    expect(drugs(text).map((m) => m.drug)).not.toContain('duloxetine');
    expect(read(text).proposals.map((m) => m.drug)).toContain('duloxetine');
  });

  it('a current medication stays current; what the physio suggested is not done', () => {
    const { patch } = read('on duloxetine 60 mg, physio suggested yoga');
    expect(patch.medications).toEqual([expect.objectContaining({ drug: 'duloxetine', outcome: 'current' })]);
    expect(therapy('on duloxetine 60 mg, physio suggested yoga', 'tai-chi-yoga')?.status).toBe('not-tried');
    // the physio who spoke is not a therapy course
    expect(therapy('on duloxetine 60 mg, physio suggested yoga', 'exercise')).toBeUndefined();
  });

  it('a therapy the patient did stays done', () => {
    expect(therapy('physio for 6 weeks, no help', 'exercise')?.status).toBe('tried-no-benefit');
    expect(therapy('on naproxen 500 bid, physio helped a bit', 'exercise')?.status).toBe('partial');
    expect(drugs('tried duloxetine 60 mg for 8 weeks, no help').map((m) => m.outcome)).toEqual(['ineffective']);
  });
});

describe('"pt" is the patient unless it reads as therapy', () => {
  it.each([
    ['pt keen on injections'],
    ['pt has sciatica'],
    ['pt reports leg pain'],
    ['pt 58F, LBP 6 months'],
    ['pt failed naproxen and tylenol, what next'],
    ['pt stopped the duloxetine, nausea'],
    ['pt couldnt tolerate gabapentin'],
  ])('"%s": the patient', (text) => {
    expect(therapy(text, 'exercise')).toBeUndefined();
  });
  it('"pt keen on injections" is the patient considering injections', () => {
    expect(read('pt keen on injections').patch.consideringInterventional).toBe('yes');
  });
  it.each([
    ['PT 6 sessions, no help', 'tried-no-benefit'],
    ['did PT, no better', 'tried-no-benefit'],
    ['PT helped a bit', 'partial'],
    ['referred to PT', 'not-tried'],
    ['pt keen to try PT', 'not-tried'],
    ['PT failed, on naproxen 500 bid', 'tried-no-benefit'],
    ['PT completed 6 sessions, no better', 'tried-no-benefit'],
  ])('"%s": physical therapy, %s', (text, status) => {
    expect(therapy(text, 'exercise')?.status).toBe(status);
  });
});

describe('a risk discussed is not a history of it', () => {
  it.each([
    ['Discussed overdose and dependence risk'],
    ['counselled re overdose'],
    ['naloxone for overdose prescribed'],
    ['high overdose risk'],
  ])('"%s": no overdose history', (text) => {
    expect(read(text).patch.conditions?.['overdose-history']).not.toBe('yes');
  });
  it('"Discussed overdose and dependence risk" is the risks talk of the opioid gate', () => {
    expect(read('Discussed overdose and dependence risk').patch.opioidDiscussion).toBe('yes');
  });
  it('a history of overdose stays one', () => {
    expect(read('history of overdose 2019').patch.conditions?.['overdose-history']).toBe('yes');
    expect(read('prior overdose, on methadone').patch.conditions?.['overdose-history']).toBe('yes');
  });
  it('"talked about falls" and "counselled re dependence" are no red flag or disorder', () => {
    expect(read('talked about falls').patch.redFlags).toBeUndefined();
    expect(read('counselled re dependence').patch.conditions).toBeUndefined();
  });
});

describe('safety-netting names what the patient does not have', () => {
  it.each([
    ['advised to return if saddle numbness or bladder changes'],
    ['safety netted re cauda equina'],
    ['go to ED if she develops leg weakness or incontinence'],
  ])('"%s": no red flag', (text) => {
    expect(read(text).patch.redFlags ?? []).toEqual([]);
  });
  it('a red flag said plainly stays one', () => {
    expect(read('new saddle numbness since yesterday').patch.redFlags).toContain('cauda-equina');
  });
});

describe('negation in an answer or a list negates only within its scope', () => {
  it('"no mental health issues": depression and anxiety no; a drug after it stays current', () => {
    const { patch } = read('no mental health issues, on duloxetine 60');
    expect(patch.psychosocial).toEqual({ depression: 'no', anxiety: 'no' });
    expect(patch.medications).toEqual([expect.objectContaining({ drug: 'duloxetine', outcome: 'current' })]);
  });
  it('"denies saddle anaesthesia": that sign absent; the drug after it is read on its own', () => {
    const { patch } = read('denies saddle anaesthesia, tried naproxen no help');
    expect(patch.redFlags ?? []).not.toContain('cauda-equina');
    expect(patch.medications).toEqual([expect.objectContaining({ drug: 'naproxen', outcome: 'ineffective' })]);
  });
  it('"nil red flags": the screen is negative, the drug after it helped', () => {
    const { patch } = read('nil red flags, naproxen helped');
    expect(patch.redFlagScreen).toBe('no');
    expect(patch.medications).toEqual([expect.objectContaining({ drug: 'naproxen', outcome: 'effective' })]);
  });
  it('"NKDA" negates nothing after it', () => {
    expect(drugs('NKDA, naproxen 500 bid').map((m) => m.drug)).toEqual(['naproxen']);
    expect(drugs('NKDA. Naproxen 500 bid').map((m) => m.drug)).toEqual(['naproxen']);
  });
  it('"no hx of GI bleed" ends at "but"', () => {
    const { patch } = read('no hx of GI bleed but has CKD 3');
    expect(patch.conditions?.['gi-bleed-history']).toBe('no');
    expect(patch.conditions?.ckd).toBe('yes');
  });
  it('"apart from", "however" end a negation', () => {
    expect(read('no red flags apart from weight loss').patch.redFlags).toContain('cancer');
    expect(read('no mental health issues however low mood lately').patch.psychosocial?.depression).toBe('yes');
  });
});
