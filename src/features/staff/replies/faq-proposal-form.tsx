import { useEffect, useState } from 'preact/hooks';
import { faqCategories, type FaqCategory } from '../../../lib/content/pack-types';
import { errorMessage } from '../ui/error-message';
import { useStaffText } from '../ui/staff-text';
import { replyApi } from './reply-api';
import { useReplyText } from './reply-text';

/**
 * An anonymised question and answer for the FAQ, written by staff (the answer starts as their
 * reply). It waits in the server's queue; `npm run faq:pull` writes it into the content for
 * review, and only `npm run content` — which signs the pack — publishes it.
 */
export function FaqProposalForm({ submissionId, answer }: { submissionId: string; answer: string }) {
  const text = useStaffText();
  const words = useReplyText();
  const [category, setCategory] = useState<FaqCategory>(faqCategories[0]);
  const [question, setQuestion] = useState('');
  const [draftAnswer, setDraftAnswer] = useState(answer);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ error: boolean; text: string } | undefined>();
  useEffect(() => {
    if (!draftAnswer) setDraftAnswer(answer);
  }, [answer]);
  if (!words) return null;
  const { tr, tc } = words;

  async function propose() {
    setBusy(true);
    const result = await replyApi.proposeFaq(submissionId, { category, question: question.trim(), answer: draftAnswer.trim() });
    setBusy(false);
    if (!result.ok) return setNote({ error: true, text: errorMessage(text, result.error) });
    setQuestion('');
    setNote({ error: false, text: tr('faq.sent') });
  }

  return (
    <details class="staff-faq-proposal">
      <summary>{tr('faq.title')}</summary>
      <div class="stack">
        <p>{tr('faq.intro')}</p>
        <label class="stack">
          <span>{tr('faq.category')}</span>
          <select value={category} onChange={(e) => setCategory(e.currentTarget.value as FaqCategory)}>
            {faqCategories.map((c) => <option key={c} value={c}>{tc(`guides.categories.${c}`)}</option>)}
          </select>
        </label>
        <label class="stack"><span>{tr('faq.question')}</span><textarea rows={2} maxLength={500} value={question} onInput={(e) => setQuestion(e.currentTarget.value)} /></label>
        <label class="stack"><span>{tr('faq.answer')}</span><textarea rows={5} value={draftAnswer} onInput={(e) => setDraftAnswer(e.currentTarget.value)} /></label>
        <div role="status" aria-live="polite">{note && <p class={note.error ? 'staff-error' : 'staff-success'}>{note.text}</p>}</div>
        <p><button type="button" class="button" disabled={busy || question.trim().length < 5 || draftAnswer.trim().length < 5} onClick={() => void propose()}>{tr('faq.send')}</button></p>
      </div>
    </details>
  );
}
