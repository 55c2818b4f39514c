import { z } from 'zod';
import { isLoopbackHost } from './loopback.js';

/** Every setting the bot reads, validated once at start-up. `.env.example` documents each key. */
const boolFlag = z
  .enum(['true', 'false', '1', '0', ''])
  .default('false')
  .transform((v) => v === 'true' || v === '1');

const fields = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  // No default here: without an app id it is 127.0.0.1 (loopback only), with one 0.0.0.0 (see below).
  HOST: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined),
  MicrosoftAppId: z.string().trim().default(''),
  MicrosoftAppPassword: z.string().default(''),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: z.string().trim().default(''),
  ALLOW_ANONYMOUS: boolFlag,
  STORAGE: z.enum(['sqlite', 'memory', 'blob']).default('sqlite'),
  SQLITE_PATH: z.string().min(1).default('./data/bot.sqlite'),
  BLOB_CONNECTION_STRING: z.string().trim().default(''),
  BLOB_CONTAINER: z
    .string()
    .regex(/^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/, 'must be 3-63 lowercase letters, digits or single hyphens')
    .default('bot-state'),
  // Long enough for the pathway's own reviews (reassess every 2-4 weeks, referral after 12 weeks, reminders up to
  // 6 months ahead keep their case themselves): 120 days.
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(120),
  MAX_BODY_KB: z.coerce.number().int().min(16).max(4096).default(256),
  MAX_JSON_DEPTH: z.coerce.number().int().min(8).max(256).default(32),
  AUTH_TIMEOUT_MS: z.coerce.number().int().min(50).max(10_000).default(500),
  METADATA_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(60),
  ALLOWED_TENANTS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^[\w.-]{1,128}$/, 'must be comma-separated tenant ids'))),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export const configSchema = fields
  .superRefine((c, ctx) => {
    if (c.NODE_ENV === 'production' && !c.MicrosoftAppId && !c.ALLOW_ANONYMOUS) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppId'],
        message:
          'is required when NODE_ENV=production (anonymous mode is for local use only; set ALLOW_ANONYMOUS=true to override)',
      });
    }
    // Anonymous mode answers anyone who can reach the port, so by default it is reachable from this machine only.
    if (!c.MicrosoftAppId && c.HOST !== undefined && !isLoopbackHost(c.HOST) && !c.ALLOW_ANONYMOUS) {
      ctx.addIssue({
        code: 'custom',
        path: ['HOST'],
        message:
          'must be a loopback address (127.0.0.1, ::1 or localhost) when MicrosoftAppId is empty; set MicrosoftAppId, or ALLOW_ANONYMOUS=true to serve anonymously on other interfaces',
      });
    }
    if (c.MicrosoftAppId && c.MicrosoftAppType !== 'UserAssignedMSI' && !c.MicrosoftAppPassword) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppPassword'],
        message: 'is required when MicrosoftAppId is set',
      });
    }
    if (c.STORAGE === 'blob' && !c.BLOB_CONNECTION_STRING) {
      ctx.addIssue({ code: 'custom', path: ['BLOB_CONNECTION_STRING'], message: 'is required when STORAGE=blob' });
    }
    if (c.MicrosoftAppType === 'SingleTenant' && c.MicrosoftAppId && !c.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'is required for SingleTenant apps' });
    }
  })
  .transform((c) => ({ ...c, HOST: c.HOST ?? (c.MicrosoftAppId ? '0.0.0.0' : '127.0.0.1') }));

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment; throws a ConfigError whose message names each bad key (never its value). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const picked: Record<string, string> = {};
  for (const key of Object.keys(fields.shape)) {
    const value = env[key];
    if (value !== undefined) picked[key] = value;
  }
  const result = configSchema.safeParse(picked);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${i.path.join('.') || '(config)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return result.data;
}
