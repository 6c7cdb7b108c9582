import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { initI18n, loadNamespace, tFor } from '../../i18n';
import { bytesToBase64Url } from '../../../contract/qr/base64url';
import { createFormQrUrl } from '../../../contract/qr/qr-signature';
import { realForms } from '../../lib/forms/test/real-forms';
import { ScanView } from './scan-view';
import type { ScanForm } from './use-scan-forms';
import { fakeCamera, fakeStream, stubReader } from './test/fake-camera';

const origin = 'https://madoguchi.example.jp';
const forms: ScanForm[] = realForms.map((def) => ({
  entry: { id: def.id, title: def.title, description: def.description, department: def.department.name, kioskAllowed: def.kioskAllowed },
  qr: def,
}));
const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
const qrKey = await crypto.subtle.exportKey('jwk', pair.publicKey);
const lightUrl = await createFormQrUrl(origin, 'road-light-report', { lightNumber: 'IW-12345' }, pair.privateKey);
/** The same words under 64 random bytes instead of the city's signature. */
const forgedUrl = lightUrl.replace(/sig=[\w-]+$/, `sig=${bytesToBase64Url(crypto.getRandomValues(new Uint8Array(64)))}`);

beforeAll(async () => {
  await initI18n('ja');
  await loadNamespace('forms', ['ja']);
});
afterEach(cleanup);

const t = () => tFor('ja', 'forms');
const status = () => screen.getByRole('status');

function setUp({ kiosk = false, camera = fakeCamera(), reader = stubReader() } = {}) {
  const navigate = vi.fn();
  const view = render(
    <ScanView forms={forms} qrKey={qrKey} origin={origin} navigate={navigate} camera={camera.api} loadReader={reader.load} autoStart={kiosk} t={t()} />,
  );
  return { navigate, camera, reader, view };
}

/** The picture starts showing frames, as a real video does some time after the stream arrives. */
async function pictureArrives(): Promise<void> {
  const video = await waitFor(() => {
    const element = document.querySelector<HTMLVideoElement>('video.scan__video');
    if (!element) throw new Error('no picture yet');
    return element;
  });
  Object.defineProperty(video, 'videoWidth', { configurable: true, value: 640 });
  fireEvent(video, new Event('playing'));
}

async function startOnPhone(reader = stubReader(), camera = fakeCamera()) {
  const scan = setUp({ reader, camera });
  fireEvent.click(screen.getByRole('button', { name: 'カメラを起動する' }));
  await pictureArrives();
  await waitFor(() => expect(reader.running()).toBe(true));
  return scan;
}

describe('the scan screen with the camera', () => {
  it('asks a phone for the camera only after the citizen taps, and a kiosk at once', async () => {
    const phone = setUp();
    expect(phone.camera.api.open).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'カメラを起動する' }));
    await waitFor(() => expect(phone.camera.api.open).toHaveBeenCalledWith({ facing: 'environment' }));
    cleanup();

    const kiosk = setUp({ kiosk: true });
    await waitFor(() => expect(kiosk.camera.api.open).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('button', { name: 'カメラを起動する' })).toBeNull();
  });

  it('keeps the focus on the camera button as it turns from start into stop, and into try again', async () => {
    const camera = fakeCamera();
    setUp({ camera });
    const button = screen.getByRole('button', { name: 'カメラを起動する' });
    button.focus();
    fireEvent.click(button);
    await waitFor(() => expect(button.textContent).toBe(t()('qr.stopCamera')));
    expect(document.activeElement).toBe(button);

    camera.failNextWith('NotReadableError');
    fireEvent.click(button); // stop
    fireEvent.click(button); // start again, and the camera is busy elsewhere
    await waitFor(() => expect(button.textContent).toBe(t()('qr.retryCamera')));
    expect(document.activeElement).toBe(button);
    expect(status().textContent).toBe(t()('qr.noCamera'));
  });

  it('describes the picture and says what to do, and loads the decoder only once there is a picture', async () => {
    const reader = stubReader();
    setUp({ kiosk: true, reader });
    expect(await screen.findByRole('img', { name: t()('qr.preview') })).toBeTruthy();
    expect(reader.load).not.toHaveBeenCalled();
    await pictureArrives();
    await waitFor(() => expect(reader.running()).toBe(true));
    expect(status().textContent).toBe(t()('qr.scan'));
  });

  it('opens the form of a valid code once, with its prefill as printed', async () => {
    const { navigate, reader } = await startOnPhone();
    act(() => { reader.show(lightUrl); });
    act(() => { reader.show(lightUrl); });
    await waitFor(() => expect(navigate).toHaveBeenCalledWith(lightUrl.slice(origin.length)));
    act(() => { reader.show(lightUrl); });
    await new Promise((r) => setTimeout(r, 50));
    expect(navigate).toHaveBeenCalledTimes(1);
  });

  it('refuses a code with a forged signature, says why, opens nothing and keeps reading', async () => {
    const { navigate, reader } = await startOnPhone();
    act(() => { reader.show(forgedUrl); });
    await waitFor(() => expect(status().textContent).toBe(t()('qr.refused.bad-signature')));
    expect(navigate).not.toHaveBeenCalled();
    expect(reader.running()).toBe(true);
  });

  it('refuses a javascript: code and another site, says why, opens nothing and keeps reading', async () => {
    const { navigate, reader } = await startOnPhone();
    act(() => { reader.show('javascript:alert(1)'); });
    await waitFor(() => expect(status().textContent).toBe(t()('qr.refused.bad-scheme')));
    act(() => { reader.show('https://evil.example/f/opinion'); });
    await waitFor(() => expect(status().textContent).toBe(t()('qr.refused.other-origin')));
    expect(navigate).not.toHaveBeenCalled();
    expect(reader.stop).not.toHaveBeenCalled();
    expect(reader.running()).toBe(true);

    act(() => { reader.show(`${origin}/f/opinion`); });
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('/f/opinion'));
  });

  it('explains a refused camera and leaves the typed address working', async () => {
    const camera = fakeCamera();
    camera.failNextWith('NotAllowedError');
    const { navigate } = setUp({ camera });
    fireEvent.click(screen.getByRole('button', { name: 'カメラを起動する' }));
    await waitFor(() => expect(status().textContent).toBe(t()('qr.cameraDenied')));
    expect(screen.getByRole('button', { name: t()('qr.retryCamera') })).toBeTruthy();

    fireEvent.input(screen.getByRole('textbox', { name: t()('qr.manualLabel') }), { target: { value: `${origin}/f/opinion` } });
    fireEvent.click(screen.getByRole('button', { name: t()('qr.manualSubmit') }));
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('/f/opinion'));
  });

  it('says there is no camera when the device has none', async () => {
    const camera = fakeCamera([]);
    camera.failNextWith('NotFoundError');
    setUp({ camera, kiosk: true });
    await waitFor(() => expect(status().textContent).toBe(t()('qr.noCamera')));
  });

  it('says so when the camera goes away mid-scan, and a new try asks for any camera', async () => {
    const camera = fakeCamera([{ deviceId: 'back', label: 'Back Camera' }, { deviceId: 'usb', label: 'USB Camera' }]);
    const { reader } = await startOnPhone(stubReader(), camera);
    fireEvent.click(await screen.findByRole('button', { name: t()('qr.cameraNumbered', { number: 1 }) }));
    await waitFor(() => expect(camera.tracks).toHaveLength(2));
    await pictureArrives();
    const ended = camera.tracks[1]?.addEventListener.mock.calls.find(([type]) => type === 'ended')?.[1] as (() => void) | undefined;
    act(() => ended?.()); // the USB camera is unplugged
    expect(status().textContent).toBe(t()('qr.noCamera'));
    expect(reader.running()).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: t()('qr.retryCamera') }));
    await waitFor(() => expect(camera.requests).toHaveLength(3));
    expect(camera.requests.at(-1)).toEqual({ facing: 'environment' });
  });

  it('clears a refusal when the camera is started again', async () => {
    const { reader } = await startOnPhone();
    act(() => { reader.show('javascript:alert(1)'); });
    await waitFor(() => expect(status().textContent).toBe(t()('qr.refused.bad-scheme')));
    fireEvent.click(screen.getByRole('button', { name: t()('qr.stopCamera') }));
    fireEvent.click(screen.getByRole('button', { name: t()('qr.startCamera') }));
    await pictureArrives();
    await waitFor(() => expect(status().textContent).toBe(t()('qr.scan')));
  });

  it('stops the camera and the decoder when the screen is left', async () => {
    const { camera, reader, view } = await startOnPhone();
    act(() => { view.unmount(); });
    expect(camera.tracks[0]?.stop).toHaveBeenCalled();
    expect(reader.stop).toHaveBeenCalled();
  });

  it('stops a camera that arrives after the screen was left', async () => {
    let resolve: ((s: MediaStream) => void) | undefined;
    const camera = fakeCamera();
    const track = { stop: vi.fn() };
    camera.api.open = () => new Promise<MediaStream>((r) => { resolve = r; });
    const { view } = setUp({ camera });
    fireEvent.click(screen.getByRole('button', { name: 'カメラを起動する' }));
    act(() => { view.unmount(); });
    await act(async () => resolve?.(fakeStream(track)));
    expect(track.stop).toHaveBeenCalled();
  });

  it('stops the camera while the page is hidden and starts it again when shown', async () => {
    const { camera } = await startOnPhone();
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => { document.dispatchEvent(new Event('visibilitychange')); });
    expect(camera.tracks[0]?.stop).toHaveBeenCalled();
    visibility.mockReturnValue('visible');
    act(() => { document.dispatchEvent(new Event('visibilitychange')); });
    await waitFor(() => expect(camera.tracks).toHaveLength(2));
    visibility.mockRestore();
  });

  it('offers rear and front cameras and the light where the device has them', async () => {
    const camera = fakeCamera([{ deviceId: 'back', label: 'camera2 0, facing back' }, { deviceId: 'front', label: 'camera2 1, facing front' }], { torch: true });
    await startOnPhone(stubReader(), camera);
    const rear = await screen.findByRole('button', { name: t()('qr.cameraRear') });
    expect(rear.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: t()('qr.cameraFront') }));
    await waitFor(() => expect(camera.requests.at(-1)).toEqual({ deviceId: 'front' }));
    expect(camera.tracks[0]?.stop).toHaveBeenCalled();

    await pictureArrives();
    const light = await screen.findByRole('button', { name: t()('qr.torch') });
    fireEvent.click(light);
    await waitFor(() => expect(light.getAttribute('aria-pressed')).toBe('true'));
    expect(camera.tracks[1]?.applyConstraints).toHaveBeenCalledWith({ advanced: [{ torch: true }] });
  });

  it('offers no camera choice or light on a device with one plain camera', async () => {
    await startOnPhone();
    expect(screen.queryByRole('group', { name: t()('qr.cameraChoice') })).toBeNull();
    expect(screen.queryByRole('button', { name: t()('qr.torch') })).toBeNull();
  });
});

describe('the scan screen without the camera', () => {
  const typeAndOpen = (text: string) => {
    fireEvent.input(screen.getByRole('textbox', { name: t()('qr.manualLabel') }), { target: { value: text } });
    fireEvent.click(screen.getByRole('button', { name: t()('qr.manualSubmit') }));
  };

  it('opens a typed address of one of our forms, prefill included', async () => {
    const { navigate } = setUp();
    typeAndOpen(lightUrl);
    await waitFor(() => expect(navigate).toHaveBeenCalledWith(lightUrl.slice(origin.length)));
  });

  it('refuses a typed address with a forged signature next to the field', async () => {
    const { navigate } = setUp();
    typeAndOpen(forgedUrl);
    await waitFor(() => expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain(t()('qr.refused.bad-signature')));
    expect(navigate).not.toHaveBeenCalled();
  });

  it('refuses a typed data: address, says why next to the field, and opens nothing', async () => {
    const { navigate } = setUp();
    typeAndOpen('data:text/html,<script>alert(1)</script>');
    const field = screen.getByRole('textbox', { name: t()('qr.manualLabel') });
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(navigate).not.toHaveBeenCalled();
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain(t()('qr.refused.bad-scheme'));
  });

  it('asks for an address when the field is empty', () => {
    const { navigate } = setUp();
    typeAndOpen('   ');
    expect(navigate).not.toHaveBeenCalled();
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain(t()('qr.manualRequired'));
  });

  it('opens a form picked from the list, with nothing filled in', async () => {
    const { navigate } = setUp();
    fireEvent.click(screen.getByRole('button', { name: t()('qr.pickFormOpen') }));
    expect(navigate).not.toHaveBeenCalled();
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain(t()('qr.pickFormRequired'));

    const picker = screen.getByRole('combobox', { name: t()('qr.pickForm') });
    expect(screen.getByRole('option', { name: '道路・街灯の不具合通報' })).toBeTruthy();
    fireEvent.change(picker, { target: { value: 'road-light-report' } });
    fireEvent.click(screen.getByRole('button', { name: t()('qr.pickFormOpen') }));
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('/f/road-light-report'));
  });
});
