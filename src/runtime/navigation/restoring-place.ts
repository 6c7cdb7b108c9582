/**
 * Whether a screen reached by the kiosk's もどる is waiting for its place: its heading must
 * not take the focus (and the scroll) first. A module of its own because every screen's
 * frame (src/ui/page.tsx) asks, on phones too, while the back stack is kiosk-only code.
 */
let restoring = false;

export function isRestoringPlace(): boolean {
  return restoring;
}

export function setRestoringPlace(value: boolean): void {
  restoring = value;
}
