import type { FastifyInstance } from 'fastify';
import { HttpError } from '../../lib/http.js';
import { currentStaff } from '../../plugins/staff-auth.js';
import { ErrorBody } from '../../../../contract/api/common.js';
import { EMPTY_BODY_LIMIT } from '../../../../contract/api/staff.js';
import { StaffReservationList, StaffReservationListQuery, StaffReservationParams } from '../../../../contract/api/reservations.js';
import type { StaffReservation } from '../../../../contract/api/reservations.js';
import { formScope, inScope } from '../../services/department-scope.js';

const MAX_LISTED = 500;

/** Staff confirm or decline a held reservation; the citizen sees it by receipt number + PIN. */
export default async function staffReservationRoutes(app: FastifyInstance): Promise<void> {
  // The room and slots are in clear: staff see what is asked before anyone decrypts a name.
  app.get<{ Querystring: StaffReservationListQuery; Reply: StaffReservationList }>(
    '/reservations',
    { schema: { querystring: StaffReservationListQuery, response: { 200: StaffReservationList, '4xx': ErrorBody } } },
    async (request) => {
      const staff = currentStaff(request);
      const scope = formScope(staff, app.forms);
      const status = request.query.status ?? 'held';
      const rows = await app.db
        .selectFrom('reservations')
        .innerJoin('submissions', 'submissions.id', 'reservations.submission_id')
        .select(['submissions.id', 'submissions.form_id', 'submissions.receipt_number', 'submissions.received_at', 'reservations.room_id', 'reservations.slot_date', 'reservations.slot_start', 'reservations.status'])
        .where('reservations.status', '=', status)
        .orderBy('submissions.received_at')
        .orderBy('reservations.slot_index')
        .limit(MAX_LISTED * 8)
        .execute();
      const items = new Map<string, StaffReservation>();
      for (const row of rows) {
        if (!inScope(scope, row.form_id)) continue;
        let item = items.get(row.id);
        if (!item) {
          if (items.size >= MAX_LISTED) break;
          item = { id: row.id, receiptNumber: row.receipt_number, receivedAt: row.received_at, roomId: row.room_id, status: row.status, slots: [] };
          items.set(row.id, item);
        }
        item.slots.push({ date: row.slot_date, start: row.slot_start });
      }
      await app.audit.record({ actor: staff.username, action: 'reservation.list', detail: { status, count: items.size } });
      return { items: [...items.values()] };
    },
  );

  app.post<{ Params: StaffReservationParams }>(
    '/reservations/:id/:decision',
    { bodyLimit: EMPTY_BODY_LIMIT, schema: { params: StaffReservationParams, response: { '4xx': ErrorBody } } },
    async (request) => {
      const staff = currentStaff(request);
      const { id, decision } = request.params;
      const scope = formScope(staff, app.forms);
      const submission = await app.staffSubmissions.get(id, scope);
      if (!submission) throw new HttpError(404, 'not_found', 'No such submission');
      const now = app.clock();
      if (!(await app.reservations.decide(id, decision, now))) throw new HttpError(409, 'not_held', 'Nothing is held for this submission');
      const confirmed = decision === 'confirm';
      await app.submissionProgress.set(
        [id],
        { state: confirmed ? 'done' : 'declined', message: { phrase: confirmed ? 'reservation-confirmed' : 'reservation-declined' } },
        staff.username,
        scope,
      );
      await app.audit.record({ actor: staff.username, action: `reservation.${decision}`, target: id, detail: { formId: submission.formId } });
      return { decision };
    },
  );
}
