import { useNamespaceT } from '../../i18n';
import { Page } from '../../ui/page';
import './counter.css';

/** /counter: talk on this screen, or connect to the clerk's screen. */
export default function CounterScreen() {
  const t = useNamespaceT('counter');
  if (!t) return <div class="page" aria-busy="true" />;
  return (
    <Page title={t('title')}>
      <p>{t('tile.description')}</p>
      <div class="counter-start">
        <a class="button button--primary counter-start__choice" href="/counter/one">{t('oneScreen')}</a>
        <a class="button counter-start__choice" href="/counter/join">{t('twoScreens')}</a>
      </div>
    </Page>
  );
}

