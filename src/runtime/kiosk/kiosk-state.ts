import { signal } from '@preact/signals';
import type { KioskConfig } from '../../lib/kiosk/config';

/** Why enrolment failed, for the operator screen. */
export const enrolmentProblem = signal<'offline' | 'refused' | 'storage' | undefined>(undefined);
/** The validated configuration of this terminal, once read from the pack. */
export const kioskConfig = signal<KioskConfig | undefined>(undefined);
/** Set when the server says this terminal was revoked: it stops asking for data. */
export const kioskRevoked = signal(false);
/** The last error the app saw, reported with the heartbeat. */
export const lastKioskError = signal<string | undefined>(undefined);
