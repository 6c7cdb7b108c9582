import helmet from '@fastify/helmet';
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

async function security(app: FastifyInstance): Promise<void> {
  // useDefaults: false so the policy is exactly the list above, nothing added by helmet.
  // frameguard DENY agrees with frame-ancestors 'none' for browsers that only know X-Frame-Options.
  await app.register(helmet, { contentSecurityPolicy: { useDefaults: false, directives }, frameguard: { action: 'deny' } });
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY);
  });
}

export default fp(security, { name: 'security' });
