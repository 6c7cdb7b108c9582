import { parseDocument } from 'yaml';
import { pathLabel } from '../issues.ts';
import { lineCounterFor, offsetOfPath } from '../locate.ts';
import type { LocatedJson } from '../json-source.ts';
import type { ErrorSink, Location } from '../report.ts';

/** A Markdown file split into YAML front matter (with positions) and its body. */
export interface MarkdownSource {
  frontMatter: LocatedJson;
  body: string;
  /** Position of a body offset in the whole file. */
  bodyAt(offset: number, where?: string): Location;
}

const opening = '---\n';

export function splitFrontMatter(raw: string, file: string, errors: ErrorSink): MarkdownSource | undefined {
  // marked normalises line ends; doing it first keeps offsets in the body and the file aligned.
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = lineCounterFor(text);
  const close = /^---[ \t]*$/m;
  if (!text.startsWith(opening)) {
    errors.add({ file, line: 1, col: 1 }, 'expected front matter: the file must start with a line "---"');
    return undefined;
  }
  const match = close.exec(text.slice(opening.length));
  if (!match) {
    errors.add({ file, line: 1, col: 1 }, 'front matter is never closed: add a line "---" after it');
    return undefined;
  }
  const yamlStart = opening.length;
  const yamlEnd = yamlStart + match.index;
  const doc = parseDocument(text.slice(yamlStart, yamlEnd));
  for (const e of doc.errors) {
    errors.add({ file, ...lines.linePos(yamlStart + e.pos[0]), where: 'front matter' }, e.message.split('\n')[0] ?? e.message);
  }
  if (doc.errors.length > 0) return undefined;
  const bodyStart = Math.min(text.length, yamlEnd + match[0].length + 1);
  return {
    frontMatter: {
      value: doc.toJS() ?? {},
      at: (path) => ({
        file,
        ...lines.linePos(yamlStart + offsetOfPath(doc, path)),
        where: path.length ? `front matter "${pathLabel(path)}"` : 'front matter',
      }),
    },
    body: text.slice(bodyStart),
    bodyAt: (offset, where = 'body') => ({ file, ...lines.linePos(bodyStart + offset), where }),
  };
}
