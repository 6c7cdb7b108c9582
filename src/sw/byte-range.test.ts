import { describe, expect, it } from 'vitest';
import { parseRange, rangeResponse } from './byte-range';

const file = new Blob([new Uint8Array(Array.from({ length: 200 }, (_, i) => i))]);

describe('range requests answered from a cached whole file', () => {
  it('understands the three forms of a single range', () => {
    expect(parseRange('bytes=0-126', 200)).toEqual({ start: 0, end: 126 });
    expect(parseRange('bytes=150-', 200)).toEqual({ start: 150, end: 199 });
    expect(parseRange('bytes=-10', 200)).toEqual({ start: 190, end: 199 });
    expect(parseRange('bytes=190-500', 200)).toEqual({ start: 190, end: 199 }); // clipped to the file
  });

  it('answers no range or several ranges with the whole file, and an impossible one with 416', () => {
    expect(parseRange(null, 200)).toBe('whole');
    expect(parseRange('bytes=0-1, 5-6', 200)).toBe('whole');
    expect(parseRange('bytes=200-', 200)).toBe('unsatisfiable');
    expect(parseRange('bytes=9-3', 200)).toBe('unsatisfiable');
    expect(parseRange('items=0-1', 200)).toBe('unsatisfiable');
  });

  it('a PMTiles header read gets exactly its 127 bytes with a 206 and Content-Range', async () => {
    const response = rangeResponse(file, 'bytes=0-126', 'application/vnd.pmtiles');
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 0-126/200');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(bytes.length).toBe(127);
    expect(bytes[126]).toBe(126);
  });

  it('a tile read in the middle gets those bytes', async () => {
    const bytes = new Uint8Array(await rangeResponse(file, 'bytes=130-133', 'application/vnd.pmtiles').arrayBuffer());
    expect([...bytes]).toEqual([130, 131, 132, 133]);
  });

  it('a read past the end is a 416 that says the size', () => {
    const response = rangeResponse(file, 'bytes=300-', 'application/vnd.pmtiles');
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe('bytes */200');
  });
});
