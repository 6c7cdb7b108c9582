import type { ColumnDef, ColumnsSpec, CsvError } from './types';

/**
 * Header names as publishers actually write them vary in width, punctuation and spacing:
 * 「施設・場所名」「施設、場所名」「施設,場所名」, （）vs (), 名称＿カナ vs 名称_カナ.
 * Two names that normalise alike are the same column.
 */
export function normalizeHeader(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, '')
    .replace(/[、,・･]/g, '・')
    .replace(/[([{【〔「『〈《]/g, '(')
    .replace(/[)\]}】〕」』〉》]/g, ')')
    .toLowerCase();
}

export function columnNames(def: ColumnDef): readonly string[] {
  return 'names' in def ? def.names : (def as readonly string[]);
}

export function isOptional(def: ColumnDef): boolean {
  return 'optional' in def && def.optional === true;
}

export interface HeaderMap {
  /** key → index of its column in each row */
  index: Map<string, number>;
  /** key → header text as written */
  written: Map<string, string>;
  extraColumns: string[];
  errors: CsvError[];
}

/** Finds each key's column by name; every missing required column is reported, not just the first. */
export function mapHeader(header: readonly string[], columns: ColumnsSpec, line = 1): HeaderMap {
  const byName = new Map<string, number>();
  header.forEach((name, i) => {
    const key = normalizeHeader(name);
    if (key && !byName.has(key)) byName.set(key, i);
  });
  const index = new Map<string, number>();
  const written = new Map<string, string>();
  const used = new Set<number>();
  const errors: CsvError[] = [];
  for (const [key, def] of Object.entries(columns)) {
    const names = columnNames(def);
    const found = names.map((n) => byName.get(normalizeHeader(n))).filter((i): i is number => i !== undefined);
    const distinct = [...new Set(found)];
    if (distinct.length > 1) {
      const both = distinct.map((i) => `"${header[i]}"`).join(' and ');
      errors.push({ line, message: `columns ${both} both mean ${names[0] ?? key}; keep one` });
      continue;
    }
    const at = distinct[0];
    if (at === undefined) {
      if (!isOptional(def)) errors.push({ line, column: names[0] ?? key, message: `required column "${names.join('" or "')}" is missing` });
      continue;
    }
    index.set(key, at);
    written.set(key, header[at] ?? '');
    used.add(at);
  }
  const extraColumns = header.filter((name, i) => !used.has(i) && name.trim() !== '');
  return { index, written, extraColumns, errors };
}
