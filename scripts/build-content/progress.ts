/** One line per stage, with what it did and how long it took. */
export interface Progress {
  stage(line: string): void;
}

export function consoleProgress(write: (line: string) => void = (line) => console.info(line)): Progress & { done(): number } {
  const start = performance.now();
  let last = start;
  return {
    stage(line) {
      const now = performance.now();
      write(`${line} (${formatMs(now - last)})`);
      last = now;
    },
    done: () => performance.now() - start,
  };
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** "38 guides, 53 FAQ, 6 ordinances" */
export function formatCounts(counts: Record<string, number>): string {
  const label: Record<string, string> = { faq: 'FAQ', guideTranslations: 'guide translations' };
  return Object.entries(counts)
    .map(([key, n]) => `${n} ${label[key] ?? key}`)
    .join(', ');
}
