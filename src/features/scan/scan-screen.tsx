import { useLocation } from 'preact-iso';
import { deviceKind } from '../../config/device';
import { useNamespaceT, useT } from '../../i18n';
import { Page } from '../../ui/page';
import { ContentFrame } from '../../runtime/content/content-frame';
import { browserCamera } from './camera';
import { loadZxingReader } from './qr-reader';
import { ScanView } from './scan-view';
import { useScanForms } from './use-scan-forms';
import './scan.css';

/** /scan: read the QR code of a paper notice and open the form it names. */
export default function ScanScreen() {
  const common = useT();
  const t = useNamespaceT('forms');
  const forms = useScanForms();
  const { route } = useLocation();
  if (!t) return <Page title={common('areas.scan.title')}><p role="status">{common('content.loading')}</p></Page>;
  return (
    <Page title={t('qr.title')}>
      <ContentFrame state={forms}>
        {(found) => (
          <ScanView
            forms={found.forms}
            qrKey={found.qrKey}
            origin={location.origin}
            navigate={(href) => route(href)}
            camera={browserCamera}
            loadReader={loadZxingReader}
            autoStart={deviceKind.value === 'kiosk'}
            t={t}
          />
        )}
      </ContentFrame>
    </Page>
  );
}
