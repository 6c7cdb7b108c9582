import type { FastifyInstance } from 'fastify';
import { ErrorBody } from '../../../contract/api/common.js';
import { SHELTER_STATUS_EVENT, ShelterStatusList } from '../../../contract/api/shelters.js';
import type { ShelterStatus } from '../../../contract/api/shelters.js';
import { HttpError } from '../lib/http.js';

/** A comment line this often keeps proxies and the kiosk's connection from timing out an idle stream. */
export const SHELTER_STREAM_KEEPALIVE_MS = 20_000;

/**
 * Shelter status for everyone: the list (phones poll it with the notices) and a stream of
 * Server-Sent Events (kiosks keep one open, so a change shows within seconds). Every event
 * carries the whole list: a device that missed one needs nothing else to be right again.
 */
export default async function shelterRoutes(app: FastifyInstance): Promise<void> {
  // Open streams never finish by themselves: end them when the server closes, or it waits forever.
  const open = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const close of open) close();
  });
  const listed = async (): Promise<ShelterStatusList> => ({ statuses: await app.shelterStatus.list(), at: app.clock().toISOString() });

  app.get<{ Reply: ShelterStatusList }>('/shelters/status', { schema: { response: { 200: ShelterStatusList, '4xx': ErrorBody } } }, async (_request, reply) => {
    // Read fresh every time: the answer is small, and a stale "open" sends people to a full hall.
    reply.header('cache-control', 'no-store');
    return listed();
  });

  app.get('/shelters/status/stream', async (request, reply) => {
    const first = await listed();
    const send = (list: ShelterStatusList) => reply.raw.write(`event: ${SHELTER_STATUS_EVENT}\ndata: ${JSON.stringify(list)}\n\n`);
    let stop: (() => void) | undefined;
    stop = app.shelterFeed.subscribe((statuses: ShelterStatus[]) => send({ statuses, at: app.clock().toISOString() }));
    if (!stop) throw new HttpError(503, 'too_many_streams', 'Too many open streams; poll /api/shelters/status instead', { 'retry-after': '60' });
    reply.hijack();
    reply.raw.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      // nginx and similar proxies would otherwise hold events back in a buffer.
      'x-accel-buffering': 'no',
      connection: 'keep-alive',
    });
    // A reconnecting EventSource waits this long (ms) before trying again.
    reply.raw.write('retry: 3000\n\n');
    send(first);
    const keepalive = setInterval(() => reply.raw.write(': keepalive\n\n'), SHELTER_STREAM_KEEPALIVE_MS);
    const end = () => {
      clearInterval(keepalive);
      stop?.();
      stop = undefined;
      open.delete(close);
    };
    const close = () => {
      end();
      reply.raw.end();
    };
    open.add(close);
    request.raw.on('close', end);
    reply.raw.on('close', end);
  });
}
