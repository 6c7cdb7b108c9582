import type { FastifyInstance } from 'fastify';
import { ErrorBody } from '../../../contract/api/common.js';
import { NoticeList } from '../../../contract/api/notices.js';

/** A minute: a CDN or the service worker may hold it that long, an evacuation order may not wait longer. */
export const PUBLIC_NOTICES_MAX_AGE_S = 60;

/**
 * Notices addressed to all, open to anyone, so phones show the disaster banner too. Only
 * what staff chose to say to everyone: kiosk-targeted notices are never listed here.
 */
export default async function publicNoticeRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Reply: NoticeList }>('/notices', { schema: { response: { 200: NoticeList, '4xx': ErrorBody } } }, async (_request, reply) => {
    reply.header('cache-control', `public, max-age=${PUBLIC_NOTICES_MAX_AGE_S}`);
    return { notices: await app.notices.active() };
  });
}
