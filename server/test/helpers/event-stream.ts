/** One Server-Sent Event as a browser's EventSource would hand it over. */
export interface StreamEvent { event: string; data: unknown; id?: string }

export interface EventStreamClient {
  status: number;
  events: StreamEvent[];
  /** Waits for the first event (from the start) that matches, or fails after `timeoutMs`. */
  next(match: (event: StreamEvent) => boolean, timeoutMs?: number): Promise<StreamEvent>;
  /** Resolves when the server ends the stream. */
  closed: Promise<void>;
  close(): void;
}

/** Reads a text/event-stream over fetch, parsing events as they arrive. */
export async function openEventStream(url: string, headers: Record<string, string> = {}): Promise<EventStreamClient> {
  const abort = new AbortController();
  const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: abort.signal });
  const events: StreamEvent[] = [];
  const waiters = new Set<() => void>();
  let buffer = '';
  const closed = (async () => {
    if (!response.body || response.status !== 200) return;
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = new Map(block.split('\n').filter((l) => l && !l.startsWith(':')).map((l) => {
            const at = l.indexOf(':');
            return [l.slice(0, at), l.slice(at + 1).trimStart()] as const;
          }));
          if (!fields.has('data')) continue;
          events.push({ event: fields.get('event') ?? 'message', data: JSON.parse(fields.get('data')!), ...(fields.has('id') ? { id: fields.get('id')! } : {}) });
          for (const wake of waiters) wake();
        }
      }
    } catch {
      // aborted by close()
    }
  })();
  return {
    status: response.status,
    events,
    closed,
    close: () => abort.abort(),
    next(match, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find(match);
          if (!found) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => { waiters.delete(check); reject(new Error(`no matching event in ${timeoutMs} ms; got ${JSON.stringify(events)}`)); }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}
