import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import type { TurnInput } from '../../dialogs/turn-types.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';

const AT = '2026-11-29T10:00:00Z';
const renal = (text: string) => extractCaseFacts(text, AT).patch.renal;

/** The reply texts of each turn of one conversation. */
function talk(...turns: string[]): string[] {
  let state: unknown;
  return turns.map((text, i) => {
    const input: TurnInput = {
      kind: 'message',
      conversationKey: 'dialysis-review',
      scope: 'personal',
      userId: 'u',
      text,
      activityId: `t${i}`,
      receivedAt: new Date(Date.parse(AT) + i * 60_000).toISOString(),
    };
    const r = handleTurn(state, input, { retentionDays: 30 });
    if (r.changed) state = r.state;
    return r.output.messages.map((m) => m.text ?? '').join('\n');
  });
}

describe('dialysis is kidney failure (CKD stage 5) in every wording', () => {
  it.each([
    ['ESRD on HD three times a week', 'haemodialysis'],
    ['pmhx: T2DM, ESKD - haemodialysis Tue/Thu/Sat via L AV fistula', 'haemodialysis'],
    ['dialysis-dependent since 2019', 'unspecified'],
    ['Known CKD 5D.', 'unspecified'],
    ['HD x3/wk, nephrology follow him', 'haemodialysis'],
    ['on PD overnight, ESKD from IgA nephropathy', 'peritoneal'],
    ['she does peritoneal dialysis at home full stop', 'peritoneal'],
  ])('%s', (text, kind) => {
    expect(renal(text)).toMatchObject({ dialysis: kind, ckdStage: 5 });
  });

  it.each(['CKD 4, not on dialysis', 'pre-dialysis clinic, CKD 4', 'mother on dialysis', 'on PD for his Parkinson'])(
    'not dialysis: %s',
    (text) => {
      expect(renal(text)?.dialysis).toBeUndefined();
    },
  );

  it.each([
    'CrCl 26 by Cockcroft-Gault',
    'creatinine 230, CG CrCl 26',
    'CrCl (CG) 26 mL/min',
    'CrCl: approx. 26',
    'est CrCl ~26',
  ])('CrCl read: %s', (text) => {
    expect(renal(text)?.crcl).toBe(26);
  });

  it('a haemodialysis case: NSAIDs and duloxetine out, tramadol q12h, gabapentin dialysis rows', () => {
    const [reply] = talk(
      '58M chronic LBP 6 months with sciatica down the left leg, ESRD on HD three times a week. Paracetamol 1g qds 6 weeks no help. No red flags. Mood ok.',
    );
    expect(reply).toMatch(/Not for this patient: NSAIDs \(on haemodialysis/);
    expect(reply).toMatch(/Not for this patient: duloxetine \(on haemodialysis/);
    expect(reply).not.toMatch(/Add duloxetine 30 mg/);
    expect(reply).toMatch(/Tramadol .*every 12 hours, maximum 200 mg\/day/);
    expect(reply).toMatch(/Gabapentin with CrCl < 15: 100-300 mg\/day once daily/);
    expect(reply).toMatch(/supplemental 125-350 mg dose after each 4-hour session/);
  });
});

describe('mid-case questions answered from the case', () => {
  const CASE =
    '62 yo man, chronic LBP 5 months, no leg symptoms, no red flags. Paracetamol regular 6 wks, no benefit. Not depressed. Physio done 8 weeks, little help.';

  it.each([
    'Bloods back: creatinine 230, CG CrCl 26. What now?',
    'renal function came back, crcl 26 - so what do I do?',
    'CrCl 26 by Cockcroft-Gault. next?',
  ])('new kidney function then a short question: %s', (q) => {
    const [, reply] = talk(CASE, q);
    expect(reply).toMatch(/every 12 hours, maximum 200 mg\/day/);
    expect(reply).toMatch(/Not for this patient: duloxetine \(CrCl 26 < 30\)/);
    expect(reply).not.toMatch(/Add duloxetine 30 mg|escalate to duloxetine \(30-60 mg daily\)/);
  });

  it.each([
    "when do I review him and how will I know it's working?",
    'if I start tramadol 50 bd, when should I review and what should I measure?',
    'ok so when should we see him again',
  ])('follow-up: %s', (q) => {
    const [, reply] = talk(`${CASE} CrCl 26. ODI 46%, pain 7/10.`, q);
    expect(reply).toMatch(/review in 2-4 weeks/);
    expect(reply).toMatch(/10 points on the ODI/);
    expect(reply).toMatch(/ODI 46% now: 36% or lower/);
  });

  it('an opioid start: within 1-4 weeks', () => {
    const [, reply] = talk(
      `${CASE} CrCl 26.`,
      'if I start tramadol 50 bd, when should I review and what should I measure?',
    );
    expect(reply).toMatch(/within 1-4 weeks/);
    expect(reply).toMatch(/Tramadol with CrCl < 30: every 12 hours/);
  });
});
