import { LineCounter, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { IssuePath } from './issues.ts';

/** Offsets → line:col for a whole source file (Markdown body, front matter, JSON alike). */
export function lineCounterFor(text: string): LineCounter {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) counter.addNewLine(i + 1);
  return counter;
}

/**
 * Offset of the node a path points at in a parsed YAML (or JSON) document. For a value in
 * a mapping it is the key's offset (`category: taxes` → the start of `category`), for a
 * list item the item's. A path that runs out (a missing key) stops at the deepest node found.
 */
export function offsetOfPath(doc: Document, path: IssuePath): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) return offset;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item: unknown = node.items[key];
      if (item === undefined) return offset;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      return offset;
    }
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[0];
}
