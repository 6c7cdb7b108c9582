import type { ColumnType, Insertable, Selectable } from 'kysely';
import type { Hazard } from '../../../contract/hazards.js';
import type { ShelterState } from '../../../contract/api/shelters.js';
import type { ProgressState } from '../../../contract/status.js';

// Types of the tables created by the migrations in ./migrations. Timestamps are ISO 8601
// text and JSON is text on both dialects, so rows read the same from SQLite and PostgreSQL.

export type SubmissionStatus = 'received' | 'processed';
export type StaffRole = 'admin' | 'staff';

export interface SubmissionsTable {
  /** UUIDv7 chosen by the client, so a retried PUT is idempotent. */
  id: string;
  form_id: string;
  key_id: string | null;
  /** Hex sha256 of the ciphertext bytes: tells a replay from a conflicting reuse of an id. */
  sha256: string;
  /** Compact JWE; the server never sees plaintext. */
  ciphertext: string;
  byte_size: number;
  receipt_number: string;
  received_at: string;
  status: ColumnType<SubmissionStatus, SubmissionStatus | undefined, SubmissionStatus>;
  processed_at: string | null;
  processed_by: string | null;
  /** Hex sha256 of the citizen's PIN salted with the id (contract/status.ts); null when none was sent (migration 006). */
  pin_hash: ColumnType<string | null, string | null | undefined, string | null>;
  /** What the citizen sees by receipt number + PIN (migration 006). */
  progress: ColumnType<ProgressState, ProgressState | undefined, ProgressState>;
  /** JSON text of the department's public message; never personal data. */
  progress_message: ColumnType<string | null, string | null | undefined, string | null>;
  progress_at: ColumnType<string | null, string | null | undefined, string | null>;
  progress_by: ColumnType<string | null, string | null | undefined, string | null>;
  /** JSON text of the ReservationRequest sent in clear beside the ciphertext (migration 007). */
  reservation_request: ColumnType<string | null, string | null | undefined, string | null>;
  /** What came of it (contract/api/reservations.ts ReservationOutcome). */
  reservation_outcome: ColumnType<string | null, string | null | undefined, string | null>;
  /** JSON text of the fields sent in the clear (migration 014), e.g. a library hold's record and branch. */
  clear_fields: ColumnType<string | null, string | null | undefined, string | null>;
}

export type ReservationStatus = 'held' | 'confirmed' | 'declined' | 'cancelled';

/** One requested slot (migration 007); at most one held or confirmed row per room, date and start. */
export interface ReservationsTable {
  submission_id: string;
  slot_index: number;
  room_id: string;
  slot_date: string;
  slot_start: string;
  status: ReservationStatus;
  created_at: string;
  updated_at: string;
}

export interface ReceiptCountersTable {
  year: number;
  last: number;
}

export interface StaffUsersTable {
  id: string;
  username: string;
  password_hash: string;
  role: StaffRole;
  created_at: string;
  /** 0 or 1: better-sqlite3 cannot bind booleans, so both dialects store an integer. */
  disabled: ColumnType<number, number | undefined, number>;
  /** 0 or 1: may post an emergency notice to every kiosk and phone without being an admin (migration 004). */
  disaster_officer: ColumnType<number, number | undefined, number>;
  /** 0 or 1: shelter staff, who may set shelter status and nothing else (migration 010). */
  shelter_only: ColumnType<number, number | undefined, number>;
}

export interface StaffSessionsTable {
  /** sha256 of the random 32-byte cookie token: a leaked table does not leak sessions. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface StaffUserDepartmentsTable {
  user_id: string;
  /** A department id as forms name it (`department.id`, e.g. `gomi-genryo`). */
  department: string;
}

export interface LoginThrottleTable {
  /** `<normalised username> <client address>`. */
  key: string;
  /** Attempts since the last success; a success deletes the row. */
  attempts: number;
  /** No attempt for this key is looked at before this time. */
  next_allowed_at: string;
  updated_at: string;
}

export interface KiosksTable {
  id: string;
  site_name: string;
  enrol_token_hash: string | null;
  device_token_hash: string | null;
  revoked_at: string | null;
  enrolled_at: string | null;
  last_seen_at: string | null;
  /** JSON text of the last heartbeat as received. */
  last_heartbeat: string | null;
  /** Null only for rows made before migration 002. */
  created_at: string | null;
  enrol_token_expires_at: string | null;
}

export type NoticeSeverity = 'info' | 'warning' | 'emergency';

export interface KioskNoticesTable {
  id: string;
  created_at: string;
  expires_at: string | null;
  severity: NoticeSeverity;
  /** What the notice is about, for disaster mode's preselection; null when it names none (and before migration 003). */
  hazard: Hazard | null;
  /** JSON text: `"all"`, or an array of kiosk ids. */
  targets: string;
  /** JSON text: the message per language. */
  message: string;
  /** The staff username who posted it; null for rows made before migration 002. */
  created_by: string | null;
  withdrawn_at: string | null;
  withdrawn_by: string | null;
}

/** A client's token bucket (services/rate-buckets.ts): when its request and byte allowances are full again. */
export interface RateBucketsTable {
  /** `ip:<address>` or `kiosk:<id>`. */
  key: string;
  /** Milliseconds since the epoch; in the past means a full bucket. */
  requests_full_at: number;
  bytes_full_at: number;
  /** 1 when the last request was admitted, 0 when it was refused. */
  granted: number;
}

/** A counter conversation's pairing (services/counter.ts): hashes only, deleted when it ends. */
export interface CounterSessionsTable {
  /** 16 random bytes, base64url: names the conversation in URLs. */
  id: string;
  counter: string;
  code_hash: string;
  staff_token_hash: string;
  citizen_token_hash: string | null;
  created_at: string;
  /** The code joins until then, and only once. */
  pair_until: string;
  expires_at: string;
}

export interface AuditEventsTable {
  /** UUIDv7, so ids sort in time order too. */
  id: string;
  at: string;
  /** A staff username, `kiosk:<id>`, `cli`, or the username tried at a failed login. */
  actor: string;
  /** Dotted verb: `login.success`, `submission.view`, `kiosk.revoke`, … */
  action: string;
  target: string | null;
  /** JSON text of a small object; never personal data from a form. */
  detail: string | null;
}

/** A shelter's current status (migration 010): the latest change by the time staff set it. */
export interface ShelterStatusTable {
  site_id: string;
  state: ShelterState;
  headcount: number | null;
  set_at: string;
  change_id: string;
  updated_at: string;
}

/** Every delivered status change, by the id the staff phone chose. */
export interface ShelterStatusChangesTable {
  id: string;
  site_id: string;
  state: ShelterState;
  headcount: number | null;
  set_at: string;
  sha256: string;
  received_at: string;
  received_by: string;
}

/** A catalogue record (migration 013); see server/src/library. */
export interface LibraryRecordsTable {
  id: string;
  seq: number;
  title: string;
  title_reading: string;
  author: string;
  author_reading: string;
  publisher: string;
  year: number | null;
  isbn13: string | null;
  ndc: string | null;
  /** 0 or 1: the generated sample catalogue. */
  sample: number;
  search_key: string;
  /** `|branch:status|…|`, the record's holdings for the search filters (migration 025). */
  shelf_key: string;
}

export interface LibraryHoldingsTable {
  record_id: string;
  branch: string;
  status: string;
}

export interface Database {
  submissions: SubmissionsTable;
  receipt_counters: ReceiptCountersTable;
  staff_users: StaffUsersTable;
  staff_sessions: StaffSessionsTable;
  staff_user_departments: StaffUserDepartmentsTable;
  login_throttle: LoginThrottleTable;
  kiosks: KiosksTable;
  kiosk_notices: KioskNoticesTable;
  audit_events: AuditEventsTable;
  rate_buckets: RateBucketsTable;
  shelter_status: ShelterStatusTable;
  shelter_status_changes: ShelterStatusChangesTable;
  library_records: LibraryRecordsTable;
  library_holdings: LibraryHoldingsTable;
  counter_sessions: CounterSessionsTable;
  reservations: ReservationsTable;
  submission_replies: SubmissionRepliesTable;
  faq_proposals: FaqProposalsTable;
}

/** Staff's reply to an opinion (migration 020): a JWE only the citizen opens, or public text the citizen allowed. */
export interface SubmissionRepliesTable {
  submission_id: string;
  kind: 'encrypted' | 'public';
  body: string;
  replied_at: string;
  replied_by: string;
}

/** An anonymised Q&A staff wrote for the next content pack's FAQ (migration 021). */
export interface FaqProposalsTable {
  id: string;
  submission_id: string;
  category: string;
  question: string;
  answer: string;
  proposed_by: string;
  proposed_at: string;
  exported_at: string | null;
}

export type SubmissionRow = Selectable<SubmissionsTable>;
export type NewSubmission = Insertable<SubmissionsTable>;
export type StaffUserRow = Selectable<StaffUsersTable>;
export type KioskRow = Selectable<KiosksTable>;
export type NoticeRow = Selectable<KioskNoticesTable>;
