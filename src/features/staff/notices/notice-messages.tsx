import { languageCodes, type LanguageCode } from '../../../../contract/languages';
import { languageInfo } from '../../../i18n/languages';
import { useStaffText } from '../ui/staff-text';
import { missingLanguages, type NoticeDraft } from './notice-body';

const MAX_LENGTH = 1000;

/**
 * The notice's text in every language Madoguchi speaks, in the app's order: Japanese
 * (required), やさしい日本語, then the rest. Says which languages have no text yet: their
 * readers will see the Japanese.
 */
export function NoticeMessages({ messages, onChange }: { messages: NoticeDraft['messages']; onChange: (code: LanguageCode, text: string) => void }) {
  const { t, lang } = useStaffText();
  const missing = missingLanguages(messages).filter((code) => code !== 'ja');
  const name = (code: LanguageCode) => languageInfo(code).nativeName;
  return (
    <fieldset class="staff-notice-messages stack">
      <legend>{t('notices.messages')}</legend>
      {languageCodes.map((code) => {
        const empty = (messages[code] ?? '').trim() === '';
        return (
          <div class="staff-field" key={code}>
            <label for={`staff-notice-${code}`}>
              {code === 'ja' ? t('notices.messageJa') : t('notices.messageIn', { language: name(code) })}
              {code !== 'ja' && empty && <span class="staff-meta"> — {t('notices.missingMark')}</span>}
            </label>
            <textarea id={`staff-notice-${code}`} lang={languageInfo(code).htmlLang} rows={code === 'ja' ? 3 : 2} maxLength={MAX_LENGTH}
              required={code === 'ja'} value={messages[code] ?? ''} onInput={(e) => onChange(code, e.currentTarget.value)} />
          </div>
        );
      })}
      <p class="staff-meta" role="status" data-testid="staff-notice-missing">
        {missing.length === 0 ? t('notices.noneMissing') : t('notices.missing', { count: missing.length, languages: missing.map(name).join(lang === 'en' ? ', ' : '、') })}
      </p>
    </fieldset>
  );
}
