import { createStorage } from '../src/host/create-storage.js';
import { loadConfig } from '../src/runtime/config.js';
import { FeedbackStore, groupFeedback, type FeedbackGroup } from '../src/storage/feedback-store.js';

/**
 * `npm run feedback-report [-- --days N] [-- --json]`: the answer feedback of the last N days (default: the
 * retention period, RETENTION_DAYS) from the configured store (STORAGE, SQLite by default), grouped by route and
 * reason for the content reviewers. A report holds the route, the knowledge entry ids the answer cited, the content
 * version, the reason, the time and the scope; never the question or the case.
 */
export function feedbackReportText(groups: readonly FeedbackGroup[], period: string): string {
  const total = groups.reduce((n, g) => n + g.count, 0);
  const lines = [`Answer feedback, ${period}: ${total} report${total === 1 ? '' : 's'}`];
  if (!total) return lines.join('\n');
  const routes = [...new Set(groups.map((g) => g.route))];
  for (const route of routes) {
    const mine = groups.filter((g) => g.route === route);
    const problems = mine.filter((g) => g.reason !== 'helpful').reduce((n, g) => n + g.count, 0);
    const helpful = mine.find((g) => g.reason === 'helpful')?.count ?? 0;
    lines.push('', `${route}: ${problems} problem${problems === 1 ? '' : 's'}, ${helpful} helpful`);
    for (const g of mine) {
      const ids = g.ids.length ? g.ids.map((i) => (i.count > 1 ? `${i.id} x${i.count}` : i.id)).join(', ') : '-';
      lines.push(`  ${g.reason.padEnd(22)} ${String(g.count).padStart(4)}  content ${g.contentVersions.join(', ')}`);
      if (g.reason !== 'helpful') lines.push(`    entries: ${ids}`);
    }
  }
  return lines.join('\n');
}

function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const config = loadConfig();
  const days = Number(argValue(args, '--days') ?? config.RETENTION_DAYS + 1);
  if (!Number.isInteger(days) || days < 1 || days > 3660) throw new Error('--days must be a whole number from 1');
  const storage = await createStorage(config);
  try {
    const until = new Date();
    const reports = await new FeedbackStore(storage).list(until, days);
    const groups = groupFeedback(reports);
    if (args.includes('--json')) {
      console.log(JSON.stringify({ days, until: until.toISOString(), groups }, null, 2));
      return;
    }
    const from = new Date(until.getTime() - (days - 1) * 86_400_000).toISOString().slice(0, 10);
    const where = config.STORAGE === 'sqlite' ? `sqlite ${config.SQLITE_PATH}` : config.STORAGE;
    console.log(feedbackReportText(groups, `${from} to ${until.toISOString().slice(0, 10)} (${where})`));
  } finally {
    await storage.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => {
    process.stderr.write(`feedback-report failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
