import { describe, expect, it } from 'vitest';
import { textToBase64Url } from '../../../contract/qr/base64url';
import { parseFormQr, qrMaxLength } from '../../../contract/qr/qr-payload';
import { realForms } from './test/real-forms';

const origin = 'https://madoguchi.example.jp';
const enc = (value: unknown) => textToBase64Url(JSON.stringify(value));
const parse = (text: string, from = origin) => parseFormQr(text, from, realForms);
const reason = (text: string, from = origin) => {
  const result = parse(text, from);
  return result.ok ? 'accepted' : result.reason;
};

describe('QR codes that open a form', () => {
  it('opens a known form with nothing filled in', () => {
    expect(parse(`${origin}/f/opinion`)).toEqual({ ok: true, formId: 'opinion', prefill: {}, signature: 'none' });
    expect(parse(`${origin}/f/opinion?`)).toMatchObject({ ok: true, formId: 'opinion' });
  });

  it('fills in the fields a notice may fill', () => {
    expect(parse(`${origin}/f/road-light-report?prefill=${enc({ lightNumber: '平-1234', location: '37.0505,140.8877' })}`)).toEqual({
      ok: true, formId: 'road-light-report', prefill: { lightNumber: '平-1234', location: '37.0505,140.8877' }, signature: 'none',
    });
    expect(parse(`${origin}/f/shelter-issue?prefill=${enc({ shelterName: '平第一小学校 体育館' })}`)).toMatchObject({ ok: true, prefill: { shelterName: '平第一小学校 体育館' } });
  });

  it('accepts a link written in upper case, as compact QR codes write them', () => {
    expect(parse(`HTTPS://MADOGUCHI.EXAMPLE.JP/f/opinion`)).toMatchObject({ ok: true, formId: 'opinion' });
  });

  it('accepts plain http only when the app itself runs on localhost', () => {
    expect(reason('http://localhost:5173/f/opinion', 'http://localhost:5173')).toBe('accepted');
    expect(reason('http://127.0.0.1:8080/f/opinion', 'http://127.0.0.1:8080')).toBe('accepted');
    expect(reason('https://localhost:5173/f/opinion', 'http://localhost:5173')).toBe('bad-scheme');
    expect(reason('http://madoguchi.example.jp/f/opinion')).toBe('bad-scheme');
    expect(reason('http://city.example.jp/f/opinion', 'http://city.example.jp')).toBe('bad-scheme');
  });

  it('says a signature is present but not yet checked', () => {
    const sig = 'A'.repeat(86);
    expect(parse(`${origin}/f/opinion?sig=${sig}`)).toMatchObject({ ok: true, signature: 'unverified' });
  });
});

describe('QR codes that are refused', () => {
  it.each([
    ['plain text', 'いわき市役所 0246-22-1111', 'not-a-url'],
    ['an empty code', '', 'not-a-url'],
    ['a path without a scheme', '/f/opinion', 'not-a-url'],
    ['a host without a scheme', 'madoguchi.example.jp/f/opinion', 'not-a-url'],
    ['javascript:', 'javascript:alert(document.cookie)', 'bad-scheme'],
    ['javascript: dressed as our link', `javascript://madoguchi.example.jp/f/opinion%0aalert(1)`, 'bad-scheme'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'bad-scheme'],
    ['blob:', `blob:${origin}/6f1c2a34-1111-4222-8333-444455556666`, 'bad-scheme'],
    ['file:', 'file:///etc/passwd', 'bad-scheme'],
    ['a phone link', 'tel:0246221111', 'bad-scheme'],
    ['another host', 'https://evil.example/f/opinion', 'other-origin'],
    ['a look-alike subdomain', 'https://madoguchi.example.jp.evil.example/f/opinion', 'other-origin'],
    ['our host as a user name', 'https://madoguchi.example.jp@evil.example/f/opinion', 'other-origin'],
    ['our host as a password', 'https://x:madoguchi.example.jp@evil.example/f/opinion', 'other-origin'],
    ['another port', 'https://madoguchi.example.jp:8443/f/opinion', 'other-origin'],
    ['a trailing-dot host', 'https://madoguchi.example.jp./f/opinion', 'other-origin'],
    ['a percent-encoded host', 'https://madoguchi%2eexample.jp/f/opinion', 'other-origin'],
    ['a full-width host', 'https://ｍadoguchi.example.jp/f/opinion', 'not-a-url'],
    ['backslashes', 'https://madoguchi.example.jp\\@evil.example/f/opinion', 'not-a-url'],
    ['a backslash path', 'https:\\\\evil.example\\f\\opinion', 'not-a-url'],
    ['one slash', 'https:/madoguchi.example.jp/f/opinion', 'not-a-url'],
    ['three slashes (no host)', 'https:///madoguchi.example.jp/f/opinion', 'other-origin'],
    ['a space', `${origin}/f/opinion ?prefill=e30`, 'not-a-url'],
    ['a newline', `${origin}/f/opinion\n`, 'not-a-url'],
    ['a fragment', `${origin}/f/opinion#x`, 'not-a-url'],
    ['another page of ours', `${origin}/guides/juminhyo-copy`, 'not-a-url'],
    ['a form path with a trailing slash', `${origin}/f/opinion/`, 'not-a-url'],
    ['dot segments', `${origin}/f/../admin`, 'not-a-url'],
    ['encoded dot segments', `${origin}/f/%2e%2e`, 'unknown-form'],
    ['a double-encoded slash', `${origin}/f/opinion%252F..%252Fadmin`, 'unknown-form'],
    ['an encoded form id', `${origin}/f/%6fpinion`, 'unknown-form'],
    ['an upper-case form id', `${origin}/f/OPINION`, 'unknown-form'],
    ['a form that does not exist', `${origin}/f/tax-refund`, 'unknown-form'],
    ['an unknown parameter', `${origin}/f/opinion?utm_source=flyer`, 'bad-prefill'],
    ['prefill twice', `${origin}/f/shelter-issue?prefill=e30&prefill=e30`, 'bad-prefill'],
    ['a percent-encoded prefill', `${origin}/f/shelter-issue?prefill=%65%33%30`, 'bad-prefill'],
    ['prefill that is not base64url', `${origin}/f/shelter-issue?prefill=e30=`, 'bad-prefill'],
    ['prefill that is not JSON', `${origin}/f/shelter-issue?prefill=${textToBase64Url('shelterName=x')}`, 'bad-prefill'],
    ['prefill that is a list', `${origin}/f/shelter-issue?prefill=${enc(['x'])}`, 'bad-prefill'],
    ['prefill that is null', `${origin}/f/shelter-issue?prefill=${enc(null)}`, 'bad-prefill'],
    ['prefill of a field not marked prefillable', `${origin}/f/shelter-issue?prefill=${enc({ details: '嘘の報告' })}`, 'bad-prefill'],
    ['prefill ticking consent', `${origin}/f/shelter-issue?prefill=${enc({ consent: 'true' })}`, 'bad-prefill'],
    ['prefill of a field of another form', `${origin}/f/shelter-issue?prefill=${enc({ facilityId: 'taira-shisho' })}`, 'bad-prefill'],
    ['prefill through the prototype', `${origin}/f/shelter-issue?prefill=${textToBase64Url('{"__proto__":{"shelterName":"x"}}')}`, 'bad-prefill'],
    ['a number instead of a string', `${origin}/f/shelter-issue?prefill=${enc({ shelterName: 12 })}`, 'bad-prefill'],
    ['a blank value', `${origin}/f/shelter-issue?prefill=${enc({ shelterName: '  ' })}`, 'bad-prefill'],
    ['a value over 200 characters', `${origin}/f/shelter-issue?prefill=${enc({ shelterName: '避'.repeat(201) })}`, 'bad-prefill'],
    ['a control character', `${origin}/f/shelter-issue?prefill=${enc({ shelterName: '平\u0000小' })}`, 'bad-prefill'],
    ['a bidi override', `${origin}/f/shelter-issue?prefill=${enc({ shelterName: '平\u202e小' })}`, 'bad-prefill'],
    ['a choice the form does not offer', `${origin}/f/facility-booking?prefill=${enc({ facilityId: 'city-mayor-office' })}`, 'bad-prefill'],
    ['invalid UTF-8', `${origin}/f/shelter-issue?prefill=${'_w'}`, 'bad-prefill'],
    ['a signature of the wrong size', `${origin}/f/opinion?sig=AAAA`, 'bad-signature'],
    ['a signature with padding', `${origin}/f/opinion?sig=${'A'.repeat(86)}==`, 'bad-prefill'],
  ])('refuses %s', (_, text, expected) => {
    expect(reason(text)).toBe(expected);
  });

  it('accepts 200 characters of prefill, counting kanji as one each', () => {
    expect(reason(`${origin}/f/shelter-issue?prefill=${enc({ shelterName: '避'.repeat(200) })}`)).toBe('accepted');
  });

  it('refuses anything longer than 1,024 characters before reading it', () => {
    const long = `${origin}/f/opinion?prefill=${'A'.repeat(qrMaxLength)}`;
    expect(reason(long)).toBe('too-long');
  });

  it('refuses everything when the app origin itself is not https', () => {
    expect(reason('https://madoguchi.example.jp/f/opinion', 'not a url')).toBe('bad-scheme');
  });
});
