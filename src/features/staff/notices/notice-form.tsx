import { useState } from 'preact/hooks';
import type { FleetKiosk } from '../../../../contract/api/kiosks';
import { staffApi } from '../api/staff-api';
import { errorMessage } from '../ui/error-message';
import { useStaffText } from '../ui/staff-text';
import { HazardSelect } from './hazard-select';
import { jstLocalValue, noticeBody, severities, type NoticeDraft } from './notice-body';

const DAY_MS = 24 * 60 * 60 * 1000;
const blank = (): NoticeDraft => ({
  severity: 'info', hazard: undefined, messageJa: '', messageEn: '', targets: 'all', chosen: [], expiresLocal: jstLocalValue(new Date(Date.now() + DAY_MS)),
});

/** Posts a notice: a banner on kiosks (and, for all, on phones) until it expires or is withdrawn. */
export function NoticeForm({ kiosks, onPosted }: { kiosks: readonly FleetKiosk[]; onPosted: () => void }) {
  const text = useStaffText();
  const { t } = text;
  const [draft, setDraft] = useState<NoticeDraft>(blank);
  const [message, setMessage] = useState<{ error: boolean; text: string } | undefined>();
  const set = (patch: Partial<NoticeDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const toggle = (id: string, on: boolean) => set({ chosen: on ? [...draft.chosen, id] : draft.chosen.filter((k) => k !== id) });

  async function submit(event: Event) {
    event.preventDefault();
    const body = noticeBody(draft, new Date());
    if (!body.ok) return setMessage({ error: true, text: t(`notices.problems.${body.error}`) });
    const result = await staffApi.postNotice(body.value);
    if (!result.ok) return setMessage({ error: true, text: errorMessage(text, result.error) });
    setDraft(blank());
    setMessage({ error: false, text: t('notices.posted') });
    onPosted();
  }

  return (
    <form class="card stack" aria-labelledby="staff-notice-form-title" onSubmit={submit} noValidate>
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
      <div class="staff-field">
        <label for="staff-notice-ja">{t('notices.messageJa')}</label>
        <textarea id="staff-notice-ja" rows={3} maxLength={1000} required value={draft.messageJa} onInput={(e) => set({ messageJa: e.currentTarget.value })} />
      </div>
      <div class="staff-field">
        <label for="staff-notice-en">{t('notices.messageEn')}</label>
        <textarea id="staff-notice-en" lang="en" rows={3} maxLength={1000} value={draft.messageEn} onInput={(e) => set({ messageEn: e.currentTarget.value })} />
      </div>
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
      <div role="status" aria-live="polite">{message && <p class={message.error ? 'staff-error' : 'staff-success'}>{message.text}</p>}</div>
      <button type="submit" class="button button--primary">{t('notices.submit')}</button>
    </form>
  );
}
