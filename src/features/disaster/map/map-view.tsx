import { latLngBounds, map as createMap, type Layer, type Map as LeafletMap } from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useLocation } from 'preact-iso';
import { useEffect, useRef } from 'preact/hooks';
import { currentLanguage, useNamespaceT, useT } from '../../../i18n';
import type { EvacuationSite, Hazard } from '../../../lib/content/pack-types';
import { iwakiBounds } from '../../../lib/geo';
import { plainText } from '../../../ui/rtext';
import type { Here } from '../here';
import type { SiteRow } from '../site-rows';
import { boundaryLayer, coastlineLayer, districtLayer, hazardAreaLayer, levelsPresent } from './base-layers';
import { HatchDefs } from './hatch-patterns';
import { basemapKinds, MapLegend } from './map-legend';
import { hereMarker, siteMarkers } from './site-markers';
import { shelterStatusBySite } from '../../../runtime/shelters/shelter-status';
import { languageInfo } from '../../../i18n/languages';
import { stateSymbol } from '../shelter-status/shelter-badge';
import { formatShelterTime } from '../shelter-status/shelter-time';
import { isSampleMap, useMapData } from './use-map-data';
import { labelLayer, lineLayer, townLayer } from './basemap-layers';
import { declutterLabels } from './declutter';
import { useBasemap } from './use-basemap';
import './map.css';
import './basemap.css';

/** The zoom from which 町, rivers, roads and railways are named (the ten nearest sites on a phone), and from which lines are named more often. */
const detailZoom = 11;
const nearZoom = 13;

export interface MapViewProps { hazard: Hazard; rows: readonly SiteRow[]; sites: readonly EvacuationSite[]; here: Here }

/**
 * The same sites as the list, on a map drawn from the pack's GeoJSON: no tiles to
 * download on the day it matters. A kiosk may add a street map from its own cached
 * PMTiles file underneath (use-basemap.ts). Leaflet positions things
 * with element.style from script, which the CSP allows; nothing here writes a style
 * attribute into markup.
 */
export function MapView({ hazard, rows, sites, here }: MapViewProps) {
  const t = useT();
  const { route } = useLocation();
  const element = useRef<HTMLDivElement>(null);
  const leaflet = useRef<LeafletMap | undefined>(undefined);
  const data = useMapData();
  const language = currentLanguage.value;
  const ts = useNamespaceT('shelters');
  const tm = useNamespaceT('map');
  const sample = isSampleMap(data);
  const statuses = shelterStatusBySite.value;

  const fit = () => {
    const points = [here.point, ...rows.map((r) => r.site)];
    leaflet.current?.fitBounds(latLngBounds(points.map((p) => [p.lat, p.lng])), { padding: [48, 48], maxZoom: 15 });
  };

  useEffect(() => {
    const { south, west, north, east } = iwakiBounds;
    const m = createMap(element.current!, {
      zoomControl: false, attributionControl: false, minZoom: 9, maxZoom: 17, zoomSnap: 0.5,
      maxBounds: [[south, west], [north, east]], maxBoundsViscosity: 0.8,
    });
    leaflet.current = m;
    // From street zoom the 町 and line names replace the district names (basemap.css).
    const detail = () => {
      m.getContainer().classList.toggle('disaster-map__canvas--detail', m.getZoom() >= detailZoom);
      m.getContainer().classList.toggle('disaster-map__canvas--near', m.getZoom() >= nearZoom);
    };
    m.on('zoomend', detail);
    m.on('moveend', () => declutterLabels(m.getContainer()));
    fit();
    detail();
    return () => { m.remove(); leaflet.current = undefined; };
  }, []);

  // Redrawn whenever the data, the hazard, "here" or the language changes; cheap for ~120 sites.
  useEffect(() => {
    const m = leaflet.current;
    if (!m) return;
    const layers: Layer[] = [];
    // Painted bottom to top: land, 町 edges, hazard areas, water and ways, the coast; names above all lines.
    if (data.boundary) layers.push(boundaryLayer(data.boundary));
    if (data.towns) layers.push(townLayer(data.towns));
    if (data.hazardAreas) layers.push(hazardAreaLayer(data.hazardAreas, hazard));
    if (data.rivers) layers.push(lineLayer(data.rivers, 'river'));
    if (data.roads) layers.push(lineLayer(data.roads, 'road'));
    if (data.railways) layers.push(lineLayer(data.railways, 'railway'));
    if (data.coastline) layers.push(coastlineLayer(data.coastline));
    if (data.districts) layers.push(districtLayer(data.districts, language));
    if (data.towns) layers.push(labelLayer(data.towns, 'town', language));
    if (data.rivers) layers.push(labelLayer(data.rivers, 'river', language));
    if (data.roads) layers.push(labelLayer(data.roads, 'road', language));
    if (data.railways) layers.push(labelLayer(data.railways, 'railway', language));
    layers.push(siteMarkers(sites, rows, hazard, {
      site: (row) => t('disaster.map.marker', { rank: row.rank, name: plainText(row.site.name), distance: row.distance }),
      youAreHere: t('disaster.here.youAreHere'),
      status: (id) => {
        const status = statuses.get(id);
        if (!status || !ts) return undefined;
        const time = formatShelterTime(status.setAt, languageInfo(currentLanguage.value).htmlLang, new Date());
        return { state: status.state, label: `${stateSymbol[status.state]} ${ts(`state.${status.state}`)} ${ts('asOf', { time })}` };
      },
    }, (id) => route(`/disaster/sites/${encodeURIComponent(id)}?hazard=${hazard}`)));
    layers.push(hereMarker(here.point, here.kind === 'home' ? here.label : here.kind === 'city-hall' ? t('disaster.here.cityHall') : t('disaster.here.youAreHere')));
    for (const layer of layers) layer.addTo(m);
    declutterLabels(m.getContainer());
    return () => { for (const layer of layers) layer.remove(); };
  }, [data.boundary, data.coastline, data.rivers, data.roads, data.railways, data.towns, data.districts, data.hazardAreas, hazard, rows, sites, here, language, statuses, ts]);

  useEffect(fit, [here.point.lat, here.point.lng, hazard]);
  const basemap = useBasemap(leaflet);

  return (
    <section class={`disaster-map${basemap.kind === 'shown' ? ' disaster-map--basemap' : ''}`} aria-labelledby="disaster-map-title">
      <h3 id="disaster-map-title" class="visually-hidden">{t('disaster.map.title')}</h3>
      <HatchDefs />
      <div class="cluster disaster-map__controls">
        <button type="button" class="button disaster-map__zoom-in" onClick={() => leaflet.current?.zoomIn()}>
          <span aria-hidden="true">＋</span> {t('disaster.map.zoomIn')}
        </button>
        <button type="button" class="button disaster-map__zoom-out" onClick={() => leaflet.current?.zoomOut()}>
          <span aria-hidden="true">−</span> {t('disaster.map.zoomOut')}
        </button>
        <button type="button" class="button" onClick={fit}>{t('disaster.map.recenter')}</button>
      </div>
      {sample && tm && <p class="disaster-map__sample"><span class="disaster-map__sample-tag">{tm('sample')}</span> {tm('sampleNote')}</p>}
      <div ref={element} class="disaster-map__canvas" role="region" aria-label={t('disaster.map.label')} />
      {basemap.kind === 'shown' && <p class="disaster-map__attribution">{basemap.attribution}</p>}
      {basemap.kind === 'failed' && <p class="disaster-map__attribution" role="status">{t('disaster.map.basemapUnavailable')}</p>}
      <MapLegend hazard={hazard} levels={levelsPresent(data.hazardAreas, hazard)} basemap={basemapKinds(data)} />
    </section>
  );
}
