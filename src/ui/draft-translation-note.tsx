import { currentLanguage, useT } from '../i18n';
import { languageInfo } from '../i18n/languages';
import type { TranslationMark } from '../lib/content/pack-types';

/**
 * Says, in the reader's language, that the text they are reading is a machine or draft
 * translation nobody has checked yet. Nothing once a person has checked it (or for the
 * Japanese original, which has no mark).
 */
export function DraftTranslationNote({ mark, class: className = 'draft-translation' }: { mark: TranslationMark | undefined; class?: string }) {
  const t = useT();
  if (!mark || mark.checked) return null;
  return <p class={className} lang={languageInfo(currentLanguage.value).htmlLang} data-source={mark.source}>{t('content.draftTranslation')}</p>;
}
