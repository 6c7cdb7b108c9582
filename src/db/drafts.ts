import { database } from './database';
import { storageError, type StorageError } from './errors';
import type { DraftRecord } from './records';
import { err, ok, type Result } from '../lib/result';

/**
 * A phone's unfinished forms, one per form. Kiosks must never call these: a
 * kiosk keeps its draft in memory (see runtime/drafts/draft-keeper.ts), because
 * what a stranger typed must never reach the disk of a shared terminal.
 */
export async function saveDraft(draft: DraftRecord): Promise<Result<void, StorageError>> {
  try {
    await database().drafts.put(draft);
    return ok(undefined);
  } catch (e) {
    return err(storageError(e));
  }
}

export async function loadDraft(formId: string): Promise<DraftRecord | undefined> {
  return database().drafts.get(formId);
}

export async function deleteDraft(formId: string): Promise<void> {
  await database().drafts.delete(formId);
}
