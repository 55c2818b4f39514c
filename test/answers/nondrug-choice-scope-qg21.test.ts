import { describe, expect, it } from 'vitest';
import { NONDRUG_CHOICE_ROWS } from '../../dialogs/answers/guideline-intents.js';
import { CANCER_PAIN_SCOPE } from '../../dialogs/answers/red-flag-answer.js';
import { reviewAsked } from '../../dialogs/answers/sources-answer.js';
import { converse } from '../helpers/conversation.js';

/** The reply to the last of these turns, in one conversation. */
const say = (...texts: string[]): string => converse(texts).replies.at(-1) ?? '';
/** The choice answer's title: each therapy with its grade. */
const CHOICE_TITLE = /: (?:moderate|low)-quality evidence; /;
const NO_TAPER_SCHEDULE = 'they give no taper rate or schedule';

describe('two non-drug therapies weighed: each with its grade', () => {
  it.each([
    ['GP chatty', "mindfulness or tai chi for someone who won't go to a gym?", ['moderate-quality', 'low-quality']],
    ['terse', 'multidisciplinary rehab or CBT alone for a catastrophiser?', ['catastrophising', 'moderate-quality']],
    ['NP shorthand', 'pt catastrophising ++, CBT vs MBSR?', ['catastrophising', 'Mindfulness-based']],
    ['UK', 'would you send her for yoga or acupuncture, which is better?', ['Tai chi or yoga', 'Acupuncture']],
    ['dictated', 'which is better for him comma massage or physio question mark', ['Massage', 'Exercise therapy']],
  ])('%s: %s', (_style, q, wants) => {
    const text = say(q);
    expect(text).not.toContain('Did you mean');
    expect(text).not.toMatch(/\bmg\b/);
    for (const w of wants) expect(text).toContain(w);
  });

  it.each(NONDRUG_CHOICE_ROWS.map((r) => [r.entry, r.example, r.counter]))(
    '%s: its example is a choice, its counter-example is not',
    (_entry, example, counter) => {
      expect(say(example)).not.toContain('Did you mean');
      expect(say(counter)).not.toContain('Choosing between');
      expect(say(counter).split('\n')[0]).not.toMatch(CHOICE_TITLE);
    },
  );

  it.each(['chiro or massage?', 'yoga vs physio, which counts?', 'failed physio and CBT, which opioid next?'])(
    'contrast: a pair with its own row, or no choice: %s',
    (q) => {
      expect(say(q).split('\n')[0]).not.toMatch(CHOICE_TITLE);
    },
  );
});

describe('a described exercise programme: does it count', () => {
  it.each([
    'does twice-weekly gym strengthening for 8 weeks count as the exercise therapy?',
    'physio twice a week for 6 weeks - does that count?',
    'pt doing aerobic classes 3x/wk x 2/12, does that qualify as exercise therapy?',
  ])('%s', (q) => {
    const text = say(q);
    expect(text).toContain('strengthening or flexibility');
    expect(text).not.toContain('Did you mean');
  });

  it('contrast: a drug trial asked as failed stays the trial answer', () => {
    expect(say('naproxen 10 days, no better, failed?')).not.toContain('Exercise therapy');
  });
});

describe('an opioid or tramadol after failed drugs: the non-drug condition too', () => {
  it.each([
    ['terse', 'Failed naproxen and duloxetine. Time for an opioid?'],
    ['NP shorthand', 'pt failed nsaids and snri. next step opioid?'],
    ['AU', 'tried cymbalta 60 for 8 wks and naproxen 500 bd, no joy. is it time for an opioid?'],
    ['GP chatty', 'failed duloxetine, naproxen and tramadol. time for oxycodone?'],
  ])('%s: %s', (_style, q) => {
    const text = say(q);
    expect(text).toContain('prioritise them before considering opioids');
    expect(text).toContain('multiple non-drug therapies');
  });

  it.each([
    ['terse', 'dulox + naproxen failed, tramadol next?'],
    ['pharmacist', "couldn't tolerate duloxetine, ok to go to tramadol?"],
  ])('%s: %s', (_style, q) => {
    const text = say(q);
    expect(text).toContain('Tramadol 50-100 mg every 6-8 hours');
    expect(text).toContain('prioritise them before considering opioids');
    expect(text).not.toContain('Add duloxetine 30 mg');
  });

  it('contrast: non-drug therapy said done, the line is left out', () => {
    const text = say('failed naproxen and duloxetine, had physio and CBT, tramadol next?');
    expect(text).toContain('Tramadol 50-100 mg every 6-8 hours');
    expect(text).not.toContain('prioritise them before considering opioids');
  });
});

describe('scope questions', () => {
  it.each([
    'How do I taper oxycodone? Need a schedule',
    'need a taper plan for his oxycodone 20mg bd',
    'wean schedule for tramadol?',
  ])('no taper schedule in the sources: %s', (q) => {
    const text = say(q);
    expect(text).toContain(NO_TAPER_SCHEDULE);
    expect(text).toContain('Do not stop opioids abruptly');
  });

  it('contrast: the taper as the time of another question', () => {
    expect(say('how much acetaminophen can I give while I taper the oxycodone?')).not.toContain(NO_TAPER_SCHEDULE);
  });

  it.each([
    'Back pain in a patient with bone metastases from prostate cancer, what do I give?',
    'Pt w known bone mets, LBP. duloxetine?',
    'chronic back pain from spinal metastases - does the pathway apply?',
  ])('known cancer or metastases: outside the pathway, prompt evaluation: %s', (q) => {
    const text = say(q);
    expect(text).toContain(CANCER_PAIN_SCOPE);
    expect(text).toContain('Prompt evaluation');
  });

  it('contrast: a history of cancer is the red flag alone', () => {
    expect(say('breast cancer 10 years ago, now LBP, naproxen ok?')).not.toContain(CANCER_PAIN_SCOPE);
  });

  it.each([
    'Were your doses reviewed by a pharmacist?',
    'Has a pharmacist checked the doses you give?',
    'who reviewed this content? is it signed off by a pharmacist?',
  ])('the review status: %s', (q) => {
    expect(reviewAsked(q.toLowerCase())).toBe(true);
    const text = say(q);
    expect(text).toContain('pending review');
    expect(text).toContain('clinician or pharmacist confirms it');
  });

  it('contrast: a patient medicines check is no question about the bot', () => {
    expect(reviewAsked('has the pharmacist checked her meds for interactions?')).toBe(false);
  });

  it.each([
    'how do you work out MME when a patient is on two opioids?',
    'how is MME calculated if she takes both opioids?',
  ])('how MME is worked out: %s', (q) => {
    const text = say(q);
    expect(text).toContain("each opioid's daily dose (mg) x its factor");
    expect(text).toContain('estimate');
  });

  it('contrast: doses given are worked out by the calculator', () => {
    expect(say('How do I work out MME for someone on oxycodone 10mg bd and tramadol 50mg tds?')).toContain(
      'Total 60 MME/day',
    );
  });
});
