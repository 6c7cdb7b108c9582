import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chunkFileName } from './scripts/build/chunk-file-names';

const manifestPath = fileURLToPath(new URL('./manifest.webmanifest', import.meta.url));
const packageVersion = (JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * Every browser we target reads WOFF2, so the WOFF fallbacks that fontsource lists
 * would only add ~8 MB of files to the build. Dropping them keeps the precache small.
 */
function woff2Only(): Plugin {
  return {
    name: 'madoguchi:woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('@fontsource') || !id.endsWith('.css')) return null;
      return { code: code.replace(/,\s*url\([^)]*\.woff\)\s*format\('woff'\)/g, ''), map: null };
    },
  };
}

/** The web app manifest lives at the top of the repository; emit it as-is. */
function webManifest(): Plugin {
  return {
    name: 'madoguchi:web-manifest',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'manifest.webmanifest', source: readFileSync(manifestPath, 'utf8') });
    },
    configureServer(server) {
      server.middlewares.use('/manifest.webmanifest', (_req, res) => {
        res.setHeader('Content-Type', 'application/manifest+json');
        res.end(readFileSync(manifestPath, 'utf8'));
      });
    },
  };
}

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(packageVersion),
  },
  plugins: [
    woff2Only(),
    preact(),
    webManifest(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        // A classic-script service worker: the ES-module build fails to evaluate
        // when registered without { type: 'module' } (see STACK.md).
        rollupFormat: 'iife',
        // The app shell, its lazy route chunks and the woff2 subsets of the UI font.
        // The staff console is for office PCs and is never precached on kiosks.
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest}'],
        globIgnores: ['**/staff-*.js', '**/locale-*-staff-*.js', '**/ui-ruby-*-staff-*.js', 'packs/**'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
  build: {
    target: 'es2022',
    manifest: true,
    sourcemap: false,
    assetsInlineLimit: 0,
    // Strings and the QR decoder get names the service worker's precache stages read.
    rolldownOptions: { output: { chunkFileNames: chunkFileName } },
  },
  worker: { format: 'es' },
  server: { port: 5173 },
});
