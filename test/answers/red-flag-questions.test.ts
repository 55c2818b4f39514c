import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';

/**
 * A safety fact routes (clinical-reference.md section 6): a question that describes red-flag features gets the
 * red-flag answer, its level and citation, with no case open or mid-case; a case paused by a red flag never goes on
 * to the escalation options.
 */
const turn = (text: string, state?: unknown, n = 0) =>
  handleTurn(state, { ...coreInput(text, 7), activityId: `rf-${n}` }, CORE_OPTIONS);
const texts = (r: ReturnType<typeof turn>) => r.output.messages.map((m) => m.text).join('\n');
const EMERGENCY = /emergency, same-day assessment/;
const PROMPT = /prompt evaluation before going on with the pathway/;

describe('no case open: the signs named get their red flag and level', () => {
  it.each([
    ['CLBP pt who injects drugs, now febrile - same day or routine?', 'infection', EMERGENCY],
    ['IVDU with back pain and temp 38.5, what now', 'infection', EMERGENCY],
    ['back pain, temp, on methotrexate - urgent?', 'infection', EMERGENCY],
    ['on long-term prednisolone, fell last week, pain much worse - red flag?', 'fracture', PROMPT],
    ['elderly lady with osteoporosis slipped in the bath, back pain worse, what do I do?', 'fracture', PROMPT],
    ['new urinary retention and numb groin, what do I do', 'cauda equina syndrome', EMERGENCY],
    ['phoned in: he wet himself overnight and has a numb bum - emergency?', 'cauda equina syndrome', EMERGENCY],
    ['both legs weak and getting worse, how urgent?', 'cauda equina syndrome', EMERGENCY],
    ['dropped foot on the right since Monday, back pain, send in?', 'progressive neurological deficit', EMERGENCY],
    ['hx of prostate ca, now night pain and weight loss - worry?', 'cancer', PROMPT],
    ['pain wakes him at night, lost 6 kg without trying - should I be worried?', 'cancer', PROMPT],
  ])('"%s": suspected %s', (q, suspected, level) => {
    const [first] = turn(q).output.messages;
    expect(first!.text).toMatch(new RegExp(`^\\*\\*Suspected [^*]*${suspected}`));
    expect(first!.text).toMatch(level);
    expect(first!.citations?.length).toBeGreaterThan(0);
  });

  it.each([
    ['which back pain symptoms mean they need seeing today rather than the usual plan?'],
    ['when should I send a back pain patient to ED?'],
    ['warning signs in low back pain?'],
    ['which red flags are emergencies?'],
  ])('a list question "%s" gets the red flags by level', (q) => {
    const said = texts(turn(q));
    expect(said).toMatch(/^\*\*Red flags: emergency, same-day assessment, or prompt evaluation/);
    expect(said).toMatch(/Emergency, same-day assessment: cauda equina syndrome/);
  });

  it.each([
    ['patient with a history of cancer, duloxetine dose?', 'Suspected cancer', /^\*\*Duloxetine/],
    ['is naproxen ok with osteoporosis?', 'Suspected fracture', /^\*\*Naproxen/],
  ])('a drug asked with a sign named, "%s": the red flag first, then the drug', (q, flag, drug) => {
    const [first, second] = turn(q).output.messages;
    expect(first!.text).toMatch(new RegExp(`^\\*\\*${flag}`));
    expect(second!.text).toMatch(drug);
  });

  it('"red flag?" asked with a drug named: the red flag alone, not the drug card', () => {
    const said = texts(turn('on long-term prednisolone, fell last week, pain much worse - red flag?'));
    expect(said).toMatch(/^\*\*Suspected fracture: prompt evaluation/);
    expect(said).not.toMatch(/corticosteroids: avoid/i);
  });

  it('a red-flag topic that is not a sign keeps its own answer ("does weight loss help back pain?")', () => {
    expect(texts(turn('does weight loss help back pain?'))).not.toMatch(/Suspected cancer/);
  });
});

describe('mid-case: a red flag said in a question pauses the case, never the escalation options', () => {
  const CASE =
    '58F chronic LBP 6 months, failed naproxen 500 bid for 8 weeks and paracetamol, no red flags, no sciatica';

  it('the question updates the case: red flag, level, what resumes the pathway; no drug step follows', () => {
    const opened = turn(CASE);
    const r = turn(
      'She is now waking at night with the pain and losing weight without trying; breast ca 5 years ago. What should I do next?',
      opened.state,
      1,
    );
    const said = texts(r);
    expect(said).toMatch(/a red flag pauses the pathway: suspected cancer: prompt evaluation/);
    expect(said).toMatch(/resumes once the evaluation rules the red flag out/);
    expect(said).not.toMatch(/Escalation when initial medications fail/);
    expect(said).not.toMatch(/Add duloxetine/);
    expect(JSON.stringify(r.state)).toMatch(/"redFlags":\["cancer"\]/);
  });

  it('a paused case asked about a drug or what now: the urgent evaluation, not the drug card or escalation', () => {
    const opened = turn('58F chronic LBP 6 months, failed naproxen 500 bid 8 weeks, hx breast cancer, no sciatica');
    const drug = texts(turn('should I start her on duloxetine?', opened.state, 1));
    expect(drug).toMatch(/duloxetine: not now — a red flag pauses the pathway/);
    expect(drug).not.toMatch(/Label \(chronic musculoskeletal pain\)/);
    const next = texts(turn('failed meds, what now?', opened.state, 2));
    expect(next).toMatch(/Stop the pathway: prompt evaluation/);
    expect(next).not.toMatch(/Escalation when initial medications fail/);
  });
});
