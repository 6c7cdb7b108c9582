import type { Notice } from './notices.js';

/**
 * The notice lists a phone or kiosk receives are bounded, whatever staff posted: a banner
 * can only show a few, and the public list is fetched by every phone, so its size and cost
 * must not grow with the number of active notices.
 */

/** More than any screen shows; the most important come first, so the rest are left out. */
export const MAX_LISTED_NOTICES = 20;
/** Room for several notices in every language at their longest (16 × 1000 characters each). */
export const MAX_NOTICE_LIST_BYTES = 256 * 1024;
/** The public list is read from the database at most this often per server. */
export const NOTICE_CACHE_MS = 5_000;

/** The first notices (already in order of importance) that fit the count and byte budget; never none when there are some. */
export function boundNotices<T extends Notice>(notices: readonly T[]): T[] {
  const kept: T[] = [];
  // `{"notices":[` … `]}` and the commas between.
  let bytes = 16;
  for (const notice of notices) {
    if (kept.length === MAX_LISTED_NOTICES) break;
    bytes += Buffer.byteLength(JSON.stringify(notice)) + 1;
    if (bytes > MAX_NOTICE_LIST_BYTES && kept.length > 0) break;
    kept.push(notice);
  }
  return kept;
}

export interface NoticeCache {
  get(load: () => Promise<Notice[]>): Promise<Notice[]>;
  /** After this server posted or withdrew a notice: the next read goes to the database. */
  invalidate(): void;
}

/**
 * One read per NOTICE_CACHE_MS, shared by all requests meanwhile, even those that arrive
 * while it runs. Another server's new notice shows within that time; this server's at once.
 */
export function createNoticeCache(now: () => Date): NoticeCache {
  let cached: { at: number; notices: Promise<Notice[]> } | undefined;
  return {
    async get(load) {
      const at = now().getTime();
      if (!cached || at - cached.at >= NOTICE_CACHE_MS || at < cached.at) {
        const entry = { at, notices: load() };
        cached = entry;
        // A failed read is not kept: the next request tries again.
        entry.notices.catch(() => {
          if (cached === entry) cached = undefined;
        });
      }
      const notices = await cached.notices;
      // A notice that lapsed since the read is not shown for the rest of the cache time.
      const iso = new Date(at).toISOString();
      return notices.filter((notice) => notice.expiresAt === null || notice.expiresAt > iso);
    },
    invalidate() {
      cached = undefined;
    },
  };
}
