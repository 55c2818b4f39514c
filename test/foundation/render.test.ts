import { describe, expect, it } from 'vitest';
import { plainSummary, toActivity } from '../../src/teams/render.js';

describe('Teams rendering', () => {
  it('gives a card message a plain-text summary (no markdown in notifications)', () => {
    expect(plainSummary('**Naproxen 250 mg x 2/day: below the guideline dose**\n\n- more')).toBe(
      'Naproxen 250 mg x 2/day: below the guideline dose',
    );
    const activity = toActivity({ text: '**Title**\nbody', card: { type: 'AdaptiveCard', version: '1.5', body: [] } });
    expect(activity.summary).toBe('Title');
  });

  it('renders at most three suggested actions', () => {
    const activity = toActivity({
      text: 'x',
      suggestedActions: [1, 2, 3, 4].map((n) => ({ title: `a${n}`, value: `a${n}` })),
    });
    expect(activity.suggestedActions?.actions).toHaveLength(3);
  });
});
