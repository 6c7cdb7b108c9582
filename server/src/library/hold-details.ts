import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface HoldDetails {
  recordId: string;
  title: string | null;
  pickupBranch: string;
}

/** A hold's clear fields as stored (JSON text on both databases); empty strings when absent. */
export function parseHoldClearFields(text: string | null): { recordId: string; pickupBranch: string } {
  const value: unknown = text === null ? {} : JSON.parse(text);
  const fields = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return { recordId: String(fields.recordId ?? ''), pickupBranch: String(fields.pickupBranch ?? '') };
}

/** The book and pickup branch of a hold, for its status page: what it sent in the clear, and the book's title now. */
export async function holdDetails(db: Kysely<Database>, clearFields: string | null): Promise<HoldDetails | undefined> {
  const { recordId, pickupBranch } = parseHoldClearFields(clearFields);
  if (recordId === '') return undefined;
  const record = await db.selectFrom('library_records').select('title').where('id', '=', recordId).executeTakeFirst();
  return { recordId, title: record?.title ?? null, pickupBranch };
}
