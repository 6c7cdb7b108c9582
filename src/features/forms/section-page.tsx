import type { Ref } from 'preact';
import type { FormDef } from '../../lib/forms/form-schema';
import { visibleFieldsInSection } from '../../lib/forms/answers';
import { FT } from './form-content';
import { useFormsT } from './forms-i18n';
import { ErrorSummary } from './error-summary';
import { FieldView } from './fields/field-view';
import type { RunnerState } from './use-runner-state';
import { previousPage, nextPage, reviewPage } from './runner-steps';

interface SectionPageProps {
  def: FormDef;
  state: RunnerState;
  kiosk: boolean;
  headingRef: Ref<HTMLHeadingElement>;
}

/**
 * One section of the form. A real <form> so Enter moves on like Next; noValidate
 * because our own checks speak the citizen's language; autocomplete off on kiosks.
 */
export function SectionPage({ def, state, kiosk, headingRef }: SectionPageProps) {
  const t = useFormsT();
  const section = def.sections[state.page];
  if (!section) return null;
  const fields = visibleFieldsInSection(def, state.page, state.answers);
  const hasBack = previousPage(def, state.answers, state.page) !== undefined;
  const toReview = state.returnToReview || nextPage(def, state.answers, state.page) === reviewPage(def);
  return (
    <form
      class="runner-page"
      noValidate
      autocomplete={kiosk ? 'off' : undefined}
      aria-labelledby="runner-page-title"
      onSubmit={(e) => { e.preventDefault(); state.next(); }}
    >
      <h2 id="runner-page-title" class="runner-page__title" tabIndex={-1} ref={headingRef}><FT value={section.title} /></h2>
      {section.help && <p class="runner-page__help"><FT value={section.help} /></p>}
      <ErrorSummary fields={fields} errors={state.errors} />
      <div class="runner-page__fields">
        {fields.map((field) => (
          <FieldView key={field.id} field={field} answers={state.answers} error={state.errors.get(field.id)} kiosk={kiosk} setAnswer={state.setAnswer} />
        ))}
      </div>
      <div class="runner-nav">
        {hasBack && <button type="button" class="button runner-nav__back" onClick={state.back}>{t('runner.back')}</button>}
        <button type="submit" class="button button--primary runner-nav__next">
          {state.returnToReview ? t('runner.backToReview') : toReview ? t('runner.review') : t('runner.next')}
        </button>
      </div>
    </form>
  );
}
