import { expose } from 'comlink';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { SearchKind } from '../content/pack-types.js';
import { createSearchClient, type WorkerLike } from './search-client.js';
import { packIndexes } from './test/pack-indexes.js';
import { sampleDocs } from './test/sample-docs.js';
import type { SearchShard } from './types.js';
import { createSearchWorkerApi } from './worker-api.js';

/** A worker in the same thread: the real worker API behind a MessageChannel. */
class FakeWorker extends EventTarget implements WorkerLike {
  private readonly channel = new MessageChannel();
  terminated = false;
  constructor() {
    super();
    expose(createSearchWorkerApi(), this.channel.port2);
    this.channel.port1.start();
  }
  postMessage(message: unknown, transfer: Transferable[] = []): void {
    this.channel.port1.postMessage(message, transfer);
  }
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null): void {
    if (type === 'message') this.channel.port1.addEventListener(type, listener as EventListener);
    else super.addEventListener(type, listener);
  }
  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null): void {
    if (type === 'message') this.channel.port1.removeEventListener(type, listener as EventListener);
    else super.removeEventListener(type, listener);
  }
  terminate(): void {
    this.terminated = true;
    this.channel.port1.close();
    this.channel.port2.close();
  }
}

const shards = packIndexes(sampleDocs);
let workers: FakeWorker[];
let reads: SearchKind[];

function client(overrides: { loadShard?: (kind: SearchKind) => Promise<SearchShard | undefined> } = {}) {
  return createSearchClient({
    loadShard: overrides.loadShard ?? (async (kind) => { reads.push(kind); return shards.get(kind); }),
    createWorker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
  });
}

beforeEach(() => {
  workers = [];
  reads = [];
});
afterEach(() => {
  vi.useRealTimers();
  for (const worker of workers) worker.terminate();
});

describe('search client', () => {
  test('starts the worker on the first search, not before', async () => {
    const search = client();
    expect(workers).toHaveLength(0);
    const result = await search.search('住民票');
    expect(workers).toHaveLength(1);
    expect(result.ok && result.value.hits[0]?.id).toBe('guides:juminhyo-copy:ja');
  });

  test('reads each shard from the page once per worker, and only the kinds asked for', async () => {
    const search = client();
    await search.search('住民票', { kinds: ['faq'] });
    expect(reads).toEqual(['faq']);
    await search.search('避難所');
    await search.search('ごみ');
    expect(reads.sort()).toEqual(['facilities', 'faq', 'forms', 'guides', 'ordinances']);
  });

  test('stops the worker after two idle minutes and restarts it transparently', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const search = client();
    await search.search('住民票');
    vi.advanceTimersByTime(119_000);
    expect(workers[0]?.terminated).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(workers[0]?.terminated).toBe(true);

    const again = await search.search('ひなんじょ');
    expect(workers).toHaveLength(2);
    expect(again.ok && again.value.hits[0]?.id).toBe('guides:evacuation-sites:ja');
  });

  test('a search keeps the worker alive: the idle clock restarts', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const search = client();
    await search.search('住民票');
    vi.advanceTimersByTime(100_000);
    await search.search('住民票');
    vi.advanceTimersByTime(100_000);
    expect(workers[0]?.terminated).toBe(false);
    expect(workers).toHaveLength(1);
  });

  test('prepare() starts the worker and reads the shards before the first search', async () => {
    const search = client();
    await search.prepare();
    expect(workers).toHaveLength(1);
    expect(reads.sort()).toEqual(['facilities', 'faq', 'forms', 'guides', 'ordinances']);
    await search.search('住民票');
    expect(reads).toHaveLength(5);
    expect(workers).toHaveLength(1);
  });

  test('stop() (a new pack) makes the next search read the shards again', async () => {
    const search = client();
    await search.search('住民票', { kinds: ['guides'] });
    search.stop();
    expect(workers[0]?.terminated).toBe(true);
    await search.search('住民票', { kinds: ['guides'] });
    expect(reads).toEqual(['guides', 'guides']);
  });

  test('reports kinds it could not search and still searches the others', async () => {
    const search = client({
      loadShard: async (kind) => {
        if (kind === 'faq') return undefined;
        if (kind === 'ordinances') return '{"broken":';
        if (kind === 'facilities') throw new Error('IndexedDB is closed');
        return shards.get(kind);
      },
    });
    const result = await search.search('住民票');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.hits.map((h) => h.id)).toEqual(['guides:juminhyo-copy:ja']);
    expect(result.value.unavailable).toEqual([
      { kind: 'faq', problem: { kind: 'missing-shard' } },
      { kind: 'ordinances', problem: { kind: 'invalid-shard', detail: expect.any(String) } },
      { kind: 'facilities', problem: { kind: 'unreadable-shard', detail: 'IndexedDB is closed' } },
    ]);
    expect(result.value.incomplete).toEqual([]);
  });

  test('reports guides left out of the index, and still finds the others', async () => {
    const guides = shards.get('guides') as { segments: Array<{ source: string; segment: unknown }> };
    const search = client({
      loadShard: async (kind) => (kind === 'guides'
        ? { segments: guides.segments.map((s) => (s.source === 'guides/juminhyo-copy.ja.json' ? { ...s, segment: undefined } : s)) }
        : shards.get(kind)),
    });
    const result = await search.search('住民票');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.hits.map((h) => h.id)).not.toContain('guides:juminhyo-copy:ja');
    expect(result.value.hits.map((h) => h.id)).toContain('faq:convenience-store-copies:ja');
    expect(result.value.unavailable).toEqual([]);
    expect(result.value.incomplete).toEqual([
      { kind: 'guides', skipped: [{ source: 'guides/juminhyo-copy.ja.json', problem: { kind: 'missing-segment' } }] },
    ]);
  });

  test('a worker that fails answers with an error value, and the next search starts a new one', async () => {
    const search = client();
    await search.search('住民票');
    const pending = search.search('避難所', { kinds: ['ordinances'] });
    workers[0]?.dispatchEvent(Object.assign(new Event('error'), { message: 'worker crashed' }));
    expect(await pending).toEqual({ ok: false, error: { kind: 'worker-failed', detail: 'worker crashed' } });
    const next = await search.search('避難所');
    expect(next.ok).toBe(true);
    expect(workers).toHaveLength(2);
  });
});
