import { CodeField } from '../../ui/code-field';
import { useEffect, useState } from 'preact/hooks';
import type { StoredReply } from '../../../contract/api/replies';
import { normaliseReplyCode, REPLY_CODE_DIGITS } from '../../../contract/replies';
import { currentLanguage, useNamespaceT } from '../../i18n';
import { languageInfo } from '../../i18n/languages';
import type { StatusError } from '../services/status/status-api';
import { fetchReply } from './reply-api';
import { storedReplyCode } from './stored-reply-code';
import './replies.css';

type View =
  | { kind: 'loading' }
  | { kind: 'none' }
  | { kind: 'failed'; error: StatusError }
  | { kind: 'locked'; reply: Extract<StoredReply, { kind: 'encrypted' }>; problem?: 'invalid' | 'cannot-open' | undefined; busy?: boolean }
  | { kind: 'open'; text: string; repliedAt: string };

const codePattern = new RegExp(`^\\d{${REPLY_CODE_DIGITS}}$`);

/**
 * Under a found request that takes replies: the department's reply. A public one is shown at
 * once; a private one is opened here, on this device, with the reply code (a phone that sent
 * it knows its code; anywhere else the citizen types it from the slip).
 */
export function ReplyReader({ receiptNumber, pin }: { receiptNumber: string; pin: string }) {
  const t = useNamespaceT('replies');
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [code, setCode] = useState('');

  async function open(reply: Extract<StoredReply, { kind: 'encrypted' }>, typed: string) {
    const digits = normaliseReplyCode(typed);
    if (!codePattern.test(digits)) return setView({ kind: 'locked', reply, problem: 'invalid' });
    setView({ kind: 'locked', reply, busy: true });
    const { openReply } = await import('../../lib/replies/reply-crypto');
    const opened = await openReply(reply.ciphertext, pin, digits);
    setView(opened.ok ? { kind: 'open', text: opened.value, repliedAt: reply.repliedAt } : { kind: 'locked', reply, problem: 'cannot-open' });
  }

  useEffect(() => {
    let live = true;
    void (async () => {
      const result = await fetchReply(receiptNumber, pin);
      if (!live) return;
      if (!result.ok) return setView({ kind: 'failed', error: result.error });
      const reply = result.value.found ? result.value.reply : null;
      if (!reply) return setView({ kind: 'none' });
      if (reply.kind === 'public') return setView({ kind: 'open', text: reply.text, repliedAt: reply.repliedAt });
      const known = await storedReplyCode(receiptNumber);
      if (!live) return;
      if (known) await open(reply, known);
      else setView({ kind: 'locked', reply });
    })();
    return () => {
      live = false;
    };
  }, [receiptNumber, pin]);

  if (!t) return null;
  const when = (iso: string) => new Intl.DateTimeFormat(languageInfo(currentLanguage.value).htmlLang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Tokyo' }).format(new Date(iso));
  return (
    <section class="card stack reply-reader" aria-labelledby="reply-reader-title">
      <h2 id="reply-reader-title">{t('reader.title')}</h2>
      <div role="status" aria-live="polite">
        {view.kind === 'loading' && <p>{t('reader.loading')}</p>}
        {view.kind === 'none' && <p>{t('reader.none')}</p>}
        {view.kind === 'failed' && (
          <p class="notice">
            {view.error.kind === 'rate-limited' ? t('reader.rateLimited', { minutes: Math.max(1, Math.ceil(view.error.retryAfterSeconds / 60)) }) : t('reader.error')}
          </p>
        )}
        {view.kind === 'locked' && view.problem && <p class="notice">{view.problem === 'invalid' ? t('reader.invalidCode') : t('reader.cannotOpen')}</p>}
        {view.kind === 'locked' && view.busy && <p>{t('reader.opening')}</p>}
      </div>
      {view.kind === 'open' && (
        <>
          <p class="reply-reader__when">{t('reader.repliedAt', { when: when(view.repliedAt) })}</p>
          {/* The department's own words, in the language they wrote: not translated. */}
          <p class="reply-reader__text" data-testid="reply-text">{view.text}</p>
        </>
      )}
      {view.kind === 'locked' && (
        <form class="stack" noValidate onSubmit={(e) => { e.preventDefault(); void open(view.reply, code); }}>
          <p>{t('reader.codeIntro')}</p>
          <CodeField id="reply-code" class="reply-reader__code" label={t('reader.code')} help={t('reader.codeHelp')} value={code} onInput={setCode} />
          <p><button type="submit" class="button button--primary" disabled={view.busy === true}>{t('reader.open')}</button></p>
        </form>
      )}
    </section>
  );
}
