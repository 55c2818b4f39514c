import { describe, expect, it } from 'vitest';
import { SCOPE_QUESTION_ROWS } from '../../dialogs/help.js';
import { converse } from '../helpers/conversation.js';

/**
 * No dead ends for covered topics: a question about the bot itself gets the help (help.ts SCOPE_QUESTION_ROWS), and
 * a non-drug therapy typed short or misspelt gets the guideline's evidence level and its place before opioids.
 */
let n = 0;
const answer = (q: string): string => converse([q], { key: `scope-question-${n++}` }).replies.join('\n\n');
const HELP = /Back Pain Pathway helps with chronic low back pain/;
const NOT_COVERED = /does not cover that/;
const BEFORE_OPIOIDS = /prioritise them before considering opioids/;

describe('questions about the bot', () => {
  it.each(SCOPE_QUESTION_ROWS)('$id reads its example and not its counter-example', (row) => {
    expect(row.re.test(row.example)).toBe(true);
    expect(row.re.test(row.counter)).toBe(false);
  });

  it.each([
    'what can you actually do?',
    'what are you for',
    'what do you cover',
    'how do I use this',
    'So what can this bot do exactly?',
    'what is this tool for?',
    'ok, how do we use the app?',
    'Which topics do you cover?',
  ])('%j gets the help, never "not covered"', (q) => {
    const text = answer(q);
    expect(text).toMatch(HELP);
    expect(text).not.toMatch(NOT_COVERED);
  });

  it.each([
    ['what do you do when duloxetine fails?', /duloxetine/i],
    ['how do I use duloxetine?', /Duloxetine/],
    ['what do you know about tapentadol?', /Tapentadol/],
  ])('%j is a clinical question, not the help', (q, fact) => {
    const text = answer(q);
    expect(text).not.toMatch(HELP);
    expect(text).toMatch(fact);
  });
});

describe('non-drug therapies typed short or misspelt', () => {
  it.each([
    ['terse', 'acupunk?', /Acupuncture, for patients open to it \(moderate-quality evidence\)/],
    ['GP chatty', 'would acupunture be worth a go for her chronic lbp?', /moderate-quality evidence/],
    ['UK', 'mindfullness course any good?', /Mindfulness-based stress reduction programmes \(moderate/],
    ['NP shorthand', 'MBSR?', /Mindfulness-based stress reduction programmes \(moderate/],
    ['AU', 'spinal manip - evidence?', /Spinal manipulation \(low-quality evidence\)/],
    ['US shorthand', 'SMT evidence?', /Spinal manipulation \(low-quality evidence\)/],
    ['dictated', 'what about OMT for her back question mark', /Spinal manipulation \(low-quality evidence\)/],
    ['UK', 'chiro?', /Spinal manipulation \(low-quality evidence\)/],
    ['GP chatty', 'physio stretches enough?', /moderate-quality evidence/],
    ['terse', 'yoga/tai chi', /Tai chi or yoga \(low-quality evidence\)/],
    ['NP shorthand', 'CBT for back pain?', /\(low-quality evidence\)/],
    ['terse', 'massage worth it?', /Massage therapy \(low-quality evidence\)/],
  ])('%s: %j gives its evidence and its place before opioids', (_style, q, level) => {
    const text = answer(q);
    expect(text).toMatch(level);
    expect(text).toMatch(BEFORE_OPIOIDS);
    expect(text).not.toMatch(NOT_COVERED);
  });

  it.each(['smtp server down?', 'acute pain team?'])('%j is no therapy', (q) => {
    expect(answer(q)).not.toMatch(/Spinal manipulation|Acupuncture/);
  });
});
