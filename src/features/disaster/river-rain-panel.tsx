import { currentLanguage, useT } from '../../i18n';
import { languageInfo } from '../../i18n/languages';
import { packPaths, type RiverRain } from '../../lib/content/pack-types';
import { useNow } from '../../lib/use-now';
import { RText } from '../../ui/rtext';
import { useContent } from '../../runtime/content/content-store';
import { formatObservedAt, freshness } from './staleness';

type Level = RiverRain['stations'][number]['level'];

/** A shape per level, so the level never rests on colour: ○ normal, △ caution, ▲ warning, ■ danger. */
function LevelShape({ level }: { level: Level }) {
  const d = { normal: 'M12 4a8 8 0 1 1 0 16 8 8 0 0 1 0-16z', caution: 'M12 3 22 20H2z', warning: 'M12 3 22 20H2z', danger: 'M3 3h18v18H3z' }[level];
  const filled = level === 'warning' || level === 'danger';
  return (
    <svg class="level-shape" width="1.5em" height="1.5em" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={d} fill={filled ? 'currentColor' : 'none'} stroke="currentColor" stroke-width="2.5" stroke-linejoin="round" />
      {level === 'danger' && <path class="level-shape__cross" d="M8 8l8 8M16 8l-8 8" stroke-width="2.5" />}
    </svg>
  );
}

/**
 * The last river levels and rainfall shipped in the pack, with their observation time,
 * and a plain warning once they are more than three hours old (the pack cannot refresh
 * while the network is down).
 */
export function RiverRainPanel() {
  const t = useT();
  const content = useContent<RiverRain>(packPaths.riverRain);
  const now = useNow(60_000);
  const htmlLang = languageInfo(currentLanguage.value).htmlLang;
  if (content.status === 'loading') return null;
  return (
    <section class="river-rain card" aria-labelledby="river-rain-title">
      <h2 id="river-rain-title">{t('disaster.river.title')}</h2>
      {content.status === 'missing' ? <p>{t('disaster.river.missing')}</p> : (() => {
        const data = content.data;
        const age = freshness(data.observedAt, now);
        return (
          <>
            <p class="river-rain__time">{t('disaster.river.observed', { time: formatObservedAt(data.observedAt, htmlLang) })}</p>
            {age.stale && <p class="river-rain__stale"><span aria-hidden="true">⚠ </span>{t('disaster.river.stale', { hours: Math.max(3, age.hours) })}</p>}
            <ul class="river-rain__list" role="list">
              {data.stations.map((s) => (
                <li key={s.id} class={`river-rain__station river-rain__station--${s.level}`}>
                  <span class="river-rain__name" lang="ja"><RText value={s.name} /></span>
                  <span class="river-rain__value">{t(`disaster.river.kinds.${s.kind}`)} {s.value} {s.unit}</span>
                  <span class="river-rain__level"><LevelShape level={s.level} /> {t(`disaster.river.levels.${s.level}`)}</span>
                </li>
              ))}
            </ul>
          </>
        );
      })()}
    </section>
  );
}
