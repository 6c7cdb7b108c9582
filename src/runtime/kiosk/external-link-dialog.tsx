import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { QrCode } from '../../ui/qr-code';

/**
 * A kiosk never leaves the app: a link to another site opens this dialog with the
 * link as a QR code for the citizen's phone instead.
 */
export function ExternalLinkDialog() {
  const t = useT();
  const [href, setHref] = useState<string | undefined>();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const link = (e.target as Element | null)?.closest('a[href]');
      if (!link) return;
      const url = new URL((link as HTMLAnchorElement).href, location.href);
      if (url.origin === location.origin && url.protocol !== 'tel:') return;
      e.preventDefault();
      if (url.protocol === 'http:' || url.protocol === 'https:') setHref(url.href);
    };
    document.addEventListener('click', onClick, { capture: true });
    return () => document.removeEventListener('click', onClick, { capture: true });
  }, []);
  useEffect(() => { if (href) dialog.current?.showModal(); }, [href]);
  if (!href) return null;
  return (
    <dialog ref={dialog} class="handoff-dialog" aria-labelledby="external-title" onClose={() => setHref(undefined)}>
      <h2 id="external-title">{t('kiosk.externalTitle')}</h2>
      <p>{t('kiosk.externalBody')}</p>
      <QrCode text={href} label={href} />
      <p class="handoff-dialog__url">{href}</p>
      <button type="button" class="button button--primary" onClick={() => dialog.current?.close()}>{t('kiosk.close')}</button>
    </dialog>
  );
}
