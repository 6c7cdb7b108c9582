import { BRANCHES } from '../../../contract/library-branches.js';
import type { HoldingStatus } from '../../../contract/library-branches.js';
import type { LibraryHolding } from '../../../contract/api/library.js';
import { toIsbn10 } from './isbn.js';

/**
 * Live availability from a カーリル-style API (`/check?appkey&isbn&systemid&format=json`),
 * for a city whose library system answers there rather than exporting statuses. The
 * answer may come in rounds: `continue: 1` means "ask again with this session", which we
 * do a few times, then use what there is. Each branch is named by the library's own
 * name (`libkey`), mapped to our branch ids by name; a name we do not know is dropped.
 */
export interface CalilConfig {
  baseUrl: string;
  appKey: string;
  /** The library system's id there, e.g. `Fukushima_Iwaki`. */
  systemId: string;
  /** Milliseconds between rounds (the service asks for about 2 s); tests use less. */
  pollIntervalMs?: number;
  maxRounds?: number;
  timeoutMs?: number;
}

export type AvailabilityLookup = (isbns: readonly string[]) => Promise<Map<string, LibraryHolding[]>>;

type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

interface CalilAnswer {
  session?: string;
  continue?: number;
  books?: Record<string, Record<string, { status?: string; libkey?: Record<string, string> }>>;
}

/** The words カーリル answers per branch, as our statuses; anything else says nothing. */
const STATUS_WORDS: Record<string, HoldingStatus> = {
  貸出可: 'available',
  蔵書あり: 'available',
  館内のみ: 'reference',
  貸出中: 'on_loan',
  予約中: 'reserved',
  準備中: 'in_transit',
};

export function createCalilAvailability(config: CalilConfig, fetchFn: FetchLike = fetch): AvailabilityLookup {
  const interval = config.pollIntervalMs ?? 2000;
  const rounds = config.maxRounds ?? 5;
  const branchByName = new Map<string, string>();
  // Services shorten names: いわき総合図書館 may come as 総合図書館 or 総合.
  for (const b of BRANCHES) {
    for (const name of [b.name, b.name.replace(/^いわき/, '')]) {
      branchByName.set(name, b.id);
      branchByName.set(name.replace(/図書館$/, ''), b.id);
    }
  }

  async function ask(query: URLSearchParams): Promise<CalilAnswer> {
    const url = `${config.baseUrl.replace(/\/$/, '')}/check?${query.toString()}`;
    const response = await fetchFn(url, { signal: AbortSignal.timeout(config.timeoutMs ?? 5000) });
    if (!response.ok) throw new Error(`availability service answered ${response.status}`);
    return (await response.json()) as CalilAnswer;
  }

  return async (isbns) => {
    const result = new Map<string, LibraryHolding[]>();
    if (isbns.length === 0) return result;
    // カーリル keys books by the ISBN as asked; ask by ISBN-10 where one exists, as most OPACs hold it.
    const asked = new Map(isbns.map((isbn13) => [toIsbn10(isbn13) ?? isbn13, isbn13]));
    let answer = await ask(new URLSearchParams({ appkey: config.appKey, isbn: [...asked.keys()].join(','), systemid: config.systemId, format: 'json', callback: 'no' }));
    for (let round = 1; answer.continue === 1 && answer.session && round < rounds; round++) {
      await new Promise((resolve) => setTimeout(resolve, interval));
      answer = await ask(new URLSearchParams({ appkey: config.appKey, session: answer.session, format: 'json', callback: 'no' }));
    }
    for (const [key, systems] of Object.entries(answer.books ?? {})) {
      const isbn13 = asked.get(key);
      const system = systems[config.systemId];
      if (!isbn13 || !system || (system.status !== 'OK' && system.status !== 'Cache')) continue;
      const holdings: LibraryHolding[] = [];
      for (const [name, word] of Object.entries(system.libkey ?? {})) {
        const branch = branchByName.get(name);
        const status = STATUS_WORDS[word];
        if (branch && status) holdings.push({ branch, status });
      }
      result.set(isbn13, holdings);
    }
    return result;
  };
}
