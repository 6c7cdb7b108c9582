import { useT } from '../../i18n';
import { Page } from '../../ui/page';

/** A screen's code could not be loaded (e.g. offline before the first precache finished). */
export function ChunkErrorScreen() {
  const t = useT();
  return (
    <Page title={t('errors.genericTitle')}>
      <p>{t('errors.chunkLoad')}</p>
      <button type="button" class="button button--primary" onClick={() => window.location.reload()}>
        {t('errors.retry')}
      </button>
    </Page>
  );
}
