import { encode } from 'uqr';

/**
 * A QR code drawn as SVG from its module matrix (no canvas, no innerHTML, works
 * under the strict CSP and prints sharply). `label` is what a screen reader hears.
 */
export function QrCode({ text, label, size = 240 }: { text: string; label: string; size?: number }) {
  const { data } = encode(text, { ecc: 'M', border: 2 });
  const n = data.length;
  let path = '';
  data.forEach((row, y) => row.forEach((dark, x) => { if (dark) path += `M${x} ${y}h1v1h-1z`; }));
  return (
    <svg class="qr-code" role="img" aria-label={label} width={size} height={size} viewBox={`0 0 ${n} ${n}`} shape-rendering="crispEdges">
      <rect width={n} height={n} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
