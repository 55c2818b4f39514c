import { describe, expect, it } from 'vitest';
import { MEASURED_AGAINST_ROWS, moderateTherapyDone } from '../../dialogs/answers/guideline-intents.js';
import { converse } from '../helpers/conversation.js';

/**
 * Tai chi or yoga asked against a moderate-evidence therapy ("count as exercise therapy", "instead of physio"): the
 * low-quality line and what the opioid gate needs. Only a moderate-evidence therapy said to be done beside it ("six
 * weeks of physio exercise and some yoga") makes it the intensive-therapy question.
 */
let n = 0;
const ask = (text: string) => converse([text], { key: `yoga-against-${n++}` }).replies[0]!;

describe('tai chi or yoga measured against a moderate-evidence therapy', () => {
  it.each([
    ['terse', 'is tai chi enough instead of exercise therapy before opioids?'],
    ['terse', 'does yoga count as exercise therapy?'],
    [
      'GP chatty',
      'she has been doing yoga twice a week, can that replace formal physio before we think about opioids?',
    ],
    ['NP shorthand', 'tai chi in place of exercise tx ok b4 opioids?'],
    ['UK', 'Is yoga a substitute for physio on the pathway?'],
    ['dictated', 'question does tai chi count as the exercise therapy before opioids full stop'],
  ])('%s: "%s" gets the low-quality line and what counts', (_style, text) => {
    const reply = ask(text);
    expect(reply).toMatch(/^\*\*Tai chi or yoga: listed, low-quality evidence; the moderate-evidence therapies count/);
    expect(reply).toContain('moderate-quality evidence: prioritise them before considering opioids');
  });

  it.each([
    'six weeks of physio exercise and some yoga, does that tick the intensive box?',
    'done 8 wks physio + tai chi, enough before opioids?',
  ])('contrast: a moderate-evidence therapy done beside it: the intensive reading "%s"', (text) => {
    const reply = ask(text);
    expect(reply).toMatch(/^\*\*Intensive non-drug therapy: what counts/);
    expect(reply).toContain('at least one moderate-evidence therapy');
  });

  it.each(['does yoga count?', 'does yoga count as non-drug therapy?'])(
    'contrast: yoga alone keeps its answer "%s"',
    (text) => {
      expect(ask(text)).toMatch(/^\*\*Tai chi or yoga: listed, low-quality evidence/);
    },
  );

  it.each(MEASURED_AGAINST_ROWS.map((r) => [r.lead, r.example, r.counter] as const))(
    'row "%s": its example is a standard, its counter-example a therapy done',
    (_lead, example, counter) => {
      expect(moderateTherapyDone(example)).toBe(false);
      expect(moderateTherapyDone(counter)).toBe(true);
    },
  );
});
