import { describe, expect, it } from 'vitest';
import { checkHref } from './links.ts';

describe('links in guides', () => {
  it('keeps guide links as app paths and names the guide for checking', () => {
    expect(checkHref('/guides/resident-tax#申告')).toEqual({ ok: true, value: { href: '/guides/resident-tax#申告', guideId: 'resident-tax' } });
  });

  it('keeps https, tel and mailto absolute', () => {
    expect(checkHref('https://www.city.iwaki.lg.jp').ok && checkHref('tel:0246-22-1111').ok && checkHref('mailto:a@b.jp').ok).toBe(true);
  });

  it('refuses relative paths, script URLs and malformed guide links', () => {
    for (const href of ['juminhyo-copy.md', '../guides/x', 'javascript:alert(1)', '/guides/Juminhyo_Copy', '/guides/a/b']) {
      expect(checkHref(href).ok, href).toBe(false);
    }
  });
});
