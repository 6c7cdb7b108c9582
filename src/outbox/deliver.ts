import type { SubmissionReceipt } from '../../contract/api/submissions';
import type { ReservationOutcome, ReservationRequest } from '../../contract/api/reservations';

/**
 * One delivery attempt of one queued submission: `PUT /api/submissions/:id`.
 * The server is idempotent (same id and bytes → the same receipt), so sending
 * again after a lost answer is always safe; what this decides is only whether
 * trying again could ever help.
 */

/** Why an item is still in the outbox. Stored as `lastError`; the outbox screen words each one. */
export const outboxErrorCodes = ['network', 'server', 'rate-limited', 'storage', 'conflict', 'unknown-form', 'too-large', 'rejected'] as const;
export type OutboxErrorCode = (typeof outboxErrorCodes)[number];

export type DeliveryOutcome =
  | { kind: 'delivered'; receipt: SubmissionReceipt }
  | { kind: 'rejected'; code: OutboxErrorCode }
  | { kind: 'retry'; code: OutboxErrorCode; retryAfterMs?: number };

export interface Deliverable {
  id: string;
  formId: string;
  ciphertext: string;
  /** Hex sha256 of the salted status PIN; absent for items queued before issue 17. */
  pinHash?: string | undefined;
  clear?: Record<string, string> | undefined;
  /** A facility reservation's room and slots, in clear: the server holds them as it stores the submission. */
  reservation?: ReservationRequest | undefined;
}

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export function submissionUrl(id: string): string {
  return `/api/submissions/${encodeURIComponent(id)}`;
}

/** `deviceToken`: a kiosk's, so the server knows the terminal (and refuses it once revoked); phones have none. */
export async function deliver(fetchFn: FetchLike, item: Deliverable, deviceToken?: string): Promise<DeliveryOutcome> {
  let response: Response;
  try {
    response = await fetchFn(submissionUrl(item.id), {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...(deviceToken ? { authorization: `Bearer ${deviceToken}` } : {}) },
      body: JSON.stringify({
        formId: item.formId, ciphertext: item.ciphertext,
        ...(item.pinHash ? { pinHash: item.pinHash } : {}),
        ...(item.clear ? { clear: item.clear } : {}),
        ...(item.reservation ? { reservation: item.reservation } : {}),
      }),
      cache: 'no-store',
      // A connection that hangs (captive portal, dead proxy) must not hold the outbox
      // lock forever; the server is idempotent, so a retry after a timeout is safe.
      signal: AbortSignal.timeout(30_000),
    });
  } catch {
    return { kind: 'retry', code: 'network' };
  }
  return outcomeOf(response);
}

/**
 * What a response means for the outbox. Only 409 is final (see retry-policy.ts); every
 * other refusal is kept for a later server, and Retry-After is honoured whenever sent.
 */
export async function outcomeOf(response: Response): Promise<DeliveryOutcome> {
  const { status } = response;
  if (status === 200 || status === 201) {
    const body: unknown = await response.json().catch(() => undefined);
    // A proxy's HTML page with a 200 is not a receipt: keep the item and try later.
    if (!isReceipt(body)) return { kind: 'retry', code: 'server' };
    // A reservation's outcome is part of the answer: "taken" is final (the server stored the
    // request and refused its slots), so it is kept with the receipt, never retried or dropped.
    const reservation = reservationOutcomeOf(body);
    return { kind: 'delivered', receipt: { receiptNumber: body.receiptNumber, receivedAt: body.receivedAt, ...(reservation ? { reservation } : {}) } };
  }
  if (status === 409) return { kind: 'rejected', code: 'conflict' };
  return { kind: 'retry', code: retryCodeOf(status), ...retryAfter(response) };
}

/** Why a refused or failed delivery waits: the reason the outbox screen and the fleet page show. */
function retryCodeOf(status: number): OutboxErrorCode {
  if (status === 429) return 'rate-limited';
  // A form published after this server last read its pack, or one not published there yet.
  if (status === 422) return 'unknown-form';
  // A body limit a later server may raise (or a proxy in between that has a lower one).
  if (status === 413) return 'too-large';
  if (status >= 400 && status < 500) return 'rejected';
  return 'server';
}

function isReceipt(body: unknown): body is SubmissionReceipt {
  if (typeof body !== 'object' || body === null) return false;
  const { receiptNumber, receivedAt } = body as Record<string, unknown>;
  return typeof receiptNumber === 'string' && receiptNumber !== '' && typeof receivedAt === 'string';
}

const reservationOutcomes: ReadonlySet<string> = new Set<ReservationOutcome>(['held', 'taken', 'closed', 'too_many_slots', 'too_far_ahead', 'past', 'unknown_room']);

function reservationOutcomeOf(body: SubmissionReceipt): ReservationOutcome | undefined {
  const value: unknown = body.reservation;
  return typeof value === 'string' && reservationOutcomes.has(value) ? (value as ReservationOutcome) : undefined;
}

/** Retry-After in seconds (the only form our server sends), capped at an hour. */
function retryAfter(response: Response): { retryAfterMs?: number } {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? { retryAfterMs: Math.min(seconds, 3600) * 1000 } : {};
}
