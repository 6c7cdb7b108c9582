import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { packPaths, type Town } from '../../../src/lib/content/pack-types.ts';
import { coordinateProblem } from '../../../src/lib/geo/index.ts';
import { townColumns, townRowSchema } from '../../../src/lib/content/schema/towns.ts';
import type { Location } from '../report.ts';
import { readCsvRows } from './disaster-csv.ts';
import type { ContentSource } from './types.ts';

/** `<name>.sample.csv` holds made-up or partial data: the pack and the screen say so. */
const sampleFile = /\.sample\.csv$/;

/**
 * content/places/*.csv (位置参照情報 大字・町丁目レベル, UTF-8 or Shift_JIS) → places/towns.json,
 * for "near my home". Each 町名 gets its reading as furigana (the file's カナ column, else the
 * build's annotator), so the list can be read and searched in kana. One file with an error
 * imports nothing; a code repeated across files is an error at the repeat.
 */
export const townsSource: ContentSource = {
  name: 'towns',
  async load(ctx) {
    const dir = join(ctx.contentDir, 'places');
    const files = await readdir(dir).catch(() => undefined);
    if (!files) return undefined;
    const towns: Town[] = [];
    const seen = new Map<string, Location>();
    let sample = false;
    for (const name of files.filter((f) => f.endsWith('.csv')).sort()) {
      const csv = await readCsvRows(join(dir, name), townColumns, townRowSchema, ctx);
      if (!csv) continue;
      sample ||= sampleFile.test(name);
      for (const { row, at } of csv.rows) {
        const first = seen.get(row.code);
        if (first) {
          ctx.errors.add(at('code'), `大字町丁目コード ${row.code} is already used at ${first.file}:${first.line}`);
          continue;
        }
        seen.set(row.code, at('code'));
        const problem = coordinateProblem({ lat: row.lat, lng: row.lng });
        if (problem) {
          ctx.errors.add(at(problem.field), problem.message);
          continue;
        }
        const kana = row.nameKana.replace(/\s+/g, '');
        towns.push({
          code: row.code,
          // The file's own reading wins over the annotator's guess (名称_カナ for facilities, the same rule).
          name: kana ? [[row.name, toHiragana(kana)]] : ctx.annotate(row.name, 'ja'),
          ...(kana ? { nameKana: kana } : {}),
          lat: row.lat,
          lng: row.lng,
        });
      }
    }
    return {
      name: 'towns',
      ids: new Set(towns.map((t) => t.code)),
      refs: [],
      counts: { towns: towns.length },
      sample,
      documents: () => [{ path: packPaths.towns, value: { sample, towns } }],
      searchDocs: () => [],
    };
  },
};

function toHiragana(kana: string): string {
  return kana.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}
