import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';
import { ADD_ASKED_ROWS, addAsked } from '../../dialogs/answers/answer-routes.js';
import { declinedAt } from '../../src/clinical/language/entity-cues.js';
import { scoreChangesIn } from '../../src/clinical/language/score-changes.js';

// The specialised opioid answers (an increase, a taper or a failed opioid, a score review) carry the safety checks
// every drug answer carries, from one builder (dialogs/answers/safety-lines.ts): the label maximum and this
// patient's caps, the interaction pairs (the benzodiazepine boxed warning), the MME, naloxone with all its reasons.

const reply = (text: string): string => ask(text).join('\n\n');
const title = (text: string): string => reply(text).split('\n')[0]!;

describe('an opioid increase is checked against the label maximum and this patient caps', () => {
  it.each([
    ['pt on tramadol 100 qid, increase to 150 qid?', 'above the label maximum of 400 mg/day'],
    ['Rx tramadol 100mg QID -> thinking of increasing to 150mg QID, ok to dispense?', 'above the label maximum of 400'],
    ['82yo on tramadol 50 qid, increase to 100 qid?', "above this patient's maximum of 300 mg/day"],
    ['80 yo lady, tramadol 50mg four times a day - want to go to 100mg four times a day', 'maximum of 300'],
    ['eGFR 20, tramadol 50 bid, increase to 100 tid?', "above this patient's maximum of 200 mg/day"],
    ['CrCl 25, tramadol 50 bd - thinking of increasing to 100 tds?', 'maximum of 200'],
  ])('%s', (q, finding) => {
    expect(title(q)).toContain(finding);
    expect(title(q)).not.toContain('adequate');
  });

  it.each(['pt on tramadol 50 qid, increase to 100 qid?', '60yo, eGFR 80, tramadol 50 tid - increase to 100 tid?'])(
    'within the label and the patient caps, no dose finding: %s',
    (q) => {
      expect(title(q)).not.toMatch(/above (?:the label|this patient)/);
      expect(title(q)).toContain('Tramadol increase');
    },
  );
});

describe('a benzodiazepine with the opioid: the boxed warning leads and is a naloxone reason', () => {
  it.each([
    ['oxycodone 10 bid, can I go to 20 bid? also on diazepam 5 bd', 'diazepam'],
    ['on oxy 10mg BD + lorazepam 1mg nocte. Increase to 15mg BD?', 'lorazepam'],
  ])('increase: %s', (q, benzo) => {
    expect(title(q)).toMatch(new RegExp(`boxed warning: oxy(?:codone)? \\+ ${benzo}`, 'i'));
    expect(reply(q)).toMatch(/\*\*Naloxone \([^)]*benzodiazepine/);
  });

  it('dictated, read as a case: the boxed warning leads', () => {
    const q =
      'dictated: patient on oxycodone 10 mg twice daily and diazepam 5 mg twice daily comma plan to increase to 20 mg twice daily';
    expect(title(q)).toContain('Boxed warning: oxycodone + diazepam');
  });

  it.each([
    'on oxycodone 10 qid + diazepam 5 bd, tapering the oxy - what next?',
    'pt declined tapering, on oxycodone 10 qid + diazepam 5 bd. options?',
    'NP: oxy 10 QID, diazepam 5 BD, weaning the oxy, now what?',
  ])('taper or failed opioid: %s', (q) => {
    const text = reply(q);
    expect(title(q)).toMatch(/boxed warning: oxy(?:codone)? \+ diazepam/);
    expect(text).toContain('60 MME/day');
    expect(text).toMatch(
      /\*\*Naloxone \(60 MME\/day is >= 50; (?:a benzodiazepine|diazepam \(a benzodiazepine\)) with an opioid\)/,
    );
  });

  it.each([
    'ODI 50 to 30 on oxycodone 5 bd x 4 wk, continue? also on lorazepam',
    'oxy review: ODI 44 -> 30 on oxycodone 5mg bid, also takes diazepam 2mg nocte - keep going?',
  ])('opioid score review: %s', (q) => {
    expect(title(q)).toMatch(/boxed warning: oxycodone \+ (?:lorazepam|diazepam)/);
    expect(reply(q)).toContain('**Boxed warning:**');
  });

  it('no benzodiazepine, no boxed warning (contrast)', () => {
    expect(title('on oxycodone 10 qid, tapering the oxy - what next?')).not.toContain('boxed warning');
    expect(title('ODI 50 to 30 on oxycodone 5 bd x 4 wk, continue?')).not.toContain('boxed warning');
  });
});

describe('a benzodiazepine asked to be added beside a taper word is the pair question', () => {
  it.each([
    'oxycodone 10 qid, we plan to taper. diazepam 5 bd ok to add for spasm?',
    'oxycodone 10 qid - refuses to taper. diazepam 5 bd ok to add for spasm?',
    'pt tapering oxy 10 qid, GP asks can we add diazepam 5 bd for spasms?',
  ])('%s', (q) => {
    const text = reply(q);
    expect(text).toContain('**Boxed warning:**');
    expect(text).toContain('Do not prescribe benzodiazepines for chronic back pain');
  });

  it('a taper refused is no planned stop', () => {
    expect(reply('oxycodone 10 qid - refuses to taper. diazepam 5 bd ok to add for spasm?')).not.toContain(
      'its stop is planned',
    );
  });

  it('a stop of both is still the taper answer (contrast)', () => {
    expect(title('wants to stop the Percocet and the diazepam this week, OK?')).toContain('ing');
    expect(addAsked('wants to stop the percocet and the diazepam this week, ok?', { start: 32, end: 40 })).toBe(false);
  });

  it.each(ADD_ASKED_ROWS)('row reads its example, not its counter: $example', (row) => {
    const read = (t: string) => row.re.test(t);
    const at = row.example.indexOf('diazepam');
    const side = (t: string, i: number) =>
      row.side === 'before' ? t.slice(Math.max(0, i - 30), i) : t.slice(i + 8, i + 48);
    expect(read(side(row.example, at))).toBe(true);
    const c = row.counter.indexOf('diazepam');
    expect(read(side(row.counter, c))).toBe(false);
  });

  it('a stop refused keeps the drug; the drug refused is declined', () => {
    const kept = 'oxycodone 10 qid - refuses to taper';
    expect(declinedAt(kept, 0, 9)).toBe(false);
    const refused = 'apixaban - pt refused';
    expect(declinedAt(refused, 0, 8)).toBe(true);
  });
});

describe('naloxone gives every reason met, the history too', () => {
  it.each([
    ['oxycodone 10 qid, hx of overdose. MME?', 'a history of overdose'],
    ['MME oxy 5 q6h, previous OD last year', 'a history of overdose'],
    ['morphine 15 bd, known opioid use disorder - what is the MME', 'a history of substance use disorder'],
  ])('%s', (q, reason) => {
    expect(reply(q)).toMatch(new RegExp(`\\*\\*Naloxone \\([^)]*${reason}`));
  });

  it('a history denied is no reason (contrast)', () => {
    expect(reply('oxycodone 5 bid, no history of overdose. MME?')).not.toContain('a history of overdose');
  });
});

describe('a function score change on tramadol is judged, not a dose card', () => {
  it.each([
    'PEG 7 -> 6 on tramadol 50 qid x 4 weeks, she wants to continue',
    'peg score 7 to 6 after a month of tramadol 50 mg four times a day - keep going?',
  ])('%s', (q) => {
    const text = reply(q);
    expect(text).toContain('below the minimal important change');
    expect(title(q)).toContain('continue only with meaningful improvement in function');
  });

  it('reads the PEG as its own name', () => {
    expect(scoreChangesIn('peg 7 -> 6')).toEqual([{ scale: 'pain', from: 7, to: 6, named: 'PEG' }]);
    expect(scoreChangesIn('pain 7 -> 6')).toEqual([{ scale: 'pain', from: 7, to: 6 }]);
  });
});

describe('the strictest finding leads', () => {
  it('a contraindicated pair leads the case opioid line', () => {
    const text = reply('linezolid planned for his osteomyelitis, on tramadol 50 qid');
    expect(text.split('\n')[0]).toContain('Contraindicated: tramadol + linezolid');
  });

  it.each([
    'oxycodone 10 bid. Function no better. increase to 20 bid?',
    'on oxy 10 BD, no functional gain at review; pt wants to go up to 20 BD',
  ])('no functional gain: not a higher dose, whatever the clause: %s', (q) => {
    expect(title(q)).toContain('No functional gain on an opioid: not a higher dose');
    expect(reply(q)).not.toContain('**Proposed:**');
  });

  it('function better: the increase answer (contrast)', () => {
    expect(title('oxycodone 10 bid, function better, increase to 20 bid?')).toContain('Oxycodone increase');
  });
});
