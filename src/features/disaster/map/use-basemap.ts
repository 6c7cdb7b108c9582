import type { Map as LeafletMap } from 'leaflet';
import { useEffect, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { kioskConfig } from '../../../runtime/kiosk/kiosk-state';
import { pmtilesLayer } from './pmtiles-layer';
import { basemapRequestUrl } from '../../../lib/pmtiles/basemap-url';

export type BasemapState = { kind: 'none' } | { kind: 'shown'; attribution: string } | { kind: 'failed'; reason: string };

/**
 * The terminal's optional street map (kiosk config `basemap`). Phones have none: the
 * schematic map is the complete answer, and a tens-of-MB file is not pushed onto them.
 * The service worker keeps the file whole, so this works offline once fetched.
 */
export function useBasemap(map: RefObject<LeafletMap | undefined>): BasemapState {
  const config = kioskConfig.value?.basemap ?? undefined;
  const [state, setState] = useState<BasemapState>({ kind: 'none' });
  useEffect(() => {
    const m = map.current;
    if (!m || !config) return;
    let cancelled = false;
    let remove = () => {};
    void pmtilesLayer(basemapRequestUrl(config)).then((result) => {
      if (cancelled) return;
      if (!result.ok) {
        setState({ kind: 'failed', reason: result.reason });
        return;
      }
      result.layer.addTo(m);
      remove = () => result.layer.remove();
      setState({ kind: 'shown', attribution: config.attribution });
    });
    return () => { cancelled = true; remove(); };
  }, [config?.url, config?.sha256]);
  return state;
}
