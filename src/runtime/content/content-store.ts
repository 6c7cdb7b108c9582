import { useEffect, useState } from 'preact/hooks';
import { activePackVersion } from './pack-status';
import { primedDocument } from './primed-content';

/**
 * Reads one document of the active pack. Undefined when no pack or no such file.
 * The database module (Dexie) is loaded on first use, never on the start-up path.
 */
export async function readContent<T>(path: string): Promise<T | undefined> {
  const hit = primedDocument(activePackVersion.value, path);
  if (hit) return hit.data as T;
  const { readPackFile } = await import('../../db/packs');
  const version = await activeVersion();
  return version ? ((await readPackFile(version, path)) as T | undefined) : undefined;
}

/** Every document of the active pack under `folder`, read at once. Undefined when no pack. */
export async function readContentFolder(folder: string): Promise<Array<{ path: string; data: unknown }> | undefined> {
  const { readPackFolder } = await import('../../db/packs');
  const version = await activeVersion();
  return version ? readPackFolder(version, folder) : undefined;
}

async function activeVersion(): Promise<string | undefined> {
  const { activePack } = await import('../../db/packs');
  const version = activePackVersion.value ?? (await activePack())?.version;
  activePackVersion.value ??= version;
  return version;
}

export type ContentState<T> = { status: 'loading' } | { status: 'missing' } | { status: 'ready'; data: T };

/**
 * A pack document for a screen; re-read when a new pack is switched in.
 * `path` may be undefined while a screen still works out what it needs.
 */
export function useContent<T>(path: string | undefined): ContentState<T> {
  const version = activePackVersion.value;
  const [state, setState] = useState<ContentState<T>>(() => primedState<T>(version, path) ?? { status: 'loading' });
  useEffect(() => {
    let live = true;
    if (!path) return;
    const hit = primedState<T>(version, path);
    if (hit) { setState(hit); return; }
    setState({ status: 'loading' });
    void readContent<T>(path)
      .then((data) => { if (live) setState(data === undefined ? { status: 'missing' } : { status: 'ready', data }); })
      .catch(() => { if (live) setState({ status: 'missing' }); });
    return () => { live = false; };
  }, [path, version]);
  return state;
}

function primedState<T>(version: string | undefined, path: string | undefined): ContentState<T> | undefined {
  const hit = path === undefined ? undefined : primedDocument(version, path);
  return hit && { status: 'ready', data: hit.data as T };
}
