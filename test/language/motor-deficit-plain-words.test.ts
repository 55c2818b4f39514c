import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { converse } from '../helpers/conversation.js';

/**
 * A progressive motor deficit told in plain words is the worsening-weakness red flag (clinical-reference.md section
 * 6: emergency, same-day assessment), in several clinician styles; a normal or stable examination does not raise it.
 */
const AT = '2026-11-29T10:00:00.000Z';
const flags = (text: string) => extractCaseFacts(text, AT).patch.redFlags ?? [];

describe('plain words for a motor deficit getting worse', () => {
  it.each([
    ['his foot is slapping', 'GP chatty'],
    ['pt reports L foot slapping on the floor since the weekend', 'NP shorthand'],
    ['tripping over his left foot', 'terse'],
    ['keeps stumbling over her right foot at home', 'UK/AU'],
    ['weakness got worse over the last week', 'GP chatty'],
    ['L leg has got weaker since Monday', 'NP shorthand'],
    ["can't lift his toes", 'terse'],
    ["can't heel walk on the left", 'terse'],
    ['unable to toe-walk R', 'EHR paste'],
    ['patient states she can not lift her left heel full stop', 'dictated voice'],
    ['new foot drop', 'terse'],
  ])('"%s" (%s): progressive neurological deficit', (said) => {
    expect(flags(`61M chronic LBP with sciatica, ${said}`)).toContain('progressive-neuro-deficit');
  });

  it.each([
    ['power 5/5, no foot drop'],
    ['weakness unchanged for years'],
    ["weakness hasn't got worse"],
    ['denies tripping over her feet'],
    ['her pain got worse this week'],
    ['no foot drop, heel and toe walk normal'],
  ])('"%s": not a red flag', (said) => {
    expect(flags(`61M chronic LBP with sciatica, ${said}`)).not.toContain('progressive-neuro-deficit');
  });
});

describe('in a case, the plain words stop the pathway', () => {
  const CASE = '58M chronic LBP 3 yrs with L5 radiculopathy, no red flags, failed naproxen 500 bid 6 wk';
  it.each([
    'his foot is slapping when he walks',
    'update: weakness got worse over the last week',
    'also tripping over his left foot lately',
  ])('"%s": emergency', (said) => {
    const { replies } = converse([CASE, said], { key: `motor-${said}` });
    expect(replies[1]).toMatch(/emergency, same-day assessment/);
    expect(replies[1]).not.toMatch(/could not read/);
  });

  it('"power 5/5, no foot drop, weakness unchanged for years": no emergency', () => {
    const { replies } = converse([CASE, 'power 5/5, no foot drop, weakness unchanged for years'], { key: 'motor-no' });
    expect(replies[1]).not.toMatch(/emergency/i);
  });
});
