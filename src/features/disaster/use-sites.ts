import { useMemo } from 'preact/hooks';
import { packPaths, type EvacuationSite } from '../../lib/content/pack-types';
import { createSiteIndex, type SiteIndex } from '../../lib/geo';
import { useContent, type ContentState } from '../../runtime/content/content-store';

export interface SitesData {
  sites: EvacuationSite[];
  index: SiteIndex<EvacuationSite>;
}

/** The pack's evacuation sites and their spatial index, built once per pack. */
export function useSites(): ContentState<SitesData> {
  const content = useContent<EvacuationSite[]>(packPaths.evacuationSites);
  const sites = content.status === 'ready' ? content.data : undefined;
  const index = useMemo(() => (sites ? createSiteIndex(sites) : undefined), [sites]);
  if (content.status !== 'ready') return content;
  return { status: 'ready', data: { sites: content.data, index: index! } };
}
