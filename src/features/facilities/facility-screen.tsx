import { useRoute } from 'preact-iso';
import { currentLanguage, useT } from '../../i18n';
import { packPaths, type Facility } from '../../lib/content/pack-types';
import { useContent } from '../../runtime/content/content-store';
import { ContentFrame } from '../../runtime/content/content-frame';
import { useNow } from '../../lib/use-now';
import { RText, plainText } from '../../ui/rtext';
import { Page } from '../../ui/page';
import { PlaceName } from '../../ui/place-name';
import { OpenBadge } from './facility-open-badge';
import { ReadAloudBar, speakingClass } from '../../runtime/read-aloud/read-aloud-bar';
import { textUtterances } from '../../runtime/read-aloud/utterances';
import { FacilityRoomsLink } from '../reservations/facility-rooms-link';
import './facilities.css';

export default function FacilityScreen() {
  const t = useT();
  const { params } = useRoute();
  const facilities = useContent<Facility[]>(packPaths.facilities);
  const now = useNow(60_000);
  const facility = facilities.status === 'ready' ? facilities.data.find((f) => f.id === params.id) : undefined;
  const state = facilities.status === 'ready' ? (facility ? { status: 'ready' as const, data: facility } : { status: 'missing' as const }) : facilities;
  const english = currentLanguage.value !== 'ja' && currentLanguage.value !== 'ja-easy';
  return (
    <Page title={facility ? <PlaceName name={facility.name} kana={facility.nameKana} official={facility.nameEn} /> : t('facilities.title')}>
      <ContentFrame state={state}>
        {(f) => {
          const badges = [
            f.accessibility.wheelchair ? t('facilities.wheelchair') : null,
            f.accessibility.accessibleToilet ? t('facilities.accessibleToilet') : null,
            f.accessibility.parking ? t('facilities.parking', { parking: f.accessibility.parking }) : null,
          ].filter((b): b is string => b !== null);
          const hours = `${f.hours.days.map((d) => t(`facilities.weekdays.${d}` as 'facilities.weekdays.0')).join(' ')} ${f.hours.open}–${f.hours.close}`;
          const language = currentLanguage.value;
          // Names and addresses are Japanese: said in Japanese from 名称_カナ and the readings,
          // the opening hours in the reader's language.
          const utterances = () => [
            ...(english && f.nameEn ? textUtterances([{ id: 'facility-name', text: f.nameEn }], 'en') : textUtterances([{ id: 'facility-name', text: f.nameKana || f.name }], 'ja')),
            ...textUtterances([{ id: 'facility-hours', text: `${t('facilities.hours')}: ${hours}` }], language),
            ...textUtterances([{ id: 'facility-address', text: f.address }, { id: 'facility-note', text: f.note }], 'ja'),
          ];
          return (
            <div class="facility-detail stack">
              <ReadAloudBar utterances={utterances} />
              <p><OpenBadge hours={f.hours} now={now} /></p>
              <FacilityRoomsLink facilityId={f.id} />
              <dl class="card">
                <dt>{t('facilities.hours')}</dt>
                <dd class={speakingClass('facility-hours')}>
                  {hours}
                  <br />{f.hours.holidays ? t('facilities.holidaysOpen') : t('facilities.holidaysClosed')}
                  {plainText(f.hours.note) && <><br /><span lang="ja"><RText value={f.hours.note} /></span></>}
                </dd>
                <dt>{t('facilities.address')}</dt>
                <dd lang="ja" class={speakingClass('facility-address')}><RText value={f.address} /></dd>
                {f.phone && <><dt>{t('facilities.phone')}</dt><dd><a href={`tel:${f.phone}`}>{f.phone}</a></dd></>}
                {f.url && <><dt>{t('facilities.website')}</dt><dd>{f.url}</dd></>}
              </dl>
              <section aria-labelledby="facility-a11y">
                <h2 id="facility-a11y">{t('facilities.accessibility')}</h2>
                {badges.length === 0 ? <p>{t('facilities.noInfo')}</p> : (
                  <ul class="badge-list" role="list">{badges.map((b) => <li key={b} class="badge"><span aria-hidden="true">✓</span>{b}</li>)}</ul>
                )}
              </section>
              {plainText(f.note) && <p lang="ja" class={speakingClass('facility-note')}><RText value={f.note} /></p>}
            </div>
          );
        }}
      </ContentFrame>
    </Page>
  );
}
