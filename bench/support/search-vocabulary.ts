/**
 * Vocabulary of the synthetic search pack: Japanese administrative nouns with
 * their readings, Iwaki place names (支所 areas) and English words. About 300
 * entries; sentences are built from them in search-corpus.ts.
 */

/** [surface, reading] */
export type JaWord = readonly [string, string];

const jaNounList = `
避難所 ひなんじょ|避難場所 ひなんばしょ|住民票 じゅうみんひょう|国民健康保険 こくみんけんこうほけん
後期高齢者医療 こうきこうれいしゃいりょう|介護保険 かいごほけん|国民年金 こくみんねんきん|市民税 しみんぜい
固定資産税 こていしさんぜい|軽自動車税 けいじどうしゃぜい|印鑑登録 いんかんとうろく|戸籍 こせき
転入届 てんにゅうとどけ|転出届 てんしゅつとどけ|出生届 しゅっしょうとどけ|婚姻届 こんいんとどけ
死亡届 しぼうとどけ|マイナンバーカード まいなんばーかーど|児童手当 じどうてあて|保育所 ほいくしょ
放課後児童クラブ ほうかごじどうくらぶ|子育て支援 こそだてしえん|予防接種 よぼうせっしゅ|健康診断 けんこうしんだん
乳幼児健診 にゅうようじけんしん|障害者手帳 しょうがいしゃてちょう|生活保護 せいかつほご|ごみ ごみ
粗大ごみ そだいごみ|資源物 しげんぶつ|燃やすごみ もやすごみ|燃やさないごみ もやさないごみ
ごみ集積所 ごみしゅうせきじょ|分別 ぶんべつ|収集日 しゅうしゅうび|津波 つなみ|地震 じしん|洪水 こうずい
土砂災害 どしゃさいがい|防災 ぼうさい|ハザードマップ はざーどまっぷ|避難情報 ひなんじょうほう
防災行政無線 ぼうさいぎょうせいむせん|備蓄 びちく|非常持ち出し袋 ひじょうもちだしぶくろ|図書館 としょかん
公民館 こうみんかん|市役所 しやくしょ|支所 ししょ|窓口 まどぐち|申請書 しんせいしょ|届出 とどけで
証明書 しょうめいしょ|本人確認書類 ほんにんかくにんしょるい|委任状 いにんじょう|手数料 てすうりょう
水道 すいどう|下水道 げすいどう|市営住宅 しえいじゅうたく|市民課 しみんか|保険年金課 ほけんねんきんか
税務課 ぜいむか|環境整備課 かんきょうせいびか|危機管理課 ききかんりか|こども家庭課 こどもかていか
外国人住民 がいこくじんじゅうみん|在留カード ざいりゅうかーど|通訳 つうやく|相談窓口 そうだんまどぐち
高齢者 こうれいしゃ|介護 かいご|福祉 ふくし|病院 びょういん|診療所 しんりょうじょ|救急 きゅうきゅう
消防 しょうぼう|休日当番医 きゅうじつとうばんい|医療費助成 いりょうひじょせい|妊娠 にんしん
母子健康手帳 ぼしけんこうてちょう|出産育児一時金 しゅっさんいくじいちじきん|入学 にゅうがく
就学援助 しゅうがくえんじょ|学校 がっこう|選挙 せんきょ|期日前投票 きじつぜんとうひょう|納税 のうぜい
口座振替 こうざふりかえ|納付書 のうふしょ|督促 とくそく|減免 げんめん|所得証明 しょとくしょうめい
課税証明書 かぜいしょうめいしょ|戸籍謄本 こせきとうほん|住所変更 じゅうしょへんこう|引っ越し ひっこし
犬の登録 いぬのとうろく|狂犬病予防注射 きょうけんびょうよぼうちゅうしゃ|空き家 あきや|道路 どうろ
公園 こうえん|駐車場 ちゅうしゃじょう|文化センター ぶんかせんたー|体育館 たいいくかん
市民会館 しみんかいかん|条例 じょうれい|規則 きそく|補助金 ほじょきん|給付金 きゅうふきん|年金 ねんきん
保険証 ほけんしょう|資格確認書 しかくかくにんしょ|高額療養費 こうがくりょうようひ|医療 いりょう
感染症 かんせんしょう|熱中症 ねっちゅうしょう|停電 ていでん|断水 だんすい|給水所 きゅうすいじょ
仮設住宅 かせつじゅうたく|罹災証明書 りさいしょうめいしょ|被災者 ひさいしゃ|ボランティア ぼらんてぃあ
自治会 じちかい|回覧板 かいらんばん|広報いわき こうほういわき|予約 よやく|受付 うけつけ
開庁時間 かいちょうじかん|休日 きゅうじつ|祝日 しゅくじつ|年末年始 ねんまつねんし|郵送 ゆうそう
オンライン申請 おんらいんしんせい|コンビニ交付 こんびにこうふ|印鑑登録証明書 いんかんとうろくしょうめいしょ
住民基本台帳 じゅうみんきほんだいちょう|日本語教室 にほんごきょうしつ|国際交流 こくさいこうりゅう
海岸 かいがん|河川 かせん|堤防 ていぼう|高台 たかだい|指定緊急避難場所 していきんきゅうひなんばしょ
福祉避難所 ふくしひなんじょ|要配慮者 ようはいりょしゃ|避難行動要支援者 ひなんこうどうようしえんしゃ
防災訓練 ぼうさいくんれん|避難訓練 ひなんくんれん|緊急速報メール きんきゅうそくほうめーる
気象警報 きしょうけいほう|大雨 おおあめ|台風 たいふう|除雪 じょせつ|原子力災害 げんしりょくさいがい
放射線 ほうしゃせん|復興 ふっこう|農業 のうぎょう|漁業 ぎょぎょう|観光 かんこう|温泉 おんせん
水族館 すいぞくかん|雇用 こよう|就職 しゅうしょく|職業訓練 しょくぎょうくんれん|消費生活 しょうひせいかつ
法律相談 ほうりつそうだん|人権 じんけん|情報公開 じょうほうこうかい|個人情報 こじんじょうほう
市議会 しぎかい|パブリックコメント ぱぶりっくこめんと|人口 じんこう|世帯 せたい|転居届 てんきょとどけ
世帯主 せたいぬし|扶養 ふよう|所得 しょとく|確定申告 かくていしんこく|住民税 じゅうみんぜい
医療機関 いりょうきかん|薬局 やっきょく|小児科 しょうにか|夜間救急 やかんきゅうきゅう`;

const placeList = `
平 たいら Taira|小名浜 おなはま Onahama|勿来 なこそ Nakoso|常磐 じょうばん Joban|内郷 うちごう Uchigo
四倉 よつくら Yotsukura|遠野 とおの Tono|小川 おがわ Ogawa|好間 よしま Yoshima|三和 みわ Miwa
田人 たびと Tabito|川前 かわまえ Kawamae|久之浜 ひさのはま Hisanohama|大久 おおひさ Ohisa
湯本 ゆもと Yumoto|植田 うえだ Ueda|泉 いずみ Izumi|中央台 ちゅうおうだい Chuodai`;

export const jaNouns: JaWord[] = jaNounList.trim().split(/[|\n]/).map((entry) => {
  const [surface, reading] = entry.trim().split(' ');
  return [surface ?? '', reading ?? ''] as const;
});

export interface Place { surface: string; reading: string; romaji: string }
export const places: Place[] = placeList.trim().split(/[|\n]/).map((entry) => {
  const [surface = '', reading = '', romaji = ''] = entry.trim().split(' ');
  return { surface, reading, romaji };
});

export const enNouns = `evacuation shelter|residence certificate|resident record|city tax|national health insurance
national pension|garbage collection|recycling|bulky waste|earthquake|tsunami|flood|typhoon|hazard map
branch office|library|hospital|clinic|emergency|application form|fee|identification document|proxy letter
child allowance|daycare|vaccination|health checkup|welfare|elderly care|disability handbook|foreign residents
residence card|registration|interpreter|consultation counter|opening hours|holiday|payment|bank transfer
water supply|sewerage|municipal housing|moving address|birth notification|marriage notification
seal registration|school enrollment|election|early voting|subsidy|benefit|volunteer|neighborhood association
newsletter|Japanese class|community center|gymnasium|aquarium|hot spring|heavy rain|power outage
temporary housing|damage certificate|disaster victims|high ground|warning|snow removal|radiation
medical expenses|pharmacy|pediatrics|night emergency|tax certificate|family register|My Number card`
  .split(/[|\n]/).map((s) => s.trim());

export const departments = ['市民課', '保険年金課', '税務課', '環境整備課', '危機管理課', 'こども家庭課', '長寿介護課', '障がい福祉課'];
export const enDepartments = ['Citizens Division', 'Insurance and Pension Division', 'Tax Division',
  'Environment Division', 'Crisis Management Division', 'Children and Families Division'];
