import type { FastifyInstance } from 'fastify';
import { HttpError } from '../../lib/http.js';
import { currentStaff } from '../../plugins/staff-auth.js';
import { ErrorBody } from '../../../../contract/api/common.js';
import { EMPTY_BODY_LIMIT } from '../../../../contract/api/staff.js';
import { StaffReservationParams } from '../../../../contract/api/reservations.js';
import { formScope } from '../../services/department-scope.js';

/** Staff confirm or decline a held reservation; the citizen sees it by receipt number + PIN. */
export default async function staffReservationRoutes(app: FastifyInstance): Promise<void> {
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
