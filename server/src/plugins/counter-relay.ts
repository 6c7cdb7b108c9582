import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { sql } from 'kysely';
import type { CounterSay, CounterSide } from '../../../contract/counter.js';

/** What passes between the two screens of a conversation: never stored, only relayed. */
export type RelayEvent =
  | { type: 'say'; from: CounterSide; say: CounterSay }
  | { type: 'joined' }
  | { type: 'ended' };
export interface RelayedEvent { id: string; event: RelayEvent }

export interface CounterRelay {
  publish(sessionId: string, event: RelayEvent): Promise<void>;
  /** Answers the unsubscribe. */
  subscribe(sessionId: string, listener: (relayed: RelayedEvent) => void): () => void;
  /** Events this process relayed after `lastId` (a reconnecting screen missed them). */
  since(sessionId: string, lastId: string): RelayedEvent[];
}

declare module 'fastify' {
  interface FastifyInstance {
    counterRelay: CounterRelay;
  }
}

export const RELAY_CHANNEL = 'madoguchi_counter';
/** Enough for a screen that lost its connection for a few seconds; dropped when the conversation ends. */
const RECENT_EVENTS = 20;
const RECENT_IDLE_MS = 3 * 60 * 60 * 1000;

/**
 * Carries counter messages between the screens of a conversation, which may be connected
 * to different app servers. On PostgreSQL every process LISTENs on one channel and a
 * message is a NOTIFY, so it reaches whichever process holds the other screen; on SQLite
 * (one process) it stays in memory. The last few events of a live conversation are kept
 * in memory for a screen that reconnects, and forgotten when it ends.
 */
async function counterRelay(app: FastifyInstance, options: { databaseUrl: string | undefined }): Promise<void> {
  const local = new EventEmitter();
  local.setMaxListeners(0);
  const recent = new Map<string, { events: RelayedEvent[]; touched: number }>();

  const deliver = (sessionId: string, relayed: RelayedEvent) => {
    if (relayed.event.type === 'ended') {
      recent.delete(sessionId);
    } else {
      const kept = recent.get(sessionId) ?? { events: [], touched: 0 };
      kept.events = [...kept.events, relayed].slice(-RECENT_EVENTS);
      kept.touched = Date.now();
      recent.set(sessionId, kept);
    }
    local.emit(sessionId, relayed);
  };
  const forgetIdle = setInterval(() => {
    for (const [id, kept] of recent) if (Date.now() - kept.touched > RECENT_IDLE_MS) recent.delete(id);
  }, 10 * 60 * 1000);
  forgetIdle.unref();

  let publish: CounterRelay['publish'];
  if (options.databaseUrl) {
    const listener = await listen(options.databaseUrl, (payload) => {
      const parsed = parse(payload);
      if (parsed) deliver(parsed.sessionId, parsed.relayed);
    }, (error) => app.log.error({ err: error }, 'counter relay: lost the PostgreSQL listener; reconnecting'));
    app.addHook('onClose', async () => listener.close());
    publish = async (sessionId, event) => {
      const payload = JSON.stringify({ s: sessionId, i: eventId(), e: event });
      await sql`select pg_notify(${RELAY_CHANNEL}, ${payload})`.execute(app.db);
    };
  } else {
    publish = async (sessionId, event) => deliver(sessionId, { id: eventId(), event });
  }
  app.addHook('onClose', async () => clearInterval(forgetIdle));

  app.decorate('counterRelay', {
    publish,
    subscribe(sessionId, listener) {
      local.on(sessionId, listener);
      return () => { local.off(sessionId, listener); };
    },
    since(sessionId, lastId) {
      const events = recent.get(sessionId)?.events ?? [];
      const at = events.findIndex((e) => e.id === lastId);
      return at === -1 ? [] : events.slice(at + 1);
    },
  } satisfies CounterRelay);
}

const eventId = () => `${Date.now().toString(36)}-${randomBytes(6).toString('hex')}`;

function parse(payload: string): { sessionId: string; relayed: RelayedEvent } | undefined {
  try {
    const value = JSON.parse(payload) as { s?: unknown; i?: unknown; e?: RelayEvent };
    if (typeof value.s !== 'string' || typeof value.i !== 'string' || typeof value.e?.type !== 'string') return undefined;
    return { sessionId: value.s, relayed: { id: value.i, event: value.e } };
  } catch {
    return undefined;
  }
}

/**
 * A dedicated connection that LISTENs (a pooled one would be handed to other queries),
 * reconnecting with a growing pause when PostgreSQL restarts.
 */
async function listen(url: string, onPayload: (payload: string) => void, onLost: (error: Error) => void): Promise<{ close(): Promise<void> }> {
  let closed = false;
  let client: pg.Client | undefined;
  let pause = 500;
  const retry = () => {
    if (closed) return;
    setTimeout(() => void connect().catch((error: Error) => { onLost(error); retry(); }), pause).unref();
    pause = Math.min(pause * 2, 10_000);
  };
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => { if (message.channel === RELAY_CHANNEL && message.payload) onPayload(message.payload); });
    next.on('error', (error) => {
      onLost(error);
      void next.end().catch(() => undefined);
      retry();
    });
    await next.connect();
    await next.query(`listen ${RELAY_CHANNEL}`);
    pause = 500;
    client = next;
  };
  await connect();
  return {
    async close() {
      closed = true;
      await client?.end().catch(() => undefined);
    },
  };
}

export default fp(counterRelay, { name: 'counter-relay', dependencies: ['db'] });
