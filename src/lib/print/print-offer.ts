import type { DeviceKind } from '../../config/device';
import type { PrinterPaper } from '../kiosk/config';

/**
 * Whether a screen offers "print", and on what paper. A kiosk prints only when a
 * printer is attached (otherwise the button would open a dialog nobody can close
 * without a keyboard); a phone or PC always may, through the browser's own dialog.
 */
export type PrintOffer = { print: false } | { print: true; paper: PrinterPaper | 'browser' };

export function printOffer(device: DeviceKind, kioskPaper: PrinterPaper | undefined): PrintOffer {
  if (device === 'phone') return { print: true, paper: 'browser' };
  return kioskPaper ? { print: true, paper: kioskPaper } : { print: false };
}

/**
 * The value of <html data-paper>, which print stylesheets read: a receipt roll needs
 * a narrow layout whatever width the print preview reports. Unset on phones, where
 * the paper chosen in the browser's dialog decides (print media queries on width).
 */
export function paperAttribute(offer: PrintOffer): string | undefined {
  return offer.print && offer.paper !== 'browser' ? offer.paper : undefined;
}
