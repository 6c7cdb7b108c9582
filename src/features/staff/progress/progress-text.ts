import { useEffect, useState } from 'preact/hooks';
import type { TFunction } from 'i18next';
import { i18n, loadNamespace } from '../../../i18n';
import { useStaffText } from '../ui/staff-text';

export interface ProgressText {
  /** The console's own words for the panel (ja or en). */
  tp: TFunction<'services-staff'>;
  /** The citizen-facing words (state names, stock phrases), as the citizen would read them in that language. */
  ts: TFunction<'services'>;
}

/** Loads the two namespaces the progress controls need, in the console's language. */
export function useProgressText(): ProgressText | undefined {
  const { lang } = useStaffText();
  const [, setLoaded] = useState(0);
  const ready = i18n.hasResourceBundle(lang, 'services-staff') && i18n.hasResourceBundle(lang, 'services');
  useEffect(() => {
    if (ready) return;
    void Promise.all([loadNamespace('services-staff', [lang]), loadNamespace('services', [lang])]).then(() => setLoaded((n) => n + 1));
  }, [lang, ready]);
  return ready ? { tp: i18n.getFixedT(lang, 'services-staff'), ts: i18n.getFixedT(lang, 'services') } : undefined;
}
