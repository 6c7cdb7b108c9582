import { database } from './database';
import { parseRefusedPack, type RefusedPack } from '../lib/pack/refusal';

/** Remembers the last signed pack this device refused as older or expired (src/lib/pack/refusal.ts). */
export async function recordRefusedPack(refused: RefusedPack): Promise<void> {
  await database().settings.put({ key: 'refusedPack', value: refused });
}

export async function refusedPack(): Promise<RefusedPack | undefined> {
  return parseRefusedPack((await database().settings.get('refusedPack'))?.value);
}

/** The server offers the active pack or a newer one again: the refusal is over. */
export async function forgetRefusedPack(): Promise<void> {
  await database().settings.delete('refusedPack');
}
