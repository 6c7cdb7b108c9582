/** Test support for the disaster sources: a temporary content folder and a source context over it. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ErrorSink, formatError } from '../report.ts';
import type { SourceContext } from './types.ts';

/** The repository's real content folder. */
export const realContentDir = fileURLToPath(new URL('../../../content', import.meta.url));

export const gsiSitesHeader =
  'NO,共通ID,施設・場所名,住所,洪水,崖崩れ、土石流及び地滑り,高潮,地震,津波,大規模な火事,内水氾濫,火山現象,指定避難所との住所同一,緯度,経度,備考';
export const gsiSheltersHeader = 'NO,共通ID,施設・場所名,住所,指定緊急避難場所との住所同一,想定収容人数,対象となる町内会・自治会,緯度,経度,備考';

/** CSV text as GSI publishes it: CRLF after every record. */
export const csvText = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

/** Writes `files` (paths relative to content/) into a fresh temporary content folder. */
export async function writeContent(files: Record<string, string | Uint8Array>): Promise<{ contentDir: string; outDir: string }> {
  const root = await mkdtemp(join(tmpdir(), 'madoguchi-disaster-'));
  const contentDir = join(root, 'content');
  for (const [path, data] of Object.entries(files)) {
    await mkdir(dirname(join(contentDir, path)), { recursive: true });
    await writeFile(join(contentDir, path), data);
  }
  return { contentDir, outDir: join(root, 'packs') };
}

/** A context like the build's (paths shown as content/…), with identity furigana. */
export function testContext(contentDir: string): { ctx: SourceContext; errors: ErrorSink; messages: () => string[] } {
  const errors = new ErrorSink();
  const ctx: SourceContext = { contentDir, display: (p) => relative(dirname(contentDir), p), errors, annotate: (t) => t };
  return { ctx, errors, messages: () => errors.sorted().map(formatError) };
}
