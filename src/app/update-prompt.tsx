import { useState } from 'preact/hooks';
import { useT } from '../i18n';
import { deviceKind } from '../config/device';
import { applyUpdate, updateReady } from './register-sw';
import './update-prompt.css';

/** Phones are asked before updating; kiosks never see this (they update at idle wipe). */
export function UpdatePrompt() {
  const t = useT();
  const [dismissed, setDismissed] = useState(false);
  if (!updateReady.value || dismissed || deviceKind.value !== 'phone') return null;
  return (
    <div class="update-prompt" role="status">
      <p>{t('update.ready')}</p>
      <div class="cluster">
        <button type="button" class="button button--primary" onClick={applyUpdate}>{t('update.apply')}</button>
        <button type="button" class="button" onClick={() => setDismissed(true)}>{t('update.later')}</button>
      </div>
    </div>
  );
}
