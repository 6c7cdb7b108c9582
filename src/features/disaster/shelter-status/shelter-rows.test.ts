import { beforeAll, describe, expect, it } from 'vitest';
import type { ShelterState, ShelterStatus } from '../../../../contract/api/shelters';
import { initI18n } from '../../../i18n';
import { createSiteIndex } from '../../../lib/geo';
import { onahamaShisho, onahamaSites } from '../test/fixtures';
import { shelterAwareRows } from './shelter-rows';

beforeAll(async () => {
  await initI18n('ja');
});

const index = createSiteIndex(onahamaSites);
const statuses = (entries: Record<string, ShelterState>) =>
  new Map<string, ShelterStatus>(Object.entries(entries).map(([siteId, state]) => [siteId, { siteId, state, headcount: null, setAt: '2026-06-01T03:00:00Z' }]));
const ids = (rows: { site: { id: string } }[]) => rows.map((r) => r.site.id);

describe('the evacuation list with shelter status', () => {
  it('in an emergency passes over a full shelter: the next open site becomes the nearest, and the full one is named', () => {
    const { rows, skipped } = shelterAwareRows(index, onahamaShisho, 'tsunami', 'ja', statuses({ 'daiichi-chu': 'full' }), true);
    expect(ids(rows)).toEqual(['misaki', 'tamagawa']);
    expect(rows[0]?.rank).toBe(1);
    expect(skipped.map((s) => [s.row.site.id, s.status.state])).toEqual([['daiichi-chu', 'full']]);
  });

  it('passes over not-open and closed shelters too, but never one nobody reported on', () => {
    const { rows, skipped } = shelterAwareRows(index, onahamaShisho, 'tsunami', 'ja', statuses({ 'daiichi-chu': 'not-open', misaki: 'closed' }), true);
    expect(ids(rows)).toEqual(['tamagawa']);
    expect(ids(skipped.map((s) => s.row))).toEqual(['daiichi-chu', 'misaki']);
    expect(ids(shelterAwareRows(index, onahamaShisho, 'tsunami', 'ja', new Map(), true).rows)).toEqual(['daiichi-chu', 'misaki', 'tamagawa']);
  });

  it('keeps open and crowded shelters in their place', () => {
    const { rows, skipped } = shelterAwareRows(index, onahamaShisho, 'tsunami', 'ja', statuses({ 'daiichi-chu': 'crowded', misaki: 'open' }), true);
    expect(ids(rows)).toEqual(['daiichi-chu', 'misaki', 'tamagawa']);
    expect(skipped).toEqual([]);
  });

  it('outside an emergency skips nothing: the status shows on each line instead', () => {
    const { rows, skipped } = shelterAwareRows(index, onahamaShisho, 'tsunami', 'ja', statuses({ 'daiichi-chu': 'full' }), false);
    expect(ids(rows)).toEqual(['daiichi-chu', 'misaki', 'tamagawa']);
    expect(skipped).toEqual([]);
  });

  it('still lists k sites when shelters are passed over (the next ones move up)', () => {
    const { rows } = shelterAwareRows(index, onahamaShisho, 'tsunami', 'ja', statuses({ 'daiichi-chu': 'full' }), true, 2);
    expect(ids(rows)).toEqual(['misaki', 'tamagawa']);
  });
});
