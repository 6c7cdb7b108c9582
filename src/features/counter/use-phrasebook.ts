import { useMemo } from 'preact/hooks';
import { packPaths } from '../../lib/content/pack-types';
import type { Phrase, PhrasebookPack } from '../../lib/content/phrasebook';
import { useContent, type ContentState } from '../../runtime/content/content-store';

export interface Phrasebook extends PhrasebookPack {
  byId: ReadonlyMap<string, Phrase>;
}

/** The active pack's phrasebook, with its phrases by id (what a conversation sends). */
export function usePhrasebook(): ContentState<Phrasebook> {
  const state = useContent<PhrasebookPack>(packPaths.phrasebook);
  return useMemo(() => (state.status === 'ready'
    ? { status: 'ready', data: { ...state.data, byId: new Map(state.data.phrases.map((p) => [p.id, p])) } }
    : state), [state]);
}
