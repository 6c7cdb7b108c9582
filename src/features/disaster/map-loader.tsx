import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n';
import type { MapViewProps } from './map/map-view';

/**
 * Leaflet (~40 KB gz) is fetched only when someone asks for the map: the list, which
 * everyone can use, never waits for it. The service worker precaches the chunk, so it
 * loads offline too.
 */
export function MapLoader(props: MapViewProps) {
  const t = useT();
  const [view, setView] = useState<{ Map: ComponentType<MapViewProps> } | 'failed' | undefined>();
  useEffect(() => {
    let live = true;
    import('./map/map-view')
      .then((m) => { if (live) setView({ Map: m.MapView }); })
      .catch(() => { if (live) setView('failed'); });
    return () => { live = false; };
  }, []);
  if (view === 'failed') return <p class="notice" role="status">{t('errors.chunkLoad')}</p>;
  if (!view) return <p role="status">{t('disaster.map.loading')}</p>;
  return <view.Map {...props} />;
}
