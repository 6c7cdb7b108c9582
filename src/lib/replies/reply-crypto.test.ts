import { describe, expect, it } from 'vitest';
import { base64UrlToBytes, bytesToBase64Url, textToBase64Url } from '../../../contract/qr/base64url';
import { makeReplyCode } from './reply-code';
import { makeReplyKey, openReply, openReplyWithKey, sealReply } from './reply-crypto';

const pin = '0123456789';
const code = '1111222233334444';

function replacePart(jwe: string, index: number, change: (part: string) => string): string {
  const parts = jwe.split('.');
  parts[index] = change(parts[index] ?? '');
  return parts.join('.');
}

describe('a private reply', () => {
  it('staff seal it with the key from the submission; the citizen opens it with PIN and reply code', async () => {
    const material = await makeReplyKey(pin, code);
    const jwe = await sealReply('ご意見ありがとうございます。街灯は来月直します。', material);
    expect(await openReply(jwe, pin, code)).toEqual({ ok: true, value: 'ご意見ありがとうございます。街灯は来月直します。' });
    expect(await openReplyWithKey(jwe, material)).toEqual({ ok: true, value: 'ご意見ありがとうございます。街灯は来月直します。' });
    // What the server stores says nothing of the text.
    expect(jwe).not.toContain('街灯');
    expect(atob(jwe.split('.')[0]!.replace(/-/g, '+').replace(/_/g, '/'))).not.toContain(material.key);
  });

  it('cannot be opened with the PIN alone, or with another reply code', async () => {
    const jwe = await sealReply('answer', await makeReplyKey(pin, code));
    expect(await openReply(jwe, pin, '1111222233334445')).toEqual({ ok: false, error: 'cannot-decrypt' });
    expect(await openReply(jwe, '0123456788', code)).toEqual({ ok: false, error: 'cannot-decrypt' });
  });

  it('refuses a ciphertext changed on the way: a flipped byte, a swapped header, a cut tag', async () => {
    const jwe = await sealReply('answer', await makeReplyKey(pin, code));
    const flipped = replacePart(jwe, 3, (part) => {
      const bytes = base64UrlToBytes(part)!;
      bytes[0] = bytes[0]! ^ 1;
      return bytesToBase64Url(bytes);
    });
    expect(await openReply(flipped, pin, code)).toEqual({ ok: false, error: 'cannot-decrypt' });
    // The header is authenticated: even re-encoding the same salt in another order fails.
    const header = JSON.parse(atob(jwe.split('.')[0]!.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, string>;
    const reordered = replacePart(jwe, 0, () => textToBase64Url(JSON.stringify({ rks: header.rks, alg: 'dir', enc: 'A256GCM', cty: header.cty })));
    expect(await openReply(reordered, pin, code)).toEqual({ ok: false, error: 'cannot-decrypt' });
    expect(await openReply(replacePart(jwe, 4, (tag) => tag.slice(0, 10)), pin, code)).toEqual({ ok: false, error: 'malformed' });
    expect(await openReply(replacePart(jwe, 0, () => textToBase64Url('{"alg":"none"}')), pin, code)).toEqual({ ok: false, error: 'malformed' });
    expect(await openReply('not a jwe', pin, code)).toEqual({ ok: false, error: 'malformed' });
  });

  it('reply codes are sixteen digits, each equally likely', () => {
    expect(makeReplyCode()).toMatch(/^\d{16}$/);
    let call = 0;
    expect(makeReplyCode((bytes) => bytes.fill(call++ === 0 ? 250 : 7))).toBe('7'.repeat(16));
  });
});
