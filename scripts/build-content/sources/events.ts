import { join } from 'node:path';
import { eventsFileSchema } from '../../../src/lib/content/schema/events.ts';
import { packPaths, type EventItem } from '../../../src/lib/content/pack-types.ts';
import { parseJsonSource, validate } from '../json-source.ts';
import { readText } from './files.ts';
import { checkUniqueIds, itemIdPath } from './unique.ts';
import type { ContentSource, Ref } from './types.ts';

/** content/events/events.json → events.json, ordered by start date. Not searched: events expire. */
export const eventsSource: ContentSource = {
  name: 'events',
  async load(ctx) {
    const path = join(ctx.contentDir, 'events', 'events.json');
    const text = await readText(path).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined;
      throw e;
    });
    if (text === undefined) return undefined;
    const source = parseJsonSource(text, ctx.display(path), ctx.errors);
    const file = source && validate(eventsFileSchema, source, ctx.errors);
    if (!source || !file) return undefined;
    checkUniqueIds(file.items.map((item) => item.id), (i) => source.at(itemIdPath(i)), ctx.errors);

    const refs: Ref[] = [];
    file.items.forEach((item, i) => {
      if (item.facility !== null) refs.push({ target: 'facilities', id: item.facility, at: source.at(['items', i, 'facility']) });
    });
    const a = (value: string) => ctx.annotate(value, 'ja');
    const items: EventItem[] = file.items
      .map((item) => ({
        id: item.id,
        category: item.category,
        title: a(item.title),
        summary: a(item.summary),
        start: item.start,
        end: item.end,
        place: a(item.place),
        facility: item.facility,
      }))
      .sort((x, y) => (x.start === y.start ? (x.id < y.id ? -1 : 1) : x.start < y.start ? -1 : 1));
    return {
      name: 'events',
      ids: new Set(items.map((item) => item.id)),
      refs,
      counts: { events: items.length },
      sample: file.sample,
      documents: () => [{ path: packPaths.events, value: items }],
      searchDocs: () => [],
    };
  },
};
