import type { PackRefusalReason } from '../../lib/pack/freshness';
import { signal } from '@preact/signals';

/** What the content updater is doing, for the settings screen and tests. */
export type PackStatus =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'downloading'; done: number; total: number; bytes: number }
  | { state: 'installed'; version: string; fetchedFiles: number; fetchedBytes: number }
  | { state: 'up-to-date'; version: string }
  | { state: 'failed'; reason: PackFailure };

/**
 * Why an update did not happen. Every reason leaves the current pack active; each
 * maps to a translated message (content.failure.*).
 */
export type PackFailure =
  | 'offline' | 'bad-signature' | 'bad-manifest' | 'bad-file' | 'download-failed' | 'storage-full' | 'storage-unavailable'
  /** Signed and complete, but failed the check after the switch: rolled back (src/runtime/content/pack-check.ts). */
  | 'unusable'
  /** Validly signed but older than the active pack (a replay) or expired: never installed (src/lib/pack/freshness.ts). */
  | PackRefusalReason;

export const packStatus = signal<PackStatus>({ state: 'idle' });
/** The version the screens read from; changes only when a complete pack is installed. */
export const activePackVersion = signal<string | undefined>(undefined);
