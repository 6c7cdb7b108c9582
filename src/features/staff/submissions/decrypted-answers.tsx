import { useEffect, useState } from 'preact/hooks';
import type { SubmissionDetail } from '../../../../contract/api/staff-submissions';
import type { Result } from '../../../lib/result';
import { csvWords } from '../csv/csv-words';
import { keyRing } from '../keys/key-ring';
import { formatDateTime } from '../ui/format';
import { useStaffText, type StaffText } from '../ui/staff-text';
import { AnswerTable } from './answer-table';
import { MisfitWarning } from './misfit-warning';
import { openSubmission, type OpenedSubmission, type OpenProblem } from './open-submission';
import { useFormDef } from './pack-forms';
import { acceptsReplies } from '../../../../contract/replies';
import { ReplyPanel } from '../replies/reply-panel';

function problemText({ t }: StaffText, problem: OpenProblem): string {
  switch (problem.kind) {
    case 'no-key':
      return t('open.noKey', { keyId: problem.keyId });
    case 'cannot-decrypt':
      return t('open.cannotDecrypt', { keyId: problem.keyId });
    case 'unknown-key':
      return t('open.unknownKey');
    case 'not-a-submission':
      return t('open.notASubmission');
  }
}

/** The answers, decrypted in this browser with a key from the keys panel; tried again when a key is added. */
export function DecryptedAnswers({ detail }: { detail: SubmissionDetail }) {
  const text = useStaffText();
  const { t, lang } = text;
  const def = useFormDef(detail.formId);
  const keys = keyRing.value;
  const [opened, setOpened] = useState<Result<OpenedSubmission, OpenProblem> | undefined>();
  useEffect(() => {
    let live = true;
    setOpened(undefined);
    void openSubmission(detail, keys).then((result) => live && setOpened(result));
    return () => {
      live = false;
    };
  }, [detail.ciphertext, keys]);

  return (
    <section class="card stack" aria-labelledby="staff-answers-title">
      <h2 id="staff-answers-title">{t('detail.answers')}</h2>
      {!opened && <p aria-busy="true">{t('detail.decrypting')}</p>}
      {opened && !opened.ok && <p class="staff-error" role="alert">{problemText(text, opened.error)}</p>}
      {opened?.ok && (
        <>
          {opened.value.mismatch && <p class="staff-warning" role="alert">{t('open.mismatch')}</p>}
          <p class="staff-meta">
            {t('detail.sent', {
              at: opened.value.payload.submittedAt ? formatDateTime(opened.value.payload.submittedAt, lang) : '—',
              channel: opened.value.payload.channel === 'kiosk' ? t('detail.channels.kiosk') : t('detail.channels.phone'),
              lang: opened.value.payload.lang ?? '—',
            })}
          </p>
          {def.status === 'missing' && <p class="staff-warning">{t('detail.noFormDef')}</p>}
          {def.status === 'ready' && <MisfitWarning def={def.def} answers={opened.value.payload.answers} at={detail.receivedAt} />}
          <AnswerTable def={def.status === 'ready' ? def.def : undefined} answers={opened.value.payload.answers} words={csvWords(text)} />
          {acceptsReplies(detail.formId) && !opened.value.mismatch && <ReplyPanel submissionId={detail.id} payload={opened.value.payload} />}
        </>
      )}
    </section>
  );
}
