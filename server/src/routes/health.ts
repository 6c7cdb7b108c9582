import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../lib/http.js';
import { ErrorBody } from '../../../contract/api/common.js';
import { HealthResponse } from '../../../contract/api/health.js';

export interface HealthOptions {
  version: string;
}

/** For monitors and load balancers: 200 only when the database answers too. */
export default async function healthRoutes(app: FastifyInstance, { version }: HealthOptions): Promise<void> {
  app.get(
    '/health',
    { schema: { response: { 200: HealthResponse, 503: ErrorBody } } },
    async (request): Promise<HealthResponse> => {
      try {
        await sql`select 1`.execute(app.db);
      } catch (error) {
        request.log.error({ err: error }, 'health: database unreachable');
        throw new HttpError(503, 'db_unavailable', 'The database does not answer');
      }
      return { status: 'ok', version, db: app.dbDialect, time: new Date().toISOString() };
    },
  );
}
