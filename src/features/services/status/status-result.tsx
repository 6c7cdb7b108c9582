import type { StatusAnswer } from '../../../../contract/api/status';
import { currentLanguage } from '../../../i18n';
import { languageInfo } from '../../../i18n/languages';
import { publicMessageText } from './public-message';
import { HoldStatusNote } from '../../library/hold-status-note';
import type { TFunction } from 'i18next';
import './status.css';

type Found = Extract<StatusAnswer, { found: true }>;

/** What a citizen may see of a request: its state in words (and a mark, never colour alone), when, and the message. */
export function StatusResult({ answer, t, formTitle }: { answer: Found; t: TFunction<'services'>; formTitle?: preact.ComponentChildren }) {
  const language = currentLanguage.value;
  const htmlLang = languageInfo(language).htmlLang;
  const message = publicMessageText(t, answer.message, language);
  const when = new Intl.DateTimeFormat(htmlLang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Tokyo' }).format(new Date(answer.updatedAt));
  return (
    <section class="card status-result stack" aria-labelledby="status-result-state">
      <p class="status-result__number">{answer.receiptNumber}</p>
      {formTitle && <p class="status-result__form">{formTitle}</p>}
      <p>{t('status.state')}</p>
      <p id="status-result-state" class={`status-badge status-badge--${answer.state}`}>{t(`states.${answer.state}`)}</p>
      <p class="status-result__when">{t('status.updated', { when })}</p>
      {answer.hold && <HoldStatusNote hold={answer.hold} state={answer.state} />}
      {message && (
        <div class="status-result__message">
          <h2>{t('status.message')}</h2>
          <p lang={message.lang}>{message.text}</p>
        </div>
      )}
    </section>
  );
}
