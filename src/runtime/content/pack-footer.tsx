import { currentLanguage, useT } from '../../i18n';
import { languageInfo } from '../../i18n/languages';
import { formatDate } from '../../lib/format-date';
import { packPaths, type PackMeta } from '../../lib/content/pack-types';
import { useContent } from './content-store';
import { activePackVersion, packStatus } from './pack-status';
import { useShownPackExpiry } from './pack-expiry';
import { packExpired } from '../../lib/pack/freshness';
import './pack-footer.css';

/**
 * On every screen: the date the information is valid for, a warning when the city's
 * signed validity of the pack has run out (the server stopped publishing, or serves a
 * frozen copy), and why an update failed, if it did.
 */
export function PackFooter() {
  const t = useT();
  const meta = useContent<PackMeta>(packPaths.meta);
  const expiresAt = useShownPackExpiry();
  const status = packStatus.value;
  const htmlLang = languageInfo(currentLanguage.value).htmlLang;
  return (
    <footer class="pack-footer">
      {meta.status === 'ready' && (
        <p class="pack-footer__as-of">
          {t('content.asOf', { date: formatDate(meta.data.asOf, htmlLang) })}
          {meta.data.sample && <> — {t('content.sampleNotice')}</>}
          {activePackVersion.value && <span class="pack-footer__version"> · {t('content.version', { version: activePackVersion.value })}</span>}
        </p>
      )}
      {expiresAt && packExpired({ expiresAt }, new Date()) && (
        <p class="pack-footer__expired" role="status">{t('content.expiredNotice', { date: formatDate(expiresAt, htmlLang) })}</p>
      )}
      {status.state === 'failed' && status.reason !== 'offline' && (
        <p class="pack-footer__problem" role="status">{t(`content.failure.${status.reason}`)}</p>
      )}
      {status.state === 'downloading' && (
        <p role="status">{t('content.downloading', { done: status.done, total: status.total })}</p>
      )}
    </footer>
  );
}
