import type { Field } from '../../lib/forms/form-schema';
import type { FieldError } from '../../lib/forms/validate';
import { FT } from './form-content';
import { errorMessage, useFormsT } from './forms-i18n';
import { fieldIds } from './fields/field-props';
import { focusField } from './focus';

/**
 * At the top of a page that did not pass: how many things to fix, each a link
 * to its field. Focus goes to the first invalid field itself (see focus.ts);
 * this list is for seeing them all at once and jumping between them.
 */
export function ErrorSummary({ fields, errors }: { fields: readonly Field[]; errors: ReadonlyMap<string, FieldError> }) {
  const t = useFormsT();
  const listed = fields.filter((f) => errors.has(f.id));
  if (listed.length === 0) return null;
  return (
    <div class="error-summary" role="group" aria-labelledby="error-summary-title">
      <h3 id="error-summary-title" class="error-summary__title">{t('runner.fixErrors', { count: listed.length })}</h3>
      <ul class="error-summary__list">
        {listed.map((field) => {
          const ids = fieldIds(field.id);
          return (
            <li key={field.id}>
              <a
                href={`#${ids.wrapper}`}
                onClick={(e) => {
                  e.preventDefault();
                  focusField(document.getElementById(ids.wrapper));
                }}
              >
                <FT value={field.label} />{t('runner.labelSeparator')}{errorMessage(t, errors.get(field.id)!)}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
