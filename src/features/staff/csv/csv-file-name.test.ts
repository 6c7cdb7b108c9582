import { describe, expect, it } from 'vitest';
import { csvFileName } from './csv-file-name';

describe('the CSV file name', () => {
  it('is stamped in Japan time: just after midnight UTC it is already morning, same day', () => {
    expect(csvFileName('bulky-waste', new Date('2026-03-31T00:05:00Z'))).toBe('bulky-waste-20260331-0905.csv');
  });

  it('moves to the next day at Japan midnight, while UTC is still on the day before', () => {
    expect(csvFileName('bulky-waste', new Date('2026-03-31T15:30:00Z'))).toBe('bulky-waste-20260401-0030.csv');
    expect(csvFileName('bulky-waste', new Date('2026-12-31T15:00:00Z'))).toBe('bulky-waste-20270101-0000.csv');
  });
});
