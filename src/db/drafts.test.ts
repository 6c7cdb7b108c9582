import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { database, databaseName } from './database';
import { deleteDraft, loadDraft, saveDraft } from './drafts';

afterEach(async () => {
  database().close();
  await Dexie.delete(databaseName);
  database().open();
});

describe('phone drafts', () => {
  it('keeps one draft per form until it is deleted', async () => {
    await saveDraft({ formId: 'opinion', updatedAt: '2026-11-25T00:00:00Z', answers: { subject: 'a' }, page: 0 });
    await saveDraft({ formId: 'opinion', updatedAt: '2026-11-25T00:01:00Z', answers: { subject: 'b' }, page: 1 });
    expect(await loadDraft('opinion')).toMatchObject({ answers: { subject: 'b' }, page: 1 });
    await deleteDraft('opinion');
    expect(await loadDraft('opinion')).toBeUndefined();
  });
});
