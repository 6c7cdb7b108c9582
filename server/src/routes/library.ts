import type { FastifyInstance } from 'fastify';
import { ErrorBody } from '../../../contract/api/common.js';
import { LibrarySearchQuery, LibrarySearchResult } from '../../../contract/api/library.js';
import { searchCatalogue } from '../library/search-catalogue.js';

/**
 * The library catalogue, open to anyone: kiosks at the library and citizens' phones.
 * Bounded per address (a scraper would otherwise page through the whole catalogue).
 */
export default async function libraryRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: LibrarySearchQuery; Reply: LibrarySearchResult }>(
    '/library/search',
    {
      onRequest: [app.limits.librarySearch],
      schema: { querystring: LibrarySearchQuery, response: { 200: LibrarySearchResult, '4xx': ErrorBody } },
    },
    async (request, reply) => {
      // Holdings change by the minute; a stale "on the shelf" sends someone across town.
      reply.header('cache-control', 'no-store');
      return searchCatalogue(app.db, app.dbDialect, request.query);
    },
  );
}
