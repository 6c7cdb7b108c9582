/**
 * The value a − or + button gives a number box: one step from what is there, kept within
 * min and max; from an empty or unreadable box, + gives the smallest allowed value.
 */
export function steppedValue(text: string, direction: -1 | 1, min: number, max: number, step = 1): string {
  const current = Number(text.normalize('NFKC').trim());
  if (text.trim() === '' || !Number.isFinite(current)) return String(min);
  const next = current + direction * step;
  return String(Math.min(max, Math.max(min, next)));
}

/** Steppers only where a count is small and whole: a stepped price or distance would need hundreds of taps. */
export function offersSteps(min: number, max: number, step = 1): boolean {
  return step % 1 === 0 && (max - min) / step <= 20;
}
