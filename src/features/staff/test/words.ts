import type { CsvWords } from '../csv/csv-table';

/** The console's words as the Japanese strings have them, for pure-function tests. */
export const jaWords: CsvWords = {
  lang: 'ja',
  yes: 'はい',
  no: 'いいえ',
  kanaHeading: (label) => `${label}（フリガナ）`,
  receiptNumber: '受付番号',
  receivedAt: '受付日時',
  status: '状態',
  check: '確認',
  misfit: (fields) => `フォームに合わない回答: ${fields.join('、')}`,
  statusLabel: { received: '未処理', processed: '処理済み' },
};
