import { useState } from 'preact/hooks';
import { StaffIcon } from '../ui/staff-icon';
import { useStaffText } from '../ui/staff-text';
import { KEY_IDLE_MS, keysDroppedIdle } from './idle-key-wipe';
import { addKeys, clearKeys, importKeyFile, keyRing } from './key-ring';

/**
 * Where staff give the console their department's private key: read from a file into
 * memory as a non-extractable CryptoKey. Nothing is uploaded or stored.
 */
export function KeysPanel() {
  const { t } = useStaffText();
  const [message, setMessage] = useState<{ error: boolean; text: string } | undefined>();
  const loaded = [...keyRing.value.keys()].sort();

  async function onFiles(input: HTMLInputElement) {
    const files = [...(input.files ?? [])];
    // Cleared at once so the same file can be chosen again and no file handle lingers.
    input.value = '';
    const imported: string[] = [];
    for (const file of files) {
      const result = await importKeyFile(await file.text());
      if (!result.ok) {
        setMessage({ error: true, text: t(`keys.problems.${result.error}`, { file: file.name }) });
        return;
      }
      addKeys(result.value);
      keysDroppedIdle.value = false;
      imported.push(...result.value.map((k) => k.keyId));
    }
    if (imported.length > 0) setMessage({ error: false, text: t('keys.imported', { keyIds: imported.join('、') }) });
  }

  return (
    <section class="card stack staff-keys" aria-labelledby="staff-keys-title">
      <h2 id="staff-keys-title"><StaffIcon name="key" /> {t('keys.title')}</h2>
      <p>{t('keys.intro')}</p>
      <div class="staff-field">
        <label for="staff-key-file">{t('keys.fileLabel')}</label>
        <input id="staff-key-file" type="file" accept=".jwk,.json,application/json" multiple
          onChange={(e) => void onFiles(e.currentTarget)} />
      </div>
      <div role="status" aria-live="polite">
        {message && <p class={message.error ? 'staff-error' : 'staff-success'}>{message.text}</p>}
      </div>
      {keysDroppedIdle.value && loaded.length === 0 && (
        <p class="staff-warning" role="status">{t('keys.droppedIdle', { minutes: KEY_IDLE_MS / 60_000 })}</p>
      )}
      <h3>{t('keys.loadedTitle')}</h3>
      {loaded.length === 0 ? (
        <p>{t('keys.none')}</p>
      ) : (
        <ul class="staff-keys__list">
          {loaded.map((keyId) => <li key={keyId}><StaffIcon name="ok" /> <code>{keyId}</code></li>)}
        </ul>
      )}
      {loaded.length > 0 && (
        <button type="button" class="button" onClick={() => { clearKeys(); setMessage(undefined); }}>{t('keys.forget')}</button>
      )}
    </section>
  );
}
