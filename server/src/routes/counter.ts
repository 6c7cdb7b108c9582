import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { checkSay } from '../../../contract/counter.js';
import {
  ConversationParams, COUNTER_BODY_LIMIT, EndBody, EventsQuery, JoinBody, JoinedConversation, SayBody,
  type ConversationState,
} from '../../../contract/api/counter.js';
import { ErrorBody } from '../../../contract/api/common.js';
import { HttpError, requireJson } from '../lib/http.js';
import type { RelayedEvent } from '../plugins/counter-relay.js';

const PING_MS = 15_000;
/** How long a browser waits before reconnecting a dropped stream (EventSource does it itself). */
const RETRY_MS = 2_000;

/**
 * The citizen's and the clerk's screens of a counter conversation. Anyone may try to join
 * (limited: plugins/counter.ts); everything else needs the conversation's token, which
 * says which side is speaking. Messages are checked against the phrasebook and relayed,
 * never stored and never logged.
 */
export default async function counterRoutes(app: FastifyInstance): Promise<void> {
  const streams = new Set<FastifyReply['raw']>();
  // Open streams would keep the server from closing.
  app.addHook('preClose', async () => { for (const raw of streams) raw.end(); });
  app.addHook('onSend', async (_request, reply) => { reply.header('cache-control', 'no-store'); });

  app.post<{ Body: JoinBody; Reply: JoinedConversation }>('/counter/join', {
    bodyLimit: COUNTER_BODY_LIMIT,
    onRequest: [requireJson, (request) => app.admitCounterJoin(request)],
    schema: { body: JoinBody, response: { 200: JoinedConversation, '4xx': ErrorBody } },
  }, async (request) => {
    const joined = await app.counter.join(request.body.code);
    if (!joined) throw new HttpError(404, 'unknown_code', 'No conversation is waiting for that code');
    await app.counterRelay.publish(joined.sessionId, { type: 'joined' });
    return { sessionId: joined.sessionId, token: joined.citizenToken, counter: joined.counter };
  });

  app.get<{ Params: ConversationParams; Querystring: EventsQuery }>('/counter/sessions/:id/events', {
    schema: { params: ConversationParams, querystring: EventsQuery, response: { '4xx': ErrorBody } },
  }, async (request, reply) => {
    const access = await app.counter.access(request.params.id, request.query.token);
    // 404 ends an EventSource for good: the screen learns the conversation is over.
    if (!access) throw new HttpError(404, 'unknown_conversation', 'This conversation has ended');
    openStream(request, reply, streams);
    const raw = reply.raw;
    const send = (event: string, data: unknown, id?: string) =>
      raw.write(`${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    const relay = ({ id, event }: RelayedEvent) => {
      if (event.type === 'say') send('say', { from: event.from, ...event.say }, id);
      else if (event.type === 'joined') send('state', { ...state, paired: true }, id);
      else { send('ended', {}, id); raw.end(); }
    };
    const state: ConversationState = { side: access.side, paired: access.paired, counter: access.counter };
    const unsubscribe = app.counterRelay.subscribe(request.params.id, relay);
    raw.write(`retry: ${RETRY_MS}\n\n`);
    send('state', state);
    // A screen back after a dropped connection gets what it missed, if this server relayed it.
    const lastId = request.headers['last-event-id'];
    if (typeof lastId === 'string') for (const missed of app.counterRelay.since(request.params.id, lastId)) relay(missed);
    const ping = setInterval(() => raw.write(': ping\n\n'), PING_MS);
    raw.on('close', () => { clearInterval(ping); unsubscribe(); streams.delete(raw); });
  });

  app.post<{ Params: ConversationParams; Body: SayBody }>('/counter/sessions/:id/say', {
    bodyLimit: COUNTER_BODY_LIMIT,
    onRequest: requireJson,
    preValidation: refuseOtherFields(Object.keys(SayBody.properties)),
    schema: { params: ConversationParams, body: SayBody, response: { '4xx': ErrorBody } },
  }, async (request, reply) => {
    const { token, phrase, n, date } = request.body;
    const say = { phrase, ...(n === undefined ? {} : { n }), ...(date === undefined ? {} : { date }) };
    const access = await app.counter.access(request.params.id, token);
    if (!access) throw new HttpError(404, 'unknown_conversation', 'This conversation has ended');
    const problem = checkSay(say, app.counterPhrases);
    if (problem) throw new HttpError(422, problem, 'Only phrases of the phrasebook, with the value each holds, can be said');
    await app.counterRelay.publish(request.params.id, { type: 'say', from: access.side, say });
    return reply.code(202).send({});
  });

  app.post<{ Params: ConversationParams; Body: EndBody }>('/counter/sessions/:id/end', {
    bodyLimit: COUNTER_BODY_LIMIT,
    onRequest: requireJson,
    schema: { params: ConversationParams, body: EndBody, response: { '4xx': ErrorBody } },
  }, async (request, reply) => {
    if (!(await app.counter.end(request.params.id, request.body.token))) {
      throw new HttpError(404, 'unknown_conversation', 'This conversation has ended');
    }
    await app.counterRelay.publish(request.params.id, { type: 'ended' });
    return reply.code(204).send();
  });
}

/**
 * The schema validator drops unknown fields silently; a message with one (a `text`, say)
 * is refused outright instead, so a client cannot believe free text went through.
 */
function refuseOtherFields(allowed: readonly string[]) {
  return async (request: FastifyRequest) => {
    const body = request.body;
    if (body !== null && typeof body === 'object' && Object.keys(body).some((key) => !allowed.includes(key))) {
      throw new HttpError(400, 'unexpected_field', `A message has only ${allowed.join(', ')}`);
    }
  };
}

/** Takes the response over for Server-Sent Events, with the headers a proxy must not buffer. */
function openStream(request: FastifyRequest, reply: FastifyReply, streams: Set<FastifyReply['raw']>): void {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-accel-buffering': 'no',
    'x-content-type-options': 'nosniff',
    connection: 'keep-alive',
  });
  streams.add(raw);
  request.log.debug('counter stream opened');
}
