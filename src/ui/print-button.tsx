import { deviceKind } from '../config/device';
import { kioskConfig } from '../runtime/kiosk/kiosk-state';
import { printerPaper } from '../lib/kiosk/config';
import { printOffer } from '../lib/print/print-offer';

/**
 * "Print" where printing works: on a kiosk with a printer, and on phones and PCs
 * (the browser's dialog). Hidden on paper itself. Every print button is this one, so
 * none can forget a kiosk's `printer: false` (a dialog nobody there can close).
 */
export function PrintButton({ label, class: className = 'button' }: { label: string; class?: string }) {
  const config = kioskConfig.value;
  const offer = printOffer(deviceKind.value, config ? printerPaper(config.printer) : undefined);
  if (!offer.print) return null;
  return <button type="button" class={`${className} no-print`} onClick={() => window.print()}>{label}</button>;
}
