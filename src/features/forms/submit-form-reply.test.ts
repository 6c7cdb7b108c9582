import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { database, databaseName } from '../../db/database';
import { listOutbox } from '../../outbox/store';
import { testForm } from '../../lib/forms/test/form-fixture';
import type { SubmissionPayload } from '../../lib/forms/submission';
import { openReply, sealReply } from '../../lib/replies/reply-crypto';
import { sessionPin } from './session-pins';
import { sessionReplyCode } from '../replies/session-reply-codes';
import { submitForm } from './submit-form';

const sealed: SubmissionPayload[] = [];
vi.mock('../../lib/forms/encrypt', () => ({
  encryptAnswers: async (payload: SubmissionPayload) => {
    sealed.push(payload);
    return 'h.k.iv.ct.tag';
  },
}));

afterEach(async () => {
  sealed.length = 0;
  database().close();
  await Dexie.delete(databaseName);
  database().open();
});

const opinion = { ...testForm([{ id: 'body', type: 'text', maxLength: 100, required: false }]), id: 'opinion' };

describe('an opinion’s reply key', () => {
  it('on a kiosk: sealed with the answers for staff, the code only in memory; a reply sealed to it opens with PIN and code', async () => {
    const result = await submitForm({ def: opinion, publicKey: {}, answers: {}, channel: 'kiosk', lang: 'ja' });
    if (!result.ok) throw new Error('not queued');
    const { id } = result.value;
    const code = sessionReplyCode(id);
    expect(code).toMatch(/^\d{16}$/);
    const reply = sealed[0]?.reply;
    expect(reply).toEqual({ key: expect.stringMatching(/^[\w-]{43}$/), salt: expect.stringMatching(/^[\w-]{22}$/), publicConsent: false });
    const [item] = await listOutbox();
    // Nothing in storage opens a reply: no code, no key, and no consent in the clear.
    expect(JSON.stringify(item)).not.toContain(code);
    expect(JSON.stringify(item)).not.toContain(reply!.key);
    expect(item?.clear).toBeUndefined();
    const jwe = await sealReply('回答', reply!);
    expect(await openReply(jwe, sessionPin(id)!, code!)).toEqual({ ok: true, value: '回答' });
  });

  it('on a phone: the code is kept with the item, and a ticked consent travels in the clear', async () => {
    const result = await submitForm({ def: opinion, publicKey: {}, answers: {}, channel: 'phone', lang: 'ja', publicReply: true });
    if (!result.ok) throw new Error('not queued');
    const [item] = await listOutbox();
    expect(item?.replyCode).toBe(sessionReplyCode(result.value.id));
    expect(item?.clear).toEqual({ replyConsent: 'public' });
    expect(sealed[0]?.reply?.publicConsent).toBe(true);
  });

  it('forms that take no replies make no reply key', async () => {
    const result = await submitForm({ def: testForm([{ id: 'note', type: 'text', maxLength: 10, required: false }]), publicKey: {}, answers: {}, channel: 'phone', lang: 'ja', publicReply: true });
    if (!result.ok) throw new Error('not queued');
    expect(sealed[0]?.reply).toBeUndefined();
    const [item] = await listOutbox();
    expect(item?.replyCode).toBeUndefined();
    expect(item?.clear).toBeUndefined();
  });
});
