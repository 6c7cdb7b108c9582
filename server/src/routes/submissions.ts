import type { FastifyInstance } from 'fastify';
import { HttpError, requireJson } from '../lib/http.js';
import { ErrorBody } from '../../../contract/api/common.js';
import {
  SUBMISSION_BODY_LIMIT,
  SubmissionBody,
  SubmissionParams,
  SubmissionReceipt,
} from '../../../contract/api/submissions.js';
import type { PutSubmissionResult } from '../services/submissions.js';
import { clearFieldsProblem } from '../library/hold-fields.js';
import { reservationPartProblem } from '../services/reservations/reservation-part.js';

/**
 * PUT, not POST: the client names the submission (a UUIDv7 made when it was queued), so
 * a retry after a lost response is the same request and gets the same receipt.
 */
export default async function submissionRoutes(app: FastifyInstance): Promise<void> {
  app.put<{ Params: SubmissionParams; Body: SubmissionBody; Reply: SubmissionReceipt }>(
    '/submissions/:id',
    {
      bodyLimit: SUBMISSION_BODY_LIMIT,
      // Cheapest first; all before the body is read.
      onRequest: [requireJson, app.identifyKiosk, app.admitSubmission],
      schema: {
        params: SubmissionParams,
        body: SubmissionBody,
        response: { 200: SubmissionReceipt, 201: SubmissionReceipt, '4xx': ErrorBody },
      },
    },
    async (request, reply) => {
      const { formId, ciphertext, pinHash, reservation, clear } = request.body;
      // A malformed request, whatever the database holds: refused before anything is read.
      const misplaced = reservationPartProblem(formId, reservation);
      if (misplaced) throw new HttpError(400, misplaced.code, misplaced.message);
      const problem = await clearFieldsProblem(app.db, formId, clear);
      if (problem) throw new HttpError(422, problem.code, problem.message);
      const result = await app.submissions.putSubmission({ id: request.params.id, formId, ciphertext, pinHash, reservation, clear });
      if (!result.ok) throw refusal(result, formId);
      const { receiptNumber, receivedAt } = result;
      return reply.code(result.replay ? 200 : 201).send({ receiptNumber, receivedAt, ...(result.reservation ? { reservation: result.reservation } : {}) });
    },
  );
}

function refusal(result: Exclude<PutSubmissionResult, { ok: true }>, formId: string): HttpError {
  switch (result.reason) {
    case 'unknown_form':
      return new HttpError(422, 'unknown_form', `No form "${formId}" is accepted here`);
    case 'conflict':
      return new HttpError(409, 'conflict', 'This submission id was already used for different content');
    case 'too_large':
      return new HttpError(413, 'payload_too_large', `Submissions of form "${formId}" may take at most ${result.limit} bytes`);
    default:
      // The JWE is not what the app makes: a forgery, or unreadable by the department.
      return new HttpError(422, result.reason, result.message);
  }
}
