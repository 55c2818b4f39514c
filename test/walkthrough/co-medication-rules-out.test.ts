import { describe, expect, it } from 'vitest';
import { runScenario } from './drive.js';

/**
 * A co-medication that rules out a drug the patient takes now, told mid-case or in the first narrative (an MAOI with
 * tramadol or duloxetine: contraindicated, clinical-reference.md section 2): the drug taken stops, with its reason, as
 * the first Do-now line; it is never continued.
 */
const reply = (turns: string[]) =>
  runScenario({ name: `co-med ${turns.join('|')}`, turns: turns.map((say) => ({ say })) })
    .outputs.at(-1)!
    .messages.map((m) => m.text)
    .join('\n\n');

describe('a co-medication that rules out the drug taken now', () => {
  it.each([
    ['60F CLBP 8 mo, RF neg, tramadol 50 qid x 6 wk helping', 'started phenelzine last week by psych', 'tramadol'],
    [
      'NP f/u: 64M CLBP, RF neg, tramadol 50mg QID 6/52 ✓',
      'update: now also on tranylcypromine from psychiatry',
      'tramadol',
    ],
    [
      '60F CLBP 8 mo, RF neg, duloxetine 60 daily x 6 wk helping',
      'psych started her on selegiline 3 days ago',
      'duloxetine',
    ],
  ])('mid-case: %s / "%s"', (first, update, drug) => {
    const text = reply([first, update]);
    expect(text).toMatch(
      new RegExp(`\\*\\*Do now\\*\\*\\s+- Stop ${drug}[^\\n]*: not for this patient \\(on an MAOI\\)`),
    );
    expect(text).not.toMatch(new RegExp(`Continue: ${drug}`));
  });

  it('in the first narrative', () => {
    const text = reply([
      'Dear colleague, 59F CLBP 1 yr, RF screen negative, on phenelzine for depression and tramadol 50 mg qds 6 weeks helping.',
    ]);
    expect(text).toMatch(/- Stop tramadol[^\n]*: not for this patient \(on an MAOI\)/);
    expect(text).not.toMatch(/Continue: tramadol/);
  });

  it('contrast: no co-medication, the drug is continued', () => {
    const text = reply(['60F CLBP 8 mo, RF neg, tramadol 50 qid x 6 wk helping']);
    expect(text).toMatch(/Continue: tramadol/);
    expect(text).not.toMatch(/- Stop tramadol/);
  });

  it('contrast: a drug ruled out but not taken is named, not stopped', () => {
    const text = reply(['60F CLBP 8 mo, RF neg, on phenelzine, naproxen 500 bd 6 wk failed']);
    expect(text).toMatch(/Not for this patient: duloxetine \(on an MAOI\)/);
    expect(text).not.toMatch(/- Stop duloxetine/);
  });
});

describe('gabapentin and pregabalin both taken now', () => {
  it.each([
    '61M CLBP with sciatica 8 mo, RF neg, gabapentin 300 tds and pregabalin 75 bd both current, naproxen failed',
    'NP: 70F LBP+radic 1yr, RF neg. gaba 600 tid ✓, lyrica 150 bid x 4wk',
  ])('use only one, in Do now: %s', (first) => {
    expect(reply([first])).toMatch(
      /\*\*Do now\*\*\s+- Use only one gabapentinoid: gabapentin with pregabalin is duplicate therapy/,
    );
  });

  it.each([
    '65yo F, LBP with pain down the right leg x 5 months. gabapentin 600 tid x 6 wks, partial. naproxen 500 bid x 6 wks, no relief.',
    'NP: 58M LBP + L sciatica 9/12, RF neg, gaba 300 tds x 8/52 helping a bit, eGFR 80',
  ])('contrast: gabapentin alone, pregabalin only offered: no "use only one": %s', (first) => {
    expect(reply([first])).not.toMatch(/Use only one gabapentinoid/);
    expect(reply([first, 'plan'])).not.toMatch(/Use only one gabapentinoid/);
  });

  it('contrast: gabapentin stopped, pregabalin now', () => {
    const text = reply(['61M CLBP with sciatica 8 mo, RF neg, gabapentin 300 tds stopped, now pregabalin 75 bd']);
    expect(text).not.toMatch(/Use only one gabapentinoid/);
  });
});
