import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { LocationProvider } from 'preact-iso';
import { i18n, initI18n, loadNamespace } from '../../../i18n';
import { StaffTextProvider, type StaffLanguage, type StaffText } from '../ui/staff-text';

export async function staffText(lang: StaffLanguage = 'ja'): Promise<StaffText> {
  if (!i18n.isInitialized) await initI18n('ja');
  await loadNamespace('staff', [lang]);
  return { t: i18n.getFixedT(lang, 'staff'), lang };
}

/** Renders a console component at `path` with the real strings, as the console's root would. */
export async function renderStaff(ui: ComponentChildren, { path = '/staff', lang = 'ja' as StaffLanguage } = {}) {
  history.replaceState(null, '', path);
  const text = await staffText(lang);
  return render(
    <LocationProvider>
      <StaffTextProvider value={text}>
        <div class="staff">{ui}</div>
      </StaffTextProvider>
    </LocationProvider>,
  );
}
