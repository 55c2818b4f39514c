import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import {
  buildAppPackage,
  checkIcon,
  fillTemplate,
  readPackageEnv,
  validateManifest,
} from '../../scripts/app-package.js';

const ENV = {
  TEAMS_APP_ID: '3f2a8c1e-5b7d-4e9a-9c1f-2d6b8e4a7c30',
  MicrosoftAppId: '8B1E6F2A-0C4D-4B7E-A9F3-5E2D1C8B7A64',
  PUBLIC_HOSTNAME: 'bpp.example.org',
};
const root = new URL('../../', import.meta.url);

describe('npm run package', () => {
  it('writes build/appPackage.zip with a schema-valid manifest and both icons at the root', () => {
    const out = execFileSync('npm', ['run', '-s', 'package'], {
      cwd: root,
      env: { ...process.env, ...ENV, BOT_ID: '', APP_VERSION: '2.3.4' },
      encoding: 'utf8',
    });
    expect(out).toContain('schema valid');
    return JSZip.loadAsync(readFileSync(new URL('build/appPackage.zip', root))).then(async (zip) => {
      expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
      const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
      expect(manifest.manifestVersion).toBe('1.22');
      expect(manifest.version).toBe('2.3.4');
      expect(manifest.id).toBe(ENV.TEAMS_APP_ID);
      // BOT_ID empty -> MicrosoftAppId, lower-cased, in the bot and the message extension.
      expect(manifest.bots[0].botId).toBe(ENV.MicrosoftAppId.toLowerCase());
      expect(manifest.composeExtensions[0].botId).toBe(ENV.MicrosoftAppId.toLowerCase());
      expect(manifest.bots[0].scopes).toEqual(['personal', 'groupChat', 'team']);
      expect(manifest.bots[0].commandLists[0].commands.map((c: { title: string }) => c.title)).toEqual([
        'help',
        'new case',
        'dose',
        'plan',
      ]);
      expect(manifest.composeExtensions[0].commands[0]).toMatchObject({ id: 'drug', type: 'query' });
      expect(manifest.staticTabs[0].contentUrl).toBe('https://bpp.example.org/tab/');
      expect(manifest.validDomains).toEqual(['bpp.example.org']);
      expect(await validateManifest(manifest)).toEqual([]);
    });
  });

  it('refuses to package without the ids and the host, naming each missing key', () => {
    let stderr = '';
    try {
      execFileSync('npm', ['run', '-s', 'package'], {
        cwd: root,
        env: {
          ...process.env,
          TEAMS_APP_ID: '',
          MicrosoftAppId: '',
          BOT_ID: 'not-a-guid',
          PUBLIC_HOSTNAME: 'https://x.org/',
        },
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (err) {
      stderr = String((err as { stderr: string }).stderr);
    }
    expect(stderr).toContain('TEAMS_APP_ID');
    expect(stderr).toContain('PUBLIC_HOSTNAME');
  });
});

describe('manifest validation', () => {
  const env = readPackageEnv(ENV);
  const template = readFileSync(new URL('manifest/manifest.json', root), 'utf8');
  const good = () => JSON.parse(fillTemplate(template, env)) as Record<string, unknown>;

  it('the filled template is valid against the bundled v1.22 schema', async () => {
    expect(await validateManifest(good())).toEqual([]);
  });

  it('reports schema errors (a validator that can fail)', async () => {
    const bad = good();
    (bad.name as { short: string }).short = 'x'.repeat(40);
    (bad.bots as { scopes: string[] }[])[0]!.scopes = ['everywhere'];
    delete bad.accentColor;
    const errors = await validateManifest(bad);
    expect(errors.join('\n')).toMatch(/short/);
    expect(errors.join('\n')).toMatch(/scopes/);
    expect(errors.join('\n')).toMatch(/accentColor/);
  });

  it('rejects a manifest that is not on the pinned GA version', async () => {
    expect((await validateManifest({ ...good(), manifestVersion: 'devPreview' })).join()).toMatch(/pinned GA version/);
  });

  it('never leaves a placeholder unfilled', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a Teams app-package placeholder, filled by fillTemplate
    expect(() => fillTemplate('{"a":"${{NOPE}}"}', {})).toThrow(/NOPE/);
  });

  it('checks icon sizes and that the outline is white on transparent', () => {
    const color = new PNG({ width: 32, height: 32 });
    color.data.fill(200);
    const png = PNG.sync.write(color);
    expect(checkIcon('color.png', png).join()).toMatch(/192x192/);
    expect(checkIcon('outline.png', png).join()).toMatch(/white on a transparent/);
    const dir = new URL('manifest/', root);
    expect(checkIcon('color.png', readFileSync(new URL('color.png', dir)))).toEqual([]);
    expect(checkIcon('outline.png', readFileSync(new URL('outline.png', dir)))).toEqual([]);
  });

  it('builds the same zip twice from the same inputs', async () => {
    const a = await buildAppPackage(env);
    const b = await buildAppPackage(env);
    expect(a.zip.equals(b.zip)).toBe(true);
  });
});
