import { useT } from '../../i18n';
import { QrCode } from '../../ui/qr-code';

/**
 * On paper only: where to read this guide again, as a QR code and a URL. Links on
 * paper cannot be touched, and a guide printed at a kiosk is read later at home.
 */
export function GuidePrintLink({ id }: { id: string }) {
  const t = useT();
  const url = `${location.origin}/guides/${encodeURIComponent(id)}`;
  return (
    <div class="guide-print-link print-only">
      <QrCode text={url} label={t('guides.printQr')} size={96} />
      <p>{t('guides.printLink')}<br /><span class="guide-print-link__url">{url}</span></p>
    </div>
  );
}
