import type { FastifyBaseLogger } from 'fastify';
import type { LibrarySearchResult } from '../../../contract/api/library.js';
import type { AvailabilityLookup } from './calil-availability.js';

/**
 * The page's books with their copies as the live service reports them now. The catalogue
 * still decides which books match; when the service fails or does not know a book, its
 * imported statuses stand, so a slow third party never empties the results.
 */
export async function withLiveAvailability(result: LibrarySearchResult, lookup: AvailabilityLookup, log: Pick<FastifyBaseLogger, 'warn'>): Promise<LibrarySearchResult> {
  const isbns = result.records.flatMap((r) => (r.isbn13 ? [r.isbn13] : []));
  if (isbns.length === 0) return result;
  try {
    const live = await lookup(isbns);
    return { ...result, records: result.records.map((r) => ({ ...r, holdings: (r.isbn13 && live.get(r.isbn13)) || r.holdings })) };
  } catch (error) {
    log.warn({ err: error }, 'library: live availability failed; showing the catalogue statuses');
    return result;
  }
}
