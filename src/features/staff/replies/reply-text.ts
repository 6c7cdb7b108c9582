import { useEffect, useState } from 'preact/hooks';
import type { TFunction } from 'i18next';
import { i18n, loadNamespace } from '../../../i18n';
import { useStaffText } from '../ui/staff-text';

/** The reply panel's words in the console's language (ja or en), and the guide category names. */
export function useReplyText(): { tr: TFunction<'replies-staff'>; tc: TFunction<'common'> } | undefined {
  const { lang } = useStaffText();
  const [, setLoaded] = useState(0);
  const ready = i18n.hasResourceBundle(lang, 'replies-staff') && i18n.hasResourceBundle(lang, 'common');
  useEffect(() => {
    if (ready) return;
    void Promise.all([loadNamespace('replies-staff', [lang]), loadNamespace('common', [lang])]).then(() => setLoaded((n) => n + 1));
  }, [lang, ready]);
  return ready ? { tr: i18n.getFixedT(lang, 'replies-staff'), tc: i18n.getFixedT(lang, 'common') } : undefined;
}
