/**
 * The camera, as the scan screen needs it: open a stream, list the cameras, switch
 * the torch, stop everything. Failures come back as a reason the screen explains,
 * never as an exception thrown into a component.
 */

/** Why there is no picture: the citizen (or a policy) said no, or there is no usable camera. */
export type CameraFailure = 'denied' | 'unavailable';

/** Which camera to open: one the citizen picked, or by default the one facing away from them. */
export type CameraRequest = { deviceId: string } | { facing: 'environment' | 'user' };

export interface CameraApi {
  open(request: CameraRequest): Promise<MediaStream>;
  /** Video inputs; labels and facing are only known once a stream has been granted. */
  list(): Promise<MediaDeviceInfo[]>;
}

export const browserCamera: CameraApi = {
  open(request) {
    // Missing outside a secure context (plain http on a LAN address) and in old browsers.
    if (!navigator.mediaDevices?.getUserMedia) return Promise.reject(new DOMException('no mediaDevices', 'NotSupportedError'));
    const choice = 'deviceId' in request ? { deviceId: { exact: request.deviceId } } : { facingMode: { ideal: request.facing } };
    // A QR code of a notice is small: ask for a sharp picture, take what the camera has.
    return navigator.mediaDevices.getUserMedia({ audio: false, video: { ...choice, width: { ideal: 1280 }, height: { ideal: 720 } } });
  },
  async list() {
    if (!navigator.mediaDevices?.enumerateDevices) return [];
    return (await navigator.mediaDevices.enumerateDevices()).filter((d) => d.kind === 'videoinput');
  },
};

/** NotAllowedError is a refusal (by the citizen or a permissions policy); anything else means no usable camera. */
export function cameraFailure(error: unknown): CameraFailure {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  return name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'unavailable';
}

export function stopStream(stream: MediaStream | undefined): void {
  stream?.getTracks().forEach((track) => track.stop());
}

/** `torch` is in the Image Capture spec, not yet in TypeScript's DOM types. */
interface TorchCapabilities { torch?: boolean }

export function supportsTorch(track: MediaStreamTrack | undefined): boolean {
  const capabilities = track?.getCapabilities?.() as (MediaTrackCapabilities & TorchCapabilities) | undefined;
  return capabilities?.torch === true;
}

/** Resolves false when the camera would not switch its light (the control then stays as it was). */
export async function setTorch(track: MediaStreamTrack, on: boolean): Promise<boolean> {
  try {
    await track.applyConstraints({ advanced: [{ torch: on } as MediaTrackConstraintSet] });
    return true;
  } catch {
    return false;
  }
}
