import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { phraseValueKinds, type PhraseValueKind, type PhraseValues } from '../../../contract/counter.js';

/**
 * The phrase ids a counter conversation may carry, and the value each holds, read once at
 * start from CONTENT_DIR/phrasebook/phrasebook.json (the content build validated it in
 * full; here only what the server checks messages against is taken). Missing file: an
 * empty book, so every message is refused rather than any accepted.
 */
export async function loadPhraseValues(contentDir: string): Promise<PhraseValues> {
  let text: string;
  try {
    text = await readFile(join(contentDir, 'phrasebook', 'phrasebook.json'), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
  const file = JSON.parse(text) as { phrases?: Array<{ id?: unknown; value?: unknown }> };
  const values = new Map<string, PhraseValueKind | undefined>();
  for (const phrase of file.phrases ?? []) {
    if (typeof phrase.id !== 'string') continue;
    const value = (phraseValueKinds as readonly unknown[]).includes(phrase.value) ? (phrase.value as PhraseValueKind) : undefined;
    values.set(phrase.id, value);
  }
  return values;
}
