import type { FastifyInstance } from 'fastify';
import { ErrorBody } from '../../../../contract/api/common.js';
import { LibraryHoldList, LibraryHoldListQuery } from '../../../../contract/api/library.js';
import { LIBRARY_HOLD_FORM_ID } from '../../../../contract/library-hold.js';
import { currentStaff } from '../../plugins/staff-auth.js';
import { formScope, inScope } from '../../services/department-scope.js';
import { parseHoldClearFields } from '../../library/hold-details.js';

const MAX_LISTED = 500;

/**
 * Library holds for the library's staff: which book, which branch, when, in the clear, so
 * the book can be pulled before anyone decrypts the card number (the submission's own page
 * does that, and marks it processed). Outside the library department: an empty list.
 */
export default async function libraryHoldRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: LibraryHoldListQuery; Reply: LibraryHoldList }>(
    '/library/holds',
    { schema: { querystring: LibraryHoldListQuery, response: { 200: LibraryHoldList, '4xx': ErrorBody } } },
    async (request) => {
      const staff = currentStaff(request);
      if (!inScope(formScope(staff, app.forms), LIBRARY_HOLD_FORM_ID)) return { items: [] };
      const rows = await app.db
        .selectFrom('submissions')
        .select(['id', 'receipt_number', 'received_at', 'status', 'clear_fields', 'progress'])
        .where('form_id', '=', LIBRARY_HOLD_FORM_ID)
        .where('status', '=', request.query.status ?? 'received')
        .orderBy('received_at')
        .limit(MAX_LISTED)
        .execute();
      // JSON is text on both databases (db/schema.ts): read it here rather than in dialect SQL.
      const holds = rows.map((row) => ({ row, clear: parseHoldClearFields(row.clear_fields) }));
      const ids = [...new Set(holds.map((h) => h.clear.recordId))];
      const records = ids.length === 0 ? [] : await app.db.selectFrom('library_records').select(['id', 'title', 'isbn13']).where('id', 'in', ids).execute();
      const byId = new Map(records.map((r) => [r.id, r]));
      await app.audit.record({ actor: staff.username, action: 'library.holds.list', detail: { status: request.query.status ?? 'received', count: rows.length } });
      return {
        items: holds.map(({ row, clear }) => ({
          id: row.id,
          receiptNumber: row.receipt_number,
          receivedAt: row.received_at,
          status: row.status,
          progress: row.progress,
          recordId: clear.recordId,
          title: byId.get(clear.recordId)?.title ?? null,
          isbn13: byId.get(clear.recordId)?.isbn13 ?? null,
          pickupBranch: clear.pickupBranch,
        })),
      };
    },
  );
}
