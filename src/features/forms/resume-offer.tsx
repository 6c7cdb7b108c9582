import { currentLanguage } from '../../i18n';
import { languageInfo } from '../../i18n/languages';
import type { Draft } from '../../runtime/drafts/draft-keeper';
import { useFormsT } from './forms-i18n';

/** Reopening a form with an unfinished draft: carry on, or start again (which deletes it). */
export function ResumeOffer({ draft, onResume, onStartOver }: { draft: Draft; onResume: () => void; onStartOver: () => void }) {
  const t = useFormsT();
  const when = new Intl.DateTimeFormat(languageInfo(currentLanguage.value).htmlLang, {
    dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo',
  }).format(new Date(draft.updatedAt));
  return (
    <section class="card resume-offer" aria-labelledby="resume-title">
      <h2 id="resume-title">{t('draft.title')}</h2>
      <p>{t('draft.savedAt', { when })}</p>
      <div class="runner-nav">
        <button type="button" class="button" onClick={onStartOver}>{t('draft.startOver')}</button>
        <button type="button" class="button button--primary" onClick={onResume}>{t('draft.resume')}</button>
      </div>
    </section>
  );
}
