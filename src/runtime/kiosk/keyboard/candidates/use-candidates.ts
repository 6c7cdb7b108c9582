import { useEffect, useState } from 'preact/hooks';
import { replaceBeforeCaret, textBeforeCaret, type TextField } from '../field-editing';
import { candidatesFor, type Candidate, type CandidateIndex } from './candidate-lookup';
import { loadCandidateIndex } from './candidate-data';

export interface CandidateState {
  candidates: Candidate[];
  /** Puts the word in place of the kana it was found for. */
  choose: (candidate: Candidate) => void;
  /** Looks again after a key that moves the caret without an input event (← →). */
  refresh: () => void;
}

/**
 * The kanji candidates for what is typed in `target`, while `enabled` (the hiragana
 * keyboard). The data loads on first use; every edit of the field (the keyboard's own
 * keys announce theirs with an input event) looks again.
 */
export function useCandidates(target: TextField, enabled: boolean): CandidateState {
  const [index, setIndex] = useState<CandidateIndex | undefined>(undefined);
  const [before, setBefore] = useState(() => textBeforeCaret(target));

  useEffect(() => {
    if (!enabled || index) return;
    let live = true;
    // Without the data the keyboard still types kana; the row simply stays empty.
    loadCandidateIndex().then((loaded) => { if (live) setIndex(loaded); }, () => undefined);
    return () => { live = false; };
  }, [enabled, index]);

  useEffect(() => {
    const update = () => setBefore(textBeforeCaret(target));
    update();
    target.addEventListener('input', update);
    return () => target.removeEventListener('input', update);
  }, [target]);

  const candidates = enabled && index ? candidatesFor(index, before) : [];
  return {
    candidates,
    choose: (candidate) => { replaceBeforeCaret(target, candidate.replace, candidate.surface); },
    refresh: () => setBefore(textBeforeCaret(target)),
  };
}
