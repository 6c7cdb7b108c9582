/**
 * An arrow pointing along a bearing, north up. Rotated with an SVG transform attribute
 * (not a style attribute), which the strict CSP allows. The compass word beside it
 * carries the meaning; the arrow is decorative.
 */
export function DirectionArrow({ bearing, size = '2.5rem' }: { bearing: number; size?: string }) {
  return (
    <svg class="direction-arrow" width={size} height={size} viewBox="-12 -12 24 24" aria-hidden="true" focusable="false">
      <circle r="11" fill="none" stroke="currentColor" stroke-width="1.5" />
      <path transform={`rotate(${Math.round(bearing)})`} d="M0-9.5 7-1.5H2.5V8h-5v-9.5H-7z" fill="currentColor" />
    </svg>
  );
}
