import type { ShelterChangeBody, ShelterStatus } from '../../../contract/api/shelters';

/** The last list a device received, kept so it can be shown offline with its age. */
export interface KnownShelterStatus {
  statuses: ShelterStatus[];
  /** The server's time of the answer (ISO 8601). */
  at: string;
  /** This device's time when it arrived, in ms: ages are measured on one clock. */
  receivedAt: number;
}

/** A change made on a staff phone, waiting to be delivered (the id makes the delivery idempotent). */
export interface QueuedShelterChange {
  id: string;
  body: ShelterChangeBody;
  /** Failed deliveries so far, for the backoff. */
  attempts: number;
  /** No delivery before this time (ms). */
  notBefore: number;
}
