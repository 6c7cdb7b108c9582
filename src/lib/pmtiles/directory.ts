/**
 * A PMTiles v3 directory: entries sorted by tile id, stored column by column as
 * varints (ids as deltas; an offset of 0 means "right after the previous entry").
 * An entry with run length 0 points to a leaf directory instead of a tile.
 */
export interface Entry { tileId: number; offset: number; length: number; runLength: number }

/** Unsigned LEB128 varint; arithmetic instead of bit operators so values past 2^31 stay exact. */
function readVarint(bytes: Uint8Array, at: { pos: number }): number {
  let value = 0;
  let scale = 1;
  for (;;) {
    const byte = bytes[at.pos++];
    if (byte === undefined) throw new RangeError('directory ends inside a number');
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return value;
    scale *= 128;
  }
}

export function parseDirectory(bytes: Uint8Array): Entry[] {
  const at = { pos: 0 };
  const count = readVarint(bytes, at);
  const entries: Entry[] = Array.from({ length: count }, () => ({ tileId: 0, offset: 0, length: 0, runLength: 0 }));
  let lastId = 0;
  for (const e of entries) { lastId += readVarint(bytes, at); e.tileId = lastId; }
  for (const e of entries) e.runLength = readVarint(bytes, at);
  for (const e of entries) e.length = readVarint(bytes, at);
  entries.forEach((e, i) => {
    const value = readVarint(bytes, at);
    const previous = entries[i - 1];
    e.offset = value === 0 && previous ? previous.offset + previous.length : value - 1;
  });
  return entries;
}

/** The entry holding a tile id: the last one starting at or before it, if its run (or leaf) covers it. */
export function findEntry(entries: readonly Entry[], tileId: number): Entry | undefined {
  let low = 0;
  let high = entries.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (entries[mid]!.tileId <= tileId) low = mid + 1;
    else high = mid - 1;
  }
  const entry = entries[high];
  if (!entry) return undefined;
  if (entry.runLength === 0) return entry; // a leaf directory: look inside it
  return tileId - entry.tileId < entry.runLength ? entry : undefined;
}
