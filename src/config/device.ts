import { signal } from '@preact/signals';

/**
 * What this device is. A phone (or any personal browser) remembers its citizen's
 * choices; a kiosk is shared by strangers and forgets them. Kiosk enrolment sets
 * this (see runtime/kiosk); everything else reads it.
 */
export type DeviceKind = 'phone' | 'kiosk';
export const deviceKind = signal<DeviceKind>('phone');

export function applyDeviceKind(root: HTMLElement = document.documentElement): void {
  root.dataset.device = deviceKind.value;
}
