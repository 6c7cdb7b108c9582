/**
 * The camera buttons a citizen is offered: "front" and "rear" where the device says
 * which way a camera faces, a number for the others. A phone that lists three rear
 * lenses (wide, ultra-wide, tele) still gets one "rear" button: the first, which
 * is the main camera on the phones we know, and the one a QR code wants.
 */
export type Facing = 'front' | 'rear';
export interface CameraChoice {
  deviceId: string;
  /** Known facing, or a 1-based number among the cameras whose facing is unknown. */
  name: { facing: Facing } | { number: number };
}

/** What a video input says about itself. InputDeviceInfo has getCapabilities in Chromium; labels help elsewhere. */
export interface CameraInfo {
  deviceId: string;
  label: string;
  getCapabilities?: () => { facingMode?: string[] };
}

export function cameraFacing(camera: CameraInfo): Facing | undefined {
  let modes: string[] = [];
  try {
    modes = camera.getCapabilities?.().facingMode ?? [];
  } catch {
    // Some browsers throw before permission is granted; the label is the fallback.
  }
  if (modes.includes('environment')) return 'rear';
  if (modes.includes('user')) return 'front';
  // Android: "camera2 0, facing back"; iOS in English: "Back Camera"; Windows tablets: "Rear".
  if (/\b(back|rear|environment)\b/i.test(camera.label)) return 'rear';
  if (/\b(front|user|facetime)\b/i.test(camera.label)) return 'front';
  return undefined;
}

export function cameraChoices(cameras: readonly CameraInfo[]): CameraChoice[] {
  const choices: CameraChoice[] = [];
  const seen = new Set<Facing>();
  let unknown = 0;
  for (const camera of cameras) {
    if (!camera.deviceId) continue; // before permission, Safari lists nameless devices
    const facing = cameraFacing(camera);
    if (facing === undefined) choices.push({ deviceId: camera.deviceId, name: { number: ++unknown } });
    else if (!seen.has(facing)) {
      seen.add(facing);
      choices.push({ deviceId: camera.deviceId, name: { facing } });
    }
  }
  // Rear first: it is the one that reads a notice held in front of the phone.
  return choices.sort((a, b) => rank(a) - rank(b));
}

const rank = (c: CameraChoice) => ('facing' in c.name ? (c.name.facing === 'rear' ? 0 : 1) : 2);
