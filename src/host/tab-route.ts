import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import restify from 'restify';

/** Where scripts/build-tab.ts writes the personal tab (npm's prestart builds it, so `npm start` serves it). */
export const TAB_DIR = fileURLToPath(new URL('../../build/tab/', import.meta.url));

/** The personal tab's static files at /tab/ (index.html, the bundle, pathway.json). */
export function registerTabRoutes(server: restify.Server, dir: string = TAB_DIR): void {
  const serve = restify.plugins.serveStaticFiles(dir, {
    maxAge: 0,
    setHeaders: (res: { setHeader(name: string, value: string): void }) => {
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'no-cache');
    },
  });
  server.get('/tab', (_req, res, next) => {
    res.redirect(301, '/tab/', next);
  });
  server.get('/tab/*', (req, res, next) => {
    if (!existsSync(`${dir}/index.html`)) {
      res.send(503, {
        error: 'TabNotBuilt',
        message: 'The tab is not built; run `npm run build:tab` (npm start does it).',
      });
      return next(false);
    }
    return serve(req, res, next);
  });
}
