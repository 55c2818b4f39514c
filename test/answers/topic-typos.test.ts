import { describe, expect, it } from 'vitest';
import { correctTopicTypos, TOPIC_WORDS } from '../../dialogs/answers/topic-typos.js';
import { handleTurn } from '../../dialogs/turn-core.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';

const reply = (text: string): string => handleTurn(undefined, coreInput(text), CORE_OPTIONS).output.messages[0]!.text;

describe('typos of topic words', () => {
  it.each(TOPIC_WORDS.map((w) => [w.example, w.forms] as const))('"%s" reads as a topic word', (typo, forms) => {
    // a bare term's word is read as the whole term ("equnia" -> "cauda equina")
    const read = correctTopicTypos(typo);
    expect(forms.some((f) => read === f || read.endsWith(` ${f}`))).toBe(true);
  });

  it.each(['message', 'imagine', 'infection', 'said', 'deferral', 'inspection', 'steroid', 'opioids', 'physics'])(
    '"%s" is left as it is',
    (word) => {
      expect(correctTopicTypos(word)).toBe(word);
    },
  );

  it.each([
    ['opiod criteria chronic lbp', 'Opioids: last resort'],
    ['nsiad choice', 'NSAIDs'],
    ['physcio?', 'Exercise'],
    ['accupuncture for CLBP', 'Acupuncture'],
    ['epidurel steroid injection?', 'Epidural'],
    ['referal criteria', 'When to refer'],
    ['catastrophysing pt - does it matter', 'psychosocial'],
  ])('"%s" is answered as its topic', (text, title) => {
    expect(reply(text)).toContain(title);
  });
});
