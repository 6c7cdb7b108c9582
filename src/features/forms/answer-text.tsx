import { normalizeAnswer } from '../../lib/forms/normalize-answer';
import type { AnswerValue } from '../../lib/forms/answers';
import type { Field } from '../../lib/forms/form-schema';
import { toWareki } from '../../lib/forms/wareki';
import { currentLanguage, useT } from '../../i18n';
import { languageInfo } from '../../i18n/languages';
import { formatBytes } from '../../lib/format-bytes';
import { formatDate } from '../../lib/format-date';
import { FT } from './form-content';
import { useFormsT } from './forms-i18n';

/** One answer on the review page, as it will be sent (normalised), in words a citizen checks. */
export function AnswerText({ field, value }: { field: Field; value: AnswerValue | undefined }) {
  const t = useFormsT();
  const tc = useT();
  const answer = normalizeAnswer(field, value);
  if (answer === undefined) return <span class="review-row__empty">{t('runner.noAnswer')}</span>;
  switch (field.type) {
    case 'choice': {
      const picked = new Set(Array.isArray(answer) ? answer : [answer]);
      const options = field.options.filter((o) => picked.has(o.value));
      if (!field.multiple) return options[0] ? <FT value={options[0].label} /> : null;
      return <ul class="review-row__options">{options.map((o) => <li key={o.value}><FT value={o.label} /></li>)}</ul>;
    }
    case 'consent':
      return <>{answer === true ? t('consent.agreed') : t('consent.notAgreed')}</>;
    case 'person-name':
      return typeof answer === 'object' && 'kana' in answer ? <>{answer.name}<br />{answer.kana}</> : null;
    case 'date': {
      if (typeof answer !== 'string') return null;
      const wareki = toWareki(answer);
      return <>{formatDate(answer, languageInfo(currentLanguage.value).htmlLang)}{wareki && <> <span class="review-row__wareki">{t('date.warekiValue', { date: wareki.label })}</span></>}</>;
    }
    case 'number':
      return <>{String(answer)}{field.unit && <> <FT value={field.unit} /></>}</>;
    case 'file':
      return typeof answer === 'object' && 'dataBase64' in answer ? <>{t('file.chosen', { name: answer.name, size: formatBytes(answer.size, tc) })}</> : null;
    case 'location':
      if (typeof answer !== 'object') return null;
      if ('description' in answer) return <>{answer.description}</>;
      return 'lat' in answer ? <>{t('location.pinned', { lat: answer.lat.toFixed(5), lng: answer.lng.toFixed(5) })}</> : null;
    default:
      return <span class="review-row__text">{typeof answer === 'string' ? answer : String(answer)}</span>;
  }
}
