import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';

/** Replies to a conversation, one text per turn (the pure core, fixed clock). */
function talk(...texts: string[]): string[] {
  let state: unknown;
  return texts.map((text, i) => {
    const r = handleTurn(
      state,
      {
        kind: 'message',
        conversationKey: 'dosing-classes',
        scope: 'personal',
        userId: 'u',
        text,
        receivedAt: new Date(Date.parse('2026-11-29T10:00:00Z') + i * 60_000).toISOString(),
      },
      { retentionDays: 30 },
    );
    if (r.changed) state = r.state;
    return r.output.messages.map((m) => m.text).join('\n');
  });
}

const CASE = '58F chronic LBP 2 years, no red flags, on tramadol 100 mg q6h + Tylenol #3 2 tabs q6h, failed naproxen';

describe('mid-case calculators use the case', () => {
  for (const q of ['total MME?', "what's her MME", 'mme?', 'MME pls', 'morphine equivalents for this pt?']) {
    it(q, () => {
      const reply = talk(CASE, q)[1]!;
      expect(reply).toContain("Case A's opioids: 116 MME/day");
      expect(reply).toContain('factor 0.15');
      expect(reply).toContain('Back to case A');
    });
  }
  it('acetaminophen total and room from the case', () => {
    const [, total, room] = talk(
      '45M LBP 3 yrs. Norco 10/325 1 tab qid, paracetamol 1 g tds. no red flags',
      'total paracetamol?',
      'how much more paracetamol can he have?',
    );
    expect(total).toContain('acetaminophen 4,300 mg/day');
    expect(room).toContain('No acetaminophen left');
  });
});

describe('acetaminophen room left', () => {
  it.each([
    ['how much acetaminophen can he still take on Norco 10/325 qid?', '4,000 - 1,300 = 2,700 mg/day'],
    ['percocet 10/325 2 q6h, room for tylenol on top?', '4,000 - 2,600 = 1,400 mg/day'],
    ['how much more paracetamol can she have on top of ultracet 2 tabs qid?', '4,000 - 2,600 = 1,400 mg/day'],
    // the maximum named in the question is the limit asked about, not a dose taken
    ['on norco 5/325 1 tab q6h. how much apap is left under the 4 g max?', '4,000 - 1,300 = 2,700 mg/day'],
    ['Percocet 10/325 one q6h - paracetamol room left below the 4000 mg limit?', '4,000 - 1,300 = 2,700 mg/day'],
  ])('%s', (q, said) => {
    const reply = talk(q)[0]!;
    expect(reply).toContain(said);
    expect(reply).toContain('liver disease or regular alcohol use');
  });
});

describe('interaction shorthand reaches "not checked"', () => {
  it.each([
    'cymbalta metoprolol interaxn',
    'DDI duloxetine lisinopril',
    'duloxetine + amlodipine intxn?',
    'can I mix naproxen with metformin',
    'duloxetine w/ levothyroxine ok?',
  ])('%s', (q) => {
    const reply = talk(q)[0]!;
    expect(reply).toContain('not checked by this pathway');
    expect(reply).not.toMatch(/no interaction/i);
  });
  it('a dose word is not a partner', () => {
    expect(talk('duloxetine dose interaction?')[0]).not.toContain('not checked');
  });
  it('names every unknown partner and keeps a dose check asked beside them', () => {
    const reply = talk('on ramipril + bendroflumethiazide, ok to give ibuprofen 400 tds? interactions?')[0]!;
    expect(reply).toMatch(/^\*\*Ibuprofen 400 mg x 3\/day = 1,200 mg\/day/);
    expect(reply).toContain('Ibuprofen + ramipril, bendroflumethiazide: not checked by this pathway');
  });
});

describe('two gabapentinoids', () => {
  it.each(['both of the gabapentin-family drugs at once?', 'can they be on gabapentin and pregabalin together?'])(
    '%s',
    (q) => expect(talk(q)[0]).toContain('duplicate therapy (same mechanism)'),
  );
});

describe('modified-release tramadol', () => {
  it.each(['tramadol MR 200 od', 'extended release tramadol 300 daily ok?', 'MR tramadol 100mg bd max?'])('%s', (q) =>
    expect(talk(q)[0]).toContain('tramadol extended-release label maximum of 300 mg/day'),
  );
  it('ER before a drug is not read as extended-release (emergency room)', () => {
    expect(talk('seen in ER tramadol given 50 q6h')[0]).not.toContain('extended-release label');
  });
});

describe('a limit named in an acetaminophen question', () => {
  it('a dose typed before the limit is still counted', () => {
    const reply = talk('norco 10/325 qid and tylenol 1 g qid - over the 4 g max? room left?')[0]!;
    expect(reply).toMatch(/Acetaminophen 5,300 mg\/day .*above the adult maximum/);
  });
  it('a meal is not an interaction partner', () => {
    expect(talk('naproxen w/ meals ok?')[0]).not.toContain('not checked');
  });
});
