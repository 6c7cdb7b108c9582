import type { ComponentChildren } from 'preact';
import { useT } from '../../i18n';
import './kiosk.css';

/** For the operator setting up a terminal: never a blank page, always what to do. */
export function OperatorScreen({ children }: { children: ComponentChildren }) {
  const t = useT();
  return (
    <div class="operator-screen" role="alert">
      <h1>{t('kiosk.operatorTitle')}</h1>
      {children}
    </div>
  );
}
