import { readSetting } from './settings';

/**
 * This terminal's device token, for the outbox to send with each delivery; undefined on a
 * phone. Read from storage rather than the page's state, because the service worker
 * delivers too (Background Sync) and has no page.
 */
export async function storedDeviceToken(): Promise<string | undefined> {
  const identity = (await readSetting('kiosk')) as { deviceToken?: unknown } | undefined;
  return typeof identity?.deviceToken === 'string' ? identity.deviceToken : undefined;
}
