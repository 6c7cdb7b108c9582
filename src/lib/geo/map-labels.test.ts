import { describe, expect, it } from 'vitest';
import { featureLabel, labelPositions } from './map-labels';

const natsui = { name: '夏井川', names: { en: 'Natsui River', ko: '나쓰이강' } };

describe('map labels in the reader\'s language', () => {
  it('gives Japanese readers (and やさしい日本語) the Japanese name alone', () => {
    expect(featureLabel(natsui, 'ja')).toEqual({ text: '夏井川', textIsJapanese: true });
    expect(featureLabel(natsui, 'ja-easy')).toEqual({ text: '夏井川', textIsJapanese: true });
  });

  it('gives others their own name, else the romanised English one, with the Japanese beside it', () => {
    expect(featureLabel(natsui, 'ko')).toEqual({ text: '나쓰이강', textIsJapanese: false, japanese: '夏井川' });
    expect(featureLabel(natsui, 'vi')).toEqual({ text: 'Natsui River', textIsJapanese: false, japanese: '夏井川' });
    expect(featureLabel(natsui, 'en')).toEqual({ text: 'Natsui River', textIsJapanese: false, japanese: '夏井川' });
  });

  it('falls back to the Japanese name when nothing else is given, and to nothing without any name', () => {
    expect(featureLabel({ name: '新川' }, 'en')).toEqual({ text: '新川', textIsJapanese: true });
    expect(featureLabel({ names: { en: 'Route 6' } }, 'en')).toEqual({ text: 'Route 6', textIsJapanese: false });
    expect(featureLabel({}, 'en')).toBeUndefined();
    expect(featureLabel(null, 'ja')).toBeUndefined();
  });
});

describe('where a line\'s labels go', () => {
  // Due north along a meridian: 0.01° of latitude is 1,111.95 m.
  const line = [[140.9, 37.0], [140.9, 37.01], [140.9, 37.03], [140.9, 37.05]];

  it('puts one label every spacing, evenly along the line', () => {
    // 5,559.75 m long, a label every 2 km: two labels, at 1/4 and 3/4 of the length.
    const positions = labelPositions(line, 2000);
    expect(positions).toHaveLength(2);
    expect(positions[0]![1]).toBeCloseTo(37.0125, 6);
    expect(positions[1]![1]).toBeCloseTo(37.0375, 6);
    expect(positions.every((p) => p[0] === 140.9)).toBe(true);
  });

  it('names a short line once, at its middle', () => {
    expect(labelPositions(line, 10_000)).toEqual([[140.9, expect.closeTo(37.025, 6)]]);
    expect(labelPositions([[140.9, 37]], 1000)).toEqual([[140.9, 37]]);
    expect(labelPositions([], 1000)).toEqual([]);
  });
});
