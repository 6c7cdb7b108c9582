import { currentLanguage, useT } from '../../i18n';
import { HazardPictogram } from '../disaster/hazard-pictogram';
import { parseHazard } from '../disaster/hazard-choice';
import { noticeText, type Notice } from '../../runtime/notices/notices';

/**
 * The emergency on the attract loop, big enough to read from a few steps away: what
 * happened (the notice in the kiosk's language, else Japanese), the hazard's pictogram
 * and name, and that a touch shows where to evacuate. The banner above it reads it aloud.
 */
export function AttractAlertCard({ notice }: { notice: Notice }) {
  const t = useT();
  const hazard = parseHazard(notice.hazard);
  const { text, lang } = noticeText(notice, currentLanguage.value);
  return (
    <span class="attract-card attract-card--alert">
      <span class="attract-card__title"><span aria-hidden="true">⚠ </span>{t('kiosk.attract.alert.title')}</span>
      {hazard && (
        <span class="attract-card__hazard">
          <span class="attract-card__pictogram"><HazardPictogram hazard={hazard} /></span>
          <span>{t(`disaster.hazards.${hazard}`)}</span>
        </span>
      )}
      <span class="attract-card__body" lang={lang}>{text}</span>
      <span class="attract-card__cta">{t('kiosk.attract.alert.touch')}</span>
    </span>
  );
}
