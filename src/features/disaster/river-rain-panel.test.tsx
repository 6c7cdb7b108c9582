import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { initI18n } from '../../i18n';
import type { RiverRain } from '../../lib/content/pack-types';

const data: RiverRain = {
  observedAt: '2026-11-25T06:00:00+09:00',
  stations: [
    { id: 'r1', name: [['夏井川', 'なついがわ'], [' '], ['小川', 'おがわ']], kind: 'river', value: 2.71, unit: 'm', level: 'caution' },
    { id: 'r2', name: '雨量 平', kind: 'rain', value: 4.5, unit: 'mm/h', level: 'normal' },
  ],
};
// The panel reads the pack through the content store; here the store answers from memory.
vi.mock('../../runtime/content/content-store', () => ({ useContent: () => ({ status: 'ready', data }) }));
const { RiverRainPanel } = await import('./river-rain-panel');

beforeAll(async () => { await initI18n('ja'); });
afterEach(() => { cleanup(); vi.useRealTimers(); });

describe('the river and rain panel', () => {
  it('gives each station its level in words with a shape, and the observation time', () => {
    vi.useFakeTimers({ now: new Date('2026-11-25T07:00:00+09:00'), toFake: ['Date'] });
    render(<RiverRainPanel />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['夏井川 小川水位 2.71 m 注意', '雨量 平雨量 4.5 mm/h 平常']);
    expect(items.every((li) => li.querySelector('svg.level-shape'))).toBe(true);
    expect(screen.getByText(/の観測$/).textContent).toBe('2026/11/25 6:00 の観測');
    expect(screen.queryByText(/古い情報/)).toBeNull();
  });

  it('says the data may be out of date once it is more than three hours old', () => {
    vi.useFakeTimers({ now: new Date('2026-11-25T11:30:00+09:00'), toFake: ['Date'] });
    render(<RiverRainPanel />);
    expect(screen.getByText(/古い情報の可能性があります/).textContent).toContain('5 時間以上前');
  });
});
