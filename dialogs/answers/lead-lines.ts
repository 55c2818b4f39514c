import type { OutputMessage } from '../turn-types.js';

/**
 * Lines said first in an answer already rendered (renderAnswer's text and card alike): right under the title, or
 * before a plain message's text. A fact about the question itself ("Diazepam is her husband's, not hers") that the
 * answer below depends on.
 */
export function withLeadLines(message: OutputMessage, lines: readonly string[]): OutputMessage {
  if (!lines.length) return message;
  const bullets = lines.map((l) => `- ${l}`).join('\n');
  const titled = /^\*\*[^\n]*\*\*\n\n- /.exec(message.text);
  if (!titled) return { ...message, text: `${lines.join('\n')}\n\n${message.text}` };
  const at = titled[0].length - 2;
  const text = `${message.text.slice(0, at)}${bullets}\n${message.text.slice(at)}`;
  if (!message.card) return { ...message, text };
  const body = message.card.body as unknown[];
  const blocks = lines.map((l) => ({ type: 'TextBlock', text: `- ${l}`, wrap: true, spacing: 'Small' }));
  return { ...message, text, card: { ...message.card, body: [body[0], ...blocks, ...body.slice(1)] } };
}
