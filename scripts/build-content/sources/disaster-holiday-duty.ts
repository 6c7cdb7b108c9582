import { holidayDutyFileSchema } from '../../../src/lib/content/schema/disaster-holiday-duty.ts';
import type { HolidayDuty, MedicalFacility } from '../../../src/lib/content/pack-types.ts';
import { readJsonFile } from './disaster-json.ts';
import type { SourceContext } from './types.ts';

/**
 * content/disaster/holiday-duty.json, checked against the facilities of medical.csv:
 * a rota entry that names an unknown clinic, or a department the clinic does not have,
 * would send a sick person on a holiday to a locked door. Ordered by date.
 * `checkRefs` is false when medical.csv itself was refused: every reference would fail.
 */
export async function loadHolidayDuty(
  path: string,
  facilities: readonly MedicalFacility[],
  checkRefs: boolean,
  ctx: SourceContext,
): Promise<{ items: HolidayDuty[]; sample: boolean } | undefined> {
  const read = await readJsonFile(path, holidayDutyFileSchema, ctx);
  if (!read) return undefined;
  const { value: file, source } = read;

  const byId = new Map(facilities.map((f) => [f.id, f]));
  const seen = new Map<string, number>();
  file.items.forEach((item, i) => {
    const facility = byId.get(item.facility);
    if (checkRefs && !facility) {
      ctx.errors.add(source.at(['items', i, 'facility']), `no facility "${item.facility}" in the ID column of content/disaster/medical.csv`);
    } else if (facility && !facility.departments.includes(item.department)) {
      const known = facility.departments.join(', ');
      ctx.errors.add(source.at(['items', i, 'department']), `expected one of the 診療科目 of ${item.facility} (${known}) got "${item.department}"`);
    }
    const key = `${item.date} ${item.facility} ${item.department}`;
    const first = seen.get(key);
    if (first !== undefined) ctx.errors.add(source.at(['items', i]), `the same facility and department on the same date as item ${first + 1}`);
    else seen.set(key, i);
  });
  const items = file.items
    .map((item) => ({ date: item.date, facility: item.facility, hours: item.hours.normalize('NFKC').replace(/\s/g, ''), department: item.department }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { items, sample: file.sample };
}
