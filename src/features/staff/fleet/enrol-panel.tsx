import { useState } from 'preact/hooks';
import type { KioskEnrolment } from '../../../../contract/api/kiosks';
import { staffApi } from '../api/staff-api';
import { errorMessage } from '../ui/error-message';
import { formatDateTime } from '../ui/format';
import { useStaffText } from '../ui/staff-text';
import { QrCode } from './qr-code';

/** The URL a new kiosk opens once to enrol: the kiosk feature reads `kiosk` and `token`. */
export function enrolmentUrl(origin: string, { kioskId, enrolmentToken }: Pick<KioskEnrolment, 'kioskId' | 'enrolmentToken'>): string {
  return `${origin}/?kiosk=${encodeURIComponent(kioskId)}&token=${encodeURIComponent(enrolmentToken)}`;
}

/** Issues an enrolment token. It is shown here once: the server keeps only its hash. */
export function EnrolPanel({ onIssued }: { onIssued: () => void }) {
  const text = useStaffText();
  const { t, lang } = text;
  const [kioskId, setKioskId] = useState('');
  const [siteName, setSiteName] = useState('');
  const [issued, setIssued] = useState<KioskEnrolment | undefined>();
  const [error, setError] = useState<string | undefined>();

  async function submit(event: Event) {
    event.preventDefault();
    const result = await staffApi.issueEnrolment({ kioskId: kioskId.trim(), siteName: siteName.trim() });
    if (!result.ok) return setError(errorMessage(text, result.error));
    setError(undefined);
    setIssued(result.value);
    onIssued();
  }

  const url = issued && enrolmentUrl(location.origin, issued);
  return (
    <section class="card stack" aria-labelledby="staff-enrol-title">
      <h2 id="staff-enrol-title">{t('enrol.title')}</h2>
      <p>{t('enrol.intro')}</p>
      <form class="cluster staff-enrol-form" onSubmit={submit}>
        <div class="staff-field">
          <label for="staff-enrol-id">{t('enrol.kioskId')}</label>
          <input id="staff-enrol-id" required pattern="[a-z0-9]+(-[a-z0-9]+)*" maxLength={64} value={kioskId}
            aria-describedby="staff-enrol-id-help" onInput={(e) => setKioskId(e.currentTarget.value)} />
          <small id="staff-enrol-id-help">{t('enrol.kioskIdHelp')}</small>
        </div>
        <div class="staff-field">
          <label for="staff-enrol-site">{t('enrol.siteName')}</label>
          <input id="staff-enrol-site" required maxLength={200} value={siteName} onInput={(e) => setSiteName(e.currentTarget.value)} />
        </div>
        <button type="submit" class="button button--primary">{t('enrol.submit')}</button>
      </form>
      <div role="status" aria-live="polite">{error && <p class="staff-error">{error}</p>}</div>
      {issued && url && (
        <div class="staff-enrolment stack">
          <h3>{t('enrol.issuedTitle', { kioskId: issued.kioskId })}</h3>
          <p class="staff-warning">{t('enrol.onceOnly', { expires: formatDateTime(issued.expiresAt, lang) })}</p>
          <dl class="staff-facts">
            <dt>{t('enrol.token')}</dt><dd><code class="staff-secret">{issued.enrolmentToken}</code></dd>
            <dt>{t('enrol.url')}</dt><dd><code class="staff-secret">{url}</code></dd>
          </dl>
          <QrCode text={url} label={t('enrol.qrLabel', { kioskId: issued.kioskId })} />
          <button type="button" class="button" onClick={() => setIssued(undefined)}>{t('enrol.done')}</button>
        </div>
      )}
    </section>
  );
}
