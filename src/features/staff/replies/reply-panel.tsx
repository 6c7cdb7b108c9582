import { useEffect, useState } from 'preact/hooks';
import type { StaffReplyBody, StoredReply } from '../../../../contract/api/replies';
import { MAX_REPLY_CHARS } from '../../../../contract/replies';
import type { ApiFailure } from '../api/http';
import { errorMessage } from '../ui/error-message';
import { formatDateTime } from '../ui/format';
import { useApi } from '../ui/use-api';
import { useStaffText } from '../ui/staff-text';
import { FaqProposalForm } from './faq-proposal-form';
import { session } from '../session/session-state';
import { replyApi } from './reply-api';
import { replyKeyOf } from './reply-key';
import { useReplyText } from './reply-text';

type Note = { error: boolean; text: string } | undefined;

/**
 * Under a decrypted opinion: staff's reply. Private by default, sealed here in the browser to
 * the key the citizen's device put in the opinion, so the server only ever holds ciphertext;
 * public only when the citizen agreed (both in the sealed opinion and in the server's record).
 */
export function ReplyPanel({ submissionId, payload }: { submissionId: string; payload: { reply?: unknown } }) {
  const text = useStaffText();
  const words = useReplyText();
  const { state, replace } = useApi(() => replyApi.view(submissionId), [submissionId]);
  const [draft, setDraft] = useState('');
  const [kind, setKind] = useState<StaffReplyBody['kind']>('encrypted');
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<Note>();
  const [earlier, setEarlier] = useState<string | null | undefined>();
  const key = replyKeyOf(payload);
  const current = state.status === 'ready' ? state.value.reply : null;

  // Staff's own earlier reply, opened with the same key, so it can be read and corrected.
  useEffect(() => {
    let live = true;
    setEarlier(undefined);
    if (!current) return;
    if (current.kind === 'public') return setEarlier(current.text);
    if (!key) return setEarlier(null);
    void import('../../../lib/replies/reply-crypto')
      .then(({ openReplyWithKey }) => openReplyWithKey(current.ciphertext, key))
      .then((opened) => live && setEarlier(opened.ok ? opened.value : null));
    return () => {
      live = false;
    };
  }, [current, key?.key]);

  if (!words) return null;
  const { tr } = words;
  if (state.status === 'loading') return <p aria-busy="true">{tr('panel.loading')}</p>;
  if (state.status === 'failed') return <p class="staff-error" role="alert">{errorMessage(text, state.error)}</p>;
  const publicAllowed = state.value.publicAllowed && key?.publicConsent === true;

  function failure(error: ApiFailure): string {
    if (error.kind === 'http' && error.code === 'public_not_allowed') return tr('panel.publicNotAllowed');
    if (error.kind === 'http' && error.code === 'not_a_reply_form') return tr('panel.notAReplyForm');
    if (error.kind === 'http' && error.code === 'reply_jwe') return tr('panel.badCiphertext');
    return errorMessage(text, error);
  }

  async function send() {
    const words = draft.trim();
    if (!words || !key) return;
    if (words.length > MAX_REPLY_CHARS) return setNote({ error: true, text: tr('panel.tooLong', { max: MAX_REPLY_CHARS, count: words.length }) });
    setBusy(true);
    let body: StaffReplyBody;
    if (kind === 'public' && publicAllowed) body = { kind: 'public', text: words };
    else {
      const { sealReply } = await import('../../../lib/replies/reply-crypto');
      body = { kind: 'encrypted', ciphertext: await sealReply(words, key) };
    }
    const result = await replyApi.send(submissionId, body);
    setBusy(false);
    if (!result.ok) return setNote({ error: true, text: failure(result.error) });
    const me = session.value.status === 'signed-in' ? session.value.user.username : null;
    if (state.status === 'ready') replace({ ...state.value, reply: result.value, repliedBy: me });
    setDraft('');
    setNote({ error: false, text: tr('panel.sent') });
  }

  return (
    <section class="card stack staff-reply" aria-labelledby="staff-reply-title">
      <h2 id="staff-reply-title">{tr('panel.title')}</h2>
      <p>{tr('panel.intro')}</p>
      <CurrentReply reply={current} by={state.value.repliedBy} earlier={earlier} />
      {!key ? (
        <p class="staff-warning">{tr('panel.noKey')}</p>
      ) : (
        <>
          <label class="stack">
            <span>{tr('panel.text')}</span>
            <textarea rows={6} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
          </label>
          <fieldset class="stack">
            <legend>{tr('panel.kind')}</legend>
            <label><input type="radio" name="reply-kind" checked={kind === 'encrypted' || !publicAllowed} onChange={() => setKind('encrypted')} /> {tr('panel.private')}</label>
            {publicAllowed && (
              <label><input type="radio" name="reply-kind" checked={kind === 'public'} onChange={() => setKind('public')} /> {tr('panel.public')}</label>
            )}
          </fieldset>
          <div role="status" aria-live="polite">{note && <p class={note.error ? 'staff-error' : 'staff-success'}>{note.text}</p>}</div>
          <p><button type="button" class="button button--primary" disabled={busy || !draft.trim()} onClick={() => void send()}>{busy ? tr('panel.sending') : tr('panel.send')}</button></p>
        </>
      )}
      {publicAllowed ? <FaqProposalForm submissionId={submissionId} answer={earlier ?? ''} /> : <p class="staff-meta">{tr('faq.notAllowed')}</p>}
    </section>
  );
}

function CurrentReply({ reply, by, earlier }: { reply: StoredReply | null; by: string | null; earlier: string | null | undefined }) {
  const { lang } = useStaffText();
  const words = useReplyText();
  if (!words) return null;
  const { tr } = words;
  if (!reply) return <p>{tr('panel.none')}</p>;
  return (
    <div class="stack">
      <p class="staff-meta">{tr('panel.current', { when: formatDateTime(reply.repliedAt, lang), by: by ?? '' })} ({reply.kind === 'public' ? tr('panel.public') : tr('panel.private')})</p>
      {earlier === null ? <p class="staff-warning">{tr('panel.unreadable')}</p> : earlier !== undefined && <blockquote class="staff-reply__text">{earlier}</blockquote>}
    </div>
  );
}
