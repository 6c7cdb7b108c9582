import { describe, expect, it } from 'vitest';
import { retryWhenSqliteBusy } from '../src/db/busy-retry.js';

const busy = () => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });

describe.shuffle('a write refused by a locked SQLite file', () => {
  it('is run again until it goes through (two server processes on one file)', async () => {
    let calls = 0;
    const result = await retryWhenSqliteBusy(async () => {
      calls += 1;
      if (calls < 3) throw busy();
      return 'stored';
    });
    expect(result).toBe('stored');
    expect(calls).toBe(3);
  });

  it('is not retried for any other error, and gives up after its attempts', async () => {
    let calls = 0;
    await expect(retryWhenSqliteBusy(async () => { calls += 1; throw new Error('other'); })).rejects.toThrow('other');
    expect(calls).toBe(1);
    await expect(retryWhenSqliteBusy(async () => { throw busy(); }, 3)).rejects.toThrow('database is locked');
  });
});
