import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';

const reply = (text: string): string =>
  handleTurn(undefined, coreInput(text), CORE_OPTIONS)
    .output.messages.map((m) => m.text)
    .join('\n');

describe('non-native English and misspellings', () => {
  it.each([
    'patient is embarazada, can she take ibuprofen?',
    'she is embarazada, ok for duloxetine?',
    'pt gestante 20 semanas, naproxeno?',
  ])('"%s": pregnancy is not covered, said plainly', (text) => {
    expect(reply(text)).toContain('does not cover pregnancy');
  });

  it('"no está embarazada" is no pregnancy (contrast)', () => {
    expect(reply('no está embarazada, ibuprofen 400 tid ok?')).not.toContain('does not cover pregnancy');
  });

  it.each([
    ['The patient take ibuprofen 600 three time a day for 5 week and is not better', '1,800 mg/day'],
    ['naproxen 500 two time a day ok?', '1,000 mg/day'],
  ])('"%s": a singular "time a day" is still the frequency', (text, total) => {
    expect(reply(text)).toContain(total);
  });

  it.each(['what are the red flgas', 'red flgas for low back pain?', 'red flag scren?'])(
    '"%s" is the red-flag answer',
    (text) => {
      expect(reply(text)).toContain('Red flags');
    },
  );

  it.each(['he fell off a ladder, red flags?', 'flaps of skin'])('"%s" keeps its own words', (text) => {
    expect(reply(text)).not.toContain('bladder');
  });
});

describe('a pasted medication list closed by a totals question', () => {
  const discharge = [
    'DISCHARGE MEDICATIONS:',
    '1. Lisinopril 10 mg PO daily',
    '2. Metformin 500 mg PO BID',
    '3. Atorvastatin 40 mg PO nightly',
    '4. Omeprazole 20 mg PO daily',
    '5. Oxycodone/acetaminophen 5/325 mg two tablets every 6 hours regularly',
    '6. Tylenol Extra Strength 500 mg two tablets three times a day',
    '7. Levothyroxine 75 mcg daily',
    '8. Sertraline 50 mg daily',
    'ALLERGIES: penicillin (rash), sulfa',
    'What is the total MME and the total acetaminophen per day?',
  ].join('\n');
  const uk =
    'Meds: lisinopril 20 daily, metformin 1g bd, atorvastatin 20, aspirin 75, omeprazole 20, amlodipine 5 daily, bisoprolol 2.5 daily, levothyroxine 50mcg, co-codamol 30/500 two tablets four times a day, paracetamol 500 two tabs tds. NKDA. Can you add up the MME and total paracetamol?';

  it.each([
    ['discharge summary', discharge, '60 MME/day', '5,600 mg/day'],
    ['UK list', uk, '36 MME/day', '7,000 mg/day'],
  ])('%s: both totals with their thresholds', (_, text, mme, apap) => {
    const out = reply(text);
    expect(out).toContain(mme);
    expect(out).toContain(apap);
    expect(out).toContain('4,000 mg/day');
  });

  it('a long list with no totals question is not the calculator answer (contrast)', () => {
    expect(reply(discharge.replace(/What is the total.*$/, 'Reviewed with patient.'))).not.toMatch(/^\*\*Total/);
  });
});

describe('ambiguous one-liners and guideline questions', () => {
  it.each(['nsaids?', 'NSAIDs', 'anti-inflammatories?'])('"%s" leads with the guideline place of NSAIDs', (text) => {
    const out = reply(text);
    expect(out).toContain('escalate to duloxetine (30-60 mg daily) or NSAIDs');
    expect(out).toContain('naproxen 500 mg twice daily');
  });

  it('"nsaids in CKD?" keeps the safety answer (contrast)', () => {
    expect(reply('nsaids in CKD?')).toContain('CKD');
  });

  it.each([
    'how long before i refer?',
    'how many weeks until a pain clinic referral?',
    'how long should we wait before referral',
  ])('"%s": the 12-week referral point', (text) => {
    expect(reply(text)).toContain('12 weeks');
  });

  it.each(['order of escalation from first to last?', "what's the treatment sequence?", 'meds steps in order pls'])(
    '"%s" ends with opioids as the last resort',
    (text) => {
      const out = reply(text);
      expect(out).toContain('Tramadol 50-100 mg');
      expect(out.indexOf('Consider opioids only after')).toBeGreaterThan(out.indexOf('Tramadol 50-100 mg'));
    },
  );

  it.each(['does yoga count as non-drug therapy?', 'tai chi enough as non-drug tx?'])(
    '"%s": its low-quality line and the moderate-evidence options that count',
    (text) => {
      const out = reply(text);
      expect(out).toContain('low-quality evidence');
      expect(out).toContain('moderate-quality evidence');
    },
  );

  it.each(['needle-phobic, no acupuncture - what else counts?', 'pt refuses CBT, other options?'])(
    '"%s": the other therapies that count',
    (text) => {
      expect(reply(text)).toContain('Other non-drug therapies that count');
    },
  );

  it('"acupuncture?" is still its own row (contrast)', () => {
    expect(reply('acupuncture?')).not.toContain('Other non-drug therapies');
  });
});
