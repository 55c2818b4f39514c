import { describe, expect, it } from 'vitest';
import type { ConversationState } from '../../dialogs/conversation-state.js';
import { activeRecord } from '../../dialogs/walkthrough/case-store.js';
import type { CaseFacts } from '../../src/clinical/case/case-facts.js';
import { converse } from '../helpers/conversation.js';

/**
 * Class: inside a case, a trial too short asked as a failure ("counts as failed?", "not helping, failed?", "no better -
 * move on?") is answered first: too short (at least 4 weeks at the guideline dose, [7]) and continue to the full
 * length at the guideline dose; an adequate trial that did not help is a failure. A follow-up's weeks move the trial's
 * clock. Several clinician styles; no identifiers.
 */
const AT = '2026-11-29T10:00:00.000Z';
let n = 0;
function run(...says: string[]): { last: string; facts: CaseFacts | undefined } {
  const { replies, state } = converse(says, { key: `trial-case-${n++}`, at: AT });
  const record = state ? activeRecord(state as ConversationState) : undefined;
  return { last: replies.at(-1) ?? '', facts: record?.facts };
}
const lead = (reply: string): string => reply.slice(0, reply.search(/\n(?:New case|Case [A-Z] updated)/));

describe('a case trial under 4 weeks: too short, continue to 4 weeks', () => {
  it.each([
    [
      'terse',
      '58M CLBP 1 yr, no red flags, duloxetine 60 mg daily x 2 wk, no better. counts as failed?',
      /duloxetine 60 mg daily for 2 weeks: not a failure yet: 2 weeks is too short/,
    ],
    [
      'GP note',
      'Dear colleague, 55F with chronic LBP for 2 years, no red flags. Been on naproxen 500 bd 10 days, not helping - failed?',
      /naproxen 500 mg twice daily for 10 days: not a failure yet/i,
    ],
    [
      'UK shorthand',
      'GP note: 63M chronic LBP 18 months, no red flags. Pregabalin 150 mg bd for 2/52 for leg pain, no better - move on?',
      /pregabalin 150 mg twice daily for 2 weeks: not a failure yet/,
    ],
    [
      'EHR paste',
      'Assessment: 47F, chronic low back pain x 14 months. Red flags: none. Meds: ibuprofen 600 mg PO TID x 3 weeks - no improvement. Counts as a failed trial?',
      /ibuprofen 600 mg three times daily for 3 weeks: not a failure yet/,
    ],
  ])('%s', (_style, text, verdict) => {
    const head = lead(run(text).last);
    expect(head).not.toMatch(/yes, a failed/);
    expect(head).toMatch(verdict);
    expect(head).toMatch(
      /An adequate trial is the guideline dose taken for at least 4 weeks; [\w ]+ is not one yet\. \[\d+\]/,
    );
    expect(head).toMatch(
      /Continue \w+ at the guideline dose \([^)]+\) to 4 weeks; then judge it on pain and function\. \[1\]/,
    );
  });

  it('a follow-up moves the clock: 1 week, then "2 weeks later" is 3 weeks, still too short', () => {
    const { last, facts } = run(
      '58M CLBP 1 yr, no red flags, duloxetine 60 mg daily x 1 wk',
      '2 weeks later, no better. counts as failed?',
    );
    expect(lead(last)).toMatch(/for 3 weeks: not a failure yet: 3 weeks is too short/);
    expect(facts?.medications).toContainEqual(expect.objectContaining({ drug: 'duloxetine', durationWeeks: 3 }));
  });
});

describe('contrasts', () => {
  it('an adequate trial at the target that did not help is a failure', () => {
    expect(
      lead(run('58M CLBP 1 yr, no red flags, duloxetine 60 mg daily x 8 wk, no better. counts as failed?').last),
    ).toMatch(/duloxetine 60 mg daily for 8 weeks: yes, a failed adequate trial/);
  });

  it('a follow-up that reaches 4 weeks at the target, no better: a failure', () => {
    expect(
      lead(
        run('58M CLBP 1 yr, no red flags, duloxetine 60 mg daily x 2 wk', '2 weeks later, no better. counts as failed?')
          .last,
      ),
    ).toMatch(/for 4 weeks: yes, a failed adequate trial/);
  });

  it('no length known: asked, never assumed', () => {
    expect(lead(run('58M CLBP 1 yr, no red flags, on duloxetine 60 mg daily', 'no better. failed?').last)).toMatch(
      /a failure only after at least 4 weeks at the guideline dose: for how long was it taken\?/,
    );
  });

  it('moving on to a drug not yet tried is still judged as that drug', () => {
    expect(
      lead(run('58M CLBP 1 yr, no red flags, naproxen 500 bd x 2 wk no help, should I move on to tramadol?').last),
    ).toMatch(
      /tramadol is not the next step yet: naproxen 500 mg twice daily \(1,000 mg\/day\) for 2 wk is not yet an adequate trial/,
    );
  });
});
