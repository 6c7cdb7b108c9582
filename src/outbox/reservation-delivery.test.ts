import { describe, expect, it } from 'vitest';
import { flushOutbox, type OutboxItem } from './flush';
import { memoryStore } from './test/memory-store';

const request = { roomId: 'taira-shisho-meeting', slots: [{ date: '2026-12-10', start: '10:00' }] };
const item = (id: string): OutboxItem => ({ id, formId: 'room-reservation', ciphertext: `jwe-${id}`, createdAt: '2026-12-07T00:00:00Z', attempts: 0, reservation: request });
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const receipt = { receiptNumber: 'IW-2026-000124', receivedAt: '2026-12-07T01:00:00.000Z' };

describe('a reservation request in the outbox', () => {
  it('travels with its room and slots in clear beside the ciphertext', async () => {
    const { store } = memoryStore([item('r')]);
    const sent: unknown[] = [];
    await flushOutbox({ store, fetch: async (_url, init) => { sent.push(JSON.parse(String(init.body))); return json(201, { ...receipt, reservation: 'held' }); } });
    expect(sent).toEqual([{ formId: 'room-reservation', ciphertext: 'jwe-r', reservation: request }]);
  });

  it('queued offline and refused on delivery as taken: the refusal is kept with the receipt, final, never sent again', async () => {
    const { store, rows, receipts, outcomes } = memoryStore([item('late')]);
    let calls = 0;
    const fetch = async () => { calls++; return json(201, { ...receipt, reservation: 'taken' }); };
    const report = await flushOutbox({ store, fetch });
    expect(report.delivered).toBe(1);
    expect(receipts.get('late')).toBe('IW-2026-000124');
    // The answer the citizen must be shown: not dropped between the server and the receipt.
    expect(outcomes.get('late')).toBe('taken');
    expect(rows.size).toBe(0);
    await flushOutbox({ store, fetch }, { all: true });
    expect(calls).toBe(1);
  });

  it('an outcome the app does not know is not passed on as one', async () => {
    const { store, outcomes } = memoryStore([item('odd')]);
    await flushOutbox({ store, fetch: async () => json(201, { ...receipt, reservation: 'maybe' }) });
    expect(outcomes.has('odd')).toBe(false);
  });
});
