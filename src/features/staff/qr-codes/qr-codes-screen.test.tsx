import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { session } from '../session/session-state';
import { StaffNav } from '../staff-nav';
import { fakeServer, staffSession } from '../test/fake-server';
import { renderStaff, staffText } from '../test/render-staff';
import { installFormsPack, removePacks } from '../test/test-pack';
import { StaffTextProvider } from '../ui/staff-text';
import { QrCodesScreen } from './qr-codes-screen';

const signedUrl = 'http://localhost/f/road-light-report?prefill=eyJsaWdodE51bWJlciI6IklXLTEyMzQ1In0&sig=' + 'A'.repeat(86);

beforeEach(async () => {
  await installFormsPack();
  session.value = { status: 'signed-in', ...staffSession('admin') };
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  await removePacks();
});

describe('the QR code page', () => {
  it('signs a code for the chosen form with what the admin filled in, shows the link and the code, and saves it as SVG', async () => {
    const server = fakeServer({ 'POST /api/staff/qr-codes': () => ({ status: 201, body: { url: signedUrl, kid: 'kid-1' } }) });
    const saved: Blob[] = [];
    // A fragment URL, because happy-dom would follow a blob: link away from the page.
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);
      return '#saved';
    });
    await renderStaff(<QrCodesScreen />, { path: '/staff/qr-codes' });
    const form = await screen.findByLabelText<HTMLSelectElement>('申請フォーム');
    await waitFor(() => expect(form.options.length).toBeGreaterThan(1));
    fireEvent.change(form, { target: { value: 'road-light-report' } });
    fireEvent.input(await screen.findByLabelText('街灯の番号'), { target: { value: 'IW-12345' } });
    // Only the fields a code may fill in are offered: no name, no phone.
    expect(screen.queryByLabelText(/電話番号/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '署名して作る' }));

    expect(((await screen.findByLabelText('QR コードのリンク')) as HTMLInputElement).value).toBe(signedUrl);
    expect(screen.getByRole('img', { name: 'road-light-report を開く QR コード' })).toBeTruthy();
    expect(server.find('POST', '/api/staff/qr-codes')[0]?.body).toEqual({ formId: 'road-light-report', prefill: { lightNumber: 'IW-12345' } });
    expect(server.find('POST', '/api/staff/qr-codes')[0]?.headers.get('x-csrf-token')).toBe(staffSession().csrfToken);

    fireEvent.click(screen.getByRole('button', { name: 'SVG で保存' }));
    expect(saved).toHaveLength(1);
    expect(saved[0]?.type).toBe('image/svg+xml');
    expect(await saved[0]?.text()).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('explains a refusal from the server in words', async () => {
    fakeServer({ 'POST /api/staff/qr-codes': () => ({ status: 409, body: { error: { code: 'qr_key_mismatch', message: 'x' } } }) });
    await renderStaff(<QrCodesScreen />, { path: '/staff/qr-codes' });
    const form = await screen.findByLabelText<HTMLSelectElement>('申請フォーム');
    await waitFor(() => expect(form.options.length).toBeGreaterThan(1));
    fireEvent.change(form, { target: { value: 'opinion' } });
    fireEvent.click(screen.getByRole('button', { name: '署名して作る' }));
    expect(await screen.findByText(/配信中のコンテンツパックには別の QR 鍵が入っています/)).toBeTruthy();
    expect(screen.queryByLabelText('QR コードのリンク')).toBeNull();
  });

  it('is in the menu for administrators only', async () => {
    const text = await staffText('ja');
    const nav = (role: 'admin' | 'staff') => render(
      <LocationProvider><StaffTextProvider value={text}><StaffNav user={{ username: 'tanaka', role }} route={{ name: 'home' }} /></StaffTextProvider></LocationProvider>,
    );
    nav('admin');
    expect(screen.getByRole('link', { name: 'QR コード' }).getAttribute('href')).toBe('/staff/qr-codes');
    cleanup();
    nav('staff');
    expect(screen.queryByRole('link', { name: 'QR コード' })).toBeNull();
  });
});
