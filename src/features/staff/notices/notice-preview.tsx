import { useEffect, useRef } from 'preact/hooks';
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
  return (
    <section class="stack staff-notice-preview" aria-labelledby="staff-notice-preview-title">
      <h3 id="staff-notice-preview-title" tabIndex={-1} ref={heading}>{t('notices.previewTitle')}</h3>
      <p>{t('notices.previewHint')}</p>
      <p class="staff-meta">{t('notices.previewJa')}</p>
      <NoticeLook severity={body.severity} severityLabel={severityLabel} text={body.message.ja} lang="ja" />
      {body.message.en && (
        <>
          <p class="staff-meta">{t('notices.previewEn')}</p>
          <NoticeLook severity={body.severity} severityLabel={severityLabel} text={body.message.en} lang="en" />
        </>
      )}
      {body.hazard && <p>{t('notices.hazardShown', { hazard: t(`notices.hazards.${body.hazard}`) })}</p>}
      <p>
        {t('notices.previewWhere', {
          targets: body.targets === 'all' ? t('notices.targetAll') : body.targets.join('、'),
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
