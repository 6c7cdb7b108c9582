import { describe, expect, it } from 'vitest';
import { cameraChoices, cameraFacing, type CameraInfo } from './camera-choice';

const cam = (deviceId: string, label: string, facingMode?: string[]): CameraInfo =>
  ({ deviceId, label, ...(facingMode ? { getCapabilities: () => ({ facingMode }) } : {}) });

describe('which way a camera faces', () => {
  it('trusts what the camera reports over its name', () => {
    expect(cameraFacing(cam('a', 'Front', ['environment']))).toBe('rear');
    expect(cameraFacing(cam('a', '', ['user']))).toBe('front');
  });

  it('reads the usual names when the camera reports nothing', () => {
    expect(cameraFacing(cam('a', 'camera2 0, facing back'))).toBe('rear');
    expect(cameraFacing(cam('a', 'Back Camera'))).toBe('rear');
    expect(cameraFacing(cam('a', 'camera2 1, facing front'))).toBe('front');
    expect(cameraFacing(cam('a', 'FaceTime HD Camera'))).toBe('front');
    expect(cameraFacing(cam('a', 'USB2.0 HD UVC WebCam'))).toBeUndefined();
  });

  it('falls back to the name when asking the camera throws', () => {
    const camera: CameraInfo = { deviceId: 'a', label: 'Back Camera', getCapabilities: () => { throw new Error('not yet'); } };
    expect(cameraFacing(camera)).toBe('rear');
  });
});

describe('the camera buttons', () => {
  it('offers one rear and one front camera on a phone with several rear lenses, rear first', () => {
    const choices = cameraChoices([
      cam('f', 'camera2 1, facing front'),
      cam('r0', 'camera2 0, facing back'),
      cam('r2', 'camera2 2, facing back'),
    ]);
    expect(choices).toEqual([
      { deviceId: 'r0', name: { facing: 'rear' } },
      { deviceId: 'f', name: { facing: 'front' } },
    ]);
  });

  it('numbers the cameras of a kiosk that cannot tell which way they face', () => {
    expect(cameraChoices([cam('u1', 'USB Camera'), cam('u2', 'Document Camera')])).toEqual([
      { deviceId: 'u1', name: { number: 1 } },
      { deviceId: 'u2', name: { number: 2 } },
    ]);
  });

  it('skips the nameless devices listed before permission is granted', () => {
    expect(cameraChoices([cam('', ''), cam('', '')])).toEqual([]);
  });
});
