import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { openDatabase } from '../db/open.js';
import type { DialectName, OpenDatabaseOptions } from '../db/open.js';
import type { Database } from '../db/schema.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<Database>;
    dbDialect: DialectName;
  }
}

/** Opens and migrates the database before any route runs; closes it when the server closes. */
async function db(app: FastifyInstance, options: OpenDatabaseOptions): Promise<void> {
  const opened = await openDatabase(options);
  app.decorate('db', opened.db);
  app.decorate('dbDialect', opened.dialect);
  app.addHook('onClose', async () => {
    await opened.close();
  });
  app.log.info({ dialect: opened.dialect }, 'database ready');
}

export default fp(db, { name: 'db' });
