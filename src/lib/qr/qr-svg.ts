import { renderSVG } from 'uqr';

/**
 * A QR code as a standalone SVG file for print: level M (a sticker's scuffs stay
 * readable; the level the scan tests film), the 4-module quiet zone the standard asks
 * for, black on white whatever the theme.
 */
export function qrSvg(text: string): string {
  return `${renderSVG(text, { ecc: 'M', border: 4, pixelSize: 10, whiteColor: '#ffffff', blackColor: '#000000' })}\n`;
}
