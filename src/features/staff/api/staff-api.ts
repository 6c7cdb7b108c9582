import type { LibraryHoldList } from '../../../../contract/api/library';
import type { ReservationStatus, StaffReservationList } from '../../../../contract/api/reservations';
import type { CreateConversationBody, CreatedConversation } from '../../../../contract/api/counter';
import type { CreateKioskBody, Fleet, FleetKiosk, KioskEnrolment } from '../../../../contract/api/kiosks';
import type { PostNoticeBody, StaffNotice, StaffNoticeList } from '../../../../contract/api/notices';
import type { SignedQr, SignQrBody } from '../../../../contract/api/qr-codes';
import type { ShelterChangeBody, ShelterChangeResult, ShelterStatusList } from '../../../../contract/api/shelters';
import type { LoginBody, StaffSession } from '../../../../contract/api/staff';
import type {
  SubmissionDetail,
  SubmissionList,
  SubmissionListQuery,
  SubmissionState,
} from '../../../../contract/api/staff-submissions';
import type { StaffProgressBody, StaffProgressResult } from '../../../../contract/api/status';
import { apiRequest, type ApiOptions, type ApiResult } from './http';
import { csrfToken, session } from '../session/session-state';

const base = '/api/staff';

/** A call that needs the session: sends the CSRF token, and a 401 means the session has ended. */
async function authed<T>(path: string, options: ApiOptions = {}): Promise<ApiResult<T>> {
  const result = await apiRequest<T>(`${base}${path}`, { ...options, csrfToken: csrfToken() });
  if (!result.ok && result.error.kind === 'http' && result.error.status === 401 && session.value.status === 'signed-in') {
    session.value = { status: 'signed-out', reason: 'expired' };
  }
  return result;
}

const id = encodeURIComponent;

export type SubmissionSummary = SubmissionList['items'][number];
export type SubmissionStatus = SubmissionSummary['status'];
export const submissionStatuses: readonly SubmissionStatus[] = ['received', 'processed'];

export type ListQuery = Partial<Pick<SubmissionListQuery, 'formId' | 'status' | 'cursor' | 'limit' | 'purpose'>>;

export function listQueryString(query: ListQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const staffApi = {
  me: () => apiRequest<StaffSession>(`${base}/me`),
  login: (body: LoginBody) => apiRequest<StaffSession>(`${base}/login`, { method: 'POST', body }),
  logout: () => authed<void>('/logout', { method: 'POST' }),

  listSubmissions: (query: ListQuery) => authed<SubmissionList>(`/submissions${listQueryString(query)}`),
  submission: (submissionId: string) => authed<SubmissionDetail>(`/submissions/${id(submissionId)}`),
  markProcessed: (submissionId: string) => authed<SubmissionState>(`/submissions/${id(submissionId)}/processed`, { method: 'POST' }),
  /** Takes back "processed" in the moments after (the server refuses a late or someone else's undo). */
  undoProcessed: (submissionId: string) => authed<SubmissionState>(`/submissions/${id(submissionId)}/processed`, { method: 'DELETE' }),

  /** What citizens see by receipt number + PIN, for one or many submissions. */
  setProgress: (body: StaffProgressBody) => authed<StaffProgressResult>('/submissions/progress', { method: 'POST', body }),

  fleet: (options: Pick<ApiOptions, 'background'> = {}) => authed<Fleet>('/kiosks', options),
  issueEnrolment: (body: CreateKioskBody) => authed<KioskEnrolment>('/kiosks', { method: 'POST', body }),
  revokeKiosk: (kioskId: string) => authed<FleetKiosk>(`/kiosks/${id(kioskId)}/revoke`, { method: 'POST' }),

  notices: () => authed<StaffNoticeList>('/notices'),
  postNotice: (body: PostNoticeBody) => authed<StaffNotice>('/notices', { method: 'POST', body }),
  withdrawNotice: (noticeId: string, reason?: 'undo') =>
    authed<void>(`/notices/${id(noticeId)}${reason ? `?reason=${reason}` : ''}`, { method: 'DELETE' }),

  reservations: (status: ReservationStatus) => authed<StaffReservationList>(`/reservations?status=${status}`),
  decideReservation: (submissionId: string, decision: 'confirm' | 'decline') => authed<{ decision: string }>(`/reservations/${id(submissionId)}/${decision}`, { method: 'POST' }),

  libraryHolds: (status: 'received' | 'processed') => authed<LibraryHoldList>(`/library/holds?status=${status}`),

  signQr: (body: SignQrBody) => authed<SignedQr>('/qr-codes', { method: 'POST', body }),

  /** Idempotent by the change's own id: a queued change is sent until answered, and applied once. */
  setShelterStatus: (changeId: string, body: ShelterChangeBody) => authed<ShelterChangeResult>(`/shelters/status/${id(changeId)}`, { method: 'PUT', body }),
  shelterStatus: () => apiRequest<ShelterStatusList>('/api/shelters/status'),
  /** A counter conversation (窓口会話): its code for the citizen's screen, and the clerk's token. */
  openConversation: (body: CreateConversationBody) => authed<CreatedConversation>('/counter-sessions', { method: 'POST', body }),

  /** The pack the server serves now, to tell which kiosks are behind. */
  newestPack: () => apiRequest<{ version: string }>('/packs/manifest.json'),
};
