import type { FaqProposal, FaqProposalBody, StaffReplyBody, StaffReplyView, StoredReply } from '../../../../contract/api/replies';
import { authed } from '../api/staff-api';

const id = encodeURIComponent;

/** The console's side of replies to opinions and FAQ proposals (server/src/routes/staff/replies.ts). */
export const replyApi = {
  view: (submissionId: string) => authed<StaffReplyView>(`/submissions/${id(submissionId)}/reply`),
  send: (submissionId: string, body: StaffReplyBody) => authed<StoredReply>(`/submissions/${id(submissionId)}/reply`, { method: 'PUT', body }),
  proposeFaq: (submissionId: string, body: FaqProposalBody) => authed<FaqProposal>(`/submissions/${id(submissionId)}/faq`, { method: 'POST', body }),
};
