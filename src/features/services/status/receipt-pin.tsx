import { formatPin } from '../../../../contract/status';
import { useNamespaceT } from '../../../i18n';
import { sessionPin } from '../../forms/session-pins';
import './status.css';

/**
 * The status PIN beside the receipt number, on screen and on the printed slip, and the way
 * to the status screen once there is a number. The PIN is this session's (a kiosk's lives
 * only in memory) or the phone's stored one.
 */
export function ReceiptPin({ id, storedPin, receiptNumber }: { id: string; storedPin?: string | undefined; receiptNumber?: string | undefined }) {
  const ts = useNamespaceT('services');
  const pin = storedPin ?? sessionPin(id);
  if (!ts || !pin) return null;
  return (
    <div class="receipt-pin">
      <p class="receipt__label">{ts('receipt.pin')}</p>
      <p class="status-pin">{formatPin(pin)}</p>
      <p>{ts('receipt.pinHelp')}</p>
      {receiptNumber && (
        <p class="no-print"><a class="button" href={`/status?n=${encodeURIComponent(receiptNumber)}`}>{ts('receipt.checkStatus')}</a></p>
      )}
    </div>
  );
}
