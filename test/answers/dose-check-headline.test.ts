import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import type { TurnInput } from '../../dialogs/turn-types.js';

/** First line of the reply to one question in a fresh conversation. */
function headline(text: string): string {
  const input: TurnInput = {
    kind: 'message',
    conversationKey: `dose-headline-${text}`,
    scope: 'personal',
    userId: 'u',
    text,
    activityId: 'a-1',
    receivedAt: '2026-01-01T12:00:00.000Z',
  };
  return handleTurn(undefined, input, { retentionDays: 30 }).output.messages[0]!.text.split('\n')[0]!;
}

describe('dose check headline: a renal or liver "avoid" comes first (clinical-reference.md section 2)', () => {
  it.each([
    ['duloxetine 60 mg with CrCl 25', /duloxetine/i],
    ['naproxen 500 bid CrCl 20', /naproxen/i],
    ['ibuprofen 600 tid, CrCl 15', /ibuprofen/i],
  ])('%s: the title says not for this patient, never adequate', (q, drug) => {
    const title = headline(q);
    expect(title).toMatch(drug);
    expect(title).toMatch(/not for this patient/i);
    expect(title).not.toMatch(/adequate/i);
  });

  it('the "not for this patient" note is not repeated below the title', () => {
    const input: TurnInput = {
      kind: 'message',
      conversationKey: 'dose-headline-repeat',
      scope: 'personal',
      userId: 'u',
      text: 'duloxetine 60 mg with CrCl 25',
      activityId: 'a-1',
      receivedAt: '2026-01-01T12:00:00.000Z',
    };
    const text = handleTurn(undefined, input, { retentionDays: 30 }).output.messages[0]!.text;
    expect(text.match(/not for this patient/gi)).toHaveLength(1);
  });

  it.each(['duloxetine 60 mg', 'naproxen 500 bid CrCl 80'])('%s with normal kidneys keeps its verdict', (q) => {
    expect(headline(q)).toMatch(/adequate \(guideline dose\)/);
  });
});

/** The whole reply to one question in a fresh conversation. */
function reply(text: string): string {
  const input: TurnInput = {
    kind: 'message',
    conversationKey: `dose-reply-${text}`,
    scope: 'personal',
    userId: 'u',
    text,
    activityId: 'a-1',
    receivedAt: '2026-01-01T12:00:00.000Z',
  };
  return handleTurn(undefined, input, { retentionDays: 30 })
    .output.messages.map((m) => m.text)
    .join('\n\n');
}

describe('dose check headline: the strictest finding (issue 12, clinical-reference.md section 2 v2)', () => {
  it.each([
    ['ibuprofen 1200 mg bid', /single-dose maximum of 800 mg/],
    ['tramadol 50 q6h CrCl 20', /too often for this patient: the label gives every 12 hours, at most 200 mg\/day/],
    ['tramadol 100 mg q6h in an 80 year old', /above this patient's maximum of 300 mg\/day/],
    ['duloxetine 150 mg', /above the label maximum of 120 mg\/day/],
    ['gabapentin 300 tid eGFR 40', /too often for this patient/],
    ['naproxen 500 bid in cirrhosis?', /not for this patient \(Avoid NSAIDs in cirrhosis/],
    ['ibuprofen 600 tid with heart failure?', /not for this patient \(Avoid NSAIDs in heart failure/],
  ])('%s', (q, expected) => {
    const title = headline(q);
    expect(title).toMatch(expected);
    expect(title).not.toMatch(/adequate/);
  });

  it('duloxetine 120 mg: at the label maximum, no added benefit over 60 for pain; 60 mg is the guideline dose', () => {
    const title = headline('duloxetine 120 mg');
    expect(title).toMatch(/at the label maximum of 120 mg\/day/);
    expect(title).toMatch(/no added benefit above 60 mg\/day/);
    expect(headline('duloxetine 60 mg')).toMatch(/adequate \(guideline dose\)/);
  });

  it('naproxen 750 bid: at the label maximum, not called the guideline dose', () => {
    const title = headline('naproxen 750 bid');
    expect(title).toMatch(/at the label maximum of 1,500 mg\/day/);
    expect(title).not.toMatch(/guideline dose\)/);
  });

  it('NSAID dose questions (no amount) in cirrhosis or heart failure say avoid in the title', () => {
    expect(headline('naproxen dose in cirrhosis?')).toMatch(/not for this patient \(Avoid NSAIDs in cirrhosis/);
    expect(headline('ibuprofen max dose with CHF?')).toMatch(/not for this patient \(Avoid NSAIDs in heart failure/);
    expect(headline('meloxicam dose in heart failure?')).toMatch(/not for this patient/);
  });

  it('the headline finding is not repeated as a line below it', () => {
    const text = reply('tramadol 100 mg q6h in an 80 year old');
    expect(text.match(/above (?:the adjusted|this patient's) maximum/g)).toHaveLength(1);
  });
});

describe('two lines of one answer never contradict (issue 12)', () => {
  /** Every sentence naming a figure as a maximum must carry its indication when another maximum figure is named. */
  it.each([
    ['pregabalin 300 bid', { 600: /some indications/, 300: /diabetic neuropathic pain/ }],
    ['pregabalin 200 bid', { 600: /some indications/, 300: /diabetic neuropathic pain/ }],
    ['pregabalin dose?', { 600: /some indications/, 300: /diabetic neuropathic pain/ }],
    ['gabapentin 1200 tid', { '3,600': /epilepsy/ }],
    ['duloxetine 120 mg', { 120: /depression and anxiety/ }],
  ] as const)('%s', (q, scopes) => {
    const sentences = reply(q).split(/\n|; |\. (?=[A-Z])/);
    for (const [figure, scope] of Object.entries(scopes)) {
      const claims = sentences.filter(
        (s) => s.includes(`${figure} mg/day`) && /maximum/i.test(s) && !/this patient/.test(s),
      );
      for (const s of claims) expect(s, q).toMatch(scope);
    }
  });
});

describe('eGFR used as CrCl is said once, on the line that uses it (issue 12)', () => {
  it.each(['duloxetine 60 mg eGFR 25', 'gabapentin 300 tid eGFR 40', 'pregabalin dose egfr 20?'])('%s', (q) => {
    const text = reply(q);
    const said = text.match(/eGFR \d+ used as CrCl/g) ?? [];
    expect(said).toHaveLength(1);
    const line = text.split('\n').find((l) => l.includes('used as CrCl')) ?? '';
    expect(line).toMatch(/Renal/);
  });

  it.each(['duloxetine 60 mg eGFR 25', 'tramadol dose, eGFR 45, 80yo', 'naproxen 500 bid egfr 20'])(
    '%s: the eGFR line carries the overestimate caution, once (reference section 2)',
    (q) => {
      const text = reply(q);
      const cautions = text.match(/eGFR overestimates clearance in older and low-weight patients/g) ?? [];
      expect(cautions, text).toHaveLength(1);
      const line = text.split('\n').find((l) => l.includes('used as CrCl')) ?? '';
      expect(line).toMatch(/overestimates clearance/);
    },
  );

  it('ibuprofen in renal disease: the CrCl < 30 cut-off is said to be the project reading, on the line (ref section 2)', () => {
    for (const q of ['ibuprofen 400 tid CrCl 20', 'ibuprofen with eGFR 22?', 'motrin dose crcl 25']) {
      const text = reply(q);
      const line = text.split('\n').find((l) => l.includes('**Renal (')) ?? '';
      expect(line, text).toMatch(/label gives no number/);
      expect(line, text).toMatch(/own reading/);
    }
  });

  it('a CrCl given as CrCl is not glossed', () => {
    expect(reply('gabapentin 300 tid CrCl 40')).not.toMatch(/used as CrCl/);
  });
});

describe('renal rows in dose questions (reference v2)', () => {
  it.each([
    ['gabapentin dose on dialysis?', [/100-300 mg\/day/, /supplemental 125-350 mg dose after each 4-hour session/]],
    ['pregabalin dose on hemodialysis', [/25-75 mg\/day once daily/, /supplemental dose after haemodialysis/]],
    ['pregabalin dose crcl 20', [/25-150 mg\/day in 1-2 doses/]],
    ['pregabalin dose crcl 70', [/150-600 mg\/day in 2-3 doses/]],
    ['pregabalin dose crcl 30', [/lower, more cautious row/]],
    ['gabapentin dose for neuropathic pain?', [/1,800 mg\/day/]],
  ] as const)('%s', (q, patterns) => {
    const text = reply(q);
    for (const p of patterns) expect(text).toMatch(p);
  });
});

describe('a CKD stage says how it was read (issue 12)', () => {
  it('tramadol dose with CKD stage 4', () => {
    expect(reply('tramadol dose with CKD stage 4').match(/CKD stage 4 read as CrCl 22/g)).toHaveLength(1);
  });
});
