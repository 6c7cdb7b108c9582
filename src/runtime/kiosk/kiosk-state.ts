import { signal } from '@preact/signals';
import type { KioskConfig } from '../../lib/kiosk/config';

/**
 * Why this kiosk cannot serve citizens, for the operator screen: enrolment failed
 * (offline, refused or expired token, too many enrolments from this address just now,
 * storage not writable), the terminal was never
 * enrolled, or its identity cannot be read.
 */
export type KioskProblem = 'offline' | 'refused' | 'busy' | 'storage' | 'not-enrolled' | 'unreadable';
export const kioskProblem = signal<KioskProblem | undefined>(undefined);
/** The validated configuration of this terminal, once read from the pack. */
export const kioskConfig = signal<KioskConfig | undefined>(undefined);
/** Set when the server says this terminal was revoked: it stops asking for data. */
export const kioskRevoked = signal(false);
/** The last error the app saw, reported with the heartbeat. */
export const lastKioskError = signal<string | undefined>(undefined);
/**
 * Bumped when the citizen ends their session (「おわる（消す）」, the receipt's 「終わる」);
 * the kiosk runtime then wipes exactly as when the idle timer runs out.
 */
export const endSessionRequest = signal(0);
