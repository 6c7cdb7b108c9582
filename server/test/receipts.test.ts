import { describe, expect, it } from 'vitest';
import { formatReceiptNumber, tokyoYear } from '../src/services/receipts.js';
import { buildTestApp } from './helpers/app.js';
import { testDatabases } from './helpers/databases.js';
import { encryptAnswers, putSubmission, uuidv7 } from './helpers/submissions.js';

describe.shuffle('receipt numbers', () => {
  it('are IW-year-six digits, so they read out and sort well', () => {
    expect(formatReceiptNumber(2026, 123)).toBe('IW-2026-000123');
  });

  it('take the year in Tokyo, not in UTC', () => {
    expect(tokyoYear(new Date('2026-12-31T14:59:59Z'))).toBe(2026);
    expect(tokyoYear(new Date('2026-12-31T15:00:00Z'))).toBe(2027);
  });
});

describe.shuffle.each(testDatabases)('receipt numbers on $name', (database) => {
  it('are sequential per year and unique under 50 concurrent PUTs', async () => {
    const t = await buildTestApp(database, { now: () => new Date('2026-06-01T03:00:00Z') });
    try {
      const ciphertext = await encryptAnswers({ n: 1 });
      // Open the PostgreSQL pool's connections first, so the PUTs really overlap.
      await Promise.all(Array.from({ length: 10 }, () => t.app.inject('/api/health')));
      const responses = await Promise.all(
        Array.from({ length: 50 }, () => putSubmission(t.app, uuidv7(), { formId: 'moving-notice', ciphertext })),
      );

      expect(responses.every((r) => r.statusCode === 201)).toBe(true);
      const numbers = responses.map((r) => r.json<{ receiptNumber: string }>().receiptNumber).sort();
      expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => formatReceiptNumber(2026, i + 1)));
    } finally {
      await t.close();
    }
  });

  it('start again at 000001 when the new year begins in Tokyo', async () => {
    let now = new Date('2026-12-31T14:59:00Z');
    const t = await buildTestApp(database, { now: () => now });
    try {
      const send = async () =>
        (await putSubmission(t.app, uuidv7(), { formId: 'moving-notice', ciphertext: await encryptAnswers({}) })).json<{
          receiptNumber: string;
        }>().receiptNumber;

      expect(await send()).toBe('IW-2026-000001');
      expect(await send()).toBe('IW-2026-000002');
      now = new Date('2026-12-31T15:00:00Z'); // midnight, 1 January 2027 in Iwaki
      expect(await send()).toBe('IW-2027-000001');
    } finally {
      await t.close();
    }
  });
});
