import type { FastifyInstance } from 'fastify';
import { AuditList, AuditQuery } from '../../../../contract/api/audit.js';
import { ErrorBody } from '../../../../contract/api/common.js';

/** The audit trail is for administrators: it shows every colleague's logins and views. */
export default async function auditRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: AuditQuery; Reply: AuditList }>(
    '/audit',
    { onRequest: app.requireStaff('admin'), schema: { querystring: AuditQuery, response: { 200: AuditList, '4xx': ErrorBody } } },
    async (request) => ({ events: await app.audit.list(request.query.limit) }),
  );
}
