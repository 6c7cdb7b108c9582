/**
 * File names that say what a chunk is, where the service worker must tell chunks apart
 * by name (src/sw/precache-stages.ts): each language's strings and furigana table, and
 * the QR decoder. Vite would call every language's strings `common-<hash>.js`.
 */
interface ChunkInfo { name: string; facadeModuleId: string | null; moduleIds: readonly string[] }

const strings = /\/src\/(locales|generated\/ui-ruby)\/([A-Za-z-]+)\/([a-z-]+)\.json$/;

export function chunkFileName(chunk: ChunkInfo): string {
  const match = chunk.facadeModuleId ? strings.exec(chunk.facadeModuleId) : null;
  if (match) return `assets/${match[1] === 'locales' ? 'locale' : 'ui-ruby'}-${match[2]}-${match[3]}-[hash].js`;
  if (chunk.moduleIds.some((id) => id.includes('/@zxing/'))) return 'assets/qr-decoder-[hash].js';
  return 'assets/[name]-[hash].js';
}
