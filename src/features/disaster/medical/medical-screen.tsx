import { currentLanguage, useT } from '../../../i18n';
import { languageInfo } from '../../../i18n/languages';
import { packPaths, type Aed, type HolidayDuty, type MedicalFacility } from '../../../lib/content/pack-types';
import { useNow } from '../../../lib/use-now';
import { Page } from '../../../ui/page';
import { RText, WithFurigana, plainText } from '../../../ui/rtext';
import { ContentFrame } from '../../../runtime/content/content-frame';
import { useContent } from '../../../runtime/content/content-store';
import { OpenBadge } from '../../facilities/facility-open-badge';
import { here } from '../here';
import { HereNote } from '../here-note';
import { dutyToday, nearestAeds, nearestOpenFacilities } from './medical-model';
import { AccessibilityNotes, PlaceCard } from './place-card';
import '../disaster.css';
import './medical.css';

/** /disaster/medical: 119 first, then today's holiday-duty doctors, clinics open now and AEDs, nearest first. */
export default function MedicalScreen() {
  const t = useT();
  const facilities = useContent<MedicalFacility[]>(packPaths.medical);
  const rota = useContent<HolidayDuty[]>(packPaths.holidayDuty);
  const aeds = useContent<Aed[]>(packPaths.aed);
  const now = useNow(60_000);
  const language = currentLanguage.value;
  const locale = languageInfo(language).htmlLang;
  const point = here.value.point;
  const body = (
    <div class="medical stack">
      <p class="medical__emergency" role="note"><span aria-hidden="true">☎ </span>{t('disaster.medical.emergency')}</p>
      <HereNote />
      <p class="site-results__straight">{t('disaster.straightLine')}</p>
      <ContentFrame state={facilities}>
        {(all) => {
          const duty = rota.status === 'ready' ? dutyToday(rota.data, all, now) : [];
          const open = nearestOpenFacilities(all, point, now, locale);
          return (
            <>
              {duty.length > 0 && (
                <section class="medical__duty" aria-labelledby="medical-duty-title">
                  <h2 id="medical-duty-title">{t('disaster.medical.dutyTitle')}</h2>
                  <ul class="place-list" role="list">
                    {duty.map(({ duty: d, facility }) => (
                      <li key={`${d.facility}-${d.department}`} class="place-card">
                        <h3 class="place-card__name" lang="ja">{facility ? <RText value={facility.name} /> : d.facility}</h3>
                        <p class="medical__duty-hours"><span lang="ja">{d.department}</span> {d.hours}</p>
                        {facility && <p lang="ja"><RText value={facility.address} /></p>}
                        {facility?.phone && <p>{t('disaster.medical.phone')}: {facility.phone}</p>}
                      </li>
                    ))}
                  </ul>
                </section>
              )}
              <section aria-labelledby="medical-open-title">
                <h2 id="medical-open-title">{t('disaster.medical.openTitle')}</h2>
                {open.length === 0 ? <p role="status">{t('disaster.medical.noneOpen')}</p> : (
                  <ul class="place-list" role="list">
                    {open.map((row) => (
                      <li key={row.item.id}>
                        <PlaceCard row={row} name={row.item.name} phone={row.item.phone}>
                          <p><OpenBadge hours={row.item.hours} now={now} /></p>
                          <p>{t('disaster.medical.departments')}: <span lang="ja">{row.item.departments.join('・')}</span></p>
                          <AccessibilityNotes accessibility={row.item.accessibility} />
                          {plainText(row.item.hours.note) && <p class="place-card__note" lang="ja"><RText value={row.item.hours.note} /></p>}
                        </PlaceCard>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            </>
          );
        }}
      </ContentFrame>
      <section aria-labelledby="medical-aed-title">
        <h2 id="medical-aed-title">{t('disaster.medical.aedTitle')}</h2>
        <p>{t('disaster.medical.aedHelp')}</p>
        <ContentFrame state={aeds}>
          {(all) => (
            <ul class="place-list" role="list">
              {nearestAeds(all, point, locale).map((row) => (
                <li key={row.item.id}>
                  <PlaceCard row={row} name={row.item.name} phone={row.item.phone}>
                    <p class="medical__placement"><strong>{t('disaster.medical.placement')}:</strong> <span lang="ja"><RText value={row.item.placement} /></span></p>
                    <p><OpenBadge hours={row.item.hours} now={now} /></p>
                  </PlaceCard>
                </li>
              ))}
            </ul>
          )}
        </ContentFrame>
      </section>
      <p><a class="button" href="/disaster">{t('disaster.backToList')}</a></p>
    </div>
  );
  return (
    <Page title={t('disaster.medical.title')}>
      {language === 'ja' || language === 'ja-easy' ? body : <WithFurigana>{body}</WithFurigana>}
    </Page>
  );
}
