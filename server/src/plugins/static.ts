import { existsSync } from 'node:fs';
import { PACK_MANIFEST_FILE, PACK_SIGNATURE_FILE } from '../../../contract/pack-layout.js';
import { basename, join, relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from './errors.js';

export interface StaticOptions {
  staticDir: string;
  packsDir: string;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
// Revalidate on every load (cheap with ETag), so a new service worker, shell or pack
// manifest is seen at once; everything they point to is immutable and content-hashed.
const NO_CACHE = 'no-cache';
const PACK_MANIFESTS = new Set([PACK_MANIFEST_FILE, PACK_SIGNATURE_FILE]);

/** Vite puts every hashed build output under assets/; everything else keeps a stable name. */
export function appCacheControl(root: string, filePath: string): string {
  const path = relative(root, filePath).split(sep).join('/');
  return path.startsWith('assets/') ? IMMUTABLE : NO_CACHE;
}

/** Pack files are named by their hash, except the manifest and its signature that name them. */
export function packCacheControl(filePath: string): string {
  return PACK_MANIFESTS.has(basename(filePath)) ? NO_CACHE : IMMUTABLE;
}

function pathOf(request: FastifyRequest): string {
  return request.url.split('?')[0] ?? '/';
}

/**
 * A browser navigation to a client-side route (`/guides/gomi`) gets the app shell. Not
 * for the API or hashed files: a missing script must be a 404, not HTML that fails to parse.
 */
function isNavigation(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = pathOf(request);
  if (path === '/api' || /^\/(api|assets|packs)\//.test(path)) return false;
  return (request.headers.accept ?? '').includes('text/html');
}

function notBuilt(reply: FastifyReply): FastifyReply {
  return reply
    .code(503)
    .send(errorBody('not_built', 'The app is not built: run `npm run build` and restart the server'));
}

/**
 * Every file may be answered from its .br or .gz copy, so any cache in between must key on
 * Accept-Encoding (@fastify/static 9, the last for Node 20, does not say so itself).
 */
function setFileHeaders(response: { setHeader(name: string, value: string): unknown }, cacheControl: string): void {
  response.setHeader('cache-control', cacheControl);
  response.setHeader('vary', 'accept-encoding');
}

async function staticFiles(app: FastifyInstance, { staticDir, packsDir }: StaticOptions): Promise<void> {
  const built = existsSync(join(staticDir, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: staticDir,
      // The build writes .br/.gz next to every text file (scripts/precompress).
      preCompressed: true,
      cacheControl: false,
      setHeaders: (response, filePath) => setFileHeaders(response, appCacheControl(staticDir, filePath)),
    });
  } else {
    // Start anyway (the API and health work), but tell the operator what is missing.
    app.log.warn({ staticDir }, 'app not built: / answers 503 until `npm run build`');
    app.get('/', (_request, reply) => notBuilt(reply));
  }

  // Registered even if the folder is missing: packs may be built while the server runs.
  await app.register(fastifyStatic, {
    root: packsDir,
    prefix: '/packs/',
    decorateReply: false,
    index: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (response, filePath) => setFileHeaders(response, packCacheControl(filePath)),
  });

  app.setNotFoundHandler((request, reply) => {
    if (isNavigation(request)) {
      if (!built) return notBuilt(reply);
      return reply.code(200).sendFile('index.html');
    }
    return reply.code(404).send(errorBody('not_found', `Nothing at ${request.method} ${pathOf(request)}`));
  });
}

export default fp(staticFiles, { name: 'static' });
