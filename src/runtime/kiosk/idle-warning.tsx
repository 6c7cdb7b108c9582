import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../../i18n';
import './kiosk.css';

/** The large "are you still there?" warning with its countdown; any touch continues. */
export function IdleWarning({ seconds, onContinue, onEnd }: { seconds: number; onContinue: () => void; onEnd: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
    return () => dialog.current?.close();
  }, []);
  return (
    <dialog ref={dialog} class="idle-warning" aria-labelledby="idle-title" aria-describedby="idle-body" onCancel={(e) => { e.preventDefault(); onContinue(); }}>
      <h2 id="idle-title">{t('kiosk.idleTitle')}</h2>
      <p class="idle-warning__count" aria-hidden="true">{seconds}</p>
      <p id="idle-body" aria-live="polite">{t('kiosk.idleBody', { seconds })}</p>
      <div class="cluster idle-warning__actions">
        <button type="button" class="button button--primary idle-warning__continue" onClick={onContinue}>{t('kiosk.continue')}</button>
        <button type="button" class="button" onClick={onEnd}>{t('kiosk.endNow')}</button>
      </div>
    </dialog>
  );
}
