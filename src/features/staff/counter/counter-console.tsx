import { useState } from 'preact/hooks';
import type { CreatedConversation } from '../../../../contract/api/counter';
import type { LanguageCode } from '../../../i18n/languages';
import { ContentFrame } from '../../../runtime/content/content-frame';
import { Page } from '../../../ui/page';
import { QrCode } from '../../../ui/qr-code';
import { CounterHalf } from '../../counter/counter-half';
import { useConversation } from '../../counter/use-conversation';
import { useCounterText } from '../../counter/use-counter-text';
import { usePhrasebook, type Phrasebook } from '../../counter/use-phrasebook';
import { staffApi } from '../api/staff-api';
import { errorMessage } from '../ui/error-message';
import { useStaffText } from '../ui/staff-text';
import '../../counter/counter.css';

/**
 * 窓口会話 on the clerk's tablet or PC: open a conversation for this counter, show the code
 * and QR the citizen's kiosk or phone joins with, then talk by phrase, each screen in its
 * own language. Either side ends it; nothing of it is kept.
 */
export function CounterConsole() {
  const book = usePhrasebook();
  return <ContentFrame state={book}>{(data) => <Console book={data} />}</ContentFrame>;
}

function Console({ book }: { book: Phrasebook }) {
  const staffText = useStaffText();
  const [lang, setLang] = useState<LanguageCode>(staffText.lang === 'en' ? 'en' : 'ja');
  const text = useCounterText([lang]);
  const [counter, setCounter] = useState('');
  const [open, setOpen] = useState<CreatedConversation | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  if (!text) return <div aria-busy="true" />;
  const t = text(lang);

  async function start(event: Event) {
    event.preventDefault();
    const result = await staffApi.openConversation({ counter: counter.trim() });
    if (result.ok) { setOpen(result.value); setError(undefined); }
    else setError(`${t('staff.failed')}: ${errorMessage(staffText, result.error)}`);
  }

  if (open) return <Conversation key={open.sessionId} book={book} open={open} lang={lang} onLang={setLang} onDone={() => setOpen(undefined)} />;
  return (
    <Page title={t('title')}>
      <form class="card stack counter-staff__start" onSubmit={start}>
        <div class="staff-field">
          <label for="counter-id">{t('staff.counter')}</label>
          <input id="counter-id" value={counter} required pattern="[a-z0-9]+(-[a-z0-9]+)*" autocomplete="off"
            onInput={(e) => setCounter(e.currentTarget.value)} />
        </div>
        <div role="status" aria-live="polite">{error && <p class="staff-error">{error}</p>}</div>
        <button type="submit" class="button button--primary">{t('staff.start')}</button>
      </form>
    </Page>
  );
}

function Conversation({ book, open, lang, onLang, onDone }: {
  book: Phrasebook; open: CreatedConversation; lang: LanguageCode; onLang: (l: LanguageCode) => void; onDone: () => void;
}) {
  const text = useCounterText([lang]);
  const live = useConversation({ sessionId: open.sessionId, token: open.token, side: 'staff' });
  if (!text) return <div aria-busy="true" />;
  const t = text(lang);
  if (live.status === 'ended') {
    return (
      <Page title={t('title')}>
        <p class="counter-half__phrase" role="status">{t('ended')}</p>
        <button type="button" class="button" onClick={onDone}>{t('staff.start')}</button>
      </Page>
    );
  }
  if (live.status !== 'connected' && live.last === undefined) {
    const link = `${location.origin}/counter/join?code=${open.code}`;
    return (
      <Page title={t('title')}>
        <div class="counter-staff__pairing card stack">
          <p>{t('staff.pairing')}</p>
          <p class="counter-staff__code" aria-label={t('join.code')}>{open.code}</p>
          <QrCode text={link} label={t('join.title')} size={280} />
          <p role="status">{live.status === 'waiting' ? t('status.waiting') : t('status.reconnecting')}</p>
          <button type="button" class="button" onClick={() => live.end()}>{t('end')}</button>
        </div>
      </Page>
    );
  }
  const status = live.notSent ? t('status.notSent') : live.status === 'connected' ? t('status.connected') : t('status.reconnecting');
  return (
    <div class="counter-alone counter-staff">
      <CounterHalf side="staff" lang={lang} onLang={onLang} book={book} last={live.last} t={t} status={status}
        onSay={live.say} onEnd={() => live.end()} />
    </div>
  );
}
