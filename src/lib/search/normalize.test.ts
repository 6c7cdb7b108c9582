import { describe, expect, test } from 'vitest';
import { foldText, isCjkTerm, isWordChar, normalize, tokenize, tokenizeForIndex } from './normalize.js';

describe('normalize', () => {
  test('folds half-width katakana, including voiced marks, to full-width hiragana', () => {
    expect(normalize('ｶﾀｶﾅ')).toBe('かたかな');
    expect(normalize('ｶﾞｲﾄﾞ')).toBe('がいど');
    expect(normalize('ﾊﾟﾝﾌﾚｯﾄ')).toBe('ぱんふれっと');
    expect(normalize('ｲﾜｷｼﾔｸｼｮ')).toBe('いわきしやくしょ');
  });

  test('folds full-width Latin letters and digits to lower-case ASCII', () => {
    expect(normalize('ＡＢＣ１２３')).toBe('abc123');
    expect(normalize('ＣＯＶＩＤ－１９')).toBe('covid 19');
  });

  test('folds compatibility characters with NFKC', () => {
    expect(normalize('㈱いわき')).toBe('株 いわき');
    expect(normalize('①')).toBe('1');
    expect(normalize('ﬁle')).toBe('file');
    expect(normalize('㍻')).toBe('平成');
  });

  test('turns katakana into hiragana and keeps kanji and the long-vowel mark', () => {
    expect(normalize('ヒナンジョ')).toBe('ひなんじょ');
    expect(normalize('ゴミステーション')).toBe('ごみすてーしょん');
    expect(normalize('ヴァイオリン')).toBe('ゔぁいおりん');
    expect(normalize('国民健康保険')).toBe('国民健康保険');
    expect(normalize('佐々木')).toBe('佐々木');
  });

  test('reads the small ヶ and ヵ of place names as け and か', () => {
    expect(normalize('霞ヶ関')).toBe(normalize('霞ケ関'));
    expect(normalize('三ヵ月')).toBe('三か月');
  });

  test('folds Latin diacritics so a plain query finds accented text', () => {
    expect(normalize('Tiếng Việt')).toBe('tieng viet');
    expect(normalize('São Paulo, Español, Ñandú')).toBe('sao paulo espanol nandu');
    expect(normalize('Đà Nẵng')).toBe('da nang');
    expect(normalize('e\u0301cole')).toBe('ecole');
  });

  test('keeps the vowel signs of Devanagari and the syllables of Hangul', () => {
    expect(normalize('नेपाली')).toBe('नेपाली');
    expect(normalize('대피소')).toBe('대피소');
  });

  test('turns punctuation and white space into single spaces between words', () => {
    expect(normalize('  住民票、写し。  ')).toBe('住民票 写し');
    expect(normalize('避難所・避難場所')).toBe('避難所 避難場所');
    expect(normalize('「ごみ」の\u3000出し方！')).toBe('ごみ の 出し方');
    expect(normalize("don't\tpanic\n")).toBe('don t panic');
    expect(normalize('１０×２０÷２')).toBe('10 20 2');
  });

  test('returns an empty string for empty, blank or punctuation-only input', () => {
    expect(normalize('')).toBe('');
    expect(normalize(' \u3000\n')).toBe('');
    expect(normalize('、。！？・「」')).toBe('');
    expect(normalize('゛')).toBe('');
  });

  test('is idempotent', () => {
    for (const text of ['ｶﾞｲﾄﾞ ＡＢＣ', 'Tiếng Việt', '霞ヶ関', '住民票、写し']) {
      expect(normalize(normalize(text))).toBe(normalize(text));
    }
  });
});

describe('foldText', () => {
  test('maps every separator to its own space without collapsing', () => {
    expect(foldText('a、、b')).toBe('a  b');
  });
});

describe('tokenize', () => {
  test('splits a Japanese run into overlapping character bigrams', () => {
    expect(tokenize('避難所')).toEqual(['避難', '難所']);
    expect(tokenize('国民健康保険')).toEqual(['国民', '民健', '健康', '康保', '保険']);
  });

  test('keeps a one-character run as it is', () => {
    expect(tokenize('市')).toEqual(['市']);
    expect(tokenize('ごみ 袋')).toEqual(['ごみ', '袋']);
  });

  test('bigrams the normalised run, so katakana and half-width queries meet hiragana', () => {
    expect(tokenize('ヒナンジョ')).toEqual(['ひな', 'なん', 'んじ', 'じょ']);
    expect(tokenize('ﾋﾅﾝｼﾞｮ')).toEqual(tokenize('ひなんじょ'));
  });

  test('does not make a bigram across punctuation or a typed space', () => {
    expect(tokenize('住民票、写し')).toEqual(['住民', '民票', '写し']);
    expect(tokenize('住民票 写し')).not.toContain('票写');
  });

  test('counts characters outside the BMP as one character', () => {
    expect(tokenize('𠮷野家')).toEqual(['𠮷野', '野家']);
    expect(tokenize('𠮷')).toEqual(['𠮷']);
  });

  test('splits Latin text into lower-case words with diacritics folded', () => {
    expect(tokenize('Evacuation Center')).toEqual(['evacuation', 'center']);
    expect(tokenize('Tiếng Việt')).toEqual(['tieng', 'viet']);
    expect(tokenize('Wi-Fi')).toEqual(['wi', 'fi']);
  });

  test('splits mixed scripts at the script boundary', () => {
    expect(tokenize('Wi-Fiスポット')).toEqual(['wi', 'fi', 'すぽ', 'ぽっ', 'っと']);
    expect(tokenize('2024年度')).toEqual(['2024', '年度']);
    expect(tokenize('ＩＤカード')).toEqual(['id', 'かー', 'ーど']);
    expect(tokenize('マイナンバーcard')).toEqual(['まい', 'いな', 'なん', 'んば', 'ばー', 'card']);
  });

  test('bigrams Hangul (particles attach to words) and keeps Devanagari words', () => {
    expect(tokenize('대피소에')).toEqual(['대피', '피소', '소에']);
    expect(tokenize('आपतकालीन आश्रय')).toEqual(['आपतकालीन', 'आश्रय']);
  });

  test('finds a Thai, Khmer or Burmese word inside a sentence written without spaces', () => {
    for (const [word, sentence] of [['ขยะ', 'การทิ้งขยะชิ้นใหญ่'], ['សំរាម', 'ការបោះចោលសំរាមធំៗ'], ['အမှိုက်', 'အမှိုက်အကြီးစားစွန့်ပစ်ခြင်း']] as const) {
      const inSentence = new Set(tokenize(sentence));
      expect(tokenize(word).filter((t) => !inSentence.has(t)), word).toEqual([]);
      expect(isCjkTerm(word), word).toBe(true);
    }
  });

  test('gives no tokens for empty or punctuation-only input', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('　、。')).toEqual([]);
  });
});

describe('tokenizeForIndex', () => {
  test('adds the last character of each CJK run of a title so one-character queries find it', () => {
    expect(tokenizeForIndex('市民税', 'title')).toEqual(['市民', '民税', '税']);
    expect(tokenizeForIndex('避難所、市', 'reading')).toEqual(['避難', '難所', '所', '市']);
  });

  test('indexes a body like a query (no extra characters)', () => {
    expect(tokenizeForIndex('市民税', 'body')).toEqual(['市民', '民税']);
  });

  test('indexes Latin words exactly like queries', () => {
    expect(tokenizeForIndex('Evacuation center', 'title')).toEqual(tokenize('Evacuation center'));
  });
});

describe('term classes', () => {
  test('tells CJK terms from alphabetic ones', () => {
    expect(isCjkTerm('避難')).toBe(true);
    expect(isCjkTerm('ひな')).toBe(true);
    expect(isCjkTerm('대피')).toBe(true);
    expect(isCjkTerm('evacuation')).toBe(false);
    expect(isCjkTerm('2024')).toBe(false);
  });

  test('finds word characters at a position of normalised text', () => {
    expect(isWordChar('a b', 0)).toBe(true);
    expect(isWordChar('a b', 1)).toBe(false);
    expect(isWordChar('aひ', 1)).toBe(false);
    expect(isWordChar('a', -1)).toBe(false);
    expect(isWordChar('a', 1)).toBe(false);
  });
});
