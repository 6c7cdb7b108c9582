import { signal, type Signal } from '@preact/signals';
import type { CounterSay, CounterSide } from '../../../contract/counter';
import type { ConversationState } from '../../../contract/api/counter';
import type { Line } from './conversation';

export type ConnectionStatus = 'connecting' | 'waiting' | 'connected' | 'reconnecting' | 'ended';

export interface Conversation {
  status: Signal<ConnectionStatus>;
  /** Sends one phrase (retrying a dropped connection a few times); false when it did not go. */
  say(say: CounterSay): Promise<boolean>;
  /** Ends it for both screens. */
  end(): Promise<void>;
  /** Stops listening without ending (the screen went away). */
  close(): void;
}

/** Consecutive failed reconnections after which the conversation is taken as over. */
const GIVE_UP_AFTER = 8;
const SEND_TRIES = 3;

/**
 * One screen's end of a counter conversation: Server-Sent Events in (the browser's
 * EventSource reconnects by itself and sends Last-Event-ID), POST out. Lines live only in
 * the caller's memory; the token is never written anywhere.
 */
export function openConversation({ sessionId, token, side, onLine }: {
  sessionId: string; token: string; side: CounterSide; onLine: (line: Line) => void;
}): Conversation {
  const status = signal<ConnectionStatus>('connecting');
  const path = `/api/counter/sessions/${encodeURIComponent(sessionId)}`;
  let source: EventSource | undefined;
  let failures = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const finish = () => { status.value = 'ended'; source?.close(); clearTimeout(retry); };
  const listen = () => {
    const es = new EventSource(`${path}/events?token=${encodeURIComponent(token)}`);
    source = es;
    es.addEventListener('state', (event) => {
      failures = 0;
      const state = JSON.parse((event as MessageEvent<string>).data) as ConversationState;
      status.value = state.paired ? 'connected' : 'waiting';
    });
    es.addEventListener('say', (event) => {
      const line = JSON.parse((event as MessageEvent<string>).data) as Line;
      // This screen showed its own line when it was tapped.
      if (line.from !== side) onLine(line);
    });
    es.addEventListener('ended', finish);
    es.onerror = () => {
      if (status.value === 'ended') return;
      status.value = 'reconnecting';
      // CONNECTING: the browser retries by itself. CLOSED: the server refused (the
      // conversation is gone, or a proxy failed); try afresh a few times before giving up.
      if (es.readyState === EventSource.CLOSED) {
        failures++;
        if (failures >= GIVE_UP_AFTER) { finish(); return; }
        retry = setTimeout(listen, Math.min(1000 * 2 ** failures, 15_000));
      }
    };
  };
  listen();

  const post = async (action: 'say' | 'end', body: object): Promise<number | undefined> => {
    for (let attempt = 0; attempt < SEND_TRIES; attempt++) {
      try {
        const response = await fetch(`${path}/${action}`, {
          method: 'POST', headers: { 'content-type': 'application/json' }, cache: 'no-store', body: JSON.stringify({ token, ...body }),
        });
        if (response.status < 500) return response.status;
      } catch {
        // the network: wait and try again
      }
      await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
    }
    return undefined;
  };

  return {
    status,
    async say(say) {
      const sent = await post('say', say);
      if (sent === 404) finish();
      return sent === 202;
    },
    async end() {
      await post('end', {});
      finish();
    },
    close() { source?.close(); clearTimeout(retry); },
  };
}
