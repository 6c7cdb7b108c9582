import type { FastifyInstance } from 'fastify';
import { ErrorBody } from '../../../contract/api/common.js';
import { LibrarySearchQuery, LibrarySearchResult } from '../../../contract/api/library.js';
import { searchCatalogue } from '../library/search-catalogue.js';
import type { AvailabilityLookup } from '../library/calil-availability.js';
import { withLiveAvailability } from '../library/live-availability.js';

/**
 * The library catalogue, open to anyone: kiosks at the library and citizens' phones.
 * Bounded per address (a scraper would otherwise page through the whole catalogue).
 */
export default async function libraryRoutes(app: FastifyInstance, options: { availability?: AvailabilityLookup | undefined }): Promise<void> {
  app.get<{ Querystring: LibrarySearchQuery; Reply: LibrarySearchResult }>(
    '/library/search',
    {
      onRequest: [app.limits.librarySearch],
      schema: { querystring: LibrarySearchQuery, response: { 200: LibrarySearchResult, '4xx': ErrorBody } },
    },
    async (request, reply) => {
      // Holdings change by the minute; a stale "on the shelf" sends someone across town.
      reply.header('cache-control', 'no-store');
      const result = await searchCatalogue(app.db, app.dbDialect, request.query);
      return options.availability ? withLiveAvailability(result, options.availability, request.log) : result;
    },
  );
}
