import { uncompress } from 'snappyjs';

/**
 * Reads the data blocks of a LevelDB table file (.ldb / .sst), decompressing the
 * Snappy ones: Chromium keeps IndexedDB in LevelDB, and a string that was deleted may
 * still sit, compressed, in a table until compaction — a plain byte search of the file
 * would miss it. Format: https://github.com/google/leveldb/blob/main/doc/table_format.md
 */
const footerLength = 48;
const trailerLength = 5;
const magic = 0xdb4775248b80fb57n;

interface Handle { offset: number; size: number }

function varint(bytes: Uint8Array, at: number): [value: number, next: number] {
  let result = 0;
  let shift = 0;
  for (let i = at; i < bytes.length; i++) {
    const b = bytes[i]!;
    result += (b & 0x7f) * 2 ** shift;
    if ((b & 0x80) === 0) return [result, i + 1];
    shift += 7;
  }
  throw new Error('truncated varint');
}

function readBlock(file: Uint8Array, handle: Handle): Uint8Array {
  const raw = file.subarray(handle.offset, handle.offset + handle.size);
  const type = file[handle.offset + handle.size];
  if (type === 0) return raw;
  if (type === 1) return new Uint8Array(uncompress(raw));
  throw new Error(`unknown block compression ${type}`);
}

/** The values of a block's entries (index blocks: block handles; data blocks: records). */
function blockEntries(block: Uint8Array): Array<{ key: Uint8Array; value: Uint8Array }> {
  const view = new DataView(block.buffer, block.byteOffset, block.byteLength);
  const restarts = view.getUint32(block.length - 4, true);
  const end = block.length - 4 - restarts * 4;
  const entries: Array<{ key: Uint8Array; value: Uint8Array }> = [];
  let key = new Uint8Array(0);
  for (let at = 0; at < end;) {
    let shared: number, unshared: number, valueLength: number;
    [shared, at] = varint(block, at);
    [unshared, at] = varint(block, at);
    [valueLength, at] = varint(block, at);
    const next = new Uint8Array(shared + unshared);
    next.set(key.subarray(0, shared));
    next.set(block.subarray(at, at + unshared), shared);
    key = next;
    at += unshared;
    entries.push({ key, value: block.subarray(at, at + valueLength) });
    at += valueLength;
  }
  return entries;
}

/** Every data block of the table, decompressed. Throws if the file is not a LevelDB table. */
export function leveldbTableBlocks(file: Uint8Array): Uint8Array[] {
  if (file.length < footerLength) throw new Error('too short for a table');
  const footer = file.subarray(file.length - footerLength);
  const view = new DataView(footer.buffer, footer.byteOffset, footer.byteLength);
  if (view.getBigUint64(40, true) !== magic) throw new Error('not a LevelDB table');
  const [, afterMetaOffset] = varint(footer, 0); // metaindex handle: not needed
  const [, afterMetaSize] = varint(footer, afterMetaOffset);
  const [indexOffset, afterIndexOffset] = varint(footer, afterMetaSize);
  const [indexSize] = varint(footer, afterIndexOffset);
  const index = readBlock(file, { offset: indexOffset, size: indexSize });
  return blockEntries(index).map(({ value }) => {
    const [offset, next] = varint(value, 0);
    const [size] = varint(value, next);
    if (offset + size + trailerLength > file.length) throw new Error('block outside the file');
    return readBlock(file, { offset, size });
  });
}
