import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';

/**
 * Instruments and non-drug therapies asked in clinicians' own words: ODI sections answered said any way, STarT Back
 * scores without the tool's name, the minimal important change in words, the therapies' evidence in lay words,
 * "just tablets" as a claim, and a treatment the pathway does not cover. Varied styles: terse, chatty, NP
 * shorthand, UK/AU, dictated.
 */
const reply = (text: string) => ask(text).join('\n\n');

describe('Oswestry: sections answered, however it is said', () => {
  it.each([
    [
      'Only got 7 of the 10 Oswestry sections filled in, and they add up to 20. Can you give me the percentage?',
      '3 of 10',
    ],
    ['pt answered 7/10 ODI qs, total 20 - %?', '3 of 10'],
    ['Oswestry: 3 sections left blank, rest sum to 18. score?', '3 of 10'],
    ['she filled in only 6 of the 10 sections on the oswestry, they come to 20', '4 of 10'],
  ])('refuses with too few sections: %s', (q, missing) => {
    const text = reply(q);
    expect(text).toContain('no score');
    expect(text).toContain(`${missing} sections missing`);
    expect(text).not.toMatch(/\d%/);
  });

  it('scores when enough sections are ticked', () => {
    const text = reply('ODI - 8 questions ticked, came to 24, what percentage is that');
    expect(text).toContain('60%');
    expect(text).toContain('from 8 of 10 sections');
  });
});

describe('STarT Back scores without the tool named, with the rule', () => {
  it.each([
    [
      'a total of 6 with a psychosocial subscale of 3 - which risk group, and why?',
      'medium risk',
      'total 4 or more, subscale 3 or less',
    ],
    ['keele score 5, psych subscale 4?', 'high risk', 'subscale 4 or more'],
    ['total 6, subscale 3, what risk', 'medium risk', 'subscale 3 or less'],
    ['STarT Back total 2 psych 1', 'low risk', 'total 3 or less'],
  ])('%s', (q, risk, rule) => {
    const text = reply(q);
    expect(text).toContain(risk);
    expect(text).toContain(rule);
  });
});

describe('minimal important change in words', () => {
  it.each([
    'What drop on the Oswestry counts as a real change, and what about on a 0-10 pain score?',
    "how much does the ODI need to fall before it's a true improvement",
    'how many points of improvement on the NRS is worthwhile?',
    'change in ODI that matters clinically?',
    'minimum important difference oswestry',
  ])('%s', (q) => {
    const text = reply(q);
    expect(text).toContain('2 points on a 0-10 pain scale, 10 points on the ODI, or 30% from baseline');
  });
});

describe('non-drug therapies and their evidence in lay words', () => {
  it.each([
    "of the things that aren't tablets, which have the better evidence?",
    'apart from the meds, what has the strongest evidence?',
    'non-pharm options - which are best supported?',
  ])('the moderate-quality list: %s', (q) => {
    const text = reply(q);
    expect(text).toContain(
      'Exercise, multidisciplinary rehabilitation, acupuncture and mindfulness-based stress reduction have moderate-quality evidence',
    );
    expect(text).not.toContain('Tai chi');
  });

  it.each([
    [
      'that slow Chinese movement exercise and the stretching classes at the gym - any evidence?',
      ['Tai chi or yoga (low-quality evidence)'],
    ],
    [
      'worth sending him to an osteo or chiro for manipulation, or just get a massage?',
      ['Spinal manipulation (low-quality evidence)', 'Massage therapy (low-quality evidence)'],
    ],
    [
      'chiro vs massage for her?',
      ['Spinal manipulation (low-quality evidence)', 'Massage therapy (low-quality evidence)'],
    ],
  ])('%s', (q, musts) => {
    const text = reply(q);
    for (const m of musts) expect(text).toContain(m);
  });
});

describe('medicines alone: a claim verdict', () => {
  it.each([
    "Can I just manage her with tablets? She really doesn't like exercise.",
    'is it enough to simply treat him with painkillers',
    'could we only use pills for him, he hates the gym',
    'can we just stick with the meds, he wont do physio',
  ])('%s', (q) => {
    const text = reply(q);
    expect(text).toContain('**No:**');
    expect(text).toContain('medications alone');
  });

  it('a dose question with "just" stays a dose question', () => {
    expect(reply('can I just give 2 tablets of naproxen?')).not.toContain('**No:**');
  });
});

describe('a treatment the pathway does not cover', () => {
  it.each(['low dose naltrexone chronic LBP?', 'LDN for back pain?', 'is naltrexone any use for chronic back pain'])(
    '%s',
    (q) => {
      const text = reply(q);
      expect(text).toContain('does not cover low-dose naltrexone');
      expect(text).not.toContain('Which drug?');
    },
  );
});
