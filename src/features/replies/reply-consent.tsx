import { useNamespaceT } from '../../i18n';

/**
 * On the review page of a form that takes replies: how the reply is read, and the citizen's
 * choice to let it be public. Never ticked in advance; unticked, the reply is encrypted to them.
 */
export function ReplyConsent({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const t = useNamespaceT('replies');
  if (!t) return null;
  return (
    <section class="review-section reply-consent" aria-labelledby="reply-consent-title">
      <h3 id="reply-consent-title">{t('consent.title')}</h3>
      <p id="reply-consent-intro">{t('consent.intro')}</p>
      <label class="choice-card">
        <input type="checkbox" checked={checked} aria-describedby="reply-consent-intro" onChange={(e) => onChange(e.currentTarget.checked)} />
        <span class="choice-card__text">{t('consent.public')}</span>
      </label>
    </section>
  );
}
