import { describe, expect, it } from 'vitest';
import { activeNotices, disasterMode, noticeText, receiveNotices, type Notice } from './notices';

const future = new Date(Date.now() + 3600_000).toISOString();
const past = new Date(Date.now() - 1000).toISOString();
const notice = (id: string, severity: Notice['severity'], expiresAt: string | null = future): Notice => ({ id, severity, message: { ja: `お知らせ${id}`, en: `Notice ${id}` }, expiresAt });

describe('notices', () => {
  it('shows unexpired notices from every source once each, emergencies first', () => {
    receiveNotices('public', [notice('a', 'info'), notice('b', 'emergency')]);
    receiveNotices('kiosk', [notice('b', 'emergency'), notice('c', 'warning', past)]);
    expect(activeNotices.value.map((n) => n.id)).toEqual(['b', 'a']);
    expect(disasterMode.value).toBe(true);
    receiveNotices('public', []);
    receiveNotices('kiosk', []);
    expect(disasterMode.value).toBe(false);
  });

  it('shows a notice the server sends with no expiry (expiresAt null: until withdrawn)', () => {
    receiveNotices('kiosk', [notice('open-ended', 'emergency', null)]);
    expect(activeNotices.value.map((n) => n.id)).toEqual(['open-ended']);
    expect(disasterMode.value).toBe(true);
    receiveNotices('kiosk', []);
  });

  it('ignores malformed notices from the network', () => {
    receiveNotices('public', [{ id: 1 } as unknown as Notice, notice('ok', 'info')]);
    expect(activeNotices.value.map((n) => n.id)).toEqual(['ok']);
    receiveNotices('public', []);
  });

  it('reads the message in the citizen\'s language, else Japanese', () => {
    expect(noticeText(notice('x', 'info'), 'en')).toEqual({ text: 'Notice x', lang: 'en' });
    expect(noticeText(notice('x', 'info'), 'vi')).toEqual({ text: 'お知らせx', lang: 'ja' });
  });

  it('keeps a staff notice\'s hazard and time, and drops a hazard the app does not know', () => {
    const tsunami = { ...notice('t', 'emergency'), hazard: 'tsunami', createdAt: '2026-11-25T06:00:00Z' } as Notice;
    const meteor = { ...notice('m', 'emergency'), hazard: 'meteor', extra: 'ignored' } as unknown as Notice;
    receiveNotices('public', [tsunami, meteor]);
    expect(activeNotices.value.find((n) => n.id === 't')).toEqual(tsunami);
    expect(activeNotices.value.find((n) => n.id === 'm')).toEqual(notice('m', 'emergency'));
    receiveNotices('public', []);
  });

  it('lists the newest emergency first, whichever source it came from', () => {
    const at = (id: string, createdAt: string) => ({ ...notice(id, 'emergency'), createdAt });
    receiveNotices('public', [at('staff', '2026-11-25T06:00:00Z')]);
    receiveNotices('pack', [at('pack:newer', '2026-11-25T07:00:00Z'), notice('pack:untimed', 'emergency')]);
    expect(activeNotices.value.map((n) => n.id)).toEqual(['pack:newer', 'staff', 'pack:untimed']);
    receiveNotices('public', []);
    receiveNotices('pack', []);
  });
});
