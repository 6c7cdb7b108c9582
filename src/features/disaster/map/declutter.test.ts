import { describe, expect, it } from 'vitest';
import { visibleBoxes, type Box } from './declutter';

const box = (left: number, top: number, width = 100, height = 20): Box => ({ left, top, right: left + width, bottom: top + height });

describe('keeping map names apart', () => {
  it('shows names in priority order and hides a later one that would touch an earlier one', () => {
    // A town name, a river name on top of it, a road name clear of both.
    expect(visibleBoxes([box(0, 0), box(50, 10), box(0, 100)], [])).toEqual([true, false, true]);
  });

  it('hides a name under a numbered site or "you are here", however important', () => {
    expect(visibleBoxes([box(0, 0), box(300, 0)], [box(80, 5, 30, 30)])).toEqual([false, true]);
  });

  it('keeps a small gap: names that merely touch are apart by less than it', () => {
    expect(visibleBoxes([box(0, 0), box(101, 0)], [], undefined, 2)).toEqual([true, false]);
    expect(visibleBoxes([box(0, 0), box(103, 0)], [])).toEqual([true, true]);
  });

  it('hides a name the map\'s edge would cut', () => {
    const frame = box(0, 0, 400, 300);
    expect(visibleBoxes([box(-20, 10), box(10, 10), box(350, 200), box(10, 290)], [], frame)).toEqual([false, true, false, false]);
  });
});
