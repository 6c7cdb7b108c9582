import type { QrRefusalReason } from '../../../contract/qr/qr-payload';
import type { CameraState } from './use-camera';

/** The key of the `forms` strings the status line shows, and whether it is a problem. */
export interface CameraStatus {
  key:
    | 'qr.starting' | 'qr.scan' | 'qr.readerFailed' | 'qr.cameraDenied' | 'qr.noCamera'
    | `qr.refused.${QrRefusalReason}`;
  tone: 'info' | 'problem';
}

/**
 * One line under the picture says what is going on; it is a live region, so a
 * screen-reader user hears the camera start, a code refused, the camera missing.
 * A refusal stays until another code is read: the citizen needs time to read it.
 */
export function cameraStatus(state: CameraState, decoderFailed: boolean, refusal: QrRefusalReason | undefined): CameraStatus | undefined {
  switch (state.status) {
    case 'off':
      return undefined;
    case 'starting':
      return { key: 'qr.starting', tone: 'info' };
    case 'failed':
      return { key: state.reason === 'denied' ? 'qr.cameraDenied' : 'qr.noCamera', tone: 'problem' };
    case 'live':
      if (decoderFailed) return { key: 'qr.readerFailed', tone: 'problem' };
      if (refusal) return { key: `qr.refused.${refusal}`, tone: 'problem' };
      return { key: 'qr.scan', tone: 'info' };
  }
}
