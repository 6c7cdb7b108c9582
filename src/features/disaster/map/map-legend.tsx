import { useNamespaceT, useT } from '../../../i18n';
import type { MapData } from './use-map-data';
import type { Hazard } from '../../../lib/content/pack-types';
import { HatchSwatch } from './hatch-patterns';
import { hereShape, suitableShape, unsuitableShape } from './marker-shapes';

export type BasemapKind = 'coastline' | 'river' | 'expressway' | 'road' | 'railway' | 'town';

/** The background layers the pack has, in legend order (an expressway only if a road is one). */
export function basemapKinds(data: MapData): BasemapKind[] {
  const kinds: BasemapKind[] = [];
  if (data.coastline) kinds.push('coastline');
  if (data.rivers) kinds.push('river');
  if (data.roads?.features.some((f) => f.properties?.class === 'expressway')) kinds.push('expressway');
  if (data.roads?.features.some((f) => f.properties?.class !== 'expressway')) kinds.push('road');
  if (data.railways) kinds.push('railway');
  if (data.towns) kinds.push('town');
  return kinds;
}

/** A legend sample of a background line, drawn with the map's own classes. */
function LineSample({ kind }: { kind: BasemapKind }) {
  const d = 'M2 14h36';
  const line = (part: string) => <path class={`map-line map-line--${kind} map-line__${part}`} d={d} />;
  return (
    // Sized in em: the sample grows with the chosen text size, as the lines' names do.
    <svg class="map-legend__icon" width="2.5em" height="1.75em" viewBox="0 0 40 28" aria-hidden="true" focusable="false">
      {kind === 'coastline' && <path class="disaster-map__coast" d={d} />}
      {kind === 'town' && <path class="map-town" d={d} />}
      {(kind === 'road' || kind === 'expressway' || kind === 'railway') && line('casing')}
      {kind !== 'coastline' && kind !== 'town' && line('centre')}
    </svg>
  );
}

/** What each shape and pattern on the map means, in words: the map is never read by colour alone. */
export function MapLegend({ hazard, levels, basemap = [] }: { hazard: Hazard; levels: readonly string[]; basemap?: readonly BasemapKind[] }) {
  const t = useT();
  const tm = useNamespaceT('map');
  const hazardName = t(`disaster.hazards.${hazard}`);
  return (
    <section class="map-legend card" aria-labelledby="map-legend-title">
      <h3 id="map-legend-title">{t('disaster.map.legend')}</h3>
      <ul class="map-legend__list" role="list">
        <li>
          <svg class="map-legend__icon here-marker" width={hereShape.width} height={hereShape.height} viewBox="0 0 30 30" aria-hidden="true" focusable="false">
            <circle class="here-marker__ring" cx="15" cy="15" r="12" /><circle class="here-marker__dot" cx="15" cy="15" r="5" />
          </svg>
          {t('disaster.here.youAreHere')}
        </li>
        <li>
          <svg class="map-legend__icon site-marker--suitable" width={suitableShape.width} height={suitableShape.height} viewBox="0 0 36 40" aria-hidden="true" focusable="false">
            <path class="site-marker__house" d={suitableShape.d} />
            <text x="18" y="32" text-anchor="middle" class="site-marker__rank">1</text>
          </svg>
          {t('disaster.map.suitable', { hazard: hazardName })}
        </li>
        <li>
          <svg class="map-legend__icon site-marker--unsuitable" width={unsuitableShape.width} height={unsuitableShape.height} viewBox="0 0 18 18" aria-hidden="true" focusable="false">
            <path class="site-marker__cross" d={unsuitableShape.d} />
          </svg>
          {t('disaster.map.notSuitable', { hazard: hazardName })}
        </li>
        <li>
          <svg class="map-legend__icon" width="40" height="28" viewBox="0 0 40 28" aria-hidden="true" focusable="false">
            <rect class="map-legend__land" x="1" y="1" width="38" height="26" />
          </svg>
          {t('disaster.map.boundary')}
        </li>
        {tm && basemap.map((kind) => <li key={kind}><LineSample kind={kind} />{tm(`layers.${kind}`)}</li>)}
      </ul>
      <h4 class="map-legend__areas-title">
        {t('disaster.map.areas')} <span class="map-legend__sample">{t('disaster.map.sample')}</span>
      </h4>
      {levels.length === 0 ? <p>{t('disaster.map.noAreas')}</p> : (
        <ul class="map-legend__list" role="list">
          {levels.map((level) => (
            <li key={level}><HatchSwatch level={level} />{t(`disaster.levels.${level}` as 'disaster.levels.ge5')}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
