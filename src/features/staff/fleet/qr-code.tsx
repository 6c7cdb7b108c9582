import { useMemo } from 'preact/hooks';
import { encode } from 'uqr';

/**
 * A QR code as one SVG path (a square per dark module), sharp at any size and printable.
 * Always black on white, whatever the theme: scanners need the contrast the standard assumes.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { path, size } = useMemo(() => {
    const qr = encode(text, { ecc: 'M', border: 4 });
    let d = '';
    qr.data.forEach((row, y) => row.forEach((dark, x) => { if (dark) d += `M${x} ${y}h1v1h-1z`; }));
    return { path: d, size: qr.size };
  }, [text]);
  return (
    <svg class="staff-qr" role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} width="240" height="240" shape-rendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
