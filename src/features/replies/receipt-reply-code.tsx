import { acceptsReplies, formatReplyCode } from '../../../contract/replies';
import { useNamespaceT } from '../../i18n';
import { sessionReplyCode } from './session-reply-codes';
import '../services/status/status.css';

/**
 * The reply code beside the PIN, on screen and on the printed slip, for forms that take
 * replies. This session's (a kiosk's lives only in memory) or the phone's stored one.
 */
export function ReceiptReplyCode({ id, formId, storedCode }: { id: string; formId: string | undefined; storedCode?: string | undefined }) {
  const t = useNamespaceT('replies');
  const code = storedCode ?? sessionReplyCode(id);
  if (!t || !code || !formId || !acceptsReplies(formId)) return null;
  return (
    <div class="receipt-reply-code">
      <p class="receipt__label">{t('receipt.code')}</p>
      <p class="status-pin" data-testid="reply-code">{formatReplyCode(code)}</p>
      <p>{t('receipt.codeHelp')}</p>
    </div>
  );
}
