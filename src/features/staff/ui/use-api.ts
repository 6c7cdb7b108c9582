import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ApiFailure, ApiResult } from '../api/http';

export type Loadable<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: ApiFailure };

const sameDeps = (a: readonly unknown[] | undefined, b: readonly unknown[]) =>
  a !== undefined && a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

/** Whether this load was asked for by a person or by a timer (see ApiOptions.background). */
export interface LoadContext {
  background: boolean;
}

/**
 * Loads from the staff API when `deps` change. `reload` asks again but keeps what is shown
 * until the answer is in (a table refreshing every minute must not blink); `poll` is the
 * same for a timer, marked as background; `replace` swaps in a value the screen already
 * has, e.g. the answer of a POST.
 */
export function useApi<T>(load: (context: LoadContext) => Promise<ApiResult<T>>, deps: readonly unknown[]) {
  const [state, setState] = useState<Loadable<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const lastDeps = useRef<readonly unknown[] | undefined>(undefined);
  const background = useRef(false);
  useEffect(() => {
    let live = true;
    if (!sameDeps(lastDeps.current, deps)) setState({ status: 'loading' });
    lastDeps.current = deps;
    const context = { background: background.current };
    background.current = false;
    void load(context).then((result) => {
      if (live) setState(result.ok ? { status: 'ready', value: result.value } : { status: 'failed', error: result.error });
    });
    return () => {
      live = false;
    };
    // The caller names what the load depends on; `load` itself is a new closure every render.
  }, [...deps, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  const poll = useCallback(() => {
    background.current = true;
    setRound((n) => n + 1);
  }, []);
  const replace = useCallback((value: T) => setState({ status: 'ready', value }), []);
  return { state, reload, poll, replace };
}
