import { h, options, type VNode } from 'preact';
import { uiRuby } from '../i18n/ui-ruby';
import { RText } from './rtext';

/**
 * Gives every Japanese UI string its build-time furigana and phrase breaks without
 * changing the hundreds of `{t('…')}` call sites: when an element is created, each text
 * child that the ruby table knows (src/i18n/ui-ruby.ts) is rendered through <RText>,
 * which shows ruby in furigana mode and <wbr> between phrases always.
 *
 * Only text children of HTML elements are touched; attributes (aria-label, placeholder,
 * title) stay plain text, as they must. Elements whose content must be plain text, or
 * is ruby already, are left alone: that also keeps RText's own <ruby> from recursing.
 */
const plainTextElements = new Set([
  'option', 'optgroup', 'textarea', 'title', 'style', 'script', 'noscript', 'template',
  'ruby', 'rt', 'rp', 'svg', 'text', 'tspan', 'desc', 'math', 'pre', 'code',
]);

let installed = false;

export function installUiRuby(): void {
  if (installed) return;
  installed = true;
  const previous = options.vnode;
  options.vnode = (vnode: VNode) => {
    // A word RText kept whole (.word) is text already cut: cutting it again would never end.
    const props = vnode.props as { children?: unknown; class?: unknown };
    if (typeof vnode.type === 'string' && !plainTextElements.has(vnode.type) && props.class !== 'word') annotateChildren(props);
    previous?.(vnode);
  };
}

function annotateChildren(props: { children?: unknown }): void {
  const children = props.children;
  if (typeof children === 'string') {
    const segs = uiRuby(children);
    if (segs) props.children = h(RText, { value: segs });
  } else if (Array.isArray(children) && children.some((c) => typeof c === 'string')) {
    props.children = children.map((child: unknown) => {
      if (typeof child !== 'string') return child;
      const segs = uiRuby(child);
      return segs ? h(RText, { value: segs }) : child;
    });
  }
}
