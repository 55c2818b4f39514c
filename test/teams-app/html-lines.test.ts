import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { textWithLines } from '../../src/teams/html-lines.js';

const activity = (html: string | undefined, name = 'Back Pain Pathway'): Activity =>
  ({
    type: 'message',
    recipient: { id: 'bot', name },
    attachments: html === undefined ? [] : [{ contentType: 'text/html', content: html }],
  }) as unknown as Activity;

describe('Teams: the lines of a multi-line message are read from its HTML', () => {
  it('divs and breaks become lines when the HTML says the same words', () => {
    const html = '<div><div>68 M</div><div>no leg pain</div><div>MEDS: naproxen 500&nbsp;mg bd<br>Q: next?</div></div>';
    expect(textWithLines(activity(html), '68 M no leg pain MEDS: naproxen 500 mg bd Q: next?')).toBe(
      '68 M\nno leg pain\nMEDS: naproxen 500 mg bd\nQ: next?',
    );
  });

  it("the bot's own mention is dropped, another person's name kept", () => {
    const html = '<p><at id="0">Back Pain Pathway</at> ask <at id="1">Sam</at></p><p>dose?</p>';
    expect(textWithLines(activity(html), 'ask Sam dose?')).toBe('ask Sam\ndose?');
  });

  it('table cells stay words apart, each row a line', () =>
    expect(
      textWithLines(
        activity('<table><tr><td>Oxycodone</td><td>10 mg</td><td>bd</td></tr><tr><td>MME?</td></tr></table>'),
        'Oxycodone 10 mg bd MME?',
      ),
    ).toBe('Oxycodone 10 mg bd\nMME?'));

  it('mentions without a close and a run of open tags are read as text, once', () => {
    const many = '<at>'.repeat(10_000);
    expect(textWithLines(activity(`<p>${many}naproxen</p><p>dose?</p>`), 'naproxen dose?')).toBe('naproxen\ndose?');
    expect(textWithLines(activity('<p><at>Sam</p><p>dose?</p>'), 'Sam dose?')).toBe('Sam\ndose?');
  });

  it('entities are decoded (&amp; &lt; &#39;)', () => {
    const html = '<p>eGFR &lt;30 &amp; CrCl 25</p><p>it&#39;s ok?</p>';
    expect(textWithLines(activity(html), "eGFR <30 & CrCl 25 it's ok?")).toBe("eGFR <30 & CrCl 25\nit's ok?");
  });

  it.each([
    ['the HTML says other words', '<p>naproxen 500 bd</p><p>warfarin</p>', 'naproxen 500 bd'],
    ['no HTML attachment', undefined, 'naproxen 500 bd'],
    ['an HTML body over 64 KB', `<p>${'x'.repeat(70_000)}</p>`, 'naproxen 500 bd'],
  ])('%s: the text as sent', (_, html, text) => expect(textWithLines(activity(html), text)).toBe(text));

  it('text that already has its lines is kept as sent', () =>
    expect(textWithLines(activity('<p>a</p><p>b</p>'), 'a\nb')).toBe('a\nb'));
});
