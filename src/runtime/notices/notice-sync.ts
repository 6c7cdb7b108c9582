import { packPaths, type DisasterAlert } from '../../lib/content/pack-types';
import { readContent } from '../content/content-store';
import { activePackVersion } from '../content/pack-status';
import { effect } from '@preact/signals';
import { receiveNotices } from './notices';
import { apiAnswer } from '../../lib/api/citizen-api';

async function pollPublic(): Promise<void> {
  try {
    const response = await fetch('/api/notices');
    const answer = response.ok ? await apiAnswer('GET /api/notices', response) : undefined;
    if (answer) receiveNotices('public', answer.notices);
  } catch {
    // offline: keep what we had; the pack's alerts still show
  }
}

/**
 * Notices reach every device two ways: the server's public notices (staff console, with
 * the hazard staff chose, if any), polled every minute, and alerts published in the
 * signed content pack, which keep showing with no network at all.
 */
export function startNoticeSync(): void {
  void pollPublic();
  setInterval(() => void pollPublic(), 60_000);
  window.addEventListener('online', () => void pollPublic());
  effect(() => {
    void activePackVersion.value;
    void readContent<DisasterAlert[]>(packPaths.alerts).then((alerts) => {
      // issuedAt as createdAt: a pack alert and a staff notice then compare by the same time.
      receiveNotices('pack', (alerts ?? []).map((a) => ({
        id: `pack:${a.id}`, severity: a.severity, message: a.message, expiresAt: a.expiresAt, createdAt: a.issuedAt, ...(a.hazard ? { hazard: a.hazard } : {}),
      })));
    });
  });
}
