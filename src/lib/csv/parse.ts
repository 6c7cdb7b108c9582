import { err, ok, type Result } from '../result';
import type { CsvError, CsvPosition, CsvRow } from './types';

/**
 * RFC 4180 parser that remembers where every field starts. A hand parser rather than
 * papaparse because errors must name the source line, and a quoted newline makes the
 * line of a record differ from its index. Accepts CRLF, LF and CR line ends.
 * Lenient where publishers commonly are: a stray quote inside an unquoted field is kept.
 */
export function parseCsv(text: string): Result<CsvRow[], CsvError> {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let positions: CsvPosition[] = [];
  let field = '';
  let line = 1;
  let col = 1;
  let fieldStart: CsvPosition = { line, col };
  let i = 0;

  const endField = () => {
    fields.push(field);
    positions.push(fieldStart);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push({ line: positions[0]?.line ?? line, fields, positions });
    fields = [];
    positions = [];
  };
  // Consumes one line break at i (CRLF counts as one) and moves the cursor to the next line.
  const newline = () => {
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    line += 1;
    col = 1;
  };

  while (i < text.length) {
    fieldStart = { line, col };
    if (text[i] === '"') {
      const open = { line, col };
      i += 1;
      col += 1;
      for (;;) {
        if (i >= text.length) return err({ ...open, message: 'a quoted field is never closed' });
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            col += 2;
            continue;
          }
          i += 1;
          col += 1;
          break;
        }
        if (c === '\r' || c === '\n') {
          // Whatever the file's line ends, a newline inside a value is \n.
          field += '\n';
          newline();
          continue;
        }
        field += c;
        i += 1;
        col += 1;
      }
      const after = text[i];
      if (after !== undefined && after !== ',' && after !== '\r' && after !== '\n') {
        return err({ line, col, message: `unexpected ${JSON.stringify(after)} after a closing quote (a quote inside a quoted field is written "")` });
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        field += text[i];
        i += 1;
        col += 1;
      }
    }
    if (text[i] === ',') {
      endField();
      i += 1;
      col += 1;
      // A trailing comma at the very end still means one more (empty) field.
      if (i >= text.length) {
        fieldStart = { line, col };
        endRow();
      }
      continue;
    }
    endRow();
    if (i < text.length) newline();
  }
  return ok(rows.filter((row) => !(row.fields.length === 1 && row.fields[0] === '')));
}
