import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { database, databaseName } from '../../db/database';
import { listOutbox } from '../../outbox/store';
import { hashPin } from '../../lib/status/pin';
import { testForm } from '../../lib/forms/test/form-fixture';
import { sessionPin } from './session-pins';
import { submitForm } from './submit-form';

vi.mock('../../lib/forms/encrypt', () => ({ encryptAnswers: async () => 'h.k.iv.ct.tag' }));

afterEach(async () => {
  database().close();
  await Dexie.delete(databaseName);
  database().open();
});

describe('a submission’s status PIN', () => {
  it('on a kiosk lives in memory only: the outbox holds its salted hash, not the PIN', async () => {
    const result = await submitForm({ def: testForm([{ id: 'note', type: 'text', maxLength: 10, required: false }]), publicKey: {}, answers: {}, channel: 'kiosk', lang: 'ja' });
    if (!result.ok) throw new Error('not queued');
    const pin = sessionPin(result.value.id);
    expect(pin).toMatch(/^\d{10}$/);
    const [item] = await listOutbox();
    expect(item?.pinHash).toBe(await hashPin(result.value.id, pin ?? ''));
    expect(item?.pin).toBeUndefined();
    expect(JSON.stringify(item)).not.toContain(pin);
  });

  it('on a phone is kept with the item, so its receipt list can ask for the status', async () => {
    const result = await submitForm({ def: testForm([{ id: 'note', type: 'text', maxLength: 10, required: false }]), publicKey: {}, answers: {}, channel: 'phone', lang: 'ja' });
    if (!result.ok) throw new Error('not queued');
    const [item] = await listOutbox();
    expect(item?.pin).toBe(sessionPin(result.value.id));
  });

  it('queues a hold’s clear fields and its local note with the item; delivery sends the clear fields, never the note', async () => {
    const result = await submitForm({
      def: testForm([{ id: 'note', type: 'text', maxLength: 10, required: false }]), publicKey: {}, answers: {}, channel: 'phone', lang: 'ja',
      clear: { recordId: 'sample-000001', pickupBranch: 'nakoso' }, note: { title: '銀河鉄道の夜' },
    });
    if (!result.ok) throw new Error('not queued');
    const [item] = await listOutbox();
    expect(item).toMatchObject({ clear: { recordId: 'sample-000001', pickupBranch: 'nakoso' }, note: { title: '銀河鉄道の夜' } });
    const sent: string[] = [];
    const { deliver } = await import('../../outbox/deliver');
    await deliver(async (_url, init) => {
      sent.push(String(init?.body));
      return new Response('{}', { status: 500 });
    }, item!);
    expect(sent[0]).toContain('"pickupBranch":"nakoso"');
    expect(sent[0]).not.toContain('銀河鉄道の夜');
  });
});
