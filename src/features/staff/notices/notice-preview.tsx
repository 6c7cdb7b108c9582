import { Fragment } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { languageCodes } from '../../../../contract/languages';
import { languageInfo } from '../../../i18n/languages';
import type { PostNoticeBody } from '../../../../contract/api/notices';
import { NoticeLook } from '../../../runtime/notices/notice-look';
import { formatDateTime } from '../ui/format';
import { useStaffText } from '../ui/staff-text';

interface PreviewProps {
  body: PostNoticeBody;
  busy: boolean;
  onPublish: () => void;
  onEdit: () => void;
}

/**
 * The notice as kiosks and phones will show it, with where and until when, before anything
 * is sent: a notice reaches every screen in the city, and an emergency one interrupts.
 */
export function NoticePreview({ body, busy, onPublish, onEdit }: PreviewProps) {
  const { t, lang } = useStaffText();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const severityLabel = t(`notices.severities.${body.severity}`);
  const missing = languageCodes.filter((code) => !body.message[code]);
  return (
    <section class="stack staff-notice-preview" aria-labelledby="staff-notice-preview-title">
      <h3 id="staff-notice-preview-title" tabIndex={-1} ref={heading}>{t('notices.previewTitle')}</h3>
      <p>{t('notices.previewHint')}</p>
      {languageCodes.filter((code) => body.message[code]).map((code) => (
        <Fragment key={code}>
          <p class="staff-meta">{code === 'ja' ? t('notices.previewJa') : t('notices.previewIn', { language: languageInfo(code).nativeName })}</p>
          <NoticeLook severity={body.severity} severityLabel={severityLabel} text={body.message[code] ?? ''} lang={languageInfo(code).htmlLang} />
        </Fragment>
      ))}
      {missing.length > 0 && <p>{t('notices.missing', { count: missing.length, languages: missing.map((code) => languageInfo(code).nativeName).join(lang === 'en' ? ', ' : '、') })}</p>}
      {body.hazard && <p>{t('notices.hazardShown', { hazard: t(`notices.hazards.${body.hazard}`) })}</p>}
      <p>
        {t('notices.previewWhere', {
          targets: body.targets === 'all' ? t('notices.targetAll') : body.targets.join(lang === 'en' ? ', ' : '、'),
          expires: formatDateTime(body.expiresAt, lang),
        })}
      </p>
      <div class="cluster">
        <button type="button" class="button button--primary" disabled={busy} onClick={onPublish}>{t('notices.publish')}</button>
        <button type="button" class="button" disabled={busy} onClick={onEdit}>{t('notices.edit')}</button>
      </div>
    </section>
  );
}
