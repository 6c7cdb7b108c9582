import type { TFunction } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import type { QrRefusalReason } from '../../../contract/qr/qr-payload';
import { Icon } from '../../ui/icon';
import type { CameraApi } from './camera';
import { CameraButtons } from './camera-buttons';
import { CameraPreview } from './camera-preview';
import { cameraStatus } from './camera-status';
import type { QrReaderLoader } from './qr-reader';
import { useCamera } from './use-camera';
import { useQrDecoding } from './use-qr-decoding';

interface CameraPanelProps {
  camera: CameraApi;
  loadReader: QrReaderLoader;
  /** Kiosks start the camera at once; a phone asks for it only when the citizen taps. */
  autoStart: boolean;
  /** Acts on a text read by the camera; returns why it was refused, or undefined when it opened a form. */
  decide: (text: string) => Promise<QrRefusalReason | undefined>;
  t: TFunction<'forms'>;
}

/** The picture, the status line under it and the camera's buttons. */
export function CameraPanel({ camera: api, loadReader, autoStart, decide, t }: CameraPanelProps) {
  const camera = useCamera(api, autoStart);
  const [video, setVideo] = useState<HTMLVideoElement | null>(null);
  const [refusal, setRefusal] = useState<QrRefusalReason>();
  const decoding = useQrDecoding(video, camera.state.status === 'live', loadReader, (text) => { void decide(text).then(setRefusal); });
  const { state } = camera;
  // A refusal belongs to what the camera saw last; a restarted camera starts clean.
  useEffect(() => { if (state.status === 'starting') setRefusal(undefined); }, [state.status]);
  const status = cameraStatus(state, decoding.failed, refusal);

  return (
    <div class="scan__camera">
      {state.status === 'live' ? (
        <CameraPreview stream={state.stream} label={t('qr.preview')} onPlaying={setVideo} />
      ) : state.status !== 'failed' ? (
        <div class="scan__preview scan__preview--idle" aria-hidden="true">
          <span class="scan__placeholder-icon"><Icon name="scan" size="100%" /></span>
        </div>
      ) : null}
      <p class={`scan__status${status?.tone === 'problem' ? ' scan__status--problem' : ''}`} role="status">
        {status ? t(status.key) : ''}
      </p>
      <CameraButtons camera={camera} t={t} />
    </div>
  );
}
