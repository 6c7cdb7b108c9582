import type { JsonWebKey } from 'node:crypto';
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { createAuditLog } from '../services/audit.js';
import type { AuditLog } from '../services/audit.js';
import { loadFormRegistry } from '../services/forms.js';
import type { FormInfo, FormLookup } from '../services/forms.js';
import { createKioskService } from '../services/kiosks.js';
import type { KioskService } from '../services/kiosks.js';
import { createLoginThrottle } from '../services/login-throttle.js';
import type { LoginThrottle } from '../services/login-throttle.js';
import { createNoticeService } from '../services/notices.js';
import type { NoticeService } from '../services/notices.js';
import { createLiveFormRegistry } from '../services/live-forms.js';
import { loadQrSigningKey } from '../lib/qr-signing-key.js';
import type { QrSigningKey } from '../lib/qr-signing-key.js';
import { createPackVersionReader } from '../services/packs.js';
import { createQrCodeService } from '../services/qr-codes.js';
import type { QrCodeService } from '../services/qr-codes.js';
import { createSessionService } from '../services/sessions.js';
import { createShelterStatusFeed } from '../services/shelter-status-feed.js';
import type { ShelterStatusFeed } from '../services/shelter-status-feed.js';
import { createShelterStatusService } from '../services/shelter-status.js';
import type { ShelterStatusService } from '../services/shelter-status.js';
import type { SessionService } from '../services/sessions.js';
import { createStaffSubmissionService } from '../services/staff-submissions.js';
import type { StaffSubmissionService } from '../services/staff-submissions.js';
import { createStaffUserService } from '../services/staff-users.js';
import type { StaffUserService } from '../services/staff-users.js';
import { createSubmissionService } from '../services/submissions.js';
import type { SubmissionService } from '../services/submissions.js';
import type { ReservationAdapter } from '../services/reservations/adapter.js';
import { createBuiltinReservations } from '../services/reservations/builtin-adapter.js';
import { loadRooms } from '../services/reservations/rooms.js';
import type { Room } from '../services/reservations/rooms.js';

declare module 'fastify' {
  interface FastifyInstance {
    forms: FormLookup;
    submissions: SubmissionService;
    /** Facility reservations (issue 17): the built-in adapter unless a city plugs in its own. */
    reservations: ReservationAdapter;
    staffUsers: StaffUserService;
    sessions: SessionService;
    loginThrottle: LoginThrottle;
    audit: AuditLog;
    staffSubmissions: StaffSubmissionService;
    kiosks: KioskService;
    notices: NoticeService;
    qrCodes: QrCodeService;
    shelterStatus: ShelterStatusService;
    /** Pushes status changes to this server's open streams, whichever server took them. */
    shelterFeed: ShelterStatusFeed;
    /** The services' clock (tests move it), for anything a route must time the same way. */
    clock: () => Date;
    /** The version of the content pack served now, if one is built. */
    packVersion: () => Promise<string | undefined>;
  }
}

export interface ServicesOptions {
  contentDir: string;
  packsDir: string;
  /** Known forms; when given, CONTENT_DIR/forms is not read (tests, tools). */
  forms?: readonly FormInfo[] | undefined;
  /** The city's pack-signing public key: forms of a pack signed with it are accepted as soon as it is served. */
  packPublicKey?: JsonWebKey | undefined;
  /** Clock for receipts, sessions, notices and the fleet; injectable so tests can move time. */
  now?: (() => Date) | undefined;
  publicOrigin?: string | undefined;
  /** The QR signing key; default MADOGUCHI_QR_SIGNING_KEY or the file under MADOGUCHI_KEYS_DIR. */
  qrSigningKey?: (() => Promise<QrSigningKey | undefined>) | undefined;
  /** Bookable rooms; when given, CONTENT_DIR/reservations/rooms.json is not read (tests). */
  rooms?: readonly Room[] | undefined;
  /** A city's own reservation system instead of the built-in one. */
  reservationAdapter?: ReservationAdapter | undefined;
}

// Domain services, built once from infrastructure (app.db) and exposed to routes, which
// stay thin: parse, call a service, map its result to a status.
async function services(app: FastifyInstance, options: ServicesOptions): Promise<void> {
  const base = options.forms ?? (await loadFormRegistry(options.contentDir)).list();
  if (!options.packPublicKey) app.log.warn('no pack public key: only forms in CONTENT_DIR are accepted, read once at start');
  const forms = createLiveFormRegistry({
    base,
    packsDir: options.packsDir,
    publicKey: options.packPublicKey,
    onLoaded: (version, packForms) => app.log.info({ version, forms: packForms.map((form) => form.id) }, 'forms of the served pack loaded'),
    onRefused: (reason) => app.log.warn({ reason }, 'the served pack is not trusted: its new forms are not accepted'),
  });
  await forms.refresh();
  app.log.info({ forms: forms.list().map((form) => form.id) }, 'forms loaded');
  const deps = { db: app.db, now: options.now };
  app.decorate('clock', options.now ?? (() => new Date()));
  app.decorate('forms', forms);
  const reservations = options.reservationAdapter ?? createBuiltinReservations({ db: app.db, rooms: options.rooms ?? (await loadRooms(options.contentDir)) });
  app.decorate('reservations', reservations);
  app.decorate('submissions', createSubmissionService({ ...deps, forms, reservations }));
  app.decorate('staffUsers', createStaffUserService(deps));
  app.decorate('sessions', createSessionService(deps));
  app.decorate('loginThrottle', createLoginThrottle(deps));
  app.decorate('audit', createAuditLog(deps));
  app.decorate('staffSubmissions', createStaffSubmissionService(deps));
  app.decorate('kiosks', createKioskService(deps));
  app.decorate('notices', createNoticeService(deps));
  app.decorate('qrCodes', createQrCodeService({
    packsDir: options.packsDir,
    publicOrigin: options.publicOrigin,
    loadKey: options.qrSigningKey ?? (() => loadQrSigningKey()),
  }));
  app.decorate('packVersion', createPackVersionReader(options.packsDir));
  const shelterStatus = createShelterStatusService(deps);
  app.decorate('shelterStatus', shelterStatus);
  const shelterFeed = createShelterStatusFeed(() => shelterStatus.list(), {
    onError: (error) => app.log.warn({ err: error }, 'reading shelter status for the streams failed'),
  });
  app.decorate('shelterFeed', shelterFeed);
  app.addHook('onClose', async () => shelterFeed.close());
}

export default fp(services, { name: 'services', dependencies: ['db'] });
