import { useEffect, useState } from 'preact/hooks';
import type { Result } from '../../lib/result';
import type { Fetched } from './reservations-api';

export type FetchState<T> = { kind: 'loading' } | { kind: 'unavailable' } | ({ kind: 'ready' } & Fetched<T>);

/** Runs `load` whenever `key` changes; the last answer wins. */
export function useFetched<T>(key: string, load: () => Promise<Result<Fetched<T>, unknown>>): FetchState<T> {
  const [state, setState] = useState<FetchState<T>>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    void load().then((result) => {
      if (live) setState(result.ok ? { kind: 'ready', ...result.value } : { kind: 'unavailable' });
    });
    return () => { live = false; };
  }, [key]);
  return state;
}
