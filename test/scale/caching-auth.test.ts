import { describe, expect, it } from 'vitest';
import { CachingBotFrameworkAuthentication } from '../../src/teams/caching-auth.js';
import { teamsActivity } from '../helpers/teams-activity.js';

describe('connector clients reused across turns', () => {
  it('gives the same client for the same serviceUrl and a new one for another, across requests', async () => {
    const auth = new CachingBotFrameworkAuthentication({ MicrosoftAppId: '' });
    const activity = teamsActivity({ text: 'help' }) as unknown as Parameters<typeof auth.authenticateRequest>[0];
    const first = await auth.authenticateRequest(activity, '');
    const second = await auth.authenticateRequest(activity, '');
    const a = await first.connectorFactory!.create('https://smba.invalid/amer/');
    const b = await second.connectorFactory!.create('https://smba.invalid/amer/');
    const c = await second.connectorFactory!.create('https://smba.invalid/emea/');
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(await auth.createUserTokenClient(first.claimsIdentity)).toBe(
      await auth.createUserTokenClient(second.claimsIdentity),
    );
  });

  it('still refuses a request without a token when an app id is set', async () => {
    const auth = new CachingBotFrameworkAuthentication({ MicrosoftAppId: 'app-1', MicrosoftAppPassword: 'x' });
    const activity = teamsActivity({ text: 'help' }) as unknown as Parameters<typeof auth.authenticateRequest>[0];
    await expect(auth.authenticateRequest(activity, '')).rejects.toThrow();
  });
});
