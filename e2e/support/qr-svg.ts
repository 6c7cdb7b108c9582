import { BinaryBitmap, HybridBinarizer, QRCodeReader, RGBLuminanceSource } from '@zxing/library';

/**
 * Reads the text of a QR code the app drew as SVG (ui/qr-code.tsx: one `M{x} {y}h1v1h-1z`
 * per dark module): the modules are painted into a grey-level image, 4 px each, and decoded
 * by ZXing, as a phone's camera would read what is on the screen.
 */
export function decodeQrSvgPath(path: string, modules: number): string {
  const scale = 4;
  const size = modules * scale;
  const pixels = new Uint8ClampedArray(size * size).fill(255);
  for (const [, x, y] of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy++) {
      pixels.fill(0, (Number(y) * scale + dy) * size + Number(x) * scale, (Number(y) * scale + dy) * size + (Number(x) + 1) * scale);
    }
  }
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, size, size)));
  return new QRCodeReader().decode(bitmap).getText();
}
