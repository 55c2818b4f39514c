import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/runtime/config.js';

describe('config', () => {
  it('has working defaults for local use', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3978);
    expect(c.STORAGE).toBe('sqlite');
    expect(c.SQLITE_PATH).toBe('./data/bot.sqlite');
    expect(c.MicrosoftAppId).toBe('');
    expect(c.RETENTION_DAYS).toBe(120);
  });

  it('reads and coerces values from the environment', () => {
    const c = loadConfig({ PORT: '4000', STORAGE: 'memory', RETENTION_DAYS: '7' });
    expect(c).toMatchObject({ PORT: 4000, STORAGE: 'memory', RETENTION_DAYS: 7 });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ STORAGE: 'mongo' }, 'STORAGE'],
    [{ RETENTION_DAYS: '0' }, 'RETENTION_DAYS'],
    [{ MicrosoftAppType: 'Whatever' }, 'MicrosoftAppType'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])('a bad value stops start-up naming the key: %o', (env, key) => {
    expect(() => loadConfig(env)).toThrowError(ConfigError);
    expect(() => loadConfig(env)).toThrowError(new RegExp(`^Invalid configuration:[\\s\\S]*${key}:`));
  });

  it('never echoes a secret value in its error', () => {
    try {
      loadConfig({ MicrosoftAppId: 'app', MicrosoftAppPassword: 'super-secret-value', MicrosoftAppType: 'Bogus' });
      expect.unreachable();
    } catch (err) {
      expect(String(err)).not.toContain('super-secret-value');
    }
  });

  it('refuses anonymous mode in production unless ALLOW_ANONYMOUS=true', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrowError(
      /MicrosoftAppId: is required when NODE_ENV=production/,
    );
    expect(loadConfig({ NODE_ENV: 'production', ALLOW_ANONYMOUS: 'true' }).ALLOW_ANONYMOUS).toBe(true);
    expect(
      loadConfig({ NODE_ENV: 'production', MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw' }).MicrosoftAppId,
    ).toBe('id');
  });

  it('requires a password with an app id, and a tenant for single-tenant apps', () => {
    expect(() => loadConfig({ MicrosoftAppId: 'id' })).toThrowError(/MicrosoftAppPassword/);
    expect(() =>
      loadConfig({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', MicrosoftAppType: 'SingleTenant' }),
    ).toThrowError(/MicrosoftAppTenantId/);
  });
});
