/**
 * The page side of search: a small bridge to the search worker (squoosh style).
 * The worker starts on the first search, stops after two idle minutes and starts
 * again, transparently, on the next one. It only type-imports the engine, so the
 * page never loads MiniSearch.
 */
import { wrap, type Endpoint, type Remote } from 'comlink';
import { searchKinds, type SearchKind } from '../content/pack-types.js';
import { err, ok, type Result } from '../result.js';
import type { SkippedSegment } from './segments.js';
import type { SearchHit, SearchOptions, SearchShard, ShardError } from './types.js';
import type { SearchWorkerApi } from './worker-api.js';

export type { SearchHit, SearchOptions, SearchShard } from './types.js';
export type { SkippedSegment } from './segments.js';

/** Why one kind's results are missing; the other kinds are still searched. */
export type ShardProblem =
  | ShardError
  | { kind: 'missing-shard' }
  | { kind: 'unreadable-shard'; detail: string };

export interface SearchResponse {
  hits: SearchHit[];
  unavailable: Array<{ kind: SearchKind; problem: ShardProblem }>;
  /** Kinds searched without some documents, whose segments were missing or bad. */
  incomplete: Array<{ kind: SearchKind; skipped: SkippedSegment[] }>;
}

/** The worker could not start or died: nothing was searched. */
export type SearchError = { kind: 'worker-failed'; detail: string };

export type WorkerLike = Endpoint & { terminate(): void };

export interface SearchClientOptions {
  /** Reads one kind's shard, or its segments, from the active pack (through src/db); undefined when the pack has none. */
  loadShard: (kind: SearchKind) => Promise<SearchShard | undefined>;
  /** Stop the worker after this long without a search (default two minutes). */
  idleMs?: number;
  /** For tests; the app uses the real module worker. */
  createWorker?: () => WorkerLike;
}

export interface SearchClient {
  search(query: string, options?: SearchOptions): Promise<Result<SearchResponse, SearchError>>;
  /**
   * Starts the worker and loads the shards before the first search (call it when the
   * search screen opens). Never fails: a problem shows up in the next search's answer.
   */
  prepare(kinds?: readonly SearchKind[]): Promise<void>;
  /** Stops the worker now; the next search reloads the shards (call it when the active pack changes). */
  stop(): void;
}

interface Session {
  worker: WorkerLike;
  api: Remote<SearchWorkerApi>;
  /** Rejects when the worker fails or is stopped, so no call waits forever. */
  ended: Promise<never>;
  end: (reason: Error) => void;
  shards: Map<SearchKind, Promise<KindReport>>;
}

/** How loading one kind went: unavailable (problem), or loaded, maybe without some documents. */
interface KindReport {
  problem?: ShardProblem;
  skipped: SkippedSegment[];
}

const startModuleWorker = (): WorkerLike =>
  new Worker(new URL('../../workers/search.worker.ts', import.meta.url), { type: 'module' });

export function createSearchClient(options: SearchClientOptions): SearchClient {
  const idleMs = options.idleMs ?? 120_000;
  const createWorker = options.createWorker ?? startModuleWorker;
  let current: Session | undefined;
  let busy = 0;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;

  function start(): Session {
    const worker = createWorker();
    let end!: (reason: Error) => void;
    const ended = new Promise<never>((_, reject) => { end = reject; });
    ended.catch(() => undefined); // observed by every call through Promise.race
    const session: Session = { worker, api: wrap<SearchWorkerApi>(worker), ended, end, shards: new Map() };
    worker.addEventListener('error', (event) => {
      stop(session, new Error((event as ErrorEvent).message || 'the search worker failed'));
    });
    return session;
  }

  function stop(session: Session | undefined = current, reason = new Error('the search worker was stopped')): void {
    if (!session) return;
    session.end(reason);
    session.worker.terminate();
    if (current === session) current = undefined;
  }

  async function readShard(session: Session, kind: SearchKind): Promise<KindReport> {
    let shard: SearchShard | undefined;
    try {
      shard = await options.loadShard(kind);
    } catch (e) {
      session.shards.delete(kind); // storage may recover: try again next time
      return { problem: { kind: 'unreadable-shard', detail: e instanceof Error ? e.message : String(e) }, skipped: [] };
    }
    if (shard === undefined) return { problem: { kind: 'missing-shard' }, skipped: [] };
    const loaded = await Promise.race([session.api.load(kind, shard), session.ended]);
    return loaded.ok ? { skipped: loaded.value.skipped } : { problem: loaded.error, skipped: [] };
  }

  function shard(session: Session, kind: SearchKind): Promise<KindReport> {
    let pending = session.shards.get(kind);
    if (!pending) {
      pending = readShard(session, kind);
      session.shards.set(kind, pending);
    }
    return pending;
  }

  /** Runs `task` on the current worker (starting one), keeping it alive meanwhile. */
  async function withSession<T>(task: (session: Session) => Promise<T>): Promise<Result<T, SearchError>> {
    clearTimeout(idleTimer);
    busy++;
    const session = (current ??= start());
    try {
      return ok(await task(session));
    } catch (e) {
      stop(session);
      return err({ kind: 'worker-failed', detail: e instanceof Error ? e.message : String(e) });
    } finally {
      busy--;
      if (busy === 0 && current) idleTimer = setTimeout(() => stop(), idleMs);
    }
  }

  async function loadKinds(session: Session, kinds: SearchKind[]): Promise<Pick<SearchResponse, 'unavailable' | 'incomplete'>> {
    const reports = await Promise.all(kinds.map((kind) => shard(session, kind)));
    const unavailable: SearchResponse['unavailable'] = [];
    const incomplete: SearchResponse['incomplete'] = [];
    kinds.forEach((kind, i) => {
      const report = reports[i];
      if (report?.problem) unavailable.push({ kind, problem: report.problem });
      if (report?.skipped.length) incomplete.push({ kind, skipped: report.skipped });
    });
    return { unavailable, incomplete };
  }

  function search(query: string, searchOptions: SearchOptions = {}): Promise<Result<SearchResponse, SearchError>> {
    const kinds = [...(searchOptions.kinds ?? searchKinds)];
    return withSession(async (session) => {
      const { unavailable, incomplete } = await loadKinds(session, kinds);
      const hits = await Promise.race([session.api.search(query, { ...searchOptions, kinds }), session.ended]);
      return { hits, unavailable, incomplete };
    });
  }

  async function prepare(kinds: readonly SearchKind[] = searchKinds): Promise<void> {
    await withSession((session) => loadKinds(session, [...kinds]));
  }

  return { search, prepare, stop: () => stop() };
}
