/**
 * A streaming reader for the catalogue export: CSV (RFC 4180 quoting) or TSV, one record
 * at a time with the line it starts on, so a 200,000-record file is never held as rows and
 * every error can say `file:line`. Library systems export UTF-8 or Shift_JIS; the bytes
 * decide (a file that is not valid UTF-8 is read as Shift_JIS).
 */
export interface DelimitedRow {
  /** 1-based line where the record starts (a quoted newline makes it differ from its index). */
  line: number;
  fields: string[];
}

export type Delimiter = ',' | '\t';

export class DelimitedSyntaxError extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}

export function decodeExport(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('shift_jis').decode(bytes);
  }
}

/** `.tsv` / `.tab` / `.txt` are tab-separated; anything else is CSV. A tab in the header line decides for unknown names. */
export function delimiterFor(fileName: string, text: string): Delimiter {
  if (/\.(tsv|tab|txt)$/i.test(fileName)) return '\t';
  if (/\.csv$/i.test(fileName)) return ',';
  const firstLine = text.slice(0, text.search(/\r|\n/) >>> 0);
  return firstLine.includes('\t') ? '\t' : ',';
}

export function* readDelimited(text: string, delimiter: Delimiter): Generator<DelimitedRow> {
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    for (;;) {
      if (text[i] === '"' && field === '') {
        // Quoted field: "" is a quote, newlines are kept.
        i++;
        for (;;) {
          if (i >= text.length) throw new DelimitedSyntaxError(start, 'a quoted field is never closed (a missing ")');
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
          field += c;
          i++;
        }
        const after = text[i];
        if (after !== undefined && after !== delimiter && after !== '\r' && after !== '\n') {
          throw new DelimitedSyntaxError(line, `text after a closing quote: ${JSON.stringify(text.slice(i, i + 10))}`);
        }
      }
      while (i < text.length && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n') field += text[i++];
      fields.push(field);
      field = '';
      if (text[i] === delimiter) {
        i++;
        continue;
      }
      break;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    line++;
    yield { line: start, fields };
  }
}
