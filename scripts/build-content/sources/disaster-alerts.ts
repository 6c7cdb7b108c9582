import { join } from 'node:path';
import { alertsFileSchema } from '../../../src/lib/content/schema/disaster-alerts.ts';
import { packPaths, type DisasterAlert } from '../../../src/lib/content/pack-types.ts';
import { readJsonFile } from './disaster-json.ts';
import { checkUniqueIds, itemIdPath } from './unique.ts';
import type { ContentSource } from './types.ts';

/**
 * content/disaster/alerts.json → disaster/alerts.json. Normally `"items": []`: the app
 * shows disaster mode only for an unexpired alert, so an empty list means normal times.
 * Messages are shown as written (no furigana): an alert's wording is the issuer's.
 */
export const disasterAlertsSource: ContentSource = {
  name: 'disaster-alerts',
  async load(ctx) {
    const read = await readJsonFile(join(ctx.contentDir, 'disaster', 'alerts.json'), alertsFileSchema, ctx);
    if (!read) return undefined;
    const { value: file, source } = read;
    checkUniqueIds(file.items.map((a) => a.id), (i) => source.at(itemIdPath(i)), ctx.errors);
    const alerts: DisasterAlert[] = file.items
      .map((a) => ({
        id: a.id,
        severity: a.severity,
        ...(a.hazard ? { hazard: a.hazard } : {}),
        message: a.message,
        issuedAt: a.issuedAt,
        expiresAt: a.expiresAt,
      }))
      // Newest first: the banner shows the latest notice on top.
      .sort((x, y) => Date.parse(y.issuedAt) - Date.parse(x.issuedAt) || (x.id < y.id ? -1 : 1));
    return {
      name: 'disaster-alerts',
      ids: new Set(alerts.map((a) => a.id)),
      refs: [],
      counts: { alerts: alerts.length },
      sample: file.sample,
      documents: () => [{ path: packPaths.alerts, value: alerts }],
      searchDocs: () => [],
    };
  },
};
