import type { TFunction } from 'i18next';
import { useMemo, useRef } from 'preact/hooks';
import type { QrPublicKey } from '../../lib/content/pack-types';
import type { QrRefusalReason } from '../../../contract/qr/qr-payload';
import type { CameraApi } from './camera';
import { CameraPanel } from './camera-panel';
import { FormPicker } from './form-picker';
import { ManualEntry } from './manual-entry';
import type { QrReaderLoader } from './qr-reader';
import { decideScan, manualEntryText, type ScanDecision } from './scan-decision';
import type { ScanForm } from './use-scan-forms';

export interface ScanViewProps {
  forms: readonly ScanForm[];
  /** The city's QR public key from the pack; without it a signed or prefilled code is refused. */
  qrKey: QrPublicKey | undefined;
  /** location.origin: the only site a code may point to. */
  origin: string;
  /** Opens a route of this app (preact-iso's route): the only way this screen ever leaves. */
  navigate: (href: string) => void;
  camera: CameraApi;
  loadReader: QrReaderLoader;
  autoStart: boolean;
  t: TFunction<'forms'>;
}

/**
 * The scan screen without its frame: camera, typed address and form picker, all
 * ending in the same decision. A refused code leaves the camera reading and the
 * URL where it is; an accepted one is opened once, as a route inside the app.
 */
export function ScanView({ forms, qrKey, origin, navigate, camera, loadReader, autoStart, t }: ScanViewProps) {
  const qrForms = useMemo(() => forms.map((f) => f.qr), [forms]);
  // The camera keeps delivering the same code until the screen is gone; open it once,
  // and check its signature once: every frame of the same text shares one decision.
  const opened = useRef(false);
  const last = useRef<{ text: string; decision: Promise<ScanDecision> }>(undefined);

  const decide = async (text: string): Promise<QrRefusalReason | undefined> => {
    if (opened.current) return undefined;
    if (last.current?.text !== text) last.current = { text, decision: decideScan(text, origin, qrForms, qrKey) };
    const decision = await last.current.decision;
    if (decision.action === 'refuse') return decision.reason;
    if (opened.current) return undefined;
    opened.current = true;
    navigate(decision.href);
    return undefined;
  };

  return (
    <>
      <CameraPanel
        camera={camera}
        loadReader={loadReader}
        autoStart={autoStart}
        decide={decide}
        t={t}
      />
      <section class="card stack scan__manual" aria-labelledby="scan-manual-title">
        <h2 id="scan-manual-title">{t('qr.manual')}</h2>
        <ManualEntry submit={(input) => decide(manualEntryText(input, origin))} example={`${origin}/f/road-light-report`} t={t} />
        <FormPicker forms={forms} open={(id) => { void decide(`${origin}/f/${id}`); }} t={t} />
      </section>
    </>
  );
}
