import { describe, expect, it } from 'vitest';
import { flushOutbox, type OutboxItem, type OutboxStore } from './flush';

// A kiosk's submissions carry its device token, so the server can refuse a revoked
// terminal and give an enrolled one its larger allowance; a phone sends none.

const item: OutboxItem = { id: 'a', formId: 'opinion', ciphertext: 'jwe-a', createdAt: '2026-11-25T00:00:00Z', attempts: 0 };
const store: OutboxStore = {
  due: async () => [item],
  delivered: async () => undefined,
  retry: async () => undefined,
  fail: async () => undefined,
};
const receipt = new Response(JSON.stringify({ receiptNumber: 'IW-2026-000001', receivedAt: '2026-11-25T01:00:00.000Z' }), { status: 201 });

async function authorizationSent(deviceToken?: () => Promise<string | undefined>): Promise<string | null> {
  let sent: Headers | undefined;
  await flushOutbox({
    store,
    lock: (task) => task(),
    fetch: async (_url, init) => {
      sent = new Headers(init.headers);
      return receipt.clone();
    },
    ...(deviceToken ? { deviceToken } : {}),
  });
  return sent?.get('authorization') ?? null;
}

describe('the device token on deliveries', () => {
  it("a kiosk's delivery carries its device token as a bearer token", async () => {
    expect(await authorizationSent(async () => 'device-token-1')).toBe('Bearer device-token-1');
  });

  it('a phone (no token) sends no authorization at all', async () => {
    expect(await authorizationSent(async () => undefined)).toBeNull();
    expect(await authorizationSent()).toBeNull();
  });

  it('a token that cannot be read still lets the item go, as an anonymous delivery', async () => {
    expect(await authorizationSent(() => Promise.reject(new Error('IndexedDB broken')))).toBeNull();
  });
});
