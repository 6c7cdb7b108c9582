import type { Seg } from '../../lib/content/pack-types';
import { highlight } from '../../lib/search/highlight';
import { RText } from '../../ui/rtext';

/**
 * A result's text with the matched words marked and, where the build annotated it (a
 * title), its furigana: a segment (a word with its reading) is marked whole when any of
 * its characters matched, so a reading is never split across a <mark>.
 */
export function Highlighted({ text, ruby, terms }: { text: string; ruby?: Seg[] | undefined; terms: string[] }) {
  const parts = highlight(text, terms);
  if (!ruby) return <>{parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}</>;
  const matched = matchedOffsets(parts);
  let offset = 0;
  return (
    <>
      {ruby.map((seg, i) => {
        const start = offset;
        offset += seg[0].length;
        const lit = matched.some(([a, b]) => a < offset && b > start);
        return lit ? <mark key={i}><RText value={[seg]} /></mark> : <RText key={i} value={[seg]} />;
      })}
    </>
  );
}

function matchedOffsets(parts: ReturnType<typeof highlight>): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let at = 0;
  for (const part of parts) {
    if (part.match) ranges.push([at, at + part.text.length]);
    at += part.text.length;
  }
  return ranges;
}
