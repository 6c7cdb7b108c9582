import { stopSpeaking } from '../read-aloud/speech';

/**
 * Forgets the citizen. The order matters: leave every screen first (the DOM and
 * component state holding their answers go away), erase what storage might hold,
 * then reload into the attract loop so no JavaScript memory survives. The reload is
 * also when a waiting app update or a newer content pack is taken into use: never
 * mid-session. Display modes and language come back from the terminal's defaults
 * at start-up, because a kiosk stores none.
 */
export async function wipeSession(route: (url: string, replace?: boolean) => void): Promise<void> {
  // Silence first: the next person must not hear the last one's page.
  stopSpeaking();
  route('/attract', true);
  const { forgetMemoryDrafts } = await import('../drafts/draft-keeper');
  forgetMemoryDrafts();
  try {
    sessionStorage.clear();
    localStorage.clear();
    const { wipeCitizenData } = await import('../../db/wipe');
    await wipeCitizenData();
  } finally {
    const { applyWaitingUpdate } = await import('../../app/register-sw');
    // A waiting service worker takes over on the reload below.
    await applyWaitingUpdate();
    location.replace('/attract');
  }
}
