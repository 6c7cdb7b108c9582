import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { ComponentChildren } from 'preact';
import type { Room, Slot } from '../../../contract/api/reservations';
import { ROOM_RESERVATION_FORM_ID } from '../../../contract/room-reservation';
import { isOnline } from '../../app/network-status';
import { deviceKind } from '../../config/device';
import { currentLanguage, useNamespaceT, useT } from '../../i18n';
import { isJapanesePhone, normalizePhone } from '../../lib/forms/phone';
import { deliverQueuedSoon, useOutboxService } from '../../outbox/outbox-service';
import { Page } from '../../ui/page';
import { submitForm } from '../forms/submit-form';
import { usePackForm } from '../forms/use-pack-form';
import { DayLabel } from './day-label';
import '../forms/fields/fields.css';

/**
 * The request's second step: name and phone, encrypted to the department's key like any
 * form's answers; the room and slots travel in clear so the server can hold them at once.
 * Queued in the outbox, so it is sent when the network allows; the receipt screen follows.
 */
export function RequestForm({ room, title, slots, onBack }: { room: Room; title: ComponentChildren; slots: Slot[]; onBack: () => void }) {
  const t = useT();
  const tr = useNamespaceT('reservations')!;
  const { route } = useLocation();
  const form = usePackForm(ROOM_RESERVATION_FORM_ID);
  useOutboxService();
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [shown, setShown] = useState<{ name?: true; phone?: true }>({});
  const [sending, setSending] = useState(false);
  const [failed, setFailed] = useState(false);
  if (form.status === 'loading') return <Page title={t('content.loading')}><p role="status">{t('content.loading')}</p></Page>;
  if (form.status !== 'ready') {
    return (
      <Page title={title}>
        <p class="notice" role="alert">{tr('request.unavailable')}</p>
        <button type="button" class="button" onClick={onBack}>{tr('request.back')}</button>
      </Page>
    );
  }
  const ready = form;

  async function send(event: Event) {
    event.preventDefault();
    const problems = {
      ...(name.trim() === '' ? { name: true as const } : {}),
      ...(isJapanesePhone(phone) ? {} : { phone: true as const }),
    };
    setShown(problems);
    if (sending || problems.name || problems.phone) {
      document.getElementById(problems.name ? 'resv-name' : 'resv-phone')?.focus();
      return;
    }
    setSending(true);
    setFailed(false);
    const result = await submitForm({
      def: ready.def,
      publicKey: ready.pack.publicKey,
      answers: { name: name.normalize('NFKC').trim(), phone: normalizePhone(phone) },
      channel: deviceKind.value === 'kiosk' ? 'kiosk' : 'phone',
      lang: currentLanguage.value,
      reservation: { roomId: room.id, slots },
    });
    if (!result.ok) {
      setSending(false);
      setFailed(true);
      return;
    }
    deliverQueuedSoon();
    route(`/receipts/${result.value.id}`);
  }

  return (
    <Page title={title}>
      <h2>{tr('request.title')}</h2>
      <ul class="resv-chosen__list" role="list" aria-label={tr('request.slots')}>
        {slots.map((slot) => <li key={`${slot.date} ${slot.start}`}><DayLabel date={slot.date} /> {slot.start}</li>)}
      </ul>
      <p><button type="button" class="button" onClick={onBack}>{tr('request.back')}</button></p>
      <form class="resv-request stack" onSubmit={(e) => void send(e)} noValidate>
        <label class="field__label" for="resv-name">{tr('request.name')}</label>
        <input id="resv-name" class="field__input" autocomplete="name" data-osk="kana" value={name} maxLength={60}
          aria-describedby={shown.name ? 'resv-name-error' : undefined} aria-invalid={shown.name ? true : undefined} aria-required
          onInput={(e) => setName(e.currentTarget.value)} />
        {shown.name && <p id="resv-name-error" class="field__error">{tr('request.nameInvalid')}</p>}
        <label class="field__label" for="resv-phone">{tr('request.phone')}</label>
        <p id="resv-phone-help" class="field__help">{tr('request.phoneHelp')}</p>
        <input id="resv-phone" class="field__input" type="tel" inputMode="tel" data-osk="numeric" autocomplete="tel" value={phone}
          aria-describedby={shown.phone ? 'resv-phone-help resv-phone-error' : 'resv-phone-help'} aria-invalid={shown.phone ? true : undefined} aria-required
          onInput={(e) => setPhone(e.currentTarget.value)} />
        {shown.phone && <p id="resv-phone-error" class="field__error">{tr('request.phoneInvalid')}</p>}
        <p class="resv-privacy">{tr('request.privacy')}</p>
        {!isOnline.value && <p class="notice" role="status">{tr('request.offline')}</p>}
        {failed && <p class="notice" role="alert">{tr('request.failed')}</p>}
        <button type="submit" class="button button--primary" disabled={sending}>{sending ? tr('request.sending') : tr('request.submit')}</button>
      </form>
    </Page>
  );
}
