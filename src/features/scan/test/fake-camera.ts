import { vi } from 'vitest';
import type { CameraApi, CameraRequest } from '../camera';
import type { QrReader } from '../qr-reader';

/** A camera track that records what was done to it. */
export function fakeTrack(deviceId: string, options: { torch?: boolean } = {}) {
  return {
    kind: 'video',
    stop: vi.fn(),
    addEventListener: vi.fn(),
    getSettings: () => ({ deviceId }),
    getCapabilities: () => (options.torch ? { torch: true } : {}),
    applyConstraints: vi.fn(async () => undefined),
  };
}
export type FakeTrack = ReturnType<typeof fakeTrack>;

/** A MediaStream to the video element (happy-dom checks the type) whose tracks are fakes. */
export function fakeStream(track: Pick<FakeTrack, 'stop'> & Partial<FakeTrack>): MediaStream {
  const stream = { getTracks: () => [track], getVideoTracks: () => [track] };
  return Object.setPrototypeOf(stream, MediaStream.prototype) as MediaStream;
}

/**
 * getUserMedia and enumerateDevices, scripted: `fail` makes the next open reject
 * with that DOMException name. Every track handed out is kept, to check it was stopped.
 */
export function fakeCamera(devices: Array<{ deviceId: string; label: string }> = [{ deviceId: 'cam-0', label: 'Back Camera' }], options: { torch?: boolean } = {}) {
  const tracks: FakeTrack[] = [];
  const requests: CameraRequest[] = [];
  let fail: string | undefined;
  const api: CameraApi = {
    open: vi.fn(async (request: CameraRequest) => {
      requests.push(request);
      if (fail) throw new DOMException('scripted', fail);
      const deviceId = 'deviceId' in request ? request.deviceId : devices[0]?.deviceId ?? 'none';
      const track = fakeTrack(deviceId, options);
      tracks.push(track);
      return fakeStream(track);
    }),
    list: async () => devices.map((d) => ({ ...d, kind: 'videoinput', groupId: '', toJSON: () => d }) as MediaDeviceInfo),
  };
  return { api, tracks, requests, failNextWith: (name: string) => { fail = name; } };
}

/** A decoder that reads whatever the test shows it. */
export function stubReader() {
  let emit: ((text: string) => void) | undefined;
  const stop = vi.fn(() => { emit = undefined; });
  const reader: QrReader = {
    start: (_video, onText) => {
      emit = onText;
      return stop;
    },
  };
  return {
    load: vi.fn(async () => reader),
    /** The camera sees a code; false when no decoder is running. */
    show: (text: string) => (emit ? (emit(text), true) : false),
    running: () => emit !== undefined,
    stop,
  };
}
