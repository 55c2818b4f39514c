/**
 * The Teams app package: fill manifest/manifest.json from the environment, validate it offline against the
 * schema bundled in @microsoft/app-manifest, check the icons, and zip the three files at the archive root.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { z } from 'zod';

export const MANIFEST_DIR = new URL('../manifest/', import.meta.url);
/** The pinned GA schema; never devPreview. Must match manifestVersion in the template. */
export const MANIFEST_VERSION = '1.22';
export const ICON_SIZES = { 'color.png': 192, 'outline.png': 32 } as const;

const guid = z
  .string()
  .trim()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a GUID');
const httpsUrl = z.string().trim().url().startsWith('https://', 'must start with https://');

/** Settings the package reads (documented in .env.example). BOT_ID defaults to MicrosoftAppId. */
export const packageEnvSchema = z
  .object({
    TEAMS_APP_ID: guid,
    MicrosoftAppId: z.string().trim().optional(),
    BOT_ID: z.string().trim().optional(),
    PUBLIC_HOSTNAME: z
      .string()
      .trim()
      .regex(
        /^(?!https?:)[a-z0-9.-]+(:\d+)?$/i,
        'must be a bare host name such as bot.example.org (no scheme, no path)',
      ),
    APP_VERSION: z
      .string()
      .trim()
      .regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0')
      .optional(),
    DEVELOPER_NAME: z.string().trim().min(1).max(32).default('Back Pain Pathway'),
    DEVELOPER_WEBSITE_URL: httpsUrl.optional(),
    PRIVACY_URL: httpsUrl.optional(),
    TERMS_OF_USE_URL: httpsUrl.optional(),
  })
  .transform((e, ctx) => {
    const botId = e.BOT_ID || e.MicrosoftAppId || '';
    if (!guid.safeParse(botId).success) {
      ctx.addIssue({ code: 'custom', path: ['BOT_ID'], message: 'must be a GUID (set BOT_ID or MicrosoftAppId)' });
    }
    const base = `https://${e.PUBLIC_HOSTNAME}/tab/`;
    return {
      TEAMS_APP_ID: e.TEAMS_APP_ID.toLowerCase(),
      BOT_ID: botId.toLowerCase(),
      PUBLIC_HOSTNAME: e.PUBLIC_HOSTNAME.toLowerCase(),
      APP_VERSION: e.APP_VERSION ?? packageVersion(),
      DEVELOPER_NAME: e.DEVELOPER_NAME,
      DEVELOPER_WEBSITE_URL: e.DEVELOPER_WEBSITE_URL ?? base,
      PRIVACY_URL: e.PRIVACY_URL ?? `${base}#privacy`,
      TERMS_OF_USE_URL: e.TERMS_OF_USE_URL ?? `${base}#terms`,
    };
  });
export type PackageEnv = z.output<typeof packageEnvSchema>;

export class PackageError extends Error {
  override name = 'PackageError';
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export function readPackageEnv(env: Record<string, string | undefined>): PackageEnv {
  const picked = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = packageEnvSchema.safeParse(picked);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new PackageError(
      `Cannot build the app package:\n  ${lines.join('\n  ')}\nSee .env.example (Teams app package).`,
    );
  }
  return result.data;
}

/** Replaces every ${{KEY}} in the template; an unknown key is an error, never left in the output. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\$\{\{\s*([A-Z_a-z]+)\s*\}\}/g, (_m, key: string) => {
    const value = values[key];
    if (value === undefined) throw new PackageError(`manifest template uses \${{${key}}}, which has no value`);
    return JSON.stringify(value).slice(1, -1);
  });
}

function bundledSchema(version: string): object {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const file = join(root, 'build', 'json-schemas', 'teams', `v${version}`, 'MicrosoftTeams.schema.json');
  // The published schemas contain \a and \v escapes that JSON.parse rejects (the package cleans them the same way).
  return JSON.parse(readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b')) as object;
}

/** Schema errors of a filled manifest (empty = valid), checked offline against the pinned bundled schema. */
export async function validateManifest(manifest: Record<string, unknown>): Promise<string[]> {
  const errors: string[] = [];
  if (manifest.manifestVersion !== MANIFEST_VERSION) {
    errors.push(
      `manifestVersion must be the pinned GA version ${MANIFEST_VERSION}, not ${String(manifest.manifestVersion)}`,
    );
  }
  const schema = bundledSchema(MANIFEST_VERSION);
  const failures = await AppManifestUtils.validateAgainstSchema(manifest as never, schema as never);
  return [...errors, ...failures];
}

/** Size and transparency problems of one icon (empty = fine). */
export function checkIcon(name: keyof typeof ICON_SIZES, png: Buffer): string[] {
  const image = PNG.sync.read(png);
  const size = ICON_SIZES[name];
  const problems: string[] = [];
  if (image.width !== size || image.height !== size)
    problems.push(`${name} is ${image.width}x${image.height}, must be ${size}x${size}`);
  if (name === 'outline.png') {
    for (let i = 0; i < image.data.length; i += 4) {
      const opaque = image.data[i + 3]! > 0;
      const white = image.data[i]! === 255 && image.data[i + 1]! === 255 && image.data[i + 2]! === 255;
      if (opaque && !white) {
        problems.push('outline.png must be white on a transparent background');
        break;
      }
    }
    if (!image.data.some((v, i) => i % 4 === 3 && v === 0)) problems.push('outline.png has no transparent pixels');
  }
  return problems;
}

export interface BuiltPackage {
  manifest: Record<string, unknown>;
  zip: Buffer;
}

/** Fills, validates and zips; throws a PackageError listing every problem. */
export async function buildAppPackage(env: PackageEnv, dir: URL = MANIFEST_DIR): Promise<BuiltPackage> {
  const template = readFileSync(new URL('manifest.json', dir), 'utf8');
  const manifest = JSON.parse(fillTemplate(template, env)) as Record<string, unknown>;
  const icons = Object.fromEntries(
    Object.keys(ICON_SIZES).map((name) => [name, readFileSync(new URL(name, dir))]),
  ) as Record<keyof typeof ICON_SIZES, Buffer>;
  const problems = [
    ...(await validateManifest(manifest)).map((e) => `manifest.json ${e}`),
    ...checkIcon('color.png', icons['color.png']),
    ...checkIcon('outline.png', icons['outline.png']),
  ];
  if (problems.length) throw new PackageError(`The app package is not valid:\n  ${problems.join('\n  ')}`);
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  for (const [name, data] of Object.entries(icons)) zip.file(name, data);
  // A fixed date keeps the archive byte-identical for identical inputs.
  const date = new Date('2020-01-01T00:00:00Z');
  for (const file of Object.values(zip.files)) file.date = date;
  return { manifest, zip: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }) };
}
