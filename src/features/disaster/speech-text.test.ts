import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n, loadNamespace, tFor } from '../../i18n';
import { activateUiRuby, addUiRubyTable } from '../../i18n/ui-ruby';
import { createSiteIndex } from '../../lib/geo';
import { siteRows } from './site-rows';
import { nearestSitesSpeech } from './speech-text';
import { onahamaShisho, onahamaSites } from './test/fixtures';

beforeAll(async () => {
  await initI18n('ja');
  await loadNamespace('common', ['en']);
});

const rows = siteRows(createSiteIndex(onahamaSites), onahamaShisho, 'tsunami', 'ja');

describe('reading the nearest sites aloud', () => {
  it('says three sites in Japanese with the names read from their furigana', () => {
    // Without a UI readings table (a build that has not run ui-ruby) the sentences stay as written.
    activateUiRuby('en');
    const text = nearestSitesSpeech(rows, '津波', true, tFor('ja', 'common'), 'ja');
    expect(text).toContain('津波のときの、近い避難場所です。');
    expect(text).toContain('1番目、おなはまだいいちちゅうがっこう。北西へ直線距離で1.3キロメートル、歩いて約20分です。');
    expect(text).toContain('2番目、みさきこうえん。南東へ直線距離で2.1キロメートル、歩いて約31分です。');
    // A name without furigana falls back to its 名称_カナ.
    expect(text).toContain('3番目、タマガワチュウガッコウ。');
    expect(text.match(/番目/g)).toHaveLength(3);
  });

  it('gives a Japanese voice the sentence in the readings the furigana shows', () => {
    // As scripts/ui-ruby writes them for these two strings and the hazard.
    addUiRubyTable('ja', [
      [['{{hazard}}'], ['のときの、'], ['近', 'ちか'], ['い'], ['避難場所', 'ひなんばしょ'], ['です。']],
      [['{{rank}}'], ['番目', 'ばんめ'], ['、'], ['{{name}}'], ['。'], ['{{direction}}'], ['へ'], ['直線距離', 'ちょくせんきょり'], ['で'], ['{{distance}}'], ['、'], ['歩', 'ある'], ['いて'], ['約', 'やく'], ['{{minutes}}'], ['分', 'ふん'], ['です。']],
      [['高潮', 'たかしお']],
      [['北西', 'ほくせい']],
    ]);
    activateUiRuby('ja');
    const text = nearestSitesSpeech(rows, '高潮', true, tFor('ja', 'common'), 'ja');
    activateUiRuby('en');
    expect(text).toContain('たかしおのときの、ちかいひなんばしょです。');
    expect(text).toContain('1番目、おなはまだいいちちゅうがっこう。ほくせいへちょくせんきょりで1.3キロメートル、あるいてやく20分です。');
    // The voice reads 20分 as にじっぷん; the table's 20ふん would be wrong.
    expect(text).not.toContain('ふん');
  });

  it('gives other voices the names in rōmaji, which they can pronounce', () => {
    const text = nearestSitesSpeech(rows, 'Tsunami', false, tFor('en', 'common'), 'en');
    expect(text).toContain('Number 2: misakikouen. 2.1 kilometres to the south-east in a straight line, about 31 minutes on foot.');
    expect(text).toContain('Number 3: tamagawachuugakkou.');
  });
});
