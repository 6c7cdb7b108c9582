/**
 * HTTP Range answers from a whole file held in Cache Storage. PMTiles reads by range
 * (header, directory, one tile), and the Cache API cannot store or match partial
 * responses, so the service worker keeps the whole file and cuts the ranges itself.
 */
export interface ByteRange { start: number; end: number } // inclusive, as HTTP counts

/**
 * `bytes=0-126`, `bytes=1000-` and `bytes=-500` (the last 500). Several ranges in one
 * header are answered with the whole file, which HTTP allows and PMTiles never asks for.
 */
export function parseRange(header: string | null, size: number): ByteRange | 'whole' | 'unsatisfiable' {
  if (!header) return 'whole';
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return header.includes(',') ? 'whole' : 'unsatisfiable';
  const [, first, last] = match;
  if (first === '' && last === '') return 'unsatisfiable';
  if (first === '') {
    const length = Math.min(Number(last), size);
    return length > 0 ? { start: size - length, end: size - 1 } : 'unsatisfiable';
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  return start < size && start <= end ? { start, end } : 'unsatisfiable';
}

/** A 206 with the slice, a 200 with everything, or a 416, as a server would answer. */
export function rangeResponse(file: Blob, rangeHeader: string | null, contentType: string): Response {
  const size = file.size;
  const range = parseRange(rangeHeader, size);
  if (range === 'whole') {
    return new Response(file, { status: 200, headers: { 'content-type': contentType, 'content-length': String(size), 'accept-ranges': 'bytes' } });
  }
  if (range === 'unsatisfiable') return new Response(null, { status: 416, headers: { 'content-range': `bytes */${size}` } });
  return new Response(file.slice(range.start, range.end + 1), {
    status: 206,
    headers: {
      'content-type': contentType,
      'content-length': String(range.end - range.start + 1),
      'content-range': `bytes ${range.start}-${range.end}/${size}`,
      'accept-ranges': 'bytes',
    },
  });
}
