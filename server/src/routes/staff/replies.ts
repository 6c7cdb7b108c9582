import type { FastifyInstance } from 'fastify';
import { HttpError } from '../../lib/http.js';
import { currentStaff } from '../../plugins/staff-auth.js';
import { ErrorBody } from '../../../../contract/api/common.js';
import {
  FaqProposal, FaqProposalBody, FaqProposalList, MAX_REPLY_JWE_LENGTH, ReplyParams, StaffReplyBody, StaffReplyView, StoredReply,
} from '../../../../contract/api/replies.js';
import { formScope } from '../../services/department-scope.js';
import type { ReplyRefusal } from '../../services/replies.js';

function refused(refusal: ReplyRefusal): HttpError {
  switch (refusal.code) {
    case 'not_found':
      return new HttpError(404, 'not_found', 'No such submission');
    case 'not_a_reply_form':
      return new HttpError(422, 'not_a_reply_form', `Form "${refusal.formId}" takes no replies`);
    case 'public_not_allowed':
      return new HttpError(409, 'public_not_allowed', 'The citizen did not agree to a public reply: encrypt it to their key');
    case 'reply_jwe':
      return new HttpError(422, 'reply_jwe', refusal.message);
  }
}

/**
 * Staff's replies to opinions (広聴), and anonymised Q&A proposed for the FAQ. Submissions
 * outside the staff member's departments answer 404, as if absent.
 */
export default async function staffReplyRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: ReplyParams; Reply: StaffReplyView }>(
    '/submissions/:id/reply',
    { schema: { params: ReplyParams, response: { 200: StaffReplyView, '4xx': ErrorBody } } },
    async (request) => {
      const view = await app.replies.staffView(request.params.id, formScope(currentStaff(request), app.forms));
      if (!view) throw new HttpError(404, 'not_found', 'No such submission');
      return view;
    },
  );

  app.put<{ Params: ReplyParams; Body: StaffReplyBody; Reply: StoredReply }>(
    '/submissions/:id/reply',
    { bodyLimit: MAX_REPLY_JWE_LENGTH + 1024, schema: { params: ReplyParams, body: StaffReplyBody, response: { 200: StoredReply, '4xx': ErrorBody } } },
    async (request) => {
      const staff = currentStaff(request);
      const result = await app.replies.write(request.params.id, request.body, staff.username, formScope(staff, app.forms));
      if (!result.ok) throw refused(result.refusal);
      // Never the text: the audit trail says that and how staff replied.
      await app.audit.record({ actor: staff.username, action: 'submission.reply', target: request.params.id, detail: { formId: result.formId, kind: request.body.kind } });
      return result.reply;
    },
  );

  app.post<{ Params: ReplyParams; Body: FaqProposalBody; Reply: FaqProposal }>(
    '/submissions/:id/faq',
    { bodyLimit: 64 * 1024, schema: { params: ReplyParams, body: FaqProposalBody, response: { 201: FaqProposal, '4xx': ErrorBody } } },
    async (request, reply) => {
      const staff = currentStaff(request);
      const result = await app.replies.proposeFaq(request.params.id, request.body, staff.username, formScope(staff, app.forms));
      if (!result.ok) throw refused(result.refusal);
      await app.audit.record({ actor: staff.username, action: 'faq.propose', target: result.proposal.id, detail: { submissionId: request.params.id } });
      return reply.code(201).send(result.proposal);
    },
  );

  app.get<{ Reply: FaqProposalList }>(
    '/faq-proposals',
    { schema: { response: { 200: FaqProposalList, '4xx': ErrorBody } } },
    async (request) => ({ items: await app.replies.listFaq(formScope(currentStaff(request), app.forms)) }),
  );
}
