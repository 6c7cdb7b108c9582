import type { FastifyInstance } from 'fastify';
import { HttpError } from '../../lib/http.js';
import { currentStaff } from '../../plugins/staff-auth.js';
import { ErrorBody } from '../../../../contract/api/common.js';
import { StaffProgressBody, StaffProgressResult } from '../../../../contract/api/status.js';
import { formScope } from '../../services/department-scope.js';

/**
 * Staff set what citizens see by receipt number + PIN, for one submission or a selection.
 * Submissions outside the staff member's departments are skipped, as if absent.
 */
export default async function progressRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: StaffProgressBody; Reply: StaffProgressResult }>(
    '/submissions/progress',
    { bodyLimit: 64 * 1024, schema: { body: StaffProgressBody, response: { 200: StaffProgressResult, '4xx': ErrorBody } } },
    async (request) => {
      const staff = currentStaff(request);
      const { ids, state, message } = request.body;
      const updated = await app.submissionProgress.set(ids, { state, message }, staff.username, formScope(staff, app.forms));
      if (updated.length === 0) throw new HttpError(404, 'not_found', 'None of these submissions');
      for (const { id, formId } of updated) {
        await app.audit.record({ actor: staff.username, action: 'submission.progress', target: id, detail: { formId, state, phrase: message && 'phrase' in message ? message.phrase : null } });
      }
      return { updated: updated.map((row) => row.id) };
    },
  );
}
