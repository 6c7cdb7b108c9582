// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fixtureFiles, writeFixtureContent } from './test-support/fixture-content.ts';
import { buildFixture, lineOf } from './test-support/build-fixture.ts';

const categories = 'registry, tax, health-insurance, pension, childcare, welfare, waste, disaster, foreign-residents, library, kiosk';

/** 1-based column of `needle` on its line. */
const col = (text: string, needle: string) => (text.split('\n').find((line) => line.includes(needle)) ?? '').indexOf(needle) + 1;

async function errorsFor(changes: Record<string, string>) {
  const dirs = await writeFixtureContent({ ...fixtureFiles, ...changes });
  return (await buildFixture(dirs)).messages;
}

describe('content errors name the file, line and column', () => {
  it('points a bad front matter value at its key', async () => {
    const guide = fixtureFiles['guides/juminhyo-copy.md']!.replace('category: registry', 'category: taxes');
    expect(await errorsFor({ 'guides/juminhyo-copy.md': guide })).toEqual([
      `content/guides/juminhyo-copy.md:4:1 front matter "category": expected one of ${categories} got "taxes"`,
    ]);
  });

  it('points a bad JSON value at its key, with the path inside the file', async () => {
    const faq = fixtureFiles['faq/faq.json']!.replace('"category": "registry"', '"category": "taxes"');
    const line = lineOf(faq, '"taxes"');
    expect(await errorsFor({ 'faq/faq.json': faq })).toEqual([
      `content/faq/faq.json:${line}:7 "items[0].category": expected one of ${categories}, facilities got "taxes"`,
    ]);
  });

  it('points a bad CSV cell at its source line and column, past a quoted newline', async () => {
    // The second record starts on line 4: the first one's 備考 holds a newline.
    const csv = fixtureFiles['facilities/facilities.csv']!.replace('火〜日,10:00', '火〜日,10時');
    const col = csv.split('\r\n')[3]!.indexOf('10時') + 1;
    expect(await errorsFor({ 'facilities/facilities.csv': csv })).toEqual([
      `content/facilities/facilities.csv:4:${col} column "開始時間": expected a time HH:MM (00:00–23:59) got "10時"`,
    ]);
  });

  it('reports a missing field, an unknown field and JSON syntax errors', async () => {
    const guide = fixtureFiles['guides/inkan-registration.md']!.replace('department: 市民課\n', 'departmnet: 市民課\n');
    const messages = await errorsFor({ 'guides/inkan-registration.md': guide, 'events/events.json': '{\n  "items": [,]\n}\n' });
    expect(messages).toEqual([
      'content/events/events.json:2:13 invalid JSON: unexpected ","',
      'content/guides/inkan-registration.md:2:1 front matter "department": required field is missing',
      'content/guides/inkan-registration.md:6:1 front matter "departmnet": unknown field',
    ]);
  });

  it('checks references between documents, and collects the errors of all files at once', async () => {
    const guide = fixtureFiles['guides/juminhyo-copy.md']!
      .replace('relatedFacilities: [iwaki-city-hall]', 'relatedFacilities: [iwaki-city-hall, no-such-hall]')
      .replace('relatedForms: [certificate-by-mail]', 'relatedForms: [no-such-form]')
      .replace('/guides/inkan-registration', '/guides/no-such-guide');
    const events = fixtureFiles['events/events.json']!.replace('"facility": "iwaki-city-hall"', '"facility": "city-hall"');
    const messages = await errorsFor({ 'guides/juminhyo-copy.md': guide, 'events/events.json': events });
    expect(messages).toEqual([
      `content/events/events.json:${lineOf(events, 'city-hall')}:7 "items[0].facility": no facility "city-hall" in the ID column of content/facilities/facilities.csv`,
      'content/guides/juminhyo-copy.md:9:16 front matter "relatedForms[0]": no form "no-such-form" in content/forms (expected a file no-such-form.json)',
      `content/guides/juminhyo-copy.md:10:${col(guide, 'no-such-hall')} front matter "relatedFacilities[1]": no facility "no-such-hall" in the ID column of content/facilities/facilities.csv`,
      `content/guides/juminhyo-copy.md:16:${col(guide, '[印鑑登録]')} link: no guide "no-such-guide" in content/guides (expected a file no-such-guide.md)`,
    ]);
  });
});
