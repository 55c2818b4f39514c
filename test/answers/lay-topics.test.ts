import { describe, expect, it } from 'vitest';
import { UNCOVERED_TOPICS } from '../../dialogs/answers/route-scores.js';
import { handleTurn } from '../../dialogs/turn-core.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';

/**
 * Guideline topics asked in lay words or described rather than named, in varied clinician styles (terse, chatty, NP
 * shorthand, UK/AU, dictated): each reaches its topic. Treatments the sources do not cover are said to be not
 * covered, by name, with the nearest covered topics offered.
 */
const reply = (text: string) => handleTurn(undefined, coreInput(text), CORE_OPTIONS).output.messages[0]!;

describe('lay words and descriptions reach the topic', () => {
  it.each([
    ['are shots in the back worth it for chronic lbp', 'Epidural steroid injections'],
    ['when should I send her for jabs in the spine', 'Epidural steroid injections'],
    ['spinal injections - any role?', 'Epidural steroid injections'],
    ['mood and stress stuff that keeps back pain going?', 'psychosocial'],
    ['what psych factors make it worse', 'psychosocial'],
    ['hates his job and is stressed - relevant to his back?', 'psychosocial'],
    ['quick questionnaire for who is likely to get stuck with chronic pain', 'STarT Back'],
    ['is there a screening tool to predict who will go chronic', 'STarT Back'],
    ["how do I measure whether she's improving other than a pain score", 'Outcome measures'],
    ['how do we know if the pt is improving', 'Outcome measures'],
    ['do I need him to sign a pain contract', 'treatment agreement'],
    ['controlled substance agreement needed?', 'treatment agreement'],
    ['when is the first reassessment after starting an opioid and when do I stop', 'Reassessing an opioid'],
    ['how long to give each med before calling it a failure', 'adequate trial'],
    ['how long should I persist with duloxetine', 'adequate trial'],
    ['ER oxy ok to start if she prefers twice daily dosing', 'Immediate-release first'],
    ['SR morphine first up?', 'Immediate-release first'],
    ['where does this guideline get its evidence', 'probable sources'],
    ['what is the pathway based on?', 'probable sources'],
    ['does it rate chiro/osteo/massage', 'quality of their evidence'],
    ['how are acupuncture and yoga graded', 'quality of their evidence'],
    ['see an osteo?', 'Spinal manipulation'],
  ])('"%s"', (text, expected) => {
    expect(reply(text).text.toLowerCase()).toContain(expected.toLowerCase());
  });

  it('one therapy asked about keeps its own answer', () => {
    expect(reply('CBT - evidence grade per the guideline?').text).toContain('Psychological therapy');
    expect(reply('what is the evidence for mindfulness-based stress reduction').text).toContain('Mindfulness');
  });
});

describe('treatments the sources do not cover', () => {
  it.each<[string, string]>([
    ...UNCOVERED_TOPICS.map((t): [string, string] => [t.example, t.topic]),
    ['pt asking about CBD gummies for her back', 'cannabis'],
    ['medicinal cannabis for chronic LBP - evidence?', 'cannabis'],
    ['lumbar fusion - when?', 'spine surgery'],
    ['would a discectomy help?', 'spine surgery'],
  ])('"%s": not covered, by name, with the nearest topics', (text, topic) => {
    const m = reply(text);
    expect(m.text).toMatch(new RegExp(`^This pathway does not cover [^.]*${topic}`));
    expect(m.suggestedActions?.length).toBeGreaterThan(0);
  });

  it('a covered question naming one as context keeps its answer', () => {
    expect(reply('does she need an MRI before spinal fusion?').text).toContain('**Imaging**');
  });
});
