import packPublicKey from '../../config/pack-public-key.json';
import { packManifestUrl, packSignatureUrl } from '../../../contract/pack-layout';
import { packObjectUrl, type PackFileEntry } from '../../lib/content/pack-types';
import { sha256Hex } from '../../lib/pack/crypto';
import { verifyOffered } from '../../lib/pack/verify-offered';
import { parseManifest, planUpdate } from '../../lib/pack/plan';
import { activePack, installPack, type VerifiedFile } from '../../db/packs';
import { forgetRejectedPack, rejectedPack } from '../../db/pack-rejection';
import { decideUpdate } from '../../lib/pack/rejection';
import { refuseOffered } from '../../lib/pack/freshness';
import { forgetRefusedPack, recordRefusedPack } from '../../db/pack-refusal';
import { checkSwitchedPack } from './pack-check';
import { activePackVersion, packStatus, type PackFailure } from './pack-status';

const parallelDownloads = 6;

async function fetchText(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

/** Downloads one pack object and checks it is exactly the file the signed manifest names. */
async function fetchVerified(entry: PackFileEntry): Promise<VerifiedFile | PackFailure> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    const response = await fetch(packObjectUrl(entry.sha256));
    if (!response.ok) return 'download-failed';
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch {
    return 'download-failed';
  }
  if (bytes.byteLength !== entry.bytes || (await sha256Hex(bytes)) !== entry.sha256) return 'bad-file';
  try {
    return { ...entry, data: JSON.parse(new TextDecoder().decode(bytes)) as unknown };
  } catch {
    return 'bad-file';
  }
}

function fail(reason: PackFailure): PackFailure {
  packStatus.value = { state: 'failed', reason };
  return reason;
}

/**
 * Checks the server for a newer content pack and installs it: verify the
 * manifest's signature with the city's public key (built into the app), refuse it if
 * it was signed before the active pack or has expired (src/lib/pack/freshness.ts), download
 * only changed files, verify each file's sha256, then switch in one transaction.
 * Any failure leaves the active pack untouched and is reported in packStatus. A
 * pack that is complete and signed but unusable here is rolled back right after the
 * switch, before any screen shows it, and not fetched again.
 */
export async function updatePack(
  /** Whether the screens may switch to a new pack now (a kiosk in use says no: it switches at the wipe). */
  mayShowNow: () => boolean = () => true,
  /** This kiosk's terminal id: its config in the new pack must be valid. Undefined on phones. */
  terminalId: () => string | undefined = () => undefined,
): Promise<PackFailure | undefined> {
  packStatus.value = { state: 'checking' };
  const current = await activePack();
  if (mayShowNow() || activePackVersion.value === undefined) activePackVersion.value = current?.version;
  const [manifestText, signature] = await Promise.all([fetchText(packManifestUrl), fetchText(packSignatureUrl)]);
  if (manifestText === undefined || signature === undefined) return fail('offline');
  const manifest = await verifyOffered(manifestText, signature, packPublicKey as JsonWebKey);
  if (typeof manifest === 'string') return fail(manifest);
  const rejected = await rejectedPack();
  const decision = decideUpdate(manifest.version, current?.version, rejected);
  if (decision === 'up-to-date') {
    // The city withdrew the broken version and serves ours again: nothing left to report.
    if (rejected && rejected.version !== current?.version) await forgetRejectedPack();
    await forgetRefusedPack();
    packStatus.value = { state: 'up-to-date', version: manifest.version };
    return undefined;
  }
  if (decision === 'rejected-before') return fail('unusable');

  const installed = current ? parseManifest(current.manifest) : undefined;
  // Before any download: a replayed old manifest or an expired one is never installed.
  const refusal = refuseOffered(manifest, installed, new Date());
  if (refusal) {
    await recordRefusedPack({ version: manifest.version, reason: refusal, kept: current?.version ?? null, at: new Date().toISOString() });
    return fail(refusal);
  }
  const plan = planUpdate(installed, manifest);
  const fetched: VerifiedFile[] = [];
  let bytesDone = 0;
  packStatus.value = { state: 'downloading', done: 0, total: plan.fetch.length, bytes: 0 };
  const queue = [...plan.fetch];
  let failure: PackFailure | undefined;
  await Promise.all(Array.from({ length: parallelDownloads }, async () => {
    for (let entry = queue.shift(); entry && !failure; entry = queue.shift()) {
      const result = await fetchVerified(entry);
      if (typeof result === 'string') { failure = result; return; }
      fetched.push(result);
      bytesDone += entry.bytes;
      packStatus.value = { state: 'downloading', done: fetched.length, total: plan.fetch.length, bytes: bytesDone };
    }
  }));
  if (failure) return fail(failure);

  // The version on screen (a kiosk in use keeps showing the old one) must survive this install.
  const result = await installPack(manifest, manifestText, signature.trim(), fetched, activePackVersion.value);
  if (!result.ok) return fail(result.error.kind === 'quota-exceeded' ? 'storage-full' : 'storage-unavailable');
  const rejection = await checkSwitchedPack(manifest, terminalId());
  if (rejection?.done === 'rolled-back') return fail('unusable');
  if (!rejection) await forgetRejectedPack(); // a good pack after a bad one: the problem is over
  await forgetRefusedPack();
  if (mayShowNow() || activePackVersion.value === undefined) activePackVersion.value = manifest.version;
  packStatus.value = { state: 'installed', version: manifest.version, fetchedFiles: fetched.length, fetchedBytes: bytesDone };
  return undefined;
}
