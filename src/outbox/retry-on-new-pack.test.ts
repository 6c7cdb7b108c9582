import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { PackStatus } from '../runtime/content/pack-status';
import { retryWhenNewPackInstalled } from './retry-on-new-pack';

describe('retrying the outbox when a new pack is installed', () => {
  it('tries every waiting item once per newly installed pack, not on checks or failures', () => {
    const status = signal<PackStatus>({ state: 'idle' });
    let retries = 0;
    const stop = retryWhenNewPackInstalled(status, () => { retries++; });
    status.value = { state: 'checking' };
    status.value = { state: 'up-to-date', version: 'v1' };
    status.value = { state: 'failed', reason: 'offline' };
    expect(retries).toBe(0);
    status.value = { state: 'installed', version: 'v2', fetchedFiles: 3, fetchedBytes: 10 };
    expect(retries).toBe(1);
    status.value = { state: 'checking' };
    status.value = { state: 'installed', version: 'v2', fetchedFiles: 0, fetchedBytes: 0 };
    expect(retries).toBe(1);
    status.value = { state: 'installed', version: 'v3', fetchedFiles: 1, fetchedBytes: 1 };
    expect(retries).toBe(2);
    stop();
    status.value = { state: 'installed', version: 'v4', fetchedFiles: 1, fetchedBytes: 1 };
    expect(retries).toBe(2);
  });
});
