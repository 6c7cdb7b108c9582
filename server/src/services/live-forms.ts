import type { JsonWebKey } from 'node:crypto';
import { PACK_MANIFEST_FILE, PACK_SIGNATURE_FILE } from '../../../contract/pack-layout.js';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FormInfo, FormLookup } from './forms.js';
import { readPackForms, type PackFormsResult } from './pack-forms.js';

export interface LiveFormRegistryOptions {
  /** Forms known without a pack: CONTENT_DIR/forms read at start, or a test's list. */
  base: readonly FormInfo[];
  packsDir: string;
  /** The city's pack-signing public key; without it no pack is trusted and only `base` counts. */
  publicKey: JsonWebKey | undefined;
  /** Told when a newly published pack cannot be trusted, so the operator sees why its forms are refused. */
  onRefused?: (reason: Exclude<PackFormsResult, { ok: true }>['reason']) => void;
  onLoaded?: (version: string, forms: readonly FormInfo[]) => void;
}

/**
 * Every form of the pack the server serves now, plus the base forms. A pack is published
 * while the server runs (`npm run content` renames manifest.sig, then manifest.json, into
 * place), so each lookup first checks, by a stat of those two files, whether they changed,
 * and reads the pack again only then. A pack that fails verification leaves the last
 * trusted one in force: a half-published or tampered pack must not make known forms unknown.
 */
export function createLiveFormRegistry(options: LiveFormRegistryOptions): FormLookup {
  const base = new Map(options.base.map((form) => [form.id, form]));
  let fromPack = new Map<string, FormInfo>();
  let seen: string | undefined;
  let loading: Promise<void> | undefined;

  async function fingerprint(): Promise<string> {
    const parts = await Promise.all([PACK_MANIFEST_FILE, PACK_SIGNATURE_FILE].map(async (name) => {
      try {
        const s = await stat(join(options.packsDir, name));
        return `${s.ino}:${s.size}:${s.mtimeMs}`;
      } catch {
        return '-';
      }
    }));
    return parts.join('|');
  }

  async function reload(key: string, publicKey: JsonWebKey): Promise<void> {
    const result = await readPackForms(options.packsDir, publicKey);
    seen = key;
    if (result.ok) {
      fromPack = new Map(result.forms.map((form) => [form.id, form]));
      options.onLoaded?.(result.version, result.forms);
    } else if (result.reason !== 'no-pack') {
      options.onRefused?.(result.reason);
    }
  }

  async function refresh(): Promise<void> {
    const { publicKey } = options;
    if (!publicKey) return;
    const key = await fingerprint();
    if (key === seen) return;
    // One read for all the lookups that noticed the change at once.
    loading ??= reload(key, publicKey).finally(() => { loading = undefined; });
    await loading;
  }

  const get = (formId: string) => fromPack.get(formId) ?? base.get(formId);
  return {
    refresh,
    async resolve(formId) {
      await refresh();
      return get(formId);
    },
    get,
    list: () => [...new Map([...base, ...fromPack]).values()],
  };
}
