/** The shapes stored in IndexedDB. Only `src/db` reads or writes them. */
import type { ReservationOutcome, ReservationRequest } from '../../contract/api/reservations';

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** `retained`: superseded twice over but still on a screen (src/db/packs.ts installPack). */
export type PackState = 'active' | 'previous' | 'retained' | 'staging';

export interface PackRecord {
  version: string;
  state: PackState;
  createdAt: string;
  installedAt: string;
  /** The signed manifest as received, kept so the pack can be re-verified. */
  manifest: string;
  signature: string;
}

export interface PackFileRecord {
  version: string;
  path: string;
  sha256: string;
  bytes: number;
  data: unknown;
}

/** An encrypted submission waiting for delivery. Never holds plaintext answers. */
export interface OutboxRecord {
  id: string;
  formId: string;
  createdAt: string;
  bytes: number;
  ciphertext: string;
  /** Non-personal fields the server needs in the clear (a library hold's book and branch); most forms have none. */
  clear?: Record<string, string>;
  /**
   * What this device shows beside the item, never sent: a library hold's book title, so the
   * citizen's list still says which book after a reload (the search that found it is gone).
   */
  note?: Record<string, string>;
  /** A facility reservation's room and slots (never personal): sent in clear beside the ciphertext. */
  reservation?: ReservationRequest;
  attempts: number;
  nextAttemptAt: number;
  lastError?: string;
  /** The salted hash of the status PIN (contract/status.ts), sent beside the ciphertext. */
  pinHash?: string;
  /** The PIN itself, on phones only (a kiosk keeps it in memory): shown with the receipt. */
  pin?: string;
  /** Phones only, on forms that take replies: the reply code that, with the PIN, opens a private reply. */
  replyCode?: string;
}

export interface ReceiptRecord {
  id: string;
  formId: string;
  receiptNumber: string;
  createdAt: string;
  deliveredAt: string;
  /** Phones only: the status PIN, so the receipt list can ask for the request's status. */
  pin?: string;
  /** Phones only: the reply code, so the phone opens a private reply without it being typed. */
  replyCode?: string;
  /** The outbox item's clear fields and note, kept so the list still says which book a hold is for. */
  clear?: Record<string, string>;
  note?: Record<string, string>;
  /** A reservation request's answer at delivery: held, or why not ("taken": someone else was first). */
  reservation?: ReservationOutcome;
  /** Its room, so a refused request can lead straight back to that room's free times. */
  reservationRoomId?: string;
}

/** A phone's unfinished form. Kiosks never write drafts: theirs live in memory only. */
export interface DraftRecord {
  formId: string;
  updatedAt: string;
  answers: Record<string, unknown>;
  page: number;
}
