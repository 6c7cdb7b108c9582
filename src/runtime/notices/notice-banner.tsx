import { currentLanguage, useT } from '../../i18n';
import { activeNotices, noticeText } from './notices';
import { speak, speechAvailable } from '../read-aloud/speech';
import { speakingClass } from '../read-aloud/read-aloud-bar';
import './notice-banner.css';

const icons = { emergency: '⚠', warning: '!', info: 'i' } as const;

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
          <div key={n.id} class={speakingClass(`notice-${n.id}`, `notice-banner__item notice-banner__item--${n.severity}`)} role={n.severity === 'emergency' ? 'alert' : 'status'}>
            <span class="notice-banner__icon" aria-hidden="true">{icons[n.severity]}</span>
            <strong class="notice-banner__severity">{t(`notices.severity.${n.severity}`)}</strong>
            <span class="notice-banner__text" lang={lang}>{text}</span>
            <span class="notice-banner__actions">
              {speechAvailable() && <button type="button" class="button" onClick={() => speak(text, lang, `notice-${n.id}`)}>{t('notices.readAloud')}</button>}
              {n.severity === 'emergency' && <a class="button button--primary" href="/disaster">{t('notices.evacuate')}</a>}
            </span>
          </div>
        );
      })}
    </section>
  );
}
