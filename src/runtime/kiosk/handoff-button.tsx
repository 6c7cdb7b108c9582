import { useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { currentLanguage, useT } from '../../i18n';
import { deviceKind } from '../../config/device';
import { QrCode } from '../../ui/qr-code';
import { handoffUrl } from '../../lib/handoff/handoff-params';
import { displayModes } from '../display/display-modes';
import './kiosk.css';

/**
 * "Continue on your phone": the same page as a QR code, with the citizen's language and
 * display modes so the phone shows it the same way. Only the path goes into it, never the
 * query (a prefill or a search could carry what the citizen typed).
 */
export function HandoffButton() {
  const t = useT();
  const { path } = useLocation();
  const dialog = useRef<HTMLDialogElement>(null);
  if (deviceKind.value !== 'kiosk') return null;
  const url = handoffUrl(location.origin, path, { language: currentLanguage.value, modes: displayModes.value });
  return (
    <>
      <button type="button" class="button handoff-button" onClick={() => dialog.current?.showModal()}>{t('kiosk.handoff')}</button>
      <dialog ref={dialog} class="handoff-dialog" aria-labelledby="handoff-title">
        <h2 id="handoff-title">{t('kiosk.handoffTitle')}</h2>
        <p>{t('kiosk.handoffBody')}</p>
        <QrCode text={url} label={url} />
        <p>{url}</p>
        <button type="button" class="button button--primary" onClick={() => dialog.current?.close()}>{t('kiosk.close')}</button>
      </dialog>
    </>
  );
}
