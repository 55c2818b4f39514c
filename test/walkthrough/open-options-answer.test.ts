import { describe, expect, it } from 'vitest';
import { runScenario } from './drive.js';

/** "Can I switch her to tramadol?" while earlier options are open: the answer names them from the option statuses. */
function firstMessage(say: string): string {
  const { outputs } = runScenario({ name: 'open-options', turns: [{ say }] });
  return outputs[0]!.messages[0]!.text;
}

describe('answer first: a later option asked while earlier ones are open names them', () => {
  it('duloxetine below target and untried non-drug therapy', () => {
    const text = firstMessage(
      'pt started cymbalta 30 mg 3 days ago for chronic low back pain, 5 months, naproxen 500 bid for 6 weeks no help, no PT. Can I switch her to tramadol?',
    );
    const answer = text.split('\n')[0]!;
    expect(answer).toMatch(/^\*\*Answer: not yet\.\*\* tramadol is not the next step yet: /);
    expect(answer).toMatch(
      /duloxetine 30 mg daily for 3 days is below target, not yet an adequate trial \(60 mg\/day for at least 4 weeks\)/,
    );
    expect(answer).toMatch(/exercise therapy[^;]* not tried/i);
    expect(answer).not.toMatch(/naproxen/);
    expect(answer).not.toContain('earlier options are still open');
  });

  it('an NSAID never tried at the adequate dose', () => {
    const text = firstMessage(
      '60M chronic low back pain 8 months, duloxetine 60 mg daily for 10 weeks no help, did 8 weeks of PT with no benefit. Can I start tramadol?',
    );
    const answer = text.split('\n')[0]!;
    expect(answer).toMatch(/^\*\*Answer: not yet\.\*\*/);
    expect(answer).toMatch(/NSAID[^;]* not tried/);
    expect(answer).not.toMatch(/duloxetine/);
  });
});
