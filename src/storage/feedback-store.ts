import { z } from 'zod';
import { StorageConflictError, type StoragePort } from './storage-port.js';

/**
 * Answer feedback ("Helpful" / "Report a problem", dialogs/feedback.ts) through the storage port: one record per UTC
 * day, `feedback/<YYYY-MM-DD>`, holding that day's reports. The stores name records by a digest of the key and
 * cannot list them, so the report reads the days it covers by key. A day's record is written with an if-match
 * and re-read on a conflict (several instances), and is purged like every record RETENTION_DAYS after its last
 * write. A report holds no text of the question or the case: route, cited entry ids, content version, rating,
 * reason, time, scope.
 */
export const feedbackRecordSchema = z.object({
  route: z.string().min(1).max(64),
  ids: z.array(z.string().min(1).max(80)).max(30),
  contentVersion: z.string().min(1).max(40),
  rating: z.enum(['helpful', 'problem']),
  reason: z.string().min(1).max(40).optional(),
  at: z.string().datetime(),
  scope: z.enum(['personal', 'groupChat', 'channel']),
});
export type FeedbackRecord = z.infer<typeof feedbackRecordSchema>;

const dayRecordSchema = z.object({ v: z.literal(1), reports: z.array(feedbackRecordSchema) });

/** Reports kept per day; beyond it a day's further reports are refused (and said so), never an unbounded record. */
export const FEEDBACK_PER_DAY = 2_000;
const WRITE_ATTEMPTS = 5;

export const feedbackKey = (day: string): string => `feedback/${day}`;
const dayOf = (iso: string): string => iso.slice(0, 10);

export class FeedbackStore {
  constructor(private readonly storage: Pick<StoragePort, 'read' | 'write'>) {}

  /** Adds one report to its day's record; false when the day is full. Storage errors propagate. */
  async record(report: FeedbackRecord): Promise<boolean> {
    const valid = feedbackRecordSchema.parse(report);
    const key = feedbackKey(dayOf(valid.at));
    for (let attempt = 1; ; attempt++) {
      const stored = await this.storage.read(key);
      const day = stored ? dayRecordSchema.safeParse(stored.value) : undefined;
      const reports = day?.success ? day.data.reports : [];
      if (reports.length >= FEEDBACK_PER_DAY) return false;
      try {
        await this.storage.write(key, { v: 1, reports: [...reports, valid] }, stored?.eTag ?? null);
        return true;
      } catch (err) {
        if (!(err instanceof StorageConflictError) || attempt >= WRITE_ATTEMPTS) throw err;
      }
    }
  }

  /** Every stored report of the `days` UTC days up to and including `until`'s, oldest day first. */
  async list(until: Date, days: number): Promise<FeedbackRecord[]> {
    const out: FeedbackRecord[] = [];
    for (let back = days - 1; back >= 0; back--) {
      const day = new Date(until.getTime() - back * 86_400_000).toISOString().slice(0, 10);
      const stored = await this.storage.read(feedbackKey(day));
      const parsed = stored ? dayRecordSchema.safeParse(stored.value) : undefined;
      if (parsed?.success) out.push(...parsed.data.reports);
    }
    return out;
  }
}

export interface FeedbackGroup {
  route: string;
  reason: string;
  count: number;
  /** Cited entry ids across the group's reports, most often cited first. */
  ids: { id: string; count: number }[];
  contentVersions: string[];
}

/** Reports grouped by route and reason ("helpful" for a helpful rating), the largest groups first. */
export function groupFeedback(reports: readonly FeedbackRecord[]): FeedbackGroup[] {
  const groups = new Map<string, { route: string; reason: string; reports: FeedbackRecord[] }>();
  for (const r of reports) {
    const reason = r.rating === 'helpful' ? 'helpful' : (r.reason ?? 'unspecified');
    const key = `${r.route}\n${reason}`;
    const group = groups.get(key) ?? { route: r.route, reason, reports: [] };
    group.reports.push(r);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map(({ route, reason, reports: rs }) => {
      const ids = new Map<string, number>();
      for (const r of rs) for (const id of r.ids) ids.set(id, (ids.get(id) ?? 0) + 1);
      return {
        route,
        reason,
        count: rs.length,
        ids: [...ids.entries()]
          .map(([id, count]) => ({ id, count }))
          .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
        contentVersions: [...new Set(rs.map((r) => r.contentVersion))].sort(),
      };
    })
    .sort((a, b) => a.route.localeCompare(b.route) || b.count - a.count || a.reason.localeCompare(b.reason));
}
