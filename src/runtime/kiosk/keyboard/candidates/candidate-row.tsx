import type { Candidate } from './candidate-lookup';

export interface CandidateRowProps {
  candidates: readonly Candidate[];
  /** The row's name for assistive technology, in the UI language. */
  label: string;
  onChoose: (candidate: Candidate) => void;
}

/**
 * The row of kanji candidates above the kana keys. Each is a big key named by its word;
 * the reading it replaces is shown small beneath, so a citizen sees which 小川 is which.
 * Always rendered while the kana keyboard is open (empty when nothing matches), so the
 * keys below do not jump as the candidates come and go.
 */
export function CandidateRow({ candidates, label, onChoose }: CandidateRowProps) {
  return (
    <div class="osk__candidates" role="group" aria-label={label}>
      {candidates.map((c) => (
        <button type="button" key={`${c.surface}\t${c.reading}`} class="osk__key osk__candidate" lang="ja" onClick={() => onChoose(c)}>
          <span class="osk__candidate-word">{c.surface}</span>
          <span class="osk__candidate-reading" aria-hidden="true">{c.reading}</span>
        </button>
      ))}
    </div>
  );
}
