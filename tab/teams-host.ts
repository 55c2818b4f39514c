export type TeamsTheme = 'default' | 'dark' | 'contrast';
export interface HostInfo {
  inTeams: boolean;
  theme: TeamsTheme;
}

const INIT_TIMEOUT_MS = 1500;

function asTheme(value: string | undefined): TeamsTheme | undefined {
  return value === 'default' || value === 'dark' || value === 'contrast' ? value : undefined;
}

/** Outside Teams: a ?theme= override (for testing), else the browser's colour-scheme preference. */
function browserTheme(): TeamsTheme {
  const forced = asTheme(new URLSearchParams(location.search).get('theme') ?? undefined);
  if (forced) return forced;
  if (matchMedia('(forced-colors: active)').matches) return 'contrast';
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'default';
}

export function applyTheme(theme: TeamsTheme): void {
  document.documentElement.dataset.theme = theme;
}

/**
 * Joins the Teams host when there is one. app.initialize never settles in a plain browser, so it races a short
 * timeout; the page works the same either way and only the theme source differs.
 */
export async function connectHost(): Promise<HostInfo> {
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), INIT_TIMEOUT_MS));
  const inFrame = window.parent !== window;
  try {
    if (!inFrame) throw new Error('not framed');
    // Loaded only inside a frame: importing teams-js fetches its valid-domains list from Microsoft's CDN.
    const { app } = await import('@microsoft/teams-js');
    const result = await Promise.race([app.initialize().then(() => 'ok' as const), timeout]);
    if (result !== 'ok') throw new Error('no host');
    const context = await app.getContext();
    const theme = asTheme(context.app.theme) ?? 'default';
    app.registerOnThemeChangeHandler((next) => applyTheme(asTheme(next) ?? 'default'));
    void app.notifySuccess();
    return { inTeams: true, theme };
  } catch {
    return { inTeams: false, theme: browserTheme() };
  }
}
