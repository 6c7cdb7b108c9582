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
});
