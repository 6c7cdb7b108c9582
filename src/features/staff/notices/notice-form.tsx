import { useState } from 'preact/hooks';
import type { FleetKiosk } from '../../../../contract/api/kiosks';
import type { PostNoticeBody } from '../../../../contract/api/notices';
import { staffApi } from '../api/staff-api';
import { errorMessage } from '../ui/error-message';
import { useStaffText } from '../ui/staff-text';
import { useUndoWindow } from '../ui/undo-window';
import { HazardSelect } from './hazard-select';
import { NoticePreview } from './notice-preview';
import { NoticeMessages } from './notice-messages';
import { StockPhrasePicker } from './stock-phrase-picker';
import { withStockPhrase } from './stock-phrases';
import { jstLocalValue, noticeBody, severities, type NoticeDraft } from './notice-body';

const DAY_MS = 24 * 60 * 60 * 1000;
const blank = (): NoticeDraft => ({
  severity: 'info', hazard: undefined, messages: {}, targets: 'all', chosen: [], expiresLocal: jstLocalValue(new Date(Date.now() + DAY_MS)),
});

/**
 * Posts a notice: a banner on kiosks (and, for all, on phones) until it expires or is withdrawn.
 * Two steps, the second a preview of the banner itself, then an undo for a few seconds.
 */
export function NoticeForm({ kiosks, onPosted }: { kiosks: readonly FleetKiosk[]; onPosted: () => void }) {
  const text = useStaffText();
  const { t } = text;
  const [draft, setDraft] = useState<NoticeDraft>(blank);
  const [message, setMessage] = useState<{ error: boolean; text: string } | undefined>();
  const [preview, setPreview] = useState<PostNoticeBody | undefined>();
  const [busy, setBusy] = useState(false);
  const undo = useUndoWindow<string>();
  const set = (patch: Partial<NoticeDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const toggle = (id: string, on: boolean) => set({ chosen: on ? [...draft.chosen, id] : draft.chosen.filter((k) => k !== id) });

  /** The first step: check the draft and show how it will look; nothing is sent yet. */
  function review(event: Event) {
    event.preventDefault();
    const body = noticeBody(draft, new Date());
    if (!body.ok) return setMessage({ error: true, text: t(`notices.problems.${body.error}`) });
    setMessage(undefined);
    setPreview(body.value);
  }

  async function publish() {
    if (!preview) return;
    setBusy(true);
    const result = await staffApi.postNotice(preview);
    setBusy(false);
    if (!result.ok) return setMessage({ error: true, text: errorMessage(text, result.error) });
    setDraft(blank());
    setPreview(undefined);
    setMessage({ error: false, text: t('notices.posted') });
    undo.open(result.value.id);
    onPosted();
  }

  /** Withdraws what was just posted, marked as an undo in the audit log. */
  async function takeBack(noticeId: string) {
    setBusy(true);
    const result = await staffApi.withdrawNotice(noticeId, 'undo');
    setBusy(false);
    if (!result.ok) return setMessage({ error: true, text: errorMessage(text, result.error) });
    undo.close();
    setMessage({ error: false, text: t('notices.undone') });
    onPosted();
  }

  const status = (
    <div role="status" aria-live="polite">{message && <p class={message.error ? 'staff-error' : 'staff-success'}>{message.text}</p>}</div>
  );
  const undoButton = undo.offer && (
    <button type="button" class="button" disabled={busy} onClick={() => undo.offer && void takeBack(undo.offer.token)}>
      {t('notices.undo', { seconds: undo.offer.remaining })}
    </button>
  );

  if (preview) {
    return (
      <div class="card stack">
        <h2>{t('notices.formTitle')}</h2>
        <NoticePreview body={preview} busy={busy} onPublish={() => void publish()} onEdit={() => setPreview(undefined)} />
        {status}
      </div>
    );
  }

  return (
    <form class="card stack" aria-labelledby="staff-notice-form-title" onSubmit={review} noValidate>
      <h2 id="staff-notice-form-title">{t('notices.formTitle')}</h2>
      <fieldset class="staff-choices">
        <legend>{t('notices.severity')}</legend>
        {severities.map((s) => (
          <label key={s} class="staff-choice">
            <input type="radio" name="staff-notice-severity" checked={draft.severity === s} onChange={() => set({ severity: s })} />
            {t(`notices.severities.${s}`)}
          </label>
        ))}
      </fieldset>
      <HazardSelect value={draft.hazard} onChange={(hazard) => set({ hazard })} />
      <StockPhrasePicker onPick={(phrase) => setDraft((d) => withStockPhrase(d, phrase))} />
      <NoticeMessages messages={draft.messages} onChange={(code, value) => setDraft((d) => ({ ...d, messages: { ...d.messages, [code]: value } }))} />
      <fieldset class="staff-choices">
        <legend>{t('notices.targets')}</legend>
        <label class="staff-choice">
          <input type="radio" name="staff-notice-targets" checked={draft.targets === 'all'} onChange={() => set({ targets: 'all' })} />
          {t('notices.targetAll')}
        </label>
        <label class="staff-choice">
          <input type="radio" name="staff-notice-targets" checked={draft.targets === 'chosen'} onChange={() => set({ targets: 'chosen' })} />
          {t('notices.targetChosen')}
        </label>
        {draft.targets === 'chosen' && (
          <ul class="staff-kiosk-choices">
            {kiosks.map((k) => (
              <li key={k.id}>
                <label class="staff-choice">
                  <input type="checkbox" checked={draft.chosen.includes(k.id)} onChange={(e) => toggle(k.id, e.currentTarget.checked)} />
                  {k.siteName} (<code>{k.id}</code>)
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <div class="staff-field">
        <label for="staff-notice-expiry">{t('notices.expiresAt')}</label>
        <input id="staff-notice-expiry" type="datetime-local" required value={draft.expiresLocal} onInput={(e) => set({ expiresLocal: e.currentTarget.value })} />
      </div>
      {status}
      {undoButton}
      <button type="submit" class="button button--primary">{t('notices.review')}</button>
    </form>
  );
}
