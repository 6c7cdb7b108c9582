import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { session } from '../session/session-state';
import { fakeServer, staffSession } from '../test/fake-server';
import { kiosk } from '../test/fleet-fixture';
import { renderStaff } from '../test/render-staff';
import { NoticesScreen } from './notices-screen';

const active = {
  id: '019a0000-0000-7000-8000-0000000000bb', severity: 'emergency', message: { ja: '津波警報', en: 'Tsunami warning' },
  createdAt: '2026-11-25T00:00:00.000Z', expiresAt: '2026-11-25T12:00:00.000Z', targets: 'all', createdBy: 'tanaka',
};

beforeEach(() => {
  session.value = { status: 'signed-in', ...staffSession('staff') };
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('notices', () => {
  it('posts a notice to chosen kiosks with the CSRF token, then lists it', async () => {
    let notices: unknown[] = [];
    const server = fakeServer({
      'GET /api/staff/notices': () => ({ body: { notices } }),
      'GET /api/staff/kiosks': () => ({ body: { kiosks: [kiosk({ id: 'taira-1' }), kiosk({ id: 'old-1', revoked: true })] } }),
      'POST /api/staff/notices': ({ body }) => {
        notices = [{ ...active, ...(body as object) }];
        return { status: 201, body: notices[0] };
      },
    });
    await renderStaff(<NoticesScreen />);
    expect(await screen.findByText('掲載中のお知らせはありません。')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('緊急'));
    fireEvent.input(screen.getByLabelText('本文（日本語・必須）'), { target: { value: '避難所が開設されました。' } });
    fireEvent.click(screen.getByLabelText('選んだ端末だけ'));
    expect(screen.queryByText('old-1')).toBeNull();
    fireEvent.click(await screen.findByRole('checkbox', { name: /taira-1/ }));
    fireEvent.click(screen.getByRole('button', { name: '内容を確認する' }));
    fireEvent.click(await screen.findByRole('button', { name: 'この内容で掲載する' }));
    expect(await screen.findByText('避難所が開設されました。')).toBeTruthy();
    const posted = server.find('POST', '/api/staff/notices')[0];
    expect(posted?.body).toMatchObject({ severity: 'emergency', message: { ja: '避難所が開設されました。' }, targets: ['taira-1'] });
    expect(posted?.headers.get('x-csrf-token')).toBe(staffSession().csrfToken);
  });

  it('posts a tsunami notice with its hazard and lists the hazard in words', async () => {
    let notices: unknown[] = [];
    const server = fakeServer({
      'GET /api/staff/notices': () => ({ body: { notices } }),
      'GET /api/staff/kiosks': () => ({ body: { kiosks: [] } }),
      'POST /api/staff/notices': ({ body }) => {
        notices = [{ ...active, ...(body as object) }];
        return { status: 201, body: notices[0] };
      },
    });
    await renderStaff(<NoticesScreen />);
    const hazard = await screen.findByLabelText<HTMLSelectElement>('災害の種類（任意）');
    expect(hazard.value).toBe('');
    fireEvent.click(screen.getByLabelText('緊急'));
    fireEvent.change(hazard, { target: { value: 'tsunami' } });
    fireEvent.input(screen.getByLabelText('本文（日本語・必須）'), { target: { value: '津波警報。高台へ避難してください。' } });
    fireEvent.click(screen.getByRole('button', { name: '内容を確認する' }));
    fireEvent.click(await screen.findByRole('button', { name: 'この内容で掲載する' }));
    expect(await screen.findByText('掲載しました。端末には次の通信（数分以内）で表示されます。')).toBeTruthy();
    expect(await screen.findByText('災害の種類: 津波')).toBeTruthy();
    expect(server.find('POST', '/api/staff/notices')[0]?.body).toMatchObject({ severity: 'emergency', hazard: 'tsunami' });
    // The form is blank again for the next notice: no hazard carried over by mistake.
    expect((await screen.findByLabelText<HTMLSelectElement>('災害の種類（任意）')).value).toBe('');
  });

  it('sends no hazard when none is chosen', async () => {
    const server = fakeServer({
      'GET /api/staff/notices': () => ({ body: { notices: [] } }),
      'GET /api/staff/kiosks': () => ({ body: { kiosks: [] } }),
      'POST /api/staff/notices': ({ body }) => ({ status: 201, body: { ...active, ...(body as object) } }),
    });
    await renderStaff(<NoticesScreen />);
    fireEvent.input(await screen.findByLabelText('本文（日本語・必須）'), { target: { value: '本日は17時で閉館します。' } });
    fireEvent.click(screen.getByRole('button', { name: '内容を確認する' }));
    fireEvent.click(await screen.findByRole('button', { name: 'この内容で掲載する' }));
    expect(await screen.findByText('掲載しました。端末には次の通信（数分以内）で表示されます。')).toBeTruthy();
    expect(server.find('POST', '/api/staff/notices')[0]?.body).not.toHaveProperty('hazard');
  });

  it('says what is missing before sending', async () => {
    const server = fakeServer({ 'GET /api/staff/notices': () => ({ body: { notices: [] } }), 'GET /api/staff/kiosks': () => ({ body: { kiosks: [] } }) });
    await renderStaff(<NoticesScreen />);
    fireEvent.click(await screen.findByRole('button', { name: '内容を確認する' }));
    expect(await screen.findByText('日本語の本文を入力してください。')).toBeTruthy();
    expect(server.find('POST', '/api/staff/notices')).toHaveLength(0);
  });

  it('shows the banner as kiosks will before sending anything, and goes back to edit with the draft kept', async () => {
    const server = fakeServer({ 'GET /api/staff/notices': () => ({ body: { notices: [] } }), 'GET /api/staff/kiosks': () => ({ body: { kiosks: [] } }) });
    await renderStaff(<NoticesScreen />);
    fireEvent.click(await screen.findByLabelText('緊急'));
    fireEvent.input(screen.getByLabelText('本文（日本語・必須）'), { target: { value: '小名浜地区に避難指示' } });
    fireEvent.input(screen.getByLabelText(/^本文（English・任意）/), { target: { value: 'Evacuation order in Onahama' } });
    fireEvent.click(screen.getByRole('button', { name: '内容を確認する' }));
    const heading = await screen.findByRole('heading', { name: '掲載前の確認' });
    expect(document.activeElement).toBe(heading);
    const banners = document.querySelectorAll('.staff-notice-preview .notice-banner__item--emergency');
    expect([...banners].map((b) => b.querySelector('.notice-banner__text')?.textContent)).toEqual(['小名浜地区に避難指示', 'Evacuation order in Onahama']);
    // A preview must not interrupt the way the kiosk banner does.
    expect(document.querySelector('.staff-notice-preview [role="alert"]')).toBeNull();
    expect(screen.getByText(/表示先: すべての端末とスマートフォン・掲載終了:/)).toBeTruthy();
    expect(server.find('POST', '/api/staff/notices')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: '戻って直す' }));
    expect((screen.getByLabelText('本文（日本語・必須）') as HTMLTextAreaElement).value).toBe('小名浜地区に避難指示');
    expect(server.find('POST', '/api/staff/notices')).toHaveLength(0);
  });

  it('offers to take a notice back right after posting it, marked as an undo', async () => {
    let notices: unknown[] = [];
    const server = fakeServer({
      'GET /api/staff/notices': () => ({ body: { notices } }),
      'GET /api/staff/kiosks': () => ({ body: { kiosks: [] } }),
      'POST /api/staff/notices': ({ body }) => {
        notices = [{ ...active, ...(body as object) }];
        return { status: 201, body: notices[0] };
      },
      [`DELETE /api/staff/notices/${active.id}`]: () => {
        notices = [];
        return { status: 204 };
      },
    });
    await renderStaff(<NoticesScreen />);
    fireEvent.input(await screen.findByLabelText('本文（日本語・必須）'), { target: { value: '誤って掲載したお知らせ' } });
    fireEvent.click(screen.getByRole('button', { name: '内容を確認する' }));
    fireEvent.click(await screen.findByRole('button', { name: 'この内容で掲載する' }));
    fireEvent.click(await screen.findByRole('button', { name: '掲載を取り消す（あと 10 秒）' }));
    expect(await screen.findByText('掲載を取り消しました。端末には表示されません。')).toBeTruthy();
    expect(server.find('DELETE', `/api/staff/notices/${active.id}`)[0]?.query.get('reason')).toBe('undo');
    expect(await screen.findByText('掲載中のお知らせはありません。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /掲載を取り消す/ })).toBeNull();
  });

  it('withdraws an active notice', async () => {
    let notices: unknown[] = [active];
    const server = fakeServer({
      'GET /api/staff/notices': () => ({ body: { notices } }),
      'GET /api/staff/kiosks': () => ({ body: { kiosks: [] } }),
      [`DELETE /api/staff/notices/${active.id}`]: () => {
        notices = [];
        return { status: 204 };
      },
    });
    await renderStaff(<NoticesScreen />);
    expect(await screen.findByText('Tsunami warning')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '取り下げる' }));
    expect(await screen.findByText('掲載中のお知らせはありません。')).toBeTruthy();
    expect(server.find('DELETE', `/api/staff/notices/${active.id}`)[0]?.headers.get('x-csrf-token')).toBe(staffSession().csrfToken);
  });

  it('tells staff who may not withdraw a city-wide emergency who can, and keeps it listed', async () => {
    fakeServer({
      'GET /api/staff/notices': () => ({ body: { notices: [active] } }),
      'GET /api/staff/kiosks': () => ({ body: { kiosks: [] } }),
      [`DELETE /api/staff/notices/${active.id}`]: () => ({ status: 403, body: { error: { code: 'emergency_withdraw_not_allowed', message: 'x' } } }),
    });
    await renderStaff(<NoticesScreen />);
    fireEvent.click(await screen.findByRole('button', { name: '取り下げる' }));
    expect(await screen.findByText(/管理者か防災担当者だけが取り下げられます/)).toBeTruthy();
    expect(screen.getByText('Tsunami warning')).toBeTruthy();
  });

  it('says in words when the city already has as many notices as it may show', async () => {
    fakeServer({
      'GET /api/staff/notices': () => ({ body: { notices: [] } }),
      'GET /api/staff/kiosks': () => ({ body: { kiosks: [] } }),
      'POST /api/staff/notices': () => ({ status: 409, body: { error: { code: 'too_many_notices', message: 'x' } } }),
    });
    await renderStaff(<NoticesScreen />);
    fireEvent.input(await screen.findByLabelText('本文（日本語・必須）'), { target: { value: '本日は閉館します。' } });
    fireEvent.click(screen.getByRole('button', { name: '内容を確認する' }));
    fireEvent.click(await screen.findByRole('button', { name: 'この内容で掲載する' }));
    expect(await screen.findByText(/掲載中のお知らせが上限に達しています/)).toBeTruthy();
  });

  it('tells staff who may not post a city-wide emergency what they can do instead', async () => {
    fakeServer({
      'GET /api/staff/notices': () => ({ body: { notices: [] } }),
      'GET /api/staff/kiosks': () => ({ body: { kiosks: [] } }),
      'POST /api/staff/notices': () => ({ status: 403, body: { error: { code: 'emergency_not_allowed', message: 'x' } } }),
    });
    await renderStaff(<NoticesScreen />);
    fireEvent.click(await screen.findByLabelText('緊急'));
    fireEvent.input(screen.getByLabelText('本文（日本語・必須）'), { target: { value: '津波警報' } });
    fireEvent.click(screen.getByRole('button', { name: '内容を確認する' }));
    fireEvent.click(await screen.findByRole('button', { name: 'この内容で掲載する' }));
    expect(await screen.findByText(/管理者か防災担当者だけが掲載できます/)).toBeTruthy();
  });
});
