import { useEffect, useState } from 'preact/hooks';
import { deviceKind } from '../../config/device';
import { packPaths, type FormIndexEntry, type PackForm, type QrPublicKey } from '../../lib/content/pack-types';
import { parseFormDef } from '../../lib/forms/form-schema';
import type { QrForm } from '../../../contract/qr/qr-payload';
import { readContent, useContent, type ContentState } from '../../runtime/content/content-store';

/** A form a QR code may open here: its list entry (titles for the picker) and what the QR parser reads. */
export interface ScanForm {
  entry: FormIndexEntry;
  qr: QrForm;
}

/** The forms, and the city's QR key their codes are checked with (absent from a pack built before it). */
export interface ScanForms {
  forms: ScanForm[];
  qrKey: QrPublicKey | undefined;
}

/**
 * The forms of the active pack that this device may open. A kiosk leaves out the
 * forms not allowed on shared terminals, so a code for one is refused like an
 * unknown form instead of opening a form the kiosk would not let anyone fill.
 * Definitions are checked with the same schema the form runner uses; one that does
 * not parse is left out rather than trusted.
 */
export function useScanForms(): ContentState<ScanForms> {
  const index = useContent<FormIndexEntry[]>(packPaths.formIndex);
  const [state, setState] = useState<ContentState<ScanForms>>({ status: 'loading' });
  const kiosk = deviceKind.value === 'kiosk';

  useEffect(() => {
    if (index.status !== 'ready') {
      setState(index);
      return;
    }
    let live = true;
    const entries = index.data.filter((e) => !kiosk || e.kioskAllowed);
    const qrKey = readContent<QrPublicKey>(packPaths.qrKey).catch(() => undefined);
    void Promise.all(entries.map(async (entry): Promise<ScanForm | undefined> => {
      const file = await readContent<PackForm>(packPaths.form(entry.id)).catch(() => undefined);
      const parsed = file ? parseFormDef(file.def, `${entry.id}.json`) : undefined;
      return parsed?.ok ? { entry, qr: parsed.value } : undefined;
    })).then(async (forms) => {
      const data = { forms: forms.filter((f): f is ScanForm => f !== undefined), qrKey: await qrKey };
      if (live) setState({ status: 'ready', data });
    });
    return () => { live = false; };
  }, [index, kiosk]);

  return state;
}
