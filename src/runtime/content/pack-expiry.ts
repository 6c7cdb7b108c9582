import { useEffect, useState } from 'preact/hooks';
import { parseManifest } from '../../lib/pack/plan';
import { activePackVersion } from './pack-status';

/**
 * Until when the city vouches for the pack the screens show (its signed expiresAt);
 * undefined while unknown, or for a pack from before expiries were signed. The
 * database module is loaded on first use, never on the start-up path.
 */
export function useShownPackExpiry(): string | undefined {
  const version = activePackVersion.value;
  const [expiry, setExpiry] = useState<{ version: string; expiresAt: string | undefined }>();
  useEffect(() => {
    let live = true;
    if (!version) return;
    void import('../../db/packs')
      .then(({ readPackManifest }) => readPackManifest(version))
      .then((text) => { if (live) setExpiry({ version, expiresAt: text === undefined ? undefined : parseManifest(text)?.expiresAt }); })
      .catch(() => { if (live) setExpiry(undefined); }); // unreadable: say nothing rather than something wrong
    return () => { live = false; };
  }, [version]);
  return expiry !== undefined && expiry.version === version ? expiry.expiresAt : undefined;
}
