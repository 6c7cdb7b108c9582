import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { mergeKioskConfig, parseKioskConfig } from '../../../src/lib/kiosk/config.ts';
import { packPaths, type RText } from '../../../src/lib/content/pack-types.ts';
import { parseJsonSource } from '../json-source.ts';
import { listFiles, readText } from './files.ts';
import type { ContentSource } from './types.ts';

/**
 * kiosk-config/default.json + sites/*.json → kiosks/<terminalId>.json in the pack: each
 * terminal's configuration travels signed with the content, so a kiosk can trust it and
 * has it offline. Not under content/ (terminals are the operator's business, not the
 * editors'): the folder beside it, or KIOSK_CONFIG_DIR.
 */
export const kiosksSource: ContentSource = {
  name: 'kiosks',
  async load(ctx) {
    const dir = process.env.KIOSK_CONFIG_DIR ?? join(ctx.contentDir, '..', 'kiosk-config');
    const defaultsPath = join(dir, 'default.json');
    if (!existsSync(defaultsPath)) return undefined;
    const defaultsSource = parseJsonSource(await readText(defaultsPath), ctx.display(defaultsPath), ctx.errors);
    const names = (await listFiles(join(dir, 'sites'), '.json')) ?? [];
    const configs: Array<{ terminalId: string; value: unknown; readings: RText[] }> = [];
    const seen = new Set<string>();
    for (const name of names) {
      const path = join(dir, 'sites', name);
      const source = parseJsonSource(await readText(path), ctx.display(path), ctx.errors);
      if (!source || !defaultsSource) continue;
      const merged = mergeKioskConfig(defaultsSource.value as Record<string, unknown>, source.value as Record<string, unknown>);
      const parsed = parseKioskConfig(merged);
      if (!parsed.ok) {
        for (const issue of parsed.issues) ctx.errors.add(source.at(issue.path.split('.')), `kiosk config ${issue.path}: ${issue.message}`);
        continue;
      }
      if (seen.has(parsed.config.terminalId)) {
        ctx.errors.add(source.at(['terminalId']), `terminalId "${parsed.config.terminalId}" is used by another site file`);
        continue;
      }
      seen.add(parsed.config.terminalId);
      // The terminal's own names are put into sentences (「平支所から近い順」): their
      // furigana travels beside the configuration, which stays exactly what the operator wrote.
      const names = [parsed.config.location.label, parsed.config.siteName.ja].filter((n): n is string => !!n);
      const readings = [...new Set(names)].map((n) => ctx.annotate(n, 'ja')).filter((r) => Array.isArray(r));
      configs.push({ terminalId: parsed.config.terminalId, value: parsed.config, readings });
    }
    return {
      name: 'kiosks',
      ids: seen,
      refs: [],
      counts: { kiosks: configs.length },
      sample: false,
      documents: () => configs.flatMap((c) => [
        { path: packPaths.kiosk(c.terminalId), value: c.value },
        { path: packPaths.kioskReadings(c.terminalId), value: c.readings },
      ]),
      searchDocs: () => [],
    };
  },
};
