import { useT } from '../../i18n';
import { Page } from '../../ui/page';

export function NotFoundScreen() {
  const t = useT();
  return (
    <Page title={t('errors.notFoundTitle')}>
      <p>{t('errors.notFoundBody')}</p>
      <a class="button button--primary" href="/">{t('nav.home')}</a>
    </Page>
  );
}
