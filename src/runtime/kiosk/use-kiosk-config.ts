import { useEffect } from 'preact/hooks';
import { packPaths } from '../../lib/content/pack-types';
import { parseKioskConfig, printerPaper, type ConfigIssue } from '../../lib/kiosk/config';
import { paperAttribute, printOffer } from '../../lib/print/print-offer';
import { useContent } from '../content/content-store';
import { resetDisplayModes } from '../display/display-modes';
import { setLanguage } from '../../i18n';
import { kioskConfig } from './kiosk-state';
import { kioskIdentity } from './kiosk-identity';
import { registerKioskReadings } from './kiosk-readings';

export type KioskConfigState = { status: 'loading' | 'no-pack' } | { status: 'missing' } | { status: 'invalid'; issues: ConfigIssue[] } | { status: 'ready' };

/**
 * Reads this terminal's configuration from the signed pack, validates it again (the
 * app must never trust a file it did not check) and applies its defaults: the
 * language and display modes every citizen starts with.
 */
export function useKioskConfig(): KioskConfigState {
  const terminalId = kioskIdentity.value?.terminalId;
  const content = useContent<unknown>(terminalId ? packPaths.kiosk(terminalId) : undefined);
  const meta = useContent<unknown>(packPaths.meta);
  const readings = useContent<unknown>(terminalId ? packPaths.kioskReadings(terminalId) : undefined);
  const parsed = content.status === 'ready' ? parseKioskConfig(content.data) : undefined;

  useEffect(() => {
    if (!parsed?.ok) return;
    kioskConfig.value = parsed.config;
    // Print stylesheets lay out for the terminal's paper (a narrow roll or A4).
    const paper = paperAttribute(printOffer('kiosk', printerPaper(parsed.config.printer)));
    if (paper) document.documentElement.dataset.paper = paper;
    else delete document.documentElement.dataset.paper;
    resetDisplayModes(parsed.config.defaults);
    void setLanguage(parsed.config.defaults.language);
  }, [content.status === 'ready' ? content.data : undefined]);

  useEffect(() => {
    if (readings.status === 'ready') registerKioskReadings(readings.data);
  }, [readings.status === 'ready' ? readings.data : undefined]);

  if (content.status === 'loading') return { status: 'loading' };
  if (content.status === 'missing') return meta.status === 'ready' ? { status: 'missing' } : { status: 'no-pack' };
  if (parsed && !parsed.ok) return { status: 'invalid', issues: parsed.issues };
  return { status: 'ready' };
}
