import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './001-initial.js';
import { staffKiosksAudit } from './002-staff-kiosks-audit.js';
import { noticeHazard } from './003-notice-hazard.js';
import { staffDepartmentsLoginThrottle } from './004-staff-departments-login-throttle.js';
import { rateBuckets } from './005-rate-buckets.js';
import { submissionProgress } from './006-submission-progress.js';
import { reservations } from './007-reservations.js';
import { shelterStatus } from './010-shelter-status.js';
import { libraryCatalogue } from './013-library-catalogue.js';
import { submissionClearFields } from './014-submission-clear-fields.js';
import { counterSessions } from './016-counter-sessions.js';
import { submissionReplies } from './020-submission-replies.js';
import { faqProposals } from './021-faq-proposals.js';
import { libraryShelfKey } from './025-library-shelf-key.js';

// Listed in code rather than globbed from disk, so the same list works from tsx, vitest
// and the compiled build, and a bundler can never drop a migration file.
// Names sort in the order they must run; never rename or remove one that has shipped.
const migrations: Record<string, Migration> = {
  '001_initial': initial,
  '002_staff_kiosks_audit': staffKiosksAudit,
  '003_notice_hazard': noticeHazard,
  '004_staff_departments_login_throttle': staffDepartmentsLoginThrottle,
  '005_rate_buckets': rateBuckets,
  '006_submission_progress': submissionProgress,
  '007_reservations': reservations,
  '010_shelter_status': shelterStatus,
  '013_library_catalogue': libraryCatalogue,
  '014_submission_clear_fields': submissionClearFields,
  // Numbers were handed to branches built side by side (006–009 services, 010–012 shelters,
  // 013–015 library, 016 counter); the unused ones stay unused.
  '016_counter_sessions': counterSessions,
  // 020–022: replies to opinions and the FAQ (issue 17 §3).
  '020_submission_replies': submissionReplies,
  '021_faq_proposals': faqProposals,
  // 025–026: the library catalogue's shelf key (issue 20).
  '025_library_shelf_key': libraryShelfKey,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
