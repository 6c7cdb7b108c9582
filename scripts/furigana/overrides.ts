import type { OverrideEntry } from './dictionary.ts';
import type { Token } from './lattice.ts';

/**
 * overrides.csv: readings pinned for surfaces IPADIC gets wrong. A row applies where its
 * surface is exactly a run of whole tokens, never inside a word: 一通 (イッツウ) does not
 * touch 一通り, 大人 does not touch 大人数. Rows with a `date` or `duration` context apply
 * only to a number-with-counter token of that kind (一日 ツイタチ after a month, else イチニチ).
 */
export class OverrideTable {
  private readonly bySurface = new Map<string, OverrideEntry[]>();
  private readonly longest: number;

  constructor(entries: readonly OverrideEntry[]) {
    for (const entry of entries) this.bySurface.set(entry.surface, [...(this.bySurface.get(entry.surface) ?? []), entry]);
    this.longest = Math.max(0, ...entries.map((e) => e.surface.length));
  }

  apply(tokens: readonly Token[]): Token[] {
    const out: Token[] = [];
    let i = 0;
    while (i < tokens.length) {
      const token = tokens[i] as Token;
      if (token.source === 'number') {
        out.push(this.forNumber(token));
        i++;
        continue;
      }
      const run = token.source === 'user' ? undefined : this.longestRun(tokens, i);
      if (run) {
        out.push(run.token);
        i = run.next;
      } else {
        out.push(token);
        i++;
      }
    }
    return out;
  }

  private forNumber(token: Token): Token {
    const rows = this.bySurface.get(token.surface) ?? [];
    const row = rows.find((r) => r.context !== '' && r.context === token.kind) ?? rows.find((r) => r.context === '');
    return row ? { ...token, reading: row.reading, source: 'override' } : token;
  }

  /** The longest run of plain tokens from i whose surface is an unconditional row. */
  private longestRun(tokens: readonly Token[], i: number) {
    let surface = '';
    let best: { token: Token; next: number } | undefined;
    for (let j = i; j < tokens.length; j++) {
      const t = tokens[j] as Token;
      if (t.source === 'user' || t.source === 'number') break;
      surface += t.surface;
      if (surface.length > this.longest) break;
      const row = this.bySurface.get(surface)?.find((r) => r.context === '');
      if (row) {
        const first = tokens[i] as Token;
        best = { token: { ...first, surface, reading: row.reading, source: 'override' }, next: j + 1 };
      }
    }
    return best;
  }
}
