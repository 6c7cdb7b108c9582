import type { FastifyInstance } from 'fastify';
import { COUNTER_BODY_LIMIT, CreateConversationBody, CreatedConversation } from '../../../../contract/api/counter.js';
import { ErrorBody } from '../../../../contract/api/common.js';
import { requireJson } from '../../lib/http.js';
import { currentStaff } from '../../plugins/staff-auth.js';

/**
 * A clerk opens a conversation for their counter; the code and QR on their screen let the
 * citizen's kiosk or phone join. A conversation the counter still had is ended first.
 */
export default async function counterConversationRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: CreateConversationBody; Reply: CreatedConversation }>('/counter-sessions', {
    bodyLimit: COUNTER_BODY_LIMIT,
    onRequest: requireJson,
    schema: { body: CreateConversationBody, response: { 201: CreatedConversation, '4xx': ErrorBody } },
  }, async (request, reply) => {
    const created = await app.counter.create(request.body.counter);
    if (created.replaced) await app.counterRelay.publish(created.replaced, { type: 'ended' });
    // Who opened which counter's conversation; never what was said.
    await app.audit.record({ actor: currentStaff(request).username, action: 'counter.open', target: request.body.counter });
    return reply.code(201).send({ sessionId: created.sessionId, code: created.code, token: created.staffToken, expiresAt: created.expiresAt });
  });
}
