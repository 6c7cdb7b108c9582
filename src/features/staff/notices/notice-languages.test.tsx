import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { languageCodes } from '../../../../contract/languages';
import { session } from '../session/session-state';
import { fakeServer, staffSession } from '../test/fake-server';
import { renderStaff } from '../test/render-staff';
import { NoticesScreen } from './notices-screen';
import { stockPhrases } from './stock-phrases';

beforeEach(() => {
  session.value = { status: 'signed-in', ...staffSession('admin') };
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const server = () => fakeServer({
  'GET /api/staff/notices': () => ({ body: { notices: [] } }),
  'GET /api/staff/kiosks': () => ({ body: { kiosks: [] } }),
  'POST /api/staff/notices': ({ body }) => ({
    status: 201,
    body: { id: '019a0000-0000-7000-8000-0000000000cc', createdAt: '2026-11-25T00:00:00.000Z', createdBy: 'sato', ...(body as object) },
  }),
});
const missingLine = () => screen.getByTestId('staff-notice-missing').textContent ?? '';

describe('a notice in every language', () => {
  it('offers a text for every language: Japanese, then やさしい日本語, then the rest, and says which have none', async () => {
    server();
    await renderStaff(<NoticesScreen />);
    await screen.findByLabelText('本文（日本語・必須）');
    const fields = [...document.querySelectorAll<HTMLTextAreaElement>('.staff-notice-messages textarea')];
    expect(fields.map((f) => f.id.replace('staff-notice-', ''))).toEqual([...languageCodes]);
    expect(screen.getByLabelText(/^本文（やさしい にほんご・任意）/).getAttribute('lang')).toBe('ja');
    expect(screen.getByLabelText(/^本文（नेपाली・任意）/).getAttribute('lang')).toBe('ne');
    expect(missingLine()).toContain(`本文のない言語（${languageCodes.length - 1}）: やさしい にほんご、English、简体中文`);
    fireEvent.input(screen.getByLabelText(/^本文（Português・任意）/), { target: { value: 'Abrigo aberto' } });
    expect(missingLine()).not.toContain('Português');
    expect(screen.getByText('本文（Português・任意）').textContent).not.toContain('未入力');
    expect(screen.getByText(/^本文（Español・任意）/).textContent).toContain('未入力');
  });

  it('in an emergency staff pick 津波警報 instead of typing: every language is filled, severity and hazard follow, and all are sent', async () => {
    const fake = server();
    await renderStaff(<NoticesScreen />);
    fireEvent.click(await screen.findByRole('button', { name: '津波警報' }));
    const tsunami = stockPhrases.find((p) => p.id === 'tsunami-warning')!;
    expect((screen.getByLabelText('本文（日本語・必須）') as HTMLTextAreaElement).value).toBe(tsunami.text.ja);
    expect((screen.getByLabelText(/^本文（Tiếng Việt・任意）/) as HTMLTextAreaElement).value).toBe(tsunami.text.vi);
    expect(missingLine()).toBe('すべての言語に本文があります。');
    expect((screen.getByLabelText('緊急') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText<HTMLSelectElement>('災害の種類（任意）')).value).toBe('tsunami');
    fireEvent.click(screen.getByRole('button', { name: '内容を確認する' }));
    expect(await screen.findByText('नेपालीの画面')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'この内容で掲載する' }));
    await screen.findByText('掲載しました。端末には次の通信（数分以内）で表示されます。');
    const posted = fake.find('POST', '/api/staff/notices')[0]?.body as { message: Record<string, string>; severity: string; hazard: string };
    expect(Object.keys(posted.message)).toEqual([...languageCodes]);
    expect(posted.message).toEqual(tsunami.text);
    expect(posted).toMatchObject({ severity: 'emergency', hazard: 'tsunami' });
  });

  it('the preview names the languages that will see Japanese', async () => {
    server();
    await renderStaff(<NoticesScreen />);
    fireEvent.input(await screen.findByLabelText('本文（日本語・必須）'), { target: { value: '本日は17時で閉館します。' } });
    fireEvent.input(screen.getByLabelText(/^本文（English・任意）/), { target: { value: 'Closing at 17:00 today.' } });
    fireEvent.click(screen.getByRole('button', { name: '内容を確認する' }));
    expect(await screen.findByText(new RegExp(`^本文のない言語（${languageCodes.length - 2}）: やさしい にほんご、简体中文、.*Español`))).toBeTruthy();
  });
});
