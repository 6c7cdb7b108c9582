import type { TFunction } from 'i18next';
import type { CameraChoice } from './camera-choice';
import type { CameraControls } from './use-camera';

/** The label of a camera button: front / rear where known, a number otherwise. */
function choiceLabel(choice: CameraChoice, t: TFunction<'forms'>): string {
  if ('number' in choice.name) return t('qr.cameraNumbered', { number: choice.name.number });
  return choice.name.facing === 'rear' ? t('qr.cameraRear') : t('qr.cameraFront');
}

/**
 * Start / stop (or try again), which camera, and the light. The first button is one
 * element whose label changes, so the focus stays on it when the camera starts or
 * fails; the camera buttons stay while a new camera opens, for the same reason.
 */
export function CameraButtons({ camera, t }: { camera: CameraControls; t: TFunction<'forms'> }) {
  const { status } = camera.state;
  const on = status === 'starting' || status === 'live';
  return (
    <div class="cluster scan__controls">
      <button
        type="button"
        class={status === 'off' ? 'button button--primary scan__start' : 'button'}
        onClick={() => (on ? camera.stop() : camera.start())}
      >
        {on ? t('qr.stopCamera') : status === 'failed' ? t('qr.retryCamera') : t('qr.startCamera')}
      </button>
      {on && camera.choices.length > 1 && (
        <div class="cluster" role="group" aria-label={t('qr.cameraChoice')}>
          {camera.choices.map((choice) => (
            <button
              key={choice.deviceId}
              type="button"
              class="button"
              aria-pressed={choice.deviceId === camera.deviceId}
              onClick={() => camera.start({ deviceId: choice.deviceId })}
            >
              {choiceLabel(choice, t)}
            </button>
          ))}
        </div>
      )}
      {status === 'live' && camera.torch.available && (
        <button type="button" class="button" aria-pressed={camera.torch.on} onClick={camera.toggleTorch}>
          {t('qr.torch')}
        </button>
      )}
    </div>
  );
}
