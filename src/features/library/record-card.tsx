import type { TFunction } from 'i18next';
import type { LibraryRecord } from '../../../contract/api/library';
import { toDisplayIsbn } from './isbn-display';
import { BranchName } from './branch-name';
import { CatalogueText } from './book-title';

/** One book: title and author as catalogued (furigana from the readings), its copies per branch, and "hold". */
export function RecordCard({ record, t, withHold = true }: { record: LibraryRecord; t: TFunction<'library'>; withHold?: boolean }) {
  const headingId = `record-${record.id}`;
  return (
    <article class="library-record" aria-labelledby={headingId}>
      <h2 id={headingId} class="library-record__title" lang="ja"><CatalogueText text={record.title} reading={record.titleReading} /></h2>
      {record.sample && <span class="library-record__sample">{t('search.sample')}</span>}
      <dl class="library-record__facts">
        {record.author && <><dt>{t('record.author')}</dt><dd lang="ja"><CatalogueText text={record.author} reading={record.authorReading} /></dd></>}
        {record.publisher && <><dt>{t('record.publisher')}</dt><dd lang="ja">{record.publisher}</dd></>}
        {record.year !== null && <><dt>{t('record.year')}</dt><dd>{record.year}</dd></>}
        {record.isbn13 && <><dt>{t('record.isbn')}</dt><dd>{toDisplayIsbn(record.isbn13)}</dd></>}
      </dl>
      <h3 class="library-record__holdings-title">{t('record.holdings')}</h3>
      <ul class="library-holdings" role="list">
        {record.holdings.map((h) => (
          <li key={h.branch} class={`library-holding library-holding--${h.status}`}>
            <BranchName id={h.branch} />
            <span class="library-holding__status">{t(`status.${h.status}`)}</span>
          </li>
        ))}
      </ul>
      {withHold && <a class="button button--primary library-record__hold" href={`/library/hold/${encodeURIComponent(record.id)}`} aria-describedby={headingId}>{t('record.hold')}</a>}
    </article>
  );
}
