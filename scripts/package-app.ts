/** `npm run package`: writes build/appPackage.zip (manifest.json, color.png, outline.png at the root). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildAppPackage, PackageError, readPackageEnv } from './app-package.js';

const out = new URL('../build/appPackage.zip', import.meta.url);

try {
  const env = readPackageEnv(process.env);
  const { manifest, zip } = await buildAppPackage(env);
  mkdirSync(new URL('.', out), { recursive: true });
  writeFileSync(out, zip);
  const name = (manifest.name as { short: string }).short;
  process.stdout.write(
    `build/appPackage.zip: ${name} ${env.APP_VERSION}, app ${env.TEAMS_APP_ID}, bot ${env.BOT_ID}, host ${env.PUBLIC_HOSTNAME} (schema valid)\n`,
  );
} catch (err) {
  if (err instanceof PackageError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  throw err;
}
