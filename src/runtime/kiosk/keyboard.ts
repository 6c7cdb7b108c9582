// The on-screen keyboard, re-exported for the kiosk runtime (only kiosks load this chunk).
export { KeyboardHost } from './keyboard/index';
