import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Availability, ReservationOutcome, ReservationRequest } from '../../../../contract/api/reservations.js';
import type { Room } from './rooms.js';

/**
 * Where reservations live. The built-in adapter keeps them in Madoguchi's own database; a city
 * with an existing reservation system implements this interface to plug that in (holding
 * through its API, idempotent on the submission id, since the outbox may deliver twice).
 */
export interface ReservationAdapter {
  rooms(): readonly Room[];
  availability(room: Room, from: string, days: number, now: Date): Promise<Availability>;
  /**
   * Holds every slot of a request for this submission, or none. Called inside the transaction
   * that stores the submission, so a submission and its hold are stored together or not at all.
   */
  hold(trx: Kysely<Database>, submissionId: string, request: ReservationRequest, now: Date): Promise<ReservationOutcome>;
  /** Staff's decision on a held request; false when nothing was held for it. */
  decide(submissionId: string, decision: 'confirm' | 'decline', now: Date): Promise<boolean>;
  /** The citizen's cancellation (receipt number + PIN checked by the caller); false when nothing was active. */
  cancel(submissionId: string, now: Date): Promise<boolean>;
}
