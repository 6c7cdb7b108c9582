import type { FastifyInstance } from 'fastify';
import { HttpError } from '../../lib/http.js';
import { currentStaff } from '../../plugins/staff-auth.js';
import { ErrorBody } from '../../../../contract/api/common.js';
import { EMPTY_BODY_LIMIT } from '../../../../contract/api/staff.js';
import { formScope } from '../../services/department-scope.js';
import {
  StaffSubmissionParams,
  SubmissionDetail,
  SubmissionList,
  SubmissionListQuery,
  SubmissionState,
} from '../../../../contract/api/staff-submissions.js';

// Staff see only their departments' forms (services/department-scope.ts); a submission
// outside them answers 404, the same as one that does not exist.
export default async function submissionRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: SubmissionListQuery; Reply: SubmissionList }>(
    '/submissions',
    { schema: { querystring: SubmissionListQuery, response: { 200: SubmissionList, '4xx': ErrorBody } } },
    async (request) => {
      const staff = currentStaff(request);
      const { purpose, ...query } = request.query;
      const result = await app.staffSubmissions.list(query, formScope(staff, app.forms));
      if (!result.ok) throw new HttpError(400, 'invalid_cursor', 'The cursor is not one this server gave out');
      // Who looked at which list, and who took a form's submissions away as a file.
      await app.audit.record({
        actor: staff.username,
        action: purpose === 'export' ? 'submission.export' : 'submission.list',
        detail: { formId: query.formId ?? null, status: query.status ?? null, page: query.cursor ? 'next' : 'first', count: result.items.length },
      });
      return { items: result.items, nextCursor: result.nextCursor };
    },
  );

  app.get<{ Params: StaffSubmissionParams; Reply: SubmissionDetail }>(
    '/submissions/:id',
    { schema: { params: StaffSubmissionParams, response: { 200: SubmissionDetail, '4xx': ErrorBody } } },
    async (request) => {
      const submission = await app.staffSubmissions.get(request.params.id, formScope(currentStaff(request), app.forms));
      if (!submission) throw new HttpError(404, 'not_found', 'No such submission');
      // Every opening of a ciphertext is recorded: who looked at which citizen's form, when.
      await app.audit.record({
        actor: currentStaff(request).username,
        action: 'submission.view',
        target: submission.id,
        detail: { formId: submission.formId, receiptNumber: submission.receiptNumber },
      });
      return submission;
    },
  );

  app.post<{ Params: StaffSubmissionParams; Reply: SubmissionState }>(
    '/submissions/:id/processed',
    { bodyLimit: EMPTY_BODY_LIMIT, schema: { params: StaffSubmissionParams, response: { 200: SubmissionState, '4xx': ErrorBody } } },
    async (request) => {
      const staff = currentStaff(request);
      const { username } = staff;
      const result = await app.staffSubmissions.markProcessed(request.params.id, username, formScope(staff, app.forms));
      if (!result) throw new HttpError(404, 'not_found', 'No such submission');
      const { submission } = result;
      // A repeat click changes nothing and is not recorded again.
      if (result.changed) {
        await app.audit.record({ actor: username, action: 'submission.processed', target: submission.id, detail: { formId: submission.formId } });
      }
      return submission;
    },
  );

  /** Undo of "processed" in the moments after it, by the same person; refused later. */
  app.delete<{ Params: StaffSubmissionParams; Reply: SubmissionState }>(
    '/submissions/:id/processed',
    { bodyLimit: EMPTY_BODY_LIMIT, schema: { params: StaffSubmissionParams, response: { 200: SubmissionState, '4xx': ErrorBody } } },
    async (request) => {
      const staff = currentStaff(request);
      const { username } = staff;
      const result = await app.staffSubmissions.undoProcessed(request.params.id, username, formScope(staff, app.forms));
      if (!result.ok) {
        if (result.reason === 'not_found') throw new HttpError(404, 'not_found', 'No such submission');
        if (result.reason === 'not_yours') throw new HttpError(409, 'undo_not_yours', 'Only the person who marked it processed can undo that');
        throw new HttpError(409, 'undo_too_late', 'Too late to undo; the submission stays processed');
      }
      const { submission } = result;
      if (result.changed) {
        await app.audit.record({ actor: username, action: 'submission.processed.undo', target: submission.id, detail: { formId: submission.formId } });
      }
      return submission;
    },
  );
}
