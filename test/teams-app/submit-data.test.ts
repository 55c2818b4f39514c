import { describe, expect, it } from 'vitest';
import { toActivity } from '../../src/teams/render.js';
import { decodeSubmitValue, encodeCardData } from '../../src/teams/submit-data.js';
import { toTurnInput } from '../../src/teams/turn-input.js';
import { teamsActivity } from '../helpers/teams-activity.js';

const card = {
  type: 'AdaptiveCard' as const,
  version: '1.5' as const,
  body: [
    {
      type: 'ActionSet',
      actions: [
        { type: 'Action.Submit', title: 'None', data: { command: 'answer', case: 'A', key: 'redFlags', text: 'None' } },
      ],
    },
  ],
  actions: [{ type: 'Action.Submit', title: 'Skip', data: { command: 'case', action: 'skip', case: 'A' } }],
};

describe('card data with a "key" property (the Agents Playground drops such button presses)', () => {
  it('goes out as __key, everywhere in the card, other data untouched', () => {
    const attachment = (toActivity({ text: 'q', card }).attachments as { content: typeof card }[])[0]!.content;
    const json = JSON.stringify(attachment);
    expect(json).not.toContain('"key"');
    expect(json).toContain('"__key":"redFlags"');
    expect(attachment.actions[0]!.data).toEqual({ command: 'case', action: 'skip', case: 'A' });
  });

  it('comes back in as key, so the core sees its own payload', () => {
    const pressed = encodeCardData(card).body[0]!.actions[0]!.data;
    const input = toTurnInput(teamsActivity({ value: pressed }) as never, 'message', new Date());
    expect(input?.value).toEqual({ command: 'answer', case: 'A', key: 'redFlags', text: 'None' });
  });

  it("never changes the core's card: the renamed actions are copies, untouched parts are shared", () => {
    const before = JSON.stringify(card);
    const out = encodeCardData(card);
    expect(JSON.stringify(card)).toBe(before);
    expect(out.body[0]!.actions[0]!.data).not.toBe(card.body[0]!.actions[0]!.data);
    expect(out.actions).toBe(card.actions);
  });

  it('leaves values that already use key, and non-objects, alone', () => {
    expect(decodeSubmitValue({ key: 'a', __key: 'b' })).toEqual({ key: 'a', __key: 'b' });
    expect(decodeSubmitValue('text')).toBe('text');
    expect(decodeSubmitValue(undefined)).toBeUndefined();
  });
});
