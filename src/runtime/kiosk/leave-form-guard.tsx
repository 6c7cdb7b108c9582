import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useT } from '../../i18n';
import { forgetMemoryDrafts, memoryDraftsHaveAnswers } from '../drafts/draft-keeper';
import './kiosk.css';

const isFormPath = (path: string) => path.startsWith('/f/');

/**
 * On a kiosk a half-filled form belongs to the person who typed it. However the form
 * is left (a link, the search box, the attract loop), its answers are forgotten, so
 * the next person is never offered them; a link first asks whether to throw them away.
 */
export function LeaveFormGuard() {
  const t = useT();
  const { path, route } = useLocation();
  const [target, setTarget] = useState<string | undefined>();
  const dialog = useRef<HTMLDialogElement>(null);
  const previous = useRef(path);

  useEffect(() => {
    if (isFormPath(previous.current) && previous.current !== path) forgetMemoryDrafts();
    previous.current = path;
  }, [path]);

  useEffect(() => {
    if (!isFormPath(path)) return;
    // Capture, before the router (a window listener) turns the click into a navigation.
    const onClick = (e: MouseEvent) => {
      if (e.button !== 0 || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
      const link = (e.target as Element | null)?.closest<HTMLAnchorElement>('a[href]');
      if (!link || link.getAttribute('href')?.startsWith('#')) return;
      const url = new URL(link.href, location.href);
      if (url.origin !== location.origin || url.pathname === path || !memoryDraftsHaveAnswers()) return;
      e.preventDefault();
      e.stopPropagation();
      setTarget(url.pathname + url.search);
    };
    document.addEventListener('click', onClick, { capture: true });
    return () => document.removeEventListener('click', onClick, { capture: true });
  }, [path]);

  useEffect(() => { if (target) dialog.current?.showModal(); }, [target]);
  if (!target) return null;
  const leave = () => {
    forgetMemoryDrafts();
    setTarget(undefined);
    route(target);
  };
  return (
    <dialog ref={dialog} class="handoff-dialog leave-form-dialog" aria-labelledby="leave-form-title" onClose={() => setTarget(undefined)}>
      <h2 id="leave-form-title">{t('kiosk.leaveFormTitle')}</h2>
      <p>{t('kiosk.leaveFormBody')}</p>
      <div class="cluster idle-warning__actions">
        <button type="button" class="button button--primary leave-form-dialog__stay" onClick={() => dialog.current?.close()}>{t('kiosk.leaveFormStay')}</button>
        <button type="button" class="button leave-form-dialog__leave" onClick={leave}>{t('kiosk.leaveFormLeave')}</button>
      </div>
    </dialog>
  );
}
