import { currentLanguage, useT } from '../../i18n';
import { languageInfo } from '../../i18n/languages';
import type { GuideDigest } from '../../lib/content/pack-types';
import { DraftTranslationNote } from '../../ui/draft-translation-note';

/**
 * A guide not yet translated into the reader's language: its title and one-paragraph
 * summary in that language, above the Japanese text, saying so, and saying when the
 * translation is a machine or draft one nobody has checked yet.
 */
export function GuideDigestBox({ digest }: { digest: GuideDigest }) {
  const t = useT();
  return (
    <section class="guide-digest card" lang={languageInfo(currentLanguage.value).htmlLang} aria-label={t('content.digestLabel')}>
      <p class="notice">{t('content.digestNotice')}</p>
      <h2 class="guide-digest__title">{digest.title}</h2>
      <p class="guide-digest__summary">{digest.summary}</p>
      <DraftTranslationNote mark={digest} class="guide-digest__draft" />
    </section>
  );
}
