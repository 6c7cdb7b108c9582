import { useState } from 'preact/hooks';
import { progressStates, stockPhrases, type ProgressState, type PublicMessage, type StockPhrase } from '../../../../contract/status';
import { staffApi } from '../api/staff-api';
import { errorMessage } from '../ui/error-message';
import { useStaffText } from '../ui/staff-text';
import { progressRevision, selectedSubmissions } from './progress-state';
import { useProgressText } from './progress-text';

type MessageChoice = 'none' | 'own' | StockPhrase;

/**
 * Sets what citizens see by receipt number + PIN for every ticked submission at once: a
 * state and a stock phrase (translated for each citizen) or the department's own words.
 */
export function ProgressPanel() {
  const text = useStaffText();
  const words = useProgressText();
  const [state, setState] = useState<ProgressState>('in_progress');
  const [choice, setChoice] = useState<MessageChoice>('none');
  const [ownJa, setOwnJa] = useState('');
  const [ownEn, setOwnEn] = useState('');
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ error: boolean; text: string } | undefined>();
  if (!words) return null;
  const { tp, ts } = words;
  const ids = [...selectedSubmissions.value];

  async function apply() {
    if (ids.length === 0) return setNote({ error: true, text: tp('progress.nothingSelected') });
    let message: PublicMessage | null = null;
    if (choice === 'own') {
      if (!ownJa.trim()) return setNote({ error: true, text: tp('progress.needText') });
      message = { text: { ja: ownJa.trim(), ...(ownEn.trim() ? { en: ownEn.trim() } : {}) } };
    } else if (choice !== 'none') message = { phrase: choice };
    setBusy(true);
    const result = await staffApi.setProgress({ ids, state, message });
    setBusy(false);
    if (!result.ok) return setNote({ error: true, text: tp('progress.failed', { reason: errorMessage(text, result.error) }) });
    setNote({ error: false, text: tp('progress.applied', { count: result.value.updated.length }) });
    selectedSubmissions.value = new Set();
    progressRevision.value++;
  }

  return (
    <section class="card stack staff-progress" aria-labelledby="staff-progress-title">
      <h2 id="staff-progress-title">{tp('progress.title')}</h2>
      <p>{tp('progress.intro')}</p>
      <p>{tp('progress.selected', { count: ids.length })}</p>
      <label class="stack">
        <span>{tp('progress.state')}</span>
        <select value={state} onChange={(e) => setState(e.currentTarget.value as ProgressState)}>
          {progressStates.map((s) => <option key={s} value={s}>{ts(`states.${s}`)}</option>)}
        </select>
      </label>
      <label class="stack">
        <span>{tp('progress.message')}</span>
        <select value={choice} onChange={(e) => setChoice(e.currentTarget.value as MessageChoice)}>
          <option value="none">{tp('progress.noMessage')}</option>
          {stockPhrases.map((p) => <option key={p} value={p}>{ts(`phrases.${p}`)}</option>)}
          <option value="own">{tp('progress.ownMessage')}</option>
        </select>
      </label>
      {choice === 'own' && (
        <>
          <label class="stack"><span>{tp('progress.ownJa')}</span><textarea maxLength={500} value={ownJa} onInput={(e) => setOwnJa(e.currentTarget.value)} /></label>
          <label class="stack"><span>{tp('progress.ownEn')}</span><textarea maxLength={500} value={ownEn} onInput={(e) => setOwnEn(e.currentTarget.value)} /></label>
        </>
      )}
      <div role="status" aria-live="polite">{note && <p class={note.error ? 'staff-error' : 'staff-success'}>{note.text}</p>}</div>
      <p><button type="button" class="button button--primary" disabled={busy} onClick={() => void apply()}>{tp('progress.apply')}</button></p>
    </section>
  );
}
