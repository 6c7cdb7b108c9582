import * as v from 'valibot';
import { contentLanguages, hazards } from '../pack-types';
import type { LocalizedText } from '../../../../contract/languages';
import { id } from './common';
import { isoDateTime } from './disaster-river-rain';

const message = v.pipe(
  v.record(
    v.picklist(contentLanguages, 'expected a content language code (ja, ja-easy, en, …)'),
    v.pipe(v.string(), v.trim(), v.nonEmpty('expected some text')),
  ),
  v.check((m) => typeof m.ja === 'string', 'expected a Japanese message ("ja")'),
  // The check above guarantees ja; the transform lets the type say so too.
  v.transform((m): LocalizedText => ({ ...m, ja: m.ja ?? '' })),
);

const alert = v.pipe(
  v.strictObject({
    id,
    severity: v.picklist(['info', 'warning', 'emergency']),
    hazard: v.optional(v.picklist(hazards)),
    message,
    issuedAt: isoDateTime,
    expiresAt: isoDateTime,
  }),
  v.forward(
    v.check((a) => Date.parse(a.expiresAt) > Date.parse(a.issuedAt), 'expected an expiry after the time of issue'),
    ['expiresAt'],
  ),
);

/**
 * content/disaster/alerts.json: notices published with the pack (e.g. 津波警報). Empty in
 * normal times: the app enters disaster mode only while an unexpired alert exists.
 */
export const alertsFileSchema = v.strictObject({
  sample: v.optional(v.boolean(), false),
  items: v.array(alert),
});

export type AlertsFile = v.InferOutput<typeof alertsFileSchema>;
