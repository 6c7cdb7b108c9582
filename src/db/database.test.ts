import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { MadoguchiDatabase } from './database';
import { storageError } from './errors';

let names: string[] = [];
function freshName(): string {
  const name = `test-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  await Promise.all(names.map((n) => Dexie.delete(n)));
  names = [];
});

describe('the app database', () => {
  it('stores and reads back an encrypted outbox item by id', async () => {
    const db = new MadoguchiDatabase(freshName());
    await db.outbox.put({
      id: '0190c2a0-0000-7000-8000-000000000001', formId: 'opinion', createdAt: '2026-11-25T00:00:00Z',
      bytes: 12, ciphertext: 'a.b.c.d.e', attempts: 0, nextAttemptAt: 0,
    });
    const due = await db.outbox.where('nextAttemptAt').belowOrEqual(Date.now()).toArray();
    expect(due.map((r) => r.formId)).toEqual(['opinion']);
    db.close();
  });

  it('keeps pack files of two versions side by side for rollback', async () => {
    const db = new MadoguchiDatabase(freshName());
    await db.packFiles.bulkPut([
      { version: '1', path: 'guides/a.json', sha256: 'x', bytes: 1, data: { v: 1 } },
      { version: '2', path: 'guides/a.json', sha256: 'y', bytes: 1, data: { v: 2 } },
    ]);
    expect((await db.packFiles.get(['1', 'guides/a.json']))?.data).toEqual({ v: 1 });
    expect(await db.packFiles.where('version').equals('2').count()).toBe(1);
    db.close();
  });

  it('upgrading from version 1 moves drafts out of settings and keeps everything else', async () => {
    const name = freshName();
    // A database exactly as version 1 of the app wrote it.
    const v1 = new Dexie(name);
    v1.version(1).stores({
      settings: 'key', packs: 'version, state', packFiles: '[version+path], version',
      outbox: 'id, nextAttemptAt, formId', receipts: 'id, receiptNumber, deliveredAt',
    });
    await v1.table('settings').bulkPut([
      { key: 'language', value: 'vi' },
      { key: 'drafts', value: { opinion: { formId: 'opinion', updatedAt: 't', answers: { body: 'hello' }, page: 1 } } },
    ]);
    await v1.table('receipts').put({ id: 'r1', formId: 'opinion', receiptNumber: 'IW-2026-000001', createdAt: 't', deliveredAt: 't' });
    v1.close();

    const db = new MadoguchiDatabase(name);
    expect((await db.settings.get('language'))?.value).toBe('vi');
    expect(await db.settings.get('drafts')).toBeUndefined();
    expect((await db.drafts.get('opinion'))?.answers).toEqual({ body: 'hello' });
    expect((await db.receipts.get('r1'))?.receiptNumber).toBe('IW-2026-000001');
    db.close();
  });
});

describe('storage errors', () => {
  it('recognise a full disk so the citizen can be told', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(storageError(quota)).toEqual({ kind: 'quota-exceeded' });
    expect(storageError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toEqual({ kind: 'quota-exceeded' });
    expect(storageError(new Error('closed')).kind).toBe('unavailable');
  });
});
