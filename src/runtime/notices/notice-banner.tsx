import { currentLanguage, useT } from '../../i18n';
import { activeNotices, noticeText } from './notices';
import { NoticeLook } from './notice-look';
import { speak, speakingClass, speechAvailable } from '../read-aloud/speech';

/** On every screen (and the attract loop): notices from the city, severity in words and shape, readable aloud. */
export function NoticeBanner() {
  const t = useT();
  const notices = activeNotices.value;
  if (notices.length === 0) return null;
  return (
    <section class="notice-banner" aria-label={t('notices.label')}>
      {notices.map((n) => {
        const { text, lang } = noticeText(n, currentLanguage.value);
        return (
          <NoticeLook
            key={n.id}
            class={speakingClass(`notice-${n.id}`, '')}
            severity={n.severity}
            severityLabel={t(`notices.severity.${n.severity}`)}
            text={text}
            lang={lang}
            role={n.severity === 'emergency' ? 'alert' : 'status'}
          >
            {speechAvailable() && <button type="button" class="button" onClick={() => speak(text, lang, `notice-${n.id}`)}>{t('notices.readAloud')}</button>}
            {n.severity === 'emergency' && <a class="button button--primary" href="/disaster">{t('notices.evacuate')}</a>}
          </NoticeLook>
        );
      })}
    </section>
  );
}
