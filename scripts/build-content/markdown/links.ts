import { err, ok, type Result } from '../../../src/lib/result.ts';

/**
 * What a link in a guide may point at. `/guides/<id>` stays an app path (and is checked
 * against the guide list); other app paths stay as they are; http(s), tel and mailto stay
 * absolute. Relative paths (`foo.md`, `../x`) would resolve against the kiosk's URL and
 * break, and script URLs are never content.
 */
export function checkHref(href: string): Result<{ href: string; guideId?: string }, string> {
  const guide = /^\/guides\/([^/#?]+)(#[^\s]*)?$/.exec(href);
  if (guide) {
    const id = guide[1] ?? '';
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return err(`link "${href}": expected /guides/<id> with a guide id such as juminhyo-copy`);
    return ok({ href, guideId: id });
  }
  if (href.startsWith('/guides/')) return err(`link "${href}": expected /guides/<id>`);
  if (href.startsWith('/') && !href.startsWith('//')) return ok({ href });
  if (href.startsWith('#')) return ok({ href });
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  if (scheme === 'https' || scheme === 'http') {
    try {
      return ok({ href: new URL(href).href });
    } catch {
      return err(`link "${href}" is not a valid URL`);
    }
  }
  if (scheme === 'tel' || scheme === 'mailto') return ok({ href });
  if (scheme) return err(`link "${href}": only https, http, tel and mailto links are allowed`);
  return err(`link "${href}" is relative: use /guides/<id> for another guide or an absolute https:// URL`);
}
