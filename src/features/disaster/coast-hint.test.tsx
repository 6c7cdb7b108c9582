import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { initI18n, loadNamespace } from '../../i18n';
import { primeContent } from '../../runtime/content/primed-content';
import { activePackVersion } from '../../runtime/content/pack-status';
import { onahamaSites } from './test/fixtures';
import { homePlace } from './here';
import { SiteDetail } from './site/site-detail';
import { CoastHintNote } from './coast-hint';

const misaki = onahamaSites[2]!; // on the cliff by the sea, south-east of 小名浜
const daiichiChu = onahamaSites[3]!; // inland, north-west of 小名浜
// The sample coastline around 小名浜港 (content/map/coastline.geojson), land on its left.
const coastline = { type: 'FeatureCollection', layer: { kind: 'coastline', sample: true }, features: [
  { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[140.89, 36.922], [140.896, 36.93], [140.898, 36.936], [140.904, 36.939], [140.908, 36.935], [140.912, 36.933], [140.918, 36.929], [140.925, 36.934], [140.933, 36.942], [140.942, 36.95]] } },
] };

beforeAll(async () => { await initI18n('ja'); await loadNamespace('map', ['ja']); });
afterEach(() => { cleanup(); homePlace.value = undefined; activePackVersion.value = undefined; });

function withCoastline(present = true) {
  activePackVersion.value = undefined;
  primeContent({ version: 'v-coast', files: new Map(present ? [['map/coastline.json', coastline]] : []) });
  homePlace.value = { label: '小名浜', point: { lat: 36.9469, lng: 140.9031 } };
}

describe('tsunami: away from the sea, beside the straight line to the site', () => {
  it('tells someone at home in 小名浜 to head north, away from the harbour, for an inland site', async () => {
    withCoastline();
    render(<SiteDetail site={daiichiChu} hazard="tsunami" />);
    const title = await screen.findByRole('heading', { name: '津波：まず海から離れる' });
    const hint = title.closest('section')!;
    expect(hint.textContent).toContain('北の方向（内陸）へ向かってください。海は南に 880 m です。');
    expect(hint.textContent).toMatch(/この避難場所は、小名浜より海から 1\.\d km 遠い所にあります。/);
    // The straight-line direction to the site is still there.
    expect(document.querySelector('.site-facts__direction')?.textContent).toContain('北西');
  });

  it('says nothing for a site nearer the sea (the cliff-top park), for another hazard, or without a coastline layer', async () => {
    withCoastline();
    render(<SiteDetail site={misaki} hazard="tsunami" />);
    render(<SiteDetail site={daiichiChu} hazard="flood" />);
    expect(screen.getAllByText('行き方')).toHaveLength(2);
    expect(screen.queryByRole('heading', { name: '津波：まず海から離れる' })).toBeNull();
    cleanup();
    withCoastline(false);
    render(<SiteDetail site={daiichiChu} hazard="tsunami" />);
    expect(screen.queryByRole('heading', { name: '津波：まず海から離れる' })).toBeNull();
  });

  it('heads the list once from a start near the sea, and not from 平 (city hall), 9 km inland', async () => {
    withCoastline();
    render(<CoastHintNote from={{ lat: 36.9469, lng: 140.9031 }} />);
    const hint = (await screen.findByRole('heading', { name: '津波：まず海から離れる', level: 3 })).closest('section')!;
    expect(hint.textContent).toContain('北の方向（内陸）へ');
    expect(hint.textContent).not.toContain('この避難場所は');
    cleanup();
    render(<CoastHintNote from={{ lat: 37.0505, lng: 140.8877 }} />);
    expect(screen.queryByRole('heading', { name: '津波：まず海から離れる' })).toBeNull();
  });
});
