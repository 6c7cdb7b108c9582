import { useEffect, useState } from 'preact/hooks';

/** Below this much free quota, a draft or a submission with a photo may not fit. */
export const minFreeBytes = 5 * 1024 * 1024;

/** True when the browser says less than 5 MB is free; false when it cannot say (never a false alarm). */
export async function lowOnStorage(estimate: () => Promise<StorageEstimate> | undefined = () => navigator.storage?.estimate?.()): Promise<boolean> {
  try {
    const e = await estimate();
    if (!e || e.quota === undefined || e.usage === undefined) return false;
    return e.quota - e.usage < minFreeBytes;
  } catch {
    return false;
  }
}

/** Checked once when a form opens, so the citizen is told before they type, not after. */
export function useLowStorage(): boolean {
  const [low, setLow] = useState(false);
  useEffect(() => {
    let live = true;
    void lowOnStorage().then((result) => { if (live) setLow(result); });
    return () => { live = false; };
  }, []);
  return low;
}
