import { currentLanguage } from '../../i18n';
import type { Hazard } from '../../lib/content/pack-types';
import { WithFurigana } from '../../ui/rtext';
import { SiteCard } from './site-card';
import type { SiteRow } from './site-rows';

/**
 * The nearest sites as an ordered list: the order is the meaning (nearest first), and
 * screen readers say "1 of 10". Site names are Japanese only, so readers of other
 * languages get furigana on them whatever the display setting, as guides do.
 */
export function SiteList({ rows, hazard }: { rows: readonly SiteRow[]; hazard: Hazard }) {
  const japanese = currentLanguage.value === 'ja' || currentLanguage.value === 'ja-easy';
  const list = (
    <ol class="site-list" role="list">
      {rows.map((row) => <li key={row.site.id}><SiteCard row={row} hazard={hazard} /></li>)}
    </ol>
  );
  return japanese ? list : <WithFurigana>{list}</WithFurigana>;
}
