import { useRoute } from 'preact-iso';
import { useT } from '../../../i18n';
import { PlaceName } from '../../../ui/place-name';
import { Page } from '../../../ui/page';
import { ContentFrame } from '../../../runtime/content/content-frame';
import { disasterHref, parseHazard } from '../hazard-choice';
import { useSites } from '../use-sites';
import { useLiveShelterStatus } from '../shelter-status/use-live-status';
import { SiteDetail } from './site-detail';
import '../disaster.css';
import './site.css';

/** /disaster/sites/:id?hazard=tsunami: one site, how to get there, QR codes for the phone, print. */
export default function SiteScreen() {
  const t = useT();
  const { params, query } = useRoute();
  const hazard = parseHazard(query.hazard);
  const sites = useSites();
  useLiveShelterStatus();
  const site = sites.status === 'ready' ? sites.data.sites.find((s) => s.id === params.id) : undefined;
  const state = sites.status === 'ready' ? (site ? { status: 'ready' as const, data: site } : { status: 'missing' as const }) : sites;
  return (
    <Page title={site ? <PlaceName name={site.name} kana={site.nameKana} official={site.nameEn} /> : t('disaster.title')}>
      <ContentFrame state={state}>
        {(s) => <SiteDetail site={s} hazard={hazard} />}
      </ContentFrame>
      <p class="no-print site-detail__back"><a class="button" href={disasterHref(hazard)}>{t('disaster.backToList')}</a></p>
    </Page>
  );
}
