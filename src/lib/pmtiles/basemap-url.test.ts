import { describe, expect, it } from 'vitest';
import { basemapRequestInfo, basemapRequestUrl, sha256Hex } from './basemap-url';

const abcSha = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

describe('the basemap file and its sha256', () => {
  it('asks for the file with its digest, which the service worker reads back with the cache key', () => {
    const url = basemapRequestUrl({ url: '/packs/tiles/iwaki.pmtiles', sha256: abcSha });
    expect(url).toBe(`/packs/tiles/iwaki.pmtiles?sha256=${abcSha}`);
    expect(basemapRequestInfo(new URL(url, 'https://m.example'))).toEqual({ key: 'https://m.example/packs/tiles/iwaki.pmtiles', sha256: abcSha });
  });

  it('has no digest when the request carries none or a malformed one', () => {
    expect(basemapRequestInfo(new URL('https://m.example/a.pmtiles')).sha256).toBeUndefined();
    expect(basemapRequestInfo(new URL('https://m.example/a.pmtiles?sha256=ABC')).sha256).toBeUndefined();
  });

  it('computes the sha256 the operator computed (sha256sum)', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc').buffer)).toBe(abcSha);
  });
});
