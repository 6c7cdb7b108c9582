import type { SearchDoc } from '../../content/pack-types.js';

/** A tiny, realistic pack: two guides (one translated), a FAQ entry and a 支所. */
export const sampleDocs: SearchDoc[] = [
  {
    id: 'guides:juminhyo-copy:ja', kind: 'guides', docId: 'juminhyo-copy', lang: 'ja', category: 'registry',
    title: '住民票の写しの請求',
    snippet: '住民票の写しは市役所の市民課と各支所の窓口で請求できます。',
    body: '住民票の写しは、市役所の市民課と各支所の窓口で請求できます。本人確認書類を持ってきてください。'
      + '手数料は1通300円です。代理人が請求するときは委任状が必要です。',
    reading: 'じゅうみんひょうのうつしのせいきゅう',
  },
  {
    id: 'guides:evacuation-sites:ja', kind: 'guides', docId: 'evacuation-sites', lang: 'ja', category: 'disaster',
    title: '避難所と避難場所',
    snippet: '地震や津波のときに避難する場所を確かめておきましょう。',
    body: '大きな地震のあとは津波が来るおそれがあります。海の近くにいる人は、すぐに高い場所へ避難してください。'
      + '家に住めなくなった人は、指定された避難所で生活できます。',
    reading: 'ひなんじょとひなんばしょ',
  },
  {
    id: 'guides:evacuation-sites:en', kind: 'guides', docId: 'evacuation-sites', lang: 'en', category: 'disaster',
    title: 'Evacuation shelters and evacuation areas',
    snippet: 'Know where to go in an earthquake or tsunami.',
    body: 'After a large earthquake a tsunami may follow. If you are near the sea, evacuate to high ground at once. '
      + 'People who cannot stay at home can live in a designated evacuation shelter (避難所, hinanjo).',
  },
  {
    id: 'faq:convenience-store-copies:ja', kind: 'faq', docId: 'convenience-store-copies', lang: 'ja', category: 'registry',
    title: 'コンビニで証明書を取れますか',
    snippet: 'マイナンバーカードがあれば、コンビニで取れます。',
    body: 'マイナンバーカードがあれば、住民票の写しや印鑑登録証明書を全国のコンビニで取れます。',
    reading: 'こんびにでしょうめいしょをとれますか',
  },
  {
    id: 'facilities:onahama-shisho:ja', kind: 'facilities', docId: 'onahama-shisho', lang: 'ja', category: '支所',
    title: 'いわき市役所 小名浜支所',
    snippet: 'いわき市小名浜花畑町11-3',
    body: 'いわき市小名浜花畑町11-3 住民票、戸籍、税の証明書の交付 Onahama Branch Office',
    reading: 'いわきしやくしょ おなはまししょ',
  },
];
