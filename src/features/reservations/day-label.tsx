import { currentLanguage } from '../../i18n';
import { languageInfo } from '../../i18n/languages';

/** 12月9日(水) / Wed, 9 Dec — in the reader's language, for a Tokyo date. */
export function dayLabel(date: string, style: 'long' | 'short' = 'long'): string {
  const format = new Intl.DateTimeFormat(languageInfo(currentLanguage.value).htmlLang, {
    timeZone: 'UTC', weekday: 'short', day: 'numeric', ...(style === 'long' ? { month: 'long' } : {}),
  });
  return format.format(new Date(`${date}T00:00:00Z`));
}

export function DayLabel({ date, style = 'long' }: { date: string; style?: 'long' | 'short' }) {
  return <time dateTime={date}>{dayLabel(date, style)}</time>;
}
