import { useEffect, useState } from 'preact/hooks';
import { currentLanguage, useT } from '../../i18n';
import { languageInfo } from '../../i18n/languages';
import { DisplayControls } from '../../runtime/display/display-controls';
import { formatBytes } from '../../lib/format-bytes';
import { Page } from '../../ui/page';
import '../../app/script-fonts/language-names.css';

export default function SettingsScreen() {
  const t = useT();
  const [usage, setUsage] = useState<number | undefined>();
  useEffect(() => {
    void navigator.storage?.estimate?.().then((e) => setUsage(e.usage));
  }, []);
  return (
    <Page title={t('settings.title')}>
      <div class="stack">
        <section class="card" aria-labelledby="settings-display">
          <h2 id="settings-display">{t('settings.displaySection')}</h2>
          <DisplayControls />
        </section>
        <section class="card" aria-labelledby="settings-language">
          <h2 id="settings-language">{t('settings.languageSection')}</h2>
          <p lang={languageInfo(currentLanguage.value).htmlLang}>{languageInfo(currentLanguage.value).nativeName}</p>
          <a class="button" href="/language">{t('settings.changeLanguage')}</a>
        </section>
        <section class="card" aria-labelledby="settings-about">
          <h2 id="settings-about">{t('settings.aboutSection')}</h2>
          <p>{t('settings.privacy')}</p>
          <p>{usage === undefined ? t('settings.storageUnknown') : t('settings.storageUsed', { used: formatBytes(usage, t) })}</p>
          <p>{t('app.version', { version: __APP_VERSION__ })}</p>
        </section>
      </div>
    </Page>
  );
}
