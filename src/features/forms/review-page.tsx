import type { Ref } from 'preact';
import { visibleFieldsInSection } from '../../lib/forms/answers';
import type { FormDef } from '../../lib/forms/form-schema';
import { FT } from './form-content';
import { useFormsT } from './forms-i18n';
import { AnswerText } from './answer-text';
import { ErrorSummary } from './error-summary';
import { FieldView } from './fields/field-view';
import { reviewConsentFields, visibleSections } from './runner-steps';
import type { RunnerState } from './use-runner-state';
import type { SubmitError } from './submit-form';
import { acceptsReplies } from '../../../contract/replies';
import { ReplyConsent } from '../replies/reply-consent';

interface ReviewPageProps {
  def: FormDef;
  state: RunnerState;
  kiosk: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  submitting: boolean;
  submitError: SubmitError | undefined;
  onSubmit: () => void;
  /** On forms that take replies: the citizen's "the reply may be public". */
  publicReply?: { checked: boolean; onChange: (checked: boolean) => void } | undefined;
}

/**
 * Every answer that will be sent, by section, each with a way back to change it; then the
 * form's consent (required, never ticked in advance), right above Send.
 */
export function ReviewPage({ def, state, kiosk, headingRef, submitting, submitError, onSubmit, publicReply }: ReviewPageProps) {
  const t = useFormsT();
  const consent = reviewConsentFields(def, state.answers);
  return (
    <section class="runner-page runner-review" aria-labelledby="runner-page-title">
      <h2 id="runner-page-title" class="runner-page__title" tabIndex={-1} ref={headingRef}>{t('runner.reviewTitle')}</h2>
      <p class="runner-page__help">{t('runner.reviewIntro')}</p>
      {visibleSections(def, state.answers).map((index) => {
        const section = def.sections[index]!;
        const fields = visibleFieldsInSection(def, index, state.answers).filter((f) => !(kiosk && f.type === 'file'));
        return (
          <section key={section.id} class="review-section" aria-labelledby={`review-${section.id}`}>
            <h3 id={`review-${section.id}`}><FT value={section.title} /></h3>
            <dl class="review-list">
              {fields.map((field) => (
                <div key={field.id} class="review-row">
                  <dt class="review-row__label"><FT value={field.label} /></dt>
                  <dd class="review-row__value"><AnswerText field={field} value={state.answers[field.id]} /></dd>
                  <dd class="review-row__edit">
                    <button type="button" class="button button--small" onClick={() => state.edit(index)}>
                      {t('runner.edit')}<span class="visually-hidden">{t('runner.labelSeparator')}<FT value={field.label} /></span>
                    </button>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
      {publicReply && acceptsReplies(def.id) && <ReplyConsent {...publicReply} />}
      {consent.length > 0 && (
        <div class="runner-review__consent">
          <ErrorSummary fields={consent} errors={state.errors} />
          {consent.map((field) => (
            <FieldView key={field.id} field={field} answers={state.answers} error={state.errors.get(field.id)} kiosk={kiosk} setAnswer={state.setAnswer} />
          ))}
        </div>
      )}
      {submitError && (
        <div class="notice forms-notice notice--error" role="alert">
          <p>{t(`submit.${submitError.kind}`)}</p>
          <button type="button" class="button" onClick={onSubmit}>{t('submit.retry')}</button>
        </div>
      )}
      <div class="runner-nav">
        <button type="button" class="button runner-nav__back" onClick={state.back}>{t('runner.back')}</button>
        <button type="button" class="button button--primary runner-nav__submit" disabled={submitting} onClick={onSubmit}>
          {submitting ? t('runner.submitting') : t('runner.submit')}
        </button>
      </div>
    </section>
  );
}
