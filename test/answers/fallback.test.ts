import { describe, expect, it } from 'vitest';
import { SMALL_TALK } from '../../dialogs/fallback.js';
import { WHAT_TO_DO_ROWS } from '../../dialogs/walkthrough/walkthrough-routes.js';
import { handleTurn } from '../../dialogs/turn-core.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';

/** Issue 14, no dead ends: what the bot says when no answer, command or case route takes the text. */
const reply = (text: string, state?: unknown) => handleTurn(state, coreInput(text, 1), CORE_OPTIONS);
const texts = (r: ReturnType<typeof reply>) => r.output.messages.map((m) => m.text).join('\n');

describe('the fallback', () => {
  it.each(SMALL_TALK.map((s) => [s.example, s.reply] as const))('small talk "%s" gets a short reply', (text, said) => {
    const r = reply(text);
    expect(texts(r)).toBe(said);
  });

  it('small talk while a question is pending is not read as an answer; the question comes back', () => {
    const opened = reply(
      '58M, chronic LBP 9 months, naproxen 500 bid x 6 wks no relief, no red flags, no leg symptoms',
    );
    const r = reply('thanks!', opened.state);
    expect(texts(r)).toMatch(/^You're welcome\./);
    expect(texts(r)).toMatch(/Back to case A, next question/);
    expect(texts(r)).not.toMatch(/could not read that as an answer/);
  });

  it('a statement of patient facts with no case open is offered as a case, and the button opens one', () => {
    const r = reply('denies numbness, tingling or weakness in the legs');
    expect(texts(r)).toMatch(/part of a case/);
    const start = r.output.messages.at(-1)!.suggestedActions!.find((a) => a.title === 'Start a case from this')!;
    const opened = reply(start.value, r.state);
    expect(texts(opened)).toMatch(/Case A/);
    expect((opened.state as { cases: unknown[] }).cases).toHaveLength(1);
  });

  it('a red flag said with no case open gets the red-flag answer first', () => {
    const r = reply('no fever but has unexplained weight loss');
    expect(r.output.messages[0]!.text).toMatch(/red flag|prompt evaluation|urgent/i);
    expect(texts(r)).toMatch(/part of a case/);
  });

  it('"what next" with no case open asks for the case', () => {
    for (const q of ['thoughts?', 'what would you suggest?', 'any suggestions?'])
      expect(texts(reply(q)), q).toMatch(/What has the patient had so far.*medicines tried/s);
  });

  it('text with no clinical meaning still gets the help, saying it was not recognised', () => {
    expect(texts(reply('the quick brown fox'))).toMatch(/didn't recognise/);
  });

  const CASE = '58M, chronic LBP 9 months, naproxen 500 bid x 6 wks no relief, no red flags, no leg symptoms';

  it.each(WHAT_TO_DO_ROWS.map((r) => [r.example] as const))('mid-case "%s" gets the case, never not covered', (q) => {
    const r = reply(q, reply(CASE).state);
    expect(texts(r)).not.toMatch(/does not cover that|didn't recognise/);
    expect(texts(r)).toMatch(/case A/i);
  });

  it('mid-case, a topic the pathway does not cover keeps its honest not covered', () => {
    expect(texts(reply('sleep hygiene?', reply(CASE).state))).toMatch(/does not cover/);
  });

  it('mid-case, a question nothing covers is answered with the case as it stands, facts added', () => {
    const opened = reply(
      '58M, chronic LBP 9 months, naproxen 500 bid x 6 wks no relief, no red flags, no leg symptoms',
    );
    const r = reply('eGFR 28, sorry, should have said. What does that leave?', opened.state);
    expect(texts(r)).toMatch(/Case A updated/);
    expect(texts(r)).not.toMatch(/does not cover that|didn't recognise/);
    expect(JSON.stringify(r.state)).toMatch(/"egfr":28/);
  });

  it.each([
    ['ok exam was fine. what are we doing with him then?'],
    ['so where does that leave her meds?'],
    ['what would he go out on from here?'],
  ])('mid-case, a question about this patient that nothing covers gets the case: "%s"', (q) => {
    const r = reply(q, reply(CASE).state);
    expect(texts(r)).not.toMatch(/does not cover that|didn't recognise/);
    expect(texts(r)).toMatch(/case A/i);
  });
});
