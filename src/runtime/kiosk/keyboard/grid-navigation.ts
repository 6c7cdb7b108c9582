import type { PlacedKey } from './layouts';

export type GridMove = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';
const moves = new Set<string>(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

export function isGridMove(key: string): key is GridMove {
  return moves.has(key);
}

const distance = (a: PlacedKey, column: number) =>
  column < a.column ? a.column - column : column >= a.column + a.span ? column - (a.column + a.span - 1) : 0;

/**
 * Where an arrow key goes from key `index` in a placed grid: the next key in that
 * direction, skipping empty cells; the same index at an edge.
 */
export function neighbour(keys: readonly PlacedKey[], index: number, move: GridMove): number {
  const from = keys[index];
  if (!from) return index;
  const indexed = keys.map((key, i) => ({ key, i }));
  const sameRow = indexed.filter(({ key }) => key.row === from.row).sort((a, b) => a.key.column - b.key.column);
  switch (move) {
    case 'Home': return sameRow[0]?.i ?? index;
    case 'End': return sameRow.at(-1)?.i ?? index;
    case 'ArrowLeft': return sameRow.filter(({ key }) => key.column < from.column).at(-1)?.i ?? index;
    case 'ArrowRight': return sameRow.find(({ key }) => key.column > from.column)?.i ?? index;
    case 'ArrowUp':
    case 'ArrowDown': {
      const step = move === 'ArrowUp' ? -1 : 1;
      const rows = indexed.filter(({ key }) => (key.row - from.row) * step > 0);
      if (rows.length === 0) return index;
      const nearestRow = rows.reduce((best, c) => (Math.abs(c.key.row - from.row) < Math.abs(best - from.row) ? c.key.row : best), rows[0]!.key.row);
      const candidates = rows.filter(({ key }) => key.row === nearestRow);
      return candidates.reduce((best, c) => (distance(c.key, from.column) < distance(best.key, from.column) ? c : best)).i;
    }
  }
}
