import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';

// A strict CSP: the app is one origin, ships no inline script or style, and keeps
// working offline, so nothing needs to be loaded from anywhere else. A kiosk is shared
// by strangers; an injected script there would see everyone's forms before encryption.
const directives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  // data: and blob: for generated QR codes and map markers.
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  // The QR scanner shows the camera stream.
  mediaSrc: ["'self'", 'blob:', 'mediastream:'],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

// The camera reads QR codes from paper notices and geolocation finds the nearest
// evacuation site; every other powerful feature is off.
export const PERMISSIONS_POLICY =
  'camera=(self), geolocation=(self), microphone=(), payment=(), usb=(), serial=(), hid=()';

/**
 * The headers helmet would set, worked out once. @fastify/helmet builds a new helmet
 * middleware (and re-parses the CSP) for every request, which was a tenth of the cost of
 * a replayed submission PUT; the headers never vary per request here (no CSP nonces).
 */
export function helmetHeaders(options: Readonly<HelmetOptions>): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  let failure: unknown;
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    failure = error;
  });
  if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
  return headers;
}

async function security(app: FastifyInstance): Promise<void> {
  // useDefaults: false so the policy is exactly the list above, nothing added by helmet.
  // frameguard DENY agrees with frame-ancestors 'none' for browsers that only know X-Frame-Options.
  const headers = {
    ...helmetHeaders({ contentSecurityPolicy: { useDefaults: false, directives }, frameguard: { action: 'deny' } }),
    'permissions-policy': PERMISSIONS_POLICY,
  };
  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(headers);
  });
}

export default fp(security, { name: 'security' });
