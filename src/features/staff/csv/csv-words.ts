import type { StaffText } from '../ui/staff-text';
import type { CsvWords } from './csv-table';

/** The console's words for answers and CSV headings, in its language. */
export function csvWords({ t, lang }: StaffText): CsvWords {
  return {
    lang,
    yes: t('answers.yes'),
    no: t('answers.no'),
    kanaHeading: (label) => t('answers.kanaHeading', { label }),
    receiptNumber: t('list.receiptNumber'),
    receivedAt: t('list.receivedAt'),
    status: t('list.status'),
    statusLabel: { received: t('status.received'), processed: t('status.processed') },
    check: t('export.check'),
    misfit: (fields) => t('export.misfit', { fields: fields.join(lang === 'ja' ? '、' : ', ') }),
  };
}
