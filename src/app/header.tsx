import type { ComponentType } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { useT } from '../i18n';
import { Icon } from '../ui/icon';
import { isOnline } from './network-status';
import { SearchBox } from './search-box';
import { kioskHeaderParts } from '../runtime/kiosk/kiosk-header-parts';
import { useStickyHeaderGuard } from './sticky-header';
import './header.css';

/**
 * Moves the focus into the content itself. Following "#main" natively would hand the
 * click to the client-side router as a navigation and leave the focus on <body>.
 */
function skipToMain(event: MouseEvent): void {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/** On every screen: home, language and display controls, one touch each. */
export function Header() {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const header = useRef<HTMLElement>(null);
  useStickyHeaderGuard(header);
  const kiosk = kioskHeaderParts.value;
  // The controls (with the read-aloud rate and the speech code) load on the first open:
  // the first screen must not wait for a dialog nobody has opened (initial JS budget).
  const [Controls, setControls] = useState<ComponentType | undefined>(undefined);
  const openDisplay = () => {
    void import('../runtime/display/display-controls').then((m) => {
      setControls(() => m.DisplayControls);
      if (!dialog.current?.open) dialog.current?.showModal();
    });
  };
  return (
    <header class="app-header" ref={header}>
      <a class="skip-link" href="#main" onClick={skipToMain}>{t('app.skipToContent')}</a>
      <div class="app-header__inner">
        {kiosk && <kiosk.Nav />}
        <a class="app-header__home" href="/" aria-label={t('header.home')}>
          <img class="app-header__logo" src="/icons/icon.svg" alt="" width="40" height="40" />
          <span class="app-header__name">
            <span class="app-header__city">{t('app.city')}</span>
            <span class="app-header__title">{t('app.short')}</span>
          </span>
        </a>
        {!isOnline.value && (
          <span class="app-header__offline" role="status" title={t('app.offlineExplain')}>
            <Icon name="offline" /> {t('app.offlineBadge')}
          </span>
        )}
        <SearchBox />
        <nav class="app-header__controls" aria-label={t('nav.mainMenu')}>
          <a class="button app-header__control" href="/language">
            <Icon name="language" /> <span>{t('header.language')}</span>
          </a>
          {kiosk && <kiosk.Handoff />}
          <button type="button" class="button app-header__control" aria-haspopup="dialog" onClick={openDisplay}>
            <Icon name="display" /> <span>{t('header.display')}</span>
          </button>
          {kiosk && <kiosk.EndSession />}
        </nav>
      </div>
      <dialog
        ref={dialog}
        class="display-dialog"
        aria-labelledby="display-dialog-title"
        onClick={(e) => { if (e.target === dialog.current) dialog.current?.close(); }}
      >
        <div class="display-dialog__body">
          <div class="display-dialog__head">
            <h2 id="display-dialog-title">{t('display.title')}</h2>
            <button type="button" class="button" onClick={() => dialog.current?.close()}>
              <Icon name="close" /> {t('display.close')}
            </button>
          </div>
          <p class="display-dialog__sample">{t('display.sample')}</p>
          {Controls && <Controls />}
        </div>
      </dialog>
    </header>
  );
}
